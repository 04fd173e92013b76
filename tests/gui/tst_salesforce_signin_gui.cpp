// The Salesforce browser sign-in driven like a user would: the account mapping's "Sign in with
// browser…" button, the authorize address taken from the editor's browser opener, and the sandbox
// org's consent page answered over real loopback sockets as a browser would (GET the page, post
// the form, follow the redirect to Syncdesk's loopback reply handler). Afterwards the shared
// Salesforce client of the session must work with the stored refresh token alone.
#include "MainWindow.h"
#include "areas/SalesforceArea.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "editors/SalesforceAccountMappingEditor.h"
#include "salesforce/SalesforceApi.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"

#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace syncdesk;

class TestSalesforceSignInGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInStoresRefreshTokenUsedBySession();
    void denyShowsErrorAndStoresNothing();
    void cancelWhileWaiting();

private:
    struct Http
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    Http http(const QUrl& url, const QByteArray& postBody = {}, bool post = false);
    // The browser: consent page -> decision -> the redirect to the loopback reply handler.
    void actAsBrowser(const QUrl& authorizeUrl, const QString& decision);
    template <typename T> T* inEditor(const char* name) const
    {
        T* w = editor()->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    SalesforceAccountMappingEditor* editor() const { return m_window->salesforceArea()->mappingEditor(); }
    SalesforceSandbox* sandbox() const { return m_controller->session()->salesforceSandbox(); }
    void startSignIn();
    QString storedRefreshTokenKey() const
    {
        return secretKey(m_controller->profile().id, SecretPurpose::SalesforceRefreshToken);
    }
    // One REST query through the session's shared client; the error message, empty on success.
    QString queryThroughSession(int* records);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_nam;
    QList<QUrl> m_opened; // what the editor asked the system browser to open
};

void TestSalesforceSignInGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskSalesforceSignInGuiTest"));
}

void TestSalesforceSignInGui::init()
{
    QSettings().clear();
    m_opened.clear();
    SalesforceAccountMappingEditor::setUrlOpener([this](const QUrl& url) {
        m_opened.append(url);
        return true;
    });
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openSandbox());
    QVERIFY(sandbox() && sandbox()->isRunning());
    QVERIFY(m_window->showArea(QStringLiteral("salesforce")));
    m_window->salesforceArea()->showSection(SalesforceArea::Section::Mapping);
    QVERIFY(editor()->isVisible());
}

void TestSalesforceSignInGui::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    SalesforceAccountMappingEditor::setUrlOpener({});
    QSettings().clear();
}

TestSalesforceSignInGui::Http TestSalesforceSignInGui::http(const QUrl& url, const QByteArray& postBody,
                                                            bool post)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = nullptr;
    if (post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(req, postBody);
    } else {
        reply = m_nam.get(req);
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
    Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
           url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")))};
    reply->deleteLater();
    return h;
}

