// End-to-end: the real syncdeskctl binary against a sandbox started by `syncdeskctl sandbox`,
// over real sockets, secrets passed the way scripts pass them (environment variable named by a flag).
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCtl : public QObject
{
    Q_OBJECT
    QProcess m_sandbox;
    QHash<QString, QString> m_vars;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run ctl(const QStringList& args, const QHash<QString, QString>& env = {}, const QByteArray& stdinData = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList credFlags() const
    {
        return {QStringLiteral("--account-id"), m_vars.value(QStringLiteral("ZOOM_ACCOUNT_ID")),
                QStringLiteral("--client-id"), m_vars.value(QStringLiteral("ZOOM_CLIENT_ID")),
                QStringLiteral("--client-secret-env"), QStringLiteral("SD_TEST_SECRET"),
                QStringLiteral("--zoom-oauth-url"), m_vars.value(QStringLiteral("ZOOM_OAUTH_URL")),
                QStringLiteral("--zoom-api-url"), m_vars.value(QStringLiteral("ZOOM_API_URL"))};
    }
    QHash<QString, QString> secretEnv() const
    {
        return {{QStringLiteral("SD_TEST_SECRET"), m_vars.value(QStringLiteral("ZOOM_CLIENT_SECRET"))}};
    }

    void postControl(const QString& path, const QByteArray& body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_vars.value(QStringLiteral("ZOOM_API_URL")) + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* r = nam.post(req, body);
        QTRY_VERIFY(r->isFinished());
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100, 2);
        r->deleteLater();
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(SYNCDESKCTL_PATH),
                        {QStringLiteral("sandbox"), QStringLiteral("--users"), QStringLiteral("120"),
                         QStringLiteral("--rate"), QStringLiteral("0")});
        QVERIFY(m_sandbox.waitForStarted(5000));
        QElapsedTimer waited;
        waited.start();
        while (m_vars.size() < 17 && waited.elapsed() < 15000) {
            m_sandbox.waitForReadyRead(500);
            while (m_sandbox.canReadLine()) {
                const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
                const int eq = line.indexOf(QLatin1Char('='));
                if ((line.startsWith(QLatin1String("ZOOM_")) || line.startsWith(QLatin1String("ACD_")) ||
                     line.startsWith(QLatin1String("SF_"))) && eq > 0)
                    m_vars.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QVERIFY(m_vars.value(QStringLiteral("ZOOM_API_URL")).startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void cleanupTestCase()
    {
        // SIGTERM stops it cleanly: exit 0 and its counters on stderr.
        ::kill(pid_t(m_sandbox.processId()), SIGTERM);
        QVERIFY(m_sandbox.waitForFinished(10000));
        QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sandbox.exitCode(), 0);
        QVERIFY(m_sandbox.readAllStandardError().contains("Token requests: "));
    }

    void verifySucceedsAndNeverEchoesTheSecret()
    {
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("verify")} + credFlags(), secretEnv());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Connected to 127.0.0.1"));
        QVERIFY(r.out.contains("user:read:admin"));
        QVERIFY(!r.out.contains("MISSING"));
        const QByteArray secret = m_vars.value(QStringLiteral("ZOOM_CLIENT_SECRET")).toUtf8();
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
    }

    // The standalone sandbox serves the ACD too, so scripts can point the acd/addressbook/directory
    // commands at it with plain flags (secrets through the environment, never as arguments).
    void standaloneSandboxServesTheAcd()
    {
        QVERIFY(m_vars.value(QStringLiteral("ACD_ISSUER_URL")).startsWith(QLatin1String("http://127.0.0.1:")));
        const QStringList flags = {QStringLiteral("--acd-issuer-url"), m_vars.value(QStringLiteral("ACD_ISSUER_URL")),
                                   QStringLiteral("--acd-client-id"), m_vars.value(QStringLiteral("ACD_CLIENT_ID")),
                                   QStringLiteral("--acd-client-secret-env"), QStringLiteral("SD_ACD_CS"),
                                   QStringLiteral("--acd-access-key-id"), m_vars.value(QStringLiteral("ACD_ACCESS_KEY_ID")),
                                   QStringLiteral("--acd-access-key-secret-env"), QStringLiteral("SD_ACD_AKS")};
        const QHash<QString, QString> env = {
            {QStringLiteral("SD_ACD_CS"), m_vars.value(QStringLiteral("ACD_CLIENT_SECRET"))},
            {QStringLiteral("SD_ACD_AKS"), m_vars.value(QStringLiteral("ACD_ACCESS_KEY_SECRET"))}};
        const Run r = ctl(QStringList{QStringLiteral("acd"), QStringLiteral("verify")} + flags, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(m_vars.value(QStringLiteral("ACD_API_URL")).toUtf8()), r.out.constData());
        QVERIFY(!r.out.contains(m_vars.value(QStringLiteral("ACD_ACCESS_KEY_SECRET")).toUtf8()));
    }

    // ... and a Salesforce org, reachable with the salesforce commands' plain flags.
    void standaloneSandboxServesSalesforce()
    {
        QVERIFY(m_vars.value(QStringLiteral("SF_LOGIN_URL")).startsWith(QLatin1String("http://127.0.0.1:")));
        const QStringList flags = {QStringLiteral("--sf-login-url"), m_vars.value(QStringLiteral("SF_LOGIN_URL")),
                                   QStringLiteral("--sf-client-id"), m_vars.value(QStringLiteral("SF_CLIENT_ID")),
                                   QStringLiteral("--sf-client-secret-env"), QStringLiteral("SD_SF_CS"),
                                   QStringLiteral("--sf-username"), m_vars.value(QStringLiteral("SF_USERNAME")),
                                   QStringLiteral("--sf-password-env"), QStringLiteral("SD_SF_PW")};
        const QHash<QString, QString> env = {{QStringLiteral("SD_SF_CS"), m_vars.value(QStringLiteral("SF_CLIENT_SECRET"))},
                                             {QStringLiteral("SD_SF_PW"), m_vars.value(QStringLiteral("SF_PASSWORD"))}};
        const Run r = ctl(QStringList{QStringLiteral("salesforce"), QStringLiteral("verify")} + flags, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("00D"), r.out.constData());
        QVERIFY(!r.out.contains(m_vars.value(QStringLiteral("SF_PASSWORD")).toUtf8()));
    }

    void verifyWithWrongSecretFailsWithTheReason()
    {
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("verify")} + credFlags(),
                          {{QStringLiteral("SD_TEST_SECRET"), QStringLiteral("not-the-secret")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("client secret"), r.err.constData());
    }

    void verifyInGermanAndJapanese()
    {
        const Run de = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("verify"), QStringLiteral("--lang"),
                                       QStringLiteral("de")} + credFlags(),
                           {{QStringLiteral("SD_TEST_SECRET"), QStringLiteral("wrong")}});
        QCOMPARE(de.exitCode, 1);
        QVERIFY2(de.err.contains("Verbindung fehlgeschlagen"), de.err.constData());
        const Run ja = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("verify"), QStringLiteral("--lang"),
                                       QStringLiteral("ja")} + credFlags(),
                           {{QStringLiteral("SD_TEST_SECRET"), QStringLiteral("wrong")}});
        QCOMPARE(ja.exitCode, 1);
        QVERIFY2(QString::fromUtf8(ja.err).contains(QStringLiteral("接続")), ja.err.constData());
    }

    void missingEnvironmentVariableIsAUsageError()
    {
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("verify")} + credFlags(), {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("SD_TEST_SECRET"));
    }

    void secretFromStdin()
    {
        QStringList flags = credFlags();
        const int i = flags.indexOf(QStringLiteral("--client-secret-env"));
        flags.removeAt(i + 1);
        flags[i] = QStringLiteral("--client-secret-stdin");
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("verify")} + flags, {},
                          m_vars.value(QStringLiteral("ZOOM_CLIENT_SECRET")).toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void usersAsJsonLinesAcrossPages()
    {
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("users"), QStringLiteral("--page-size"),
                                      QStringLiteral("25")} + credFlags(), secretEnv());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() > 25); // more than one page
        QSet<QString> ids;
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
            QVERIFY(o.contains(QStringLiteral("first_name")) && o.contains(QStringLiteral("last_name")));
            ids.insert(o.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), lines.size());
        QVERIFY(r.err.contains("Users written: " + QByteArray::number(lines.size())));
    }

    void usersAsCsvToAFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("users.csv"));
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("users"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--out"), out} + credFlags(), secretEnv());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("id,email,first_name,last_name"));
        QVERIFY(lines.size() > 50);
    }

    void usersSurviveServerErrorsThroughRetries()
    {
        postControl(QStringLiteral("/_sandbox/faults"), R"({"fault":"500","count":2})");
        const Run r = ctl(QStringList{QStringLiteral("zoom"), QStringLiteral("users")} + credFlags(), secretEnv());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.count('\n') > 50);
    }

    void inProcessSandbox()
    {
        const Run r = ctl({QStringLiteral("zoom"), QStringLiteral("verify"), QStringLiteral("--sandbox")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Users: "));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
