// The support log file: redaction of real-looking secrets, rotation at the cap, reading the tail
// across rotated files, and an unwritable folder or a full disk that must not stop the program.
#include "common/Log.h"
#include "common/LogFile.h"
#include "common/Redact.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestLogFile : public QObject
{
    Q_OBJECT
private slots:
    void redactsLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept"); // a non-secret part that must survive
        QTest::newRow("bearer")
            << "GET https://api.zoom.us/v2/users Authorization: Bearer eyJhbGciOiJIUzUxMiJ9.eyJ2ZXIiOjl9.Zx_1"
            << "eyJhbGciOiJIUzUxMiJ9.eyJ2ZXIiOjl9.Zx_1"
            << "api.zoom.us/v2/users";
        QTest::newRow("bearer alone") << "sending Bearer 00Dxx0000001gPL!AQ4AQFh3kLm_token"
                                      << "00Dxx0000001gPL!AQ4AQFh3kLm_token"
                                      << "sending Bearer";
        QTest::newRow("basic header") << "authorization: Basic c3luY2Rlc2s6c2VjcmV0"
                                      << "c3luY2Rlc2s6c2VjcmV0"
                                      << "authorization";
        QTest::newRow("query")
            << "POST "
               "https://zoom.us/oauth/"
               "token?grant_type=account_credentials&access_token=abc123DEF456&account_id=Xy9"
            << "abc123DEF456"
            << "account_id=Xy9";
        QTest::newRow("form body") << "body: "
                                      "grant_type=password&client_id=3MVG9abc&client_secret=8F2A77C1D0E4&"
                                      "username=admin@acme.com&password=Winter2024!XYZtok"
                                   << "8F2A77C1D0E4"
                                   << "username=admin@acme.com";
        QTest::newRow("form password") << "grant_type=password&password=Winter2024!XYZtok&x=1"
                                       << "Winter2024!XYZtok"
                                       << "x=1";
        QTest::newRow("json") << "token response "
                                 "{\"access_token\":\"eyJ0b2tlbiI6MX0.sig\",\"token_type\":\"bearer\","
                                 "\"expires_in\":3599,\"scope\":\"user:read\"}"
                              << "eyJ0b2tlbiI6MX0.sig"
                              << "\"expires_in\":3599";
        QTest::newRow("json spaced") << "{ \"client_secret\" : \"q8Jx\\\"7Lm2\", \"client_id\": \"abc\" }"
                                     << "q8Jx"
                                     << "\"client_id\": \"abc\"";
        QTest::newRow("refresh token") << "refresh_token=5Aep861TSESvWeHUkv3Zo4Dk; stored"
                                       << "5Aep861TSESvWeHUkv3Zo4Dk"
                                       << "stored";
        QTest::newRow("key value colon") << "secretToken: zVbXm3kPq9Rt, port 8080"
                                         << "zVbXm3kPq9Rt"
                                         << "port 8080";
        QTest::newRow("acd access key")
            << "{\"accessKeyId\":\"AKIA42\",\"accessKeySecret\":\"MFRGGZDFMZTWQ2LKNNWG23TPOBYXE====\"}"
            << "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE===="
            << "AKIA42";
        QTest::newRow("cookie") << "Set-Cookie: sid=00D5g000004Xyz!ARcAQ; Path=/"
                                << "00D5g000004Xyz!ARcAQ"
                                << "Set-Cookie";
        QTest::newRow("user info") << "proxy http://bob:hunter2pass@proxy.local:3128"
                                   << "hunter2pass"
                                   << "proxy.local:3128";
        QTest::newRow("auth code") << "redirect http://localhost:1717/callback?code=aPrxYXyxzkeh9w&state=s1"
                                   << "aPrxYXyxzkeh9w"
                                   << "state=s1";
    }
    void redactsLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = redact::line(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("***")), qPrintable(out));
    }

    void leavesPlainTextAlone()
    {
        const QString text =
            QStringLiteral("GET https://api.zoom.us/v2/users?page_size=300 -> 200 in 85 ms (users: 50)");
        QCOMPARE(redact::line(text), text);
    }

    void writesRedactedLinesWithLevelAndCategory()
    {
        QTemporaryDir dir;
        installLogFile(dir.path());
        QCOMPARE(logDirectory(), dir.path());
        qCWarning(lcNet) << "token request failed for client_secret=SuperSecret123";
        qCInfo(lcZoom, "plain info line");
        const QStringList lines = lastLogLines(10);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains(QStringLiteral("WARN")));
        QVERIFY(lines[0].contains(QStringLiteral("syncdesk.net")));
        QVERIFY(!lines[0].contains(QStringLiteral("SuperSecret123")));
        QVERIFY(lines[1].contains(QStringLiteral("syncdesk.zoom: plain info line")));
        QFile f(currentLogFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("SuperSecret123"));
    }

    void filteredMessagesAreNotWritten()
    {
        QTemporaryDir dir;
        installLogFile(dir.path());
        qCDebug(lcNet, "debug is off by default"); // syncdesk.net starts at info
        QVERIFY(lastLogLines(10).isEmpty());
    }

    void rotatesAtTheCapAndReadsAcrossFiles()
    {
        QTemporaryDir dir;
        setLogFileLimits(2000, 3);
        installLogFile(dir.path());
        for (int i = 0; i < 100; ++i)
            qCInfo(lcMonitor, "line %03d of the rotation test", i);
        setLogFileLimits(0, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("syncdesk.1.log"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("syncdesk.2.log"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("syncdesk.3.log"))));
        for (const QString& name : {QStringLiteral("syncdesk.log"), QStringLiteral("syncdesk.1.log")})
            QVERIFY(QFileInfo(dir.filePath(name)).size() <= 2000);
        // The tail spans the current file and the rotated ones, oldest first.
        const int inCurrent = int(QString::fromUtf8([&] {
                                      QFile f(currentLogFile());
                                      f.open(QIODevice::ReadOnly);
                                      return f.readAll();
                                  }())
                                      .count(QLatin1Char('\n')));
        const QStringList tail = lastLogLines(inCurrent + 5);
        QCOMPARE(tail.size(), inCurrent + 5);
        QVERIFY(tail.last().contains(QStringLiteral("line 099")));
        QVERIFY(tail.first().contains(
            QStringLiteral("line %1").arg(99 - inCurrent - 4, 3, 10, QLatin1Char('0'))));
        // Old lines are gone: at most 3 files were kept.
        QVERIFY(!lastLogLines(1000).first().contains(QStringLiteral("line 000")));
    }

    void unwritableFolderStopsQuietly()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        installLogFile(dir.filePath(QStringLiteral("file/logs"))); // a folder inside a file: never creatable
        qCWarning(lcNet, "this cannot reach the file");
        qCWarning(lcNet, "nor this");
        QVERIFY(!logFileWritable());
        QVERIFY(lastLogLines(5).isEmpty());
    }

    void fullDiskStopsQuietly()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), dir.filePath(QStringLiteral("syncdesk.log"))));
        installLogFile(dir.path());
        QVERIFY(logFileWritable());
        qCWarning(lcNet, "no space left for this line");
        QVERIFY(!logFileWritable());
        qCWarning(lcNet, "and the program goes on");
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
