// End-to-end: the real syncdeskctl binary, `rules validate` (exit codes, one problem a line) and
// `rules simulate` (one JSON object per input line, keys in the documented order), on hand-written
// events and on what `syncdeskctl monitor --sandbox` itself writes.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCtlRules : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    Run ctl(const QStringList& args)
    {
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    static QList<QByteArray> lines(const QByteArray& out)
    {
        QList<QByteArray> l = out.split('\n');
        while (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    }

    static QByteArray exampleRule()
    {
        return "{\"name\": \"EU agents\", \"skipUnavailableValidation\": false, \"publisher\": [{\"acd\": "
               "\"Available\", \"salesforce\": \"Available_for_Chats\"}, {\"acd\": \"Zoom call\", "
               "\"salesforce\": "
               "\"Busy_On_Call\"}, {\"acd\": \"Away\", \"salesforce\": \"Away_SF\"}], \"subscriber\": "
               "[{\"salesforce\": "
               "\"Available_for_Chats\", \"acd\": \"Available\"}, {\"salesforce\": \"Busy_On_Case\", "
               "\"acd\": "
               "\"previous\"}], \"zoom\": [{\"zoom\": \"Away\", \"acd\": \"Away\"}, {\"phone\": "
               "\"connected\", "
               "\"acd\": \"Zoom call\"}, {\"phone\": \"ended\", \"acd\": \"previous\"}], \"teams\": [\"Team "
               "EU\"], "
               "\"users\": [\"anna.lehmann@example.com\"]}";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validateExitCodes()
    {
        const QString rule = write(QStringLiteral("rule.json"), exampleRule());
        Run r = ctl({QStringLiteral("rules"), QStringLiteral("validate"), rule});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());

        // Codes as `acd codes --format json` prints them; "Away" is not assigned to Team EU.
        const QString codes = write(QStringLiteral("codes.json"),
                                    "[{\"name\":\"Zoom call\",\"isActive\":true,\"teams\":[\"Team EU\"]},"
                                    "{\"name\":\"Away\",\"isActive\":true,\"teams\":[\"Team US\"]}]");
        r = ctl({QStringLiteral("rules"), QStringLiteral("validate"), rule, QStringLiteral("--acd-codes"),
                 codes});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> problems = lines(r.out);
        QCOMPARE(problems.size(), 2); // publisher row 3 and Zoom row 1 use "Away"
        QVERIFY2(problems[0].contains("row 3") && problems[0].contains("Team EU"), problems[0].constData());
        QVERIFY2(problems[1].contains("row 1") && problems[1].contains("Away"), problems[1].constData());

        QByteArray bad = exampleRule();
        bad.replace("{\"acd\": \"Away\", \"salesforce\": \"Away_SF\"}",
                    "{\"acd\": \"previous\", \"salesforce\": \"Away_SF\"}");
        r = ctl(
            {QStringLiteral("rules"), QStringLiteral("validate"), write(QStringLiteral("bad.json"), bad)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.out).size(), 1);
        QVERIFY(r.out.contains("previous"));

        r = ctl({QStringLiteral("rules"), QStringLiteral("validate"),
                 write(QStringLiteral("broken.json"), "{\"name\":")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("JSON"));

        r = ctl({QStringLiteral("rules"), QStringLiteral("validate")});
        QCOMPARE(r.exitCode, 2);
    }

    void simulatePrintsOneObjectPerLine()
    {
        const QString rule = write(QStringLiteral("rule.json"), exampleRule());
        const QByteArray events =
            // a capture line (CaptureWriter): the body as received
            "{\"received_at\":\"2024-01-01T10:00:00.000Z\",\"source\":\"webhook\",\"verification\":"
            "\"signature_valid\","
            "\"headers\":{},\"body\":\"{\\\"event\\\":\\\"user.presence_status_updated\\\",\\\"payload\\\":{"
            "\\\"object\\\":{\\\"id\\\":\\\"u1\\\",\\\"email\\\":\\\"anna.lehmann@example.com\\\","
            "\\\"presence_status\\\":\\\"Away\\\"}}}\"}\n"
            // `syncdeskctl monitor` lines: phone events name Anna only by user ID
            "{\"event\":\"phone.callee_answered\",\"user_id\":\"u1\",\"payload\":{\"object\":{\"call_id\":"
            "\"c\","
            "\"caller\":{\"phone_number\":\"+15550100\"},\"callee\":{\"user_id\":\"u1\",\"extension_type\":"
            "\"user\"}}}}\n"
            "{\"event\":\"phone.callee_ended\",\"user_id\":\"u1\",\"payload\":{\"object\":{\"call_id\":\"c\","
            "\"caller\":{\"phone_number\":\"+15550100\"},\"callee\":{\"user_id\":\"u1\",\"extension_type\":"
            "\"user\"}}}}\n"
            "{\"event\": \"salesforce.presence_changed\", \"email\": \"anna.lehmann@example.com\", "
            "\"status\": "
            "\"Lunch_SF\"}\n"
            "{\"event\":\"user.signed_in\",\"payload\":{\"object\":{\"email\":\"anna.lehmann@example.com\"}}}"
            "\n";
        const Run r = ctl({QStringLiteral("rules"), QStringLiteral("simulate"), QStringLiteral("--rule"),
                           rule, QStringLiteral("--events"), write(QStringLiteral("events.jsonl"), events),
                           QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> out = lines(r.out);
        QCOMPARE(out.size(), 5);
        QCOMPARE(
            out[0],
            QByteArray("{\"seq\":1,\"email\":\"anna.lehmann@example.com\",\"event\":\"user.presence_status_"
                       "updated\",\"acd\":\"Away\",\"salesforce\":\"Away_SF\",\"note\":\"\"}"));
        QCOMPARE(
            out[1],
            QByteArray("{\"seq\":2,\"email\":\"anna.lehmann@example.com\",\"event\":\"phone.callee_"
                       "answered\",\"acd\":\"Zoom call\",\"salesforce\":\"Busy_On_Call\",\"note\":\"\"}"));
        QCOMPARE(out[2],
                 QByteArray("{\"seq\":3,\"email\":\"anna.lehmann@example.com\",\"event\":\"phone.callee_"
                            "ended\",\"acd\":\"Away\",\"salesforce\":\"Away_SF\",\"note\":\"previous "
                            "restored\"}"));
        QCOMPARE(out[3],
                 QByteArray("{\"seq\":4,\"email\":\"anna.lehmann@example.com\",\"event\":\"salesforce."
                            "presence_changed\",\"acd\":\"Away\",\"salesforce\":\"Lunch_SF\",\"note\":"
                            "\"unmapped\"}"));
        QCOMPARE(out[4], QByteArray("{\"seq\":5,\"email\":null,\"event\":\"user.signed_in\",\"acd\":\"\","
                                    "\"salesforce\":\"\",\"note\":\"\"}"));

        // With skip validation the unmapped Salesforce status falls back to Unavailable.
        QByteArray skip = exampleRule();
        skip.replace("\"skipUnavailableValidation\": false", "\"skipUnavailableValidation\": true");
        const Run s = ctl({QStringLiteral("rules"), QStringLiteral("simulate"), QStringLiteral("--rule"),
                           write(QStringLiteral("skip.json"), skip), QStringLiteral("--events"),
                           m_dir.filePath(QStringLiteral("events.jsonl"))});
        QCOMPARE(s.exitCode, 0);
        const QJsonObject fourth = QJsonDocument::fromJson(lines(s.out).value(3)).object();
        QCOMPARE(fourth.value(QStringLiteral("acd")).toString(), QStringLiteral("Unavailable"));
        QCOMPARE(fourth.value(QStringLiteral("note")).toString(), QStringLiteral("unavailable fallback"));

        QCOMPARE(ctl({QStringLiteral("rules"), QStringLiteral("simulate"), QStringLiteral("--rule"), rule})
                     .exitCode,
                 2);
    }

    void simulateReadsWhatTheMonitorWrites()
    {
        const Run m = ctl({QStringLiteral("monitor"), QStringLiteral("--sandbox"),
                           QStringLiteral("--sandbox-users"), QStringLiteral("5"), QStringLiteral("--rate"),
                           QStringLiteral("200"), QStringLiteral("--count"), QStringLiteral("60")});
        QVERIFY2(m.exitCode == 0, m.err.constData());
        const QList<QByteArray> in = lines(m.out);
        QCOMPARE(in.size(), 60);
        // A rule for everyone (no teams, no users) that maps every presence the sandbox sends to the ACD.
        const QString rule =
            write(QStringLiteral("all.json"),
                  "{\"name\":\"all\",\"publisher\":[{\"acd\":\"Available\",\"salesforce\":\"Avail\"},{"
                  "\"acd\":\"Zoom "
                  "call\",\"salesforce\":\"OnCall\"}],\"zoom\":[{\"zoom\":\"Available\",\"acd\":"
                  "\"Available\"},{\"phone\":"
                  "\"connected\",\"acd\":\"Zoom call\"},{\"phone\":\"ended\",\"acd\":\"previous\"}]}");
        const Run r = ctl({QStringLiteral("rules"), QStringLiteral("simulate"), QStringLiteral("--rule"),
                           rule, QStringLiteral("--events"), write(QStringLiteral("monitor.jsonl"), m.out)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> out = lines(r.out);
        QCOMPARE(out.size(), in.size());
        int presence = 0;
        for (int i = 0; i < out.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(out[i]).object();
            const QJsonObject e = QJsonDocument::fromJson(in[i]).object();
            QCOMPARE(o.keys().size(), 6);
            QCOMPARE(o.value(QStringLiteral("seq")).toInt(), i + 1);
            QCOMPARE(o.value(QStringLiteral("event")).toString(),
                     e.value(QStringLiteral("event")).toString());
            if (e.value(QStringLiteral("event")).toString() ==
                QLatin1String("user.presence_status_updated")) {
                ++presence;
                QCOMPARE(o.value(QStringLiteral("email")).toString(),
                         e.value(QStringLiteral("email")).toString());
                const QString acd = o.value(QStringLiteral("acd")).toString();
                QVERIFY2(acd == QLatin1String("Available") || acd == QLatin1String("Zoom call"),
                         out[i].constData());
            }
        }
        QVERIFY(presence > 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlRules)
#include "tst_ctl_rules.moc"
