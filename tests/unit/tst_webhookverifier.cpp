#include "zoom/WebhookVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace syncdesk;

// Expected digests were computed once, independently of Qt, with OpenSSL, e.g.
//   printf '%s' 'v0:1739923528:<body>' | openssl dgst -sha256 -hmac 'whsec-Test-Token-1234'
// and are hard-coded so a regression in the HMAC input layout ("v0:" ts ":" body) shows up.
namespace {

const QByteArray kSecret = QByteArrayLiteral("whsec-Test-Token-1234");
const QByteArray kTs = QByteArrayLiteral("1739923528");
const qint64 kTsSec = 1739923528;
const QByteArray kBody = QByteArrayLiteral(
    R"({"event":"user.presence_status_updated","event_ts":1739923528000,"payload":{"account_id":"AAA","object":{"id":"u1","presence_status":"Available"}}})");
const QByteArray kBodySig =
    QByteArrayLiteral("v0=afc5516000fee19745693996ed592299d1c0c82e2d0dcbfbc961370b829ea2c8");

} // namespace

class TestWebhookVerifier : public QObject
{
    Q_OBJECT

private slots:
    void signMatchesOpenSsl_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("presence") << kSecret << kTs << kBody << kBodySig;
        QTest::newRow("empty body") << kSecret << kTs << QByteArray()
                                    << QByteArrayLiteral(
                                           "v0=70aa07a18da13998307fcd40dc7973a331fb6c4cb75b54f94290fd1349af4bcd");
        // UTF-8 bytes go in as bytes: "Jürgen 日本".
        QTest::newRow("utf-8") << kSecret << QByteArrayLiteral("1700000000")
                               << QByteArray("{\"name\":\"J\xc3\xbcrgen \xe6\x97\xa5\xe6\x9c\xac\"}")
                               << QByteArrayLiteral(
                                      "v0=23c291964c1ad11d8f1d81775f8fa607f040cdeee740de5e9b0be3dea3fcf403");
    }
    void signMatchesOpenSsl()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, timestamp);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QCOMPARE(WebhookVerifier::sign(secret, timestamp, body), expected);
    }

    void encryptedTokenMatchesKnownVectors()
    {
        // RFC 4231 test case 2 (HMAC-SHA-256).
        QCOMPARE(WebhookVerifier::encryptedToken("Jefe", "what do ya want for nothing?"),
                 QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // RFC 4231 test case 6: a key longer than the block size is hashed first.
        QCOMPARE(WebhookVerifier::encryptedToken(QByteArray(131, '\xaa'),
                                                 "Test Using Larger Than Block-Size Key - Hash Key First"),
                 QByteArrayLiteral("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
        // Zoom's CRC example token with our test secret (OpenSSL); lowercase hex, no "v0=".
        const WebhookVerifier v(kSecret);
        QCOMPARE(v.encryptedToken("qgg8vlvZRS6UYooatFL8Aw"),
                 QByteArrayLiteral("ccfd678245a3bf66c3dbcc9769139ac251c8776c497c8175e670b327c46cee29"));
    }

    void verifyAcceptsTheKnownVector()
    {
        const WebhookVerifier v(kSecret, 300);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec + 300), WebhookVerifier::Result::Valid);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec - 300), WebhookVerifier::Result::Valid);
        // Header values may carry optional whitespace; hex case does not matter.
        QCOMPARE(v.verify(" " + kBodySig + " ", " " + kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
        QCOMPARE(v.verify("v0=" + kBodySig.mid(3).toUpper(), kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
    }

    void verifyRejects_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("expected");
        using R = WebhookVerifier::Result;
        QTest::newRow("no signature") << QByteArray() << kTs << kBody << kTsSec << int(R::MissingSignature);
        QTest::newRow("no timestamp") << kBodySig << QByteArray() << kBody << kTsSec << int(R::MissingTimestamp);
        QTest::newRow("timestamp not a number") << kBodySig << QByteArrayLiteral("17399x3528") << kBody << kTsSec
                                                << int(R::MalformedTimestamp);
        QTest::newRow("timestamp negative") << kBodySig << QByteArrayLiteral("-5") << kBody << kTsSec
                                            << int(R::MalformedTimestamp);
        QTest::newRow("no v0= prefix") << kBodySig.mid(3) << kTs << kBody << kTsSec << int(R::MalformedSignature);
        QTest::newRow("v1 scheme") << "v1=" + kBodySig.mid(3) << kTs << kBody << kTsSec
                                   << int(R::MalformedSignature);
        QTest::newRow("short hex") << kBodySig.chopped(1) << kTs << kBody << kTsSec << int(R::MalformedSignature);
        QTest::newRow("non-hex") << kBodySig.chopped(1) + "g" << kTs << kBody << kTsSec
                                 << int(R::MalformedSignature);
        QTest::newRow("one body byte changed") << kBodySig << kTs << QByteArray(kBody).replace("u1", "u2") << kTsSec
                                               << int(R::BadSignature);
        QTest::newRow("body re-serialised with a space")
            << kBodySig << kTs << QByteArray(kBody).replace("\"event\":", "\"event\": ") << kTsSec
            << int(R::BadSignature);
        QTest::newRow("other timestamp signed") << kBodySig << QByteArrayLiteral("1739923529") << kBody << kTsSec
                                                << int(R::BadSignature);
        QTest::newRow("last hex digit flipped") << kBodySig.chopped(1) + "9" << kTs << kBody << kTsSec
                                                << int(R::BadSignature);
        QTest::newRow("301 s old") << kBodySig << kTs << kBody << kTsSec + 301 << int(R::StaleTimestamp);
        QTest::newRow("301 s in the future") << kBodySig << kTs << kBody << kTsSec - 301 << int(R::StaleTimestamp);
    }
    void verifyRejects()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, timestamp);
        QFETCH(QByteArray, body);
        QFETCH(qint64, now);
        QFETCH(int, expected);
        const WebhookVerifier v(kSecret, 300);
        QCOMPARE(int(v.verify(signature, timestamp, body, now)), expected);
    }

    void wrongSecretIsBadSignature()
    {
        const WebhookVerifier v("another-secret", 300);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::BadSignature);
    }

    void emptySecretNeverVerifies()
    {
        // With no secret configured, a signature made with the empty key must not pass.
        const WebhookVerifier v(QByteArray(), 300);
        const QByteArray forged = WebhookVerifier::sign(QByteArray(), kTs, kBody);
        QCOMPARE(v.verify(forged, kTs, kBody, kTsSec), WebhookVerifier::Result::BadSignature);
    }

    void forgeryIsReportedBeforeStaleness()
    {
        // A forged request must not learn whether its timestamp would have been acceptable.
        const WebhookVerifier v(kSecret, 300);
        QCOMPARE(v.verify(kBodySig.chopped(1) + "9", kTs, kBody, kTsSec + 100000),
                 WebhookVerifier::Result::BadSignature);
    }

    void zeroToleranceDoesNotDisableTheClockCheck()
    {
        // A 0 from a settings file or --tolerance 0 once switched the check off: a signed request
        // from 2001 was accepted. 0 now means "the same second"; only the explicit switch disables it.
        WebhookVerifier v(kSecret, 0);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec + 10 * 86400), WebhookVerifier::Result::StaleTimestamp);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec + 1), WebhookVerifier::Result::StaleTimestamp);
        v.setToleranceSec(-5);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec + 1), WebhookVerifier::Result::StaleTimestamp);
        v.setTimestampCheckDisabled(true);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec + 10 * 86400), WebhookVerifier::Result::Valid);
    }

    void secretCanBeReplaced()
    {
        WebhookVerifier v("old", 300);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::BadSignature);
        v.setSecretToken(kSecret);
        QCOMPARE(v.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
    }

    void constantTimeEquals()
    {
        QVERIFY(WebhookVerifier::constantTimeEquals("abc", "abc"));
        QVERIFY(WebhookVerifier::constantTimeEquals(QByteArray(), QByteArray()));
        QVERIFY(!WebhookVerifier::constantTimeEquals("abc", "abd"));
        QVERIFY(!WebhookVerifier::constantTimeEquals("abc", "abcd"));
        QVERIFY(!WebhookVerifier::constantTimeEquals("\x80", "\x00"));
    }

    // All seven RFC 4231 HMAC-SHA-256 test cases. Case 5 is published truncated to 128 bits; Zoom
    // uses the full digest, so the full value (its first 32 hex digits are the RFC's) is expected.
    void rfc4231Vectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                           << QByteArrayLiteral("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("2") << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
                           << QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                           << QByteArrayLiteral("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("4") << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
                           << QByteArray(50, '\xcd')
                           << QByteArrayLiteral("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("5") << QByteArray(20, '\x0c') << QByteArrayLiteral("Test With Truncation")
                           << QByteArrayLiteral("a3b6167473100ee06e0c796c2955552bfa6f7c0a6a8aef8b93f860aab0cd20c5");
        QTest::newRow("6") << QByteArray(131, '\xaa')
                           << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
                           << QByteArrayLiteral("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("7") << QByteArray(131, '\xaa')
                           << QByteArrayLiteral("This is a test using a larger than block-size key and a larger than "
                                                "block-size data. The key needs to be hashed before being used by "
                                                "the HMAC algorithm.")
                           << QByteArrayLiteral("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }
    void rfc4231Vectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        QCOMPARE(WebhookVerifier::encryptedToken(key, data), expected);
        // The keyed context of an instance is reused per message: twice in a row gives the same MAC.
        const WebhookVerifier v(key);
        QCOMPARE(v.encryptedToken(data), expected);
        QCOMPARE(v.encryptedToken(data), expected);
    }

    void hmacMatchesQtOnRandomInputs()
    {
        QRandomGenerator rng(20250219);
        for (int round = 0; round < 300; ++round) {
            QByteArray key(qsizetype(1 + rng.bounded(150)), Qt::Uninitialized);
            for (char& c : key)
                c = char(rng.bounded(256));
            // Every length around the 55/56/64-byte padding edges, then longer ones.
            const qsizetype len = round < 150 ? round : qsizetype(rng.bounded(5000));
            QByteArray msg(len, Qt::Uninitialized);
            for (char& c : msg)
                c = char(rng.bounded(256));
            const QByteArray ts = QByteArray::number(1700000000 + round);
            const QByteArray expected =
                QMessageAuthenticationCode::hash("v0:" + ts + ":" + msg, key, QCryptographicHash::Sha256).toHex();
            const QByteArray sig = WebhookVerifier::sign(key, ts, msg);
            QCOMPARE(sig, "v0=" + expected);
            // The same instance verifies many messages in a row (its context is re-initialised).
            const WebhookVerifier v(key, 300);
            WebhookVerifier::Verified verified;
            QCOMPARE(v.verify(sig, ts, msg, ts.toLongLong(), &verified), WebhookVerifier::Result::Valid);
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(verified.mac.data()), 32).toHex(), expected);
            QCOMPARE(verified.timestampSec, ts.toLongLong());
            QCOMPARE(v.verify(sig, ts, msg + 'x', ts.toLongLong()), WebhookVerifier::Result::BadSignature);
            QCOMPARE(v.verify(sig, ts, msg, ts.toLongLong()), WebhookVerifier::Result::Valid);
        }
    }

    void copiesVerifyIndependently()
    {
        WebhookVerifier a(kSecret, 300);
        const WebhookVerifier b = a; // its own keyed context
        a.setSecretToken("other");
        QCOMPARE(b.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
        QCOMPARE(a.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::BadSignature);
        a = b;
        QCOMPARE(a.verify(kBodySig, kTs, kBody, kTsSec), WebhookVerifier::Result::Valid);
    }

    void timestampMustBeDigitsOnly()
    {
        const WebhookVerifier v(kSecret, 0);
        for (const QByteArray& ts : {QByteArrayLiteral("+1739923528"), QByteArrayLiteral("1739923528.0"),
                                    QByteArrayLiteral("0x67b4f0c8"), QByteArrayLiteral("17399 23528"),
                                    QByteArrayLiteral("1234567890123456789")}) {
            QCOMPARE(v.verify(WebhookVerifier::sign(kSecret, ts, kBody), ts, kBody, kTsSec),
                     WebhookVerifier::Result::MalformedTimestamp);
        }
    }

    void resultNamesAreStableAndLabelsExist()
    {
        QSet<QString> names;
        for (int i = 0; i < int(WebhookVerifier::Result::Count_); ++i) {
            const auto r = WebhookVerifier::Result(i);
            QVERIFY(!WebhookVerifier::resultLabel(r).isEmpty());
            names.insert(WebhookVerifier::resultName(r));
        }
        QCOMPARE(names.size(), int(WebhookVerifier::Result::Count_));
        QCOMPARE(WebhookVerifier::resultName(WebhookVerifier::Result::BadSignature), QStringLiteral("bad_signature"));
        QCOMPARE(WebhookVerifier::resultName(WebhookVerifier::Result::StaleTimestamp),
                 QStringLiteral("stale_timestamp"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
