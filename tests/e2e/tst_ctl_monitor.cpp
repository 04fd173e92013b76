// End-to-end: the real `syncdeskctl monitor` binary — against its own sandbox (webhooks and
// WebSocket), and as a webhook endpoint that this test POSTs signed requests to over loopback.
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <vector>

namespace {

const QByteArray kSecret = QByteArrayLiteral("e2e-webhook-secret-token");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out, err;
};

Run ctl(const QStringList& args, int timeoutMs = 30000)
{
    QProcess p;
    p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    return {p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Every non-empty line must be a JSON object.
bool jsonLines(const QByteArray& text, QList<QJsonObject>* out, QString* bad)
{
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (!doc.isObject()) {
            *bad = QString::fromUtf8(line);
            return false;
        }
        out->append(doc.object());
    }
    return true;
}

QByteArray hmacHex(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray presenceEvent(const QString& userId)
{
    const QJsonObject app{{QStringLiteral("type"), QStringLiteral("desktop")},
                          {QStringLiteral("presence_status"), QStringLiteral("Available")}};
    const QJsonObject object{{QStringLiteral("id"), userId},
                             {QStringLiteral("email"), userId + QStringLiteral("@example.com")},
                             {QStringLiteral("date_time"), QStringLiteral("2025-01-01T10:00:00Z")},
                             {QStringLiteral("presence_status"), QStringLiteral("Available")},
                             {QStringLiteral("app"), app}};
    return compact(
        {{QStringLiteral("event"), QStringLiteral("user.presence_status_updated")},
         {QStringLiteral("event_ts"), double(QDateTime::currentMSecsSinceEpoch())},
         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account_id"), QStringLiteral("ACCT")},
                                                 {QStringLiteral("object"), object}}}});
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestCtlMonitor : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    QNetworkReply* post(const QUrl& url, const QByteArray& body, const QByteArray& signature,
                        const QByteArray& ts)
    {
        QNetworkRequest req(url);
        req.setRawHeader("content-type", "application/json; charset=utf-8");
        req.setRawHeader("user-agent", "Zoom Marketplace/1.0a");
        req.setRawHeader("x-zm-request-timestamp", ts);
        req.setRawHeader("x-zm-signature", signature);
        req.setRawHeader("x-zm-request-id", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        return m_nam.post(req, body);
    }

    QNetworkReply* postSigned(const QUrl& url, const QByteArray& body)
    {
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        return post(url, body, "v0=" + hmacHex(kSecret, "v0:" + ts + ':' + body), ts);
    }

    static void checkEventLines(const QList<QJsonObject>& lines, const QString& source)
    {
        for (const QJsonObject& o : lines) {
            const QDateTime receivedAt =
                QDateTime::fromString(o.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
            QVERIFY2(receivedAt.isValid(), qPrintable(o.value(QStringLiteral("received_at")).toString()));
            QVERIFY(qAbs(receivedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 120000);
            QCOMPARE(o.value(QStringLiteral("source")).toString(), source);
            QVERIFY(!o.value(QStringLiteral("event")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("payload")).isObject());
            QVERIFY(!o.value(QStringLiteral("payload"))
                         .toObject()
                         .value(QStringLiteral("account_id"))
                         .toString()
                         .isEmpty());
        }
    }

private slots:
    // 5i: a full disk is named as such, and every event Zoom was told had arrived but that could
    // not be written is counted, never silently dropped. /dev/full is a real full device.
    void fullDiskSaysSoAndCountsLostEvents()
    {
        if (!QFileInfo(QStringLiteral("/dev/full")).exists())
            QSKIP("no /dev/full on this system");
        const Run r = ctl({QStringLiteral("monitor"), QStringLiteral("--sandbox"), QStringLiteral("--count"),
                           QStringLiteral("20"), QStringLiteral("--out"), QStringLiteral("/dev/full")});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("The disk is full"), r.err.constData());
        QVERIFY2(!r.err.contains("Unknown error"), r.err.constData());
        const QRegularExpression lost(QStringLiteral("events lost: (\\d+)"));
        const QRegularExpressionMatch m = lost.match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), r.err.constData());
        QVERIFY(m.captured(1).toInt() >= 1);
    }

    // 5k: a tolerance of 0 once switched the clock check off (a 2001 timestamp got 204).
    void zeroToleranceIsRefused()
    {
        const Run r = ctl({QStringLiteral("monitor"), QStringLiteral("--sandbox"), QStringLiteral("--count"),
                           QStringLiteral("1"), QStringLiteral("--tolerance"), QStringLiteral("0")});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--tolerance"), r.err.constData());
    }

    // 5l: signed bodies Qt's JSON parser rejects are written with their raw body, marked.
    void irregularBodiesAreWrittenRawAndMarked()
    {
        QTemporaryDir dir;
        const QString outPath = dir.filePath(QStringLiteral("events.jsonl"));
        const quint16 port = freePort();
        QVERIFY(port != 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_E2E_WEBHOOK_SECRET"), QString::fromLatin1(kSecret));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESKCTL_PATH),
                {QStringLiteral("monitor"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                 QStringLiteral("--secret-token-env"), QStringLiteral("SD_E2E_WEBHOOK_SECRET"),
                 QStringLiteral("--out"), outPath, QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY(p.waitForStarted(5000));
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("Receiving Zoom webhooks at") && waited.elapsed() < 10000 &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("Receiving Zoom webhooks at"), err.constData());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));
        const QByteArray huge = R"({"event":"user.updated","payload":{"account_id":"ACCT","object":{"id":"u1","n":1e400}}})";
        const QByteArray badUtf8 =
            "{\"event\":\"user.updated\",\"payload\":{\"account_id\":\"ACCT\",\"object\":{\"id\":\"u2\",\"name\":\"A\xff\"}}}";
        for (const QByteArray& body : {huge, badUtf8}) {
            QNetworkReply* r = postSigned(url, body);
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 5000);
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100, 2);
            r->deleteLater();
        }
        // --count 2: it stops by itself (waitForFinished() is false when it already has).
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(10000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QJsonObject> lines;
        QString bad;
        QVERIFY2(jsonLines(f.readAll(), &lines, &bad), qPrintable(bad));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("body_raw")).toString().toUtf8(), huge);
        QCOMPARE(lines[0].value(QStringLiteral("body_invalid_json")).toBool(), true);
        QVERIFY(lines[0].value(QStringLiteral("payload")).isNull());
        QVERIFY(lines[1].value(QStringLiteral("body_raw")).toString().startsWith(QLatin1String("{\"event\"")));
        QCOMPARE(lines[1].value(QStringLiteral("body_invalid_json")).toBool(), true);
        QCOMPARE(QByteArray::fromBase64(lines[1].value(QStringLiteral("body_base64")).toString().toLatin1()), badUtf8);
        QCOMPARE(lines[1].value(QStringLiteral("user_id")).toString(), QStringLiteral("u2"));
    }

    void sandboxWebhooks()
    {
        const Run r = ctl({QStringLiteral("monitor"), QStringLiteral("--sandbox"), QStringLiteral("--count"),
                           QStringLiteral("50")});
        QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, r.err.constData());
        QList<QJsonObject> lines;
        QString bad;
        QVERIFY2(jsonLines(r.out, &lines, &bad), qPrintable(bad));
        QVERIFY2(lines.size() >= 50, qPrintable(QString::number(lines.size())));
        checkEventLines(lines, QStringLiteral("webhook"));
        QSet<QString> kinds;
        for (const QJsonObject& o : std::as_const(lines))
            kinds.insert(o.value(QStringLiteral("event")).toString());
        QVERIFY(kinds.contains(QStringLiteral("user.presence_status_updated")));
        // The sandbox's webhooks are signed with its secret: nothing was rejected.
        QVERIFY2(r.err.contains("Monitor stopped.") && r.err.contains("rejected: 0,"), r.err.constData());
    }

    void sandboxWebSocket()
    {
        const Run r = ctl({QStringLiteral("monitor"), QStringLiteral("--sandbox"),
                           QStringLiteral("--websocket"), QStringLiteral("--count"), QStringLiteral("20")});
        QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, r.err.constData());
        QList<QJsonObject> lines;
        QString bad;
        QVERIFY2(jsonLines(r.out, &lines, &bad), qPrintable(bad));
        QVERIFY2(lines.size() >= 20, qPrintable(QString::number(lines.size())));
        checkEventLines(lines, QStringLiteral("websocket"));
        QVERIFY2(r.err.contains("Monitor stopped."), r.err.constData());
    }

    // As a webhook endpoint: URL validation, signed events, a forged one refused, SIGTERM loses nothing.
    void listenAsAWebhookEndpoint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString outPath = dir.filePath(QStringLiteral("events.jsonl"));
        const quint16 port = freePort();
        QVERIFY(port != 0);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_E2E_WEBHOOK_SECRET"), QString::fromLatin1(kSecret));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESKCTL_PATH),
                {QStringLiteral("monitor"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--secret-token-env"),
                 QStringLiteral("SD_E2E_WEBHOOK_SECRET"), QStringLiteral("--out"), outPath});
        QVERIFY(p.waitForStarted(5000));
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("Receiving Zoom webhooks at") && waited.elapsed() < 10000 &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("Receiving Zoom webhooks at"), err.constData());
        QVERIFY2(err.contains(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port).toUtf8()),
                 err.constData());
        QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));

        // Zoom's endpoint validation: plainToken back, with its HMAC in hex.
        const QByteArray validation =
            compact({{QStringLiteral("payload"),
                      QJsonObject{{QStringLiteral("plainToken"), QStringLiteral("qgg8vlvZRS6UYooatFL8Aw")}}},
                     {QStringLiteral("event_ts"), double(QDateTime::currentMSecsSinceEpoch())},
                     {QStringLiteral("event"), QStringLiteral("endpoint.url_validation")}});
        QNetworkReply* v = postSigned(url, validation);
        QTRY_VERIFY_WITH_TIMEOUT(v->isFinished(), 5000);
        QCOMPARE(v->error(), QNetworkReply::NoError);
        QCOMPARE(v->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(v->readAll()).object();
        QCOMPARE(answer.value(QStringLiteral("plainToken")).toString(),
                 QStringLiteral("qgg8vlvZRS6UYooatFL8Aw"));
        QCOMPARE(answer.value(QStringLiteral("encryptedToken")).toString().toLatin1(),
                 hmacHex(kSecret, "qgg8vlvZRS6UYooatFL8Aw"));
        v->deleteLater();

        // A forged request (signed with another secret) is refused.
        const QByteArray forgedBody = presenceEvent(QStringLiteral("forged"));
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QNetworkReply* forged =
            post(url, forgedBody, "v0=" + hmacHex("wrong-secret", "v0:" + ts + ':' + forgedBody), ts);
        QTRY_VERIFY_WITH_TIMEOUT(forged->isFinished(), 5000);
        QCOMPARE(forged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        forged->deleteLater();

        // Signed events, sent all at once; SIGTERM as soon as the last is answered.
        constexpr int kEvents = 40;
        std::vector<QNetworkReply*> replies;
        for (int i = 0; i < kEvents; ++i) {
            replies.push_back(postSigned(url, presenceEvent(QStringLiteral("e2e-user-%1").arg(i))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            10000);
        for (QNetworkReply* r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 204, qPrintable(QString::number(status)));
            r->deleteLater();
        }
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, err.constData());
        // The counters at exit, the forged request among them.
        QVERIFY2(err.contains("Monitor stopped."), err.constData());
        QVERIFY2(err.contains("URL validations: 1,"), err.constData());
        QVERIFY2(err.contains("rejected: 1 (bad_signature=1)"), err.constData());

        // Nothing lost: every event answered before SIGTERM is in the file.
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QJsonObject> lines;
        QString bad;
        QVERIFY2(jsonLines(f.readAll(), &lines, &bad), qPrintable(bad));
        QSet<QString> users;
        for (const QJsonObject& o : std::as_const(lines)) {
            if (o.value(QStringLiteral("event")).toString() != QLatin1String("user.presence_status_updated"))
                continue;
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("webhook"));
            users.insert(o.value(QStringLiteral("user_id")).toString());
        }
        QVERIFY2(!users.contains(QStringLiteral("forged")), "a forged event was written");
        for (int i = 0; i < kEvents; ++i)
            QVERIFY2(users.contains(QStringLiteral("e2e-user-%1").arg(i)), qPrintable(QString::number(i)));
        QCOMPARE(users.size(), kEvents);
    }
};

QTEST_GUILESS_MAIN(TestCtlMonitor)
#include "tst_ctl_monitor.moc"
