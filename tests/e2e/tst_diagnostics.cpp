// End-to-end: a sandbox session with its real demo secrets signs in to the emulated Zoom, ACD and
// Salesforce (debug logging on, so every request is logged through the real code paths), some
// careless messages carrying secrets are logged too, then the real syncdeskctl builds the support
// bundle. Every file of the zip is searched for every secret value: none may be there.
#include "common/Log.h"
#include "common/LogFile.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "diagnostics/DiagnosticsBundle.h"
#include "profile/ProfileStore.h"
#include "salesforce/MetadataZip.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/SalesforceSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestDiagnostics : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_home; // XDG_DATA_HOME of the CLI: its log folder is the one this test writes

    Run ctl(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(90000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString logDir() const { return m_home.path() + QStringLiteral("/Syncdesk/syncdesk/logs"); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Syncdesk"));
        QCoreApplication::setApplicationName(QStringLiteral("syncdesk"));
    }

    void bundleHoldsNoSecretOfASandboxSession()
    {
        installLogFile(logDir());
        QLoggingCategory::setFilterRules(QStringLiteral("syncdesk.*.debug=true"));

        MemorySecretStore store;
        QTemporaryDir profiles;
        ProfileSession session(&store, profiles.path());
        QVERIFY(session.openSandbox().ok());
        const SandboxCredentials zoom = session.sandbox()->credentials();
        const AcdSandboxCredentials acd = session.acdSandbox()->credentials();
        const SalesforceSandboxCredentials sf = session.salesforceSandbox()->credentials();
        const QStringList secrets{zoom.clientSecret,   zoom.secretToken,      acd.clientSecret,
                                  acd.accessKeySecret, sf.clientSecret,       sf.password,
                                  sf.securityToken,    sf.passwordWithToken()};
        for (const QString& s : secrets)
            QVERIFY(s.size() >= 6); // long enough that finding one by chance is impossible

        // Sign in to all three through the session's clients (the real request and token code).
        SessionClients clients(&session);
        int answered = 0;
        clients.zoomApi(this, [&](ZoomApi*, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            ++answered;
        });
        clients.acdApi(this, [&](AcdApi*, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            ++answered;
        });
        clients.salesforceApi(this, [&](SalesforceApi*, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            ++answered;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 30000);

        // Messages that carry secrets in the shapes they take in requests, bodies and headers.
        qCWarning(lcZoom).noquote()
            << "token request: Authorization: Basic"
            << (zoom.clientId + QLatin1Char(':') + zoom.clientSecret).toUtf8().toBase64();
        qCWarning(lcZoom).noquote() << QStringLiteral("webhook check with secret_token=") + zoom.secretToken;
        qCInfo(lcNet).noquote()
            << QStringLiteral(
                   "body {\"grant_type\":\"password\",\"client_secret\":\"%1\",\"password\":\"%2\"}")
                   .arg(sf.clientSecret, sf.passwordWithToken());
        qCInfo(lcNet).noquote() << QStringLiteral(
                                       "form: grant_type=password&username=%1&password=%2&client_secret=%3")
                                       .arg(sf.username, sf.passwordWithToken(), sf.clientSecret);
        qCInfo(lcSecrets).noquote() << QStringLiteral(
                                           "stored {\"accessKeySecret\":\"%1\",\"clientSecret\":\"%2\"}")
                                           .arg(acd.accessKeySecret, acd.clientSecret);
        qCInfo(lcNet).noquote() << QStringLiteral("security_token: ") + sf.securityToken;
        QVERIFY(lastLogLines(1000).size() > 5);

        // A profile with non-secret settings of its own, pointing at the running sandboxes.
        Profile p = session.profile();
        p.name = QStringLiteral("Diagnostics E2E");
        p.sandbox = false;
        p.zoom.oauthUrl = session.sandbox()->oauthUrl().toString();
        p.zoom.apiUrl = session.sandbox()->apiUrl().toString();
        p.zoom.hasClientSecret = true;
        p.acd.issuerUrl = session.acdSandbox()->issuerUrl().toString();
        p.acd.clientId = acd.clientId;
        p.acd.accessKeyId = acd.accessKeyId;
        p.acd.hasAccessKeySecret = true;
        p.salesforce.loginUrl = session.salesforceSandbox()->baseUrl().toString();
        p.salesforce.username = sf.username;
        p.salesforce.hasPassword = true;
        p.monitor.listenPort = 9123;
        const QString profilePath = profiles.filePath(QStringLiteral("e2e.json"));
        QVERIFY(ProfileStore::save(profilePath, p).ok());

        QTemporaryDir outDir;
        const QString zipPath = outDir.filePath(QStringLiteral("bundle.zip"));
        const Run r =
            ctl({QStringLiteral("diagnostics"), QStringLiteral("--out"), zipPath, QStringLiteral("--profile"),
                 profilePath, QStringLiteral("--timeout"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(zipPath));
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("endpoints reachable: 5 of 5")));

        const Result<QList<MetadataZip::Entry>> zip = MetadataZip::read(zipPath);
        QVERIFY2(zip.ok(), qPrintable(zip.error().describe()));
        QStringList names;
        QHash<QString, QByteArray> files;
        for (const MetadataZip::Entry& e : zip.value()) {
            names << e.path;
            files.insert(e.path, e.data);
        }
        names.sort();
        QStringList expected = DiagnosticsBundle::fileNames();
        expected.sort();
        QCOMPARE(names, expected);

        // The secrets: in none of the files, in no form we know of (as is, Base64 of Basic auth).
        QStringList forms = secrets;
        forms << QString::fromLatin1(
            (zoom.clientId + QLatin1Char(':') + zoom.clientSecret).toUtf8().toBase64());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            for (const QString& s : std::as_const(forms))
                QVERIFY2(!it.value().contains(s.toUtf8()),
                         qPrintable(QStringLiteral("a secret is in %1").arg(it.key())));
        }
        // The log was there and is in the bundle, with its redactions visible.
        QVERIFY(files.value(QStringLiteral("log.txt")).contains("syncdesk.net"));
        QVERIFY(files.value(QStringLiteral("log.txt")).contains("***"));

        // The settings that are not secret are there; what points to a secret is not.
        const QJsonObject profile =
            QJsonDocument::fromJson(files.value(QStringLiteral("profile.json"))).object();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), p.name);
        QCOMPARE(profile[QStringLiteral("zoom")][QStringLiteral("account_id")].toString(), zoom.accountId);
        QCOMPARE(profile[QStringLiteral("zoom")][QStringLiteral("api_url")].toString(), p.zoom.apiUrl);
        QCOMPARE(profile[QStringLiteral("monitor")][QStringLiteral("listen_port")].toInt(), 9123);
        QCOMPARE(profile[QStringLiteral("salesforce")][QStringLiteral("username")].toString(), sf.username);
        QVERIFY(!profile.contains(QStringLiteral("id")));
        QVERIFY(!profile[QStringLiteral("zoom")].toObject().contains(QStringLiteral("has_client_secret")));
        QVERIFY(!profile[QStringLiteral("acd")].toObject().contains(QStringLiteral("access_key_id")));

        const QJsonArray checks = QJsonDocument::fromJson(files.value(QStringLiteral("connectivity.json")))
                                      .object()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
        QCOMPARE(checks.size(), 5);
        for (const QJsonValue& c : checks)
            QVERIFY2(c[QStringLiteral("reachable")].toBool(), qPrintable(c[QStringLiteral("id")].toString()));
        QVERIFY(files.value(QStringLiteral("versions.txt")).startsWith("Syncdesk "));
        QVERIFY(files.value(QStringLiteral("README.txt")).contains("Left out"));
    }

    void usageAndUnwritableTarget()
    {
        QCOMPARE(ctl({QStringLiteral("diagnostics")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("diagnostics"), QStringLiteral("--out"), QStringLiteral("x.zip"),
                      QStringLiteral("--sandbox"), QStringLiteral("--profile"), QStringLiteral("p.json")})
                     .exitCode,
                 2);
        QTemporaryDir dir;
        const Run r = ctl({QStringLiteral("diagnostics"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("missing/folder/bundle.zip"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty()); // nothing claimed on stdout when nothing was written
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
