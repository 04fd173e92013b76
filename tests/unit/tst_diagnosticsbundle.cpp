// The diagnostics bundle's contents: the profile without anything that leads to a secret, the
// connectivity results of a reachable and an unreachable endpoint, and the files support expects.
#include "common/LogFile.h"
#include "diagnostics/DiagnosticsBundle.h"
#include "salesforce/MetadataZip.h"
#include "sandbox/ZoomSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestDiagnosticsBundle : public QObject
{
    Q_OBJECT
private slots:
    void strippedProfileKeepsSettingsAndDropsSecretReferences()
    {
        Profile p = Profile::create(QStringLiteral("Acme"));
        p.zoom.accountId = QStringLiteral("acc-1");
        p.zoom.clientId = QStringLiteral("cid-1");
        p.zoom.hasClientSecret = true;
        p.acd.clientId = QStringLiteral("acd-client");
        p.acd.accessKeyId = QStringLiteral("AKID");
        p.acd.hasAccessKeySecret = true;
        p.salesforce.loginUrl = QStringLiteral("https://acme.my.salesforce.com");
        p.salesforce.username = QStringLiteral("admin@acme.com");
        p.salesforce.hasRefreshToken = true;
        p.unknown.insert(QStringLiteral("future_api_key"), QStringLiteral("k-123"));
        const QJsonObject o = DiagnosticsBundle::strippedProfile(p);
        const QByteArray text = QJsonDocument(o).toJson();
        QVERIFY(!o.contains(QStringLiteral("id")));
        QVERIFY(!text.contains(p.id.toUtf8()));
        QVERIFY(!text.contains("has_"));
        QVERIFY(!text.contains("AKID"));
        QVERIFY(!text.contains("k-123"));
        QCOMPARE(o[QStringLiteral("name")].toString(), QStringLiteral("Acme"));
        QCOMPARE(o[QStringLiteral("zoom")][QStringLiteral("client_id")].toString(), QStringLiteral("cid-1"));
        QCOMPARE(o[QStringLiteral("zoom")][QStringLiteral("api_url")].toString(),
                 QStringLiteral("https://api.zoom.us"));
        QCOMPARE(o[QStringLiteral("salesforce")][QStringLiteral("login_url")].toString(),
                 QStringLiteral("https://acme.my.salesforce.com"));
        QCOMPARE(o[QStringLiteral("salesforce")][QStringLiteral("username")].toString(),
                 QStringLiteral("admin@acme.com"));
    }

    void targetsComeFromTheProfile()
    {
        Profile p = Profile::create(QStringLiteral("Acme"));
        QStringList ids;
        for (const ConnectivityTarget& t : DiagnosticsBundle::targetsFor(p))
            ids << t.id;
        QVERIFY(ids.contains(QStringLiteral("zoom-oauth")));
        QVERIFY(ids.contains(QStringLiteral("zoom-api")));
        QVERIFY(ids.contains(QStringLiteral("contact-center")));
        QVERIFY(ids.contains(QStringLiteral("acd-issuer")));
        QVERIFY(ids.contains(QStringLiteral("salesforce-login")));
    }

    void bundleHasTheFilesAndTheChecks()
    {
        QTemporaryDir dir;
        installLogFile(dir.filePath(QStringLiteral("logs")));
        qWarning("diagnostics unit test line with password=hunter2hunter2");

        ZoomSandbox sandbox;
        QVERIFY(sandbox.start().ok());
        // A port that refuses connections: listen, note the port, close.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();

        DiagnosticsBundle bundle;
        bundle.setTimeoutMs(5000);
        bundle.setProfile(Profile::create(QStringLiteral("Acme")),
                          {{QStringLiteral("zoom-api"), QStringLiteral("Zoom API"), sandbox.apiUrl()},
                           {QStringLiteral("acd-issuer"), QStringLiteral("CXone"),
                            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort))}});
        QSignalSpy finished(&bundle, &DiagnosticsBundle::finished);
        const QString zipPath = dir.filePath(QStringLiteral("d.zip"));
        bundle.start(zipPath);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<Error>().ok());

        QCOMPARE(bundle.results().size(), 2);
        QVERIFY(bundle.results()[0].reachable);
        QVERIFY(bundle.results()[0].httpStatus > 0);
        QVERIFY(!bundle.results()[1].reachable);
        QCOMPARE(bundle.results()[1].error, errorCodeName(ErrorCode::ConnectionRefused));

        const auto zip = MetadataZip::read(zipPath);
        QVERIFY(zip.ok());
        QHash<QString, QByteArray> files;
        for (const auto& e : zip.value())
            files.insert(e.path, e.data);
        for (const QString& name : DiagnosticsBundle::fileNames())
            QVERIFY2(files.contains(name), qPrintable(name));
        QVERIFY(files.value(QStringLiteral("log.txt")).contains("diagnostics unit test line"));
        QVERIFY(!files.value(QStringLiteral("log.txt")).contains("hunter2hunter2"));
        QVERIFY(files.value(QStringLiteral("platform.txt")).contains("CPU architecture: "));
        const QJsonArray checks = QJsonDocument::fromJson(files.value(
            QStringLiteral("connectivity.json")))[QStringLiteral("checks")]
                                      .toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks[1][QStringLiteral("reachable")].toBool(), false);
    }

    void unwritableTargetIsAnError()
    {
        DiagnosticsBundle bundle;
        QSignalSpy finished(&bundle, &DiagnosticsBundle::finished);
        bundle.start(QStringLiteral("/nonexistent-folder-for-syncdesk/d.zip"));
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(!finished.first().first().value<Error>().ok());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsBundle)
#include "tst_diagnosticsbundle.moc"