void TestSalesforceSignInGui::actAsBrowser(const QUrl& authorizeUrl, const QString& decision)
{
    const Http page = http(authorizeUrl);
    QCOMPARE(page.status, 200);
    static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
    static const QRegularExpression request(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
    const auto a = action.match(QString::fromUtf8(page.body));
    const auto r = request.match(QString::fromUtf8(page.body));
    QVERIFY(a.hasMatch());
    QVERIFY(r.hasMatch());
    QVERIFY(page.body.contains("value=\"" + decision.toUtf8() + "\""));
    const QByteArray form = "request=" + QUrl::toPercentEncoding(r.captured(1)) +
                            "&decision=" + QUrl::toPercentEncoding(decision);
    const Http consent = http(authorizeUrl.resolved(QUrl(a.captured(1))), form, true);
    QCOMPARE(consent.status, 302);
    // The redirect goes to the editor's loopback reply handler, which answers the browser.
    QCOMPARE(consent.location.host(), QStringLiteral("127.0.0.1"));
    const Http callback = http(consent.location);
    QCOMPARE(callback.status, 200);
}

void TestSalesforceSignInGui::startSignIn()
{
    auto* button = inEditor<QPushButton>("sfSignInButton");
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(editor()->isSigningIn());
    QVERIFY(!button->isEnabled());
    QVERIFY(inEditor<QPushButton>("sfSignInCancelButton")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 5000);
    const QUrl url = m_opened.constFirst();
    // The sandbox org's authorize endpoint, with PKCE.
    QCOMPARE(url.port(), sandbox()->baseUrl().port());
    QVERIFY(url.path().endsWith(QLatin1String("/services/oauth2/authorize")));
    QVERIFY(url.query().contains(QLatin1String("code_challenge_method=S256")));
    QTRY_VERIFY_WITH_TIMEOUT(inEditor<Banner>("sfSignInBanner")->text().contains(QLatin1String("Allow")),
                             5000);
}

QString TestSalesforceSignInGui::queryThroughSession(int* records)
{
    bool done = false;
    QString error;
    *records = -1;
    m_window->clients()->salesforceApi(this, [&](SalesforceApi* api, const Error& e) {
        if (!api) {
            error = e.message;
            done = true;
            return;
        }
        api->query(QStringLiteral("SELECT Id, DeveloperName FROM ServicePresenceStatus"), this,
                   [&](const Result<QList<QJsonObject>>& r) {
                       if (r.ok())
                           *records = int(r.value().size());
                       else
                           error = r.error().message;
                       done = true;
                   });
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return error;
}

void TestSalesforceSignInGui::signInStoresRefreshTokenUsedBySession()
{
    // An org that blocks the username-password flow: the session's client cannot sign in yet.
    sandbox()->setPasswordFlowBlocked(true);
    int records = 0;
    QVERIFY(!queryThroughSession(&records).isEmpty());
    QVERIFY(!m_controller->profile().salesforce.hasRefreshToken);
    QVERIFY(!inEditor<QPushButton>("sfForgetSignInButton")->isVisible());

    startSignIn();
    actAsBrowser(m_opened.constFirst(), QStringLiteral("allow"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isSigningIn(), 10000);

    const SalesforceSandboxCredentials c = sandbox()->credentials();
    auto* banner = inEditor<Banner>("sfSignInBanner");
    QVERIFY2(banner->kind() == Banner::Kind::Success, qPrintable(banner->text()));
    QCOMPARE(inEditor<QLabel>("sfSignedInOrgIdValue")->text(), c.orgId);
    QCOMPARE(c.orgId.size(), 18);
    QVERIFY2(inEditor<QLabel>("sfSignedInUserValue")->text().contains(c.username),
             qPrintable(inEditor<QLabel>("sfSignedInUserValue")->text()));
    QCOMPARE(QUrl(inEditor<QLabel>("sfSignedInInstanceValue")->text()).port(), sandbox()->baseUrl().port());
    QVERIFY(inEditor<QPushButton>("sfSignInButton")->isEnabled());
    QVERIFY(!inEditor<QPushButton>("sfSignInCancelButton")->isVisible());

    // The refresh token is in the keychain and the profile says so; it is never shown.
    QVERIFY(m_controller->profile().salesforce.hasRefreshToken);
    const Result<QString> stored = m_secrets->readSync(storedRefreshTokenKey());
    QVERIFY(stored.ok());
    QVERIFY(!stored.value().isEmpty());
    for (auto* label : editor()->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(stored.value()));
    QVERIFY(!banner->text().contains(stored.value()));
    QVERIFY(inEditor<QPushButton>("sfForgetSignInButton")->isVisible());

    // The session's shared client now signs in with the refresh grant: the password flow is still
    // blocked, and exactly one token request (the refresh) is made for the query.
    const int tokensBefore = sandbox()->tokenRequestCount();
    const QString error = queryThroughSession(&records);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records, sandbox()->presenceStatusCount());
    QCOMPARE(sandbox()->tokenRequestCount(), tokensBefore + 1);

    // Verify still proves what CXone's account mapping will use, the user name and password: the
    // browser sign-in does not stand in for it, so with the password flow blocked it fails.
    editor()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isVerifying(), 10000);
    auto* verifyBanner = inEditor<Banner>("sfVerifyBanner");
    QCOMPARE(verifyBanner->kind(), Banner::Kind::Error);
    sandbox()->setPasswordFlowBlocked(false);
    editor()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isVerifying(), 10000);
    QVERIFY2(verifyBanner->kind() != Banner::Kind::Error, qPrintable(verifyBanner->text()));
    sandbox()->setPasswordFlowBlocked(true);

    // Forget sign-in: the flag goes, the keychain entry goes, and the blocked password flow is back.
    QTest::mouseClick(inEditor<QPushButton>("sfForgetSignInButton"), Qt::LeftButton);
    QVERIFY(!m_controller->profile().salesforce.hasRefreshToken);
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->readSync(storedRefreshTokenKey()).ok(), 5000);
    QVERIFY(!inEditor<QPushButton>("sfForgetSignInButton")->isVisible());
    QVERIFY(!queryThroughSession(&records).isEmpty());
}

void TestSalesforceSignInGui::denyShowsErrorAndStoresNothing()
{
    startSignIn();
    actAsBrowser(m_opened.constFirst(), QStringLiteral("deny"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isSigningIn(), 10000);

    auto* banner = inEditor<Banner>("sfSignInBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    // What happened and what to do next.
    QVERIFY2(banner->text().contains(QLatin1String("denied")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("Allow")), qPrintable(banner->text()));
    QVERIFY(inEditor<QLabel>("sfSignedInUserValue")->text().isEmpty());
    QVERIFY(inEditor<QLabel>("sfSignedInOrgIdValue")->text().isEmpty());
    QVERIFY(!m_controller->profile().salesforce.hasRefreshToken);
    QVERIFY(!m_secrets->readSync(storedRefreshTokenKey()).ok());
    QVERIFY(inEditor<QPushButton>("sfSignInButton")->isEnabled());
    QVERIFY(!inEditor<QPushButton>("sfForgetSignInButton")->isVisible());
}

void TestSalesforceSignInGui::cancelWhileWaiting()
{
    startSignIn();
    QTest::mouseClick(inEditor<QPushButton>("sfSignInCancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isSigningIn(), 5000);
    auto* banner = inEditor<Banner>("sfSignInBanner");
    QVERIFY2(banner->text().contains(QLatin1String("cancelled")), qPrintable(banner->text()));
    QVERIFY(banner->kind() != Banner::Kind::Error);
    QVERIFY(inEditor<QPushButton>("sfSignInButton")->isEnabled());
    QVERIFY(!m_controller->profile().salesforce.hasRefreshToken);
    // The loopback port is closed: a late answer from the browser reaches nobody.
    const QUrl callback(
        QUrlQuery(m_opened.constFirst()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY(callback.isValid());
    QNetworkReply* late = m_nam.get(QNetworkRequest(callback));
    QTRY_VERIFY_WITH_TIMEOUT(late->isFinished(), 5000);
    QVERIFY(late->error() != QNetworkReply::NoError);
    late->deleteLater();
}

QTEST_MAIN(TestSalesforceSignInGui)
#include "tst_salesforce_signin_gui.moc"
