// The setup wizard driven like a user would, against the in-process sandbox over real sockets.
#include "MainWindow.h"
#include "catalog/ZoomCatalog.h"
#include "connect/SecretAccess.h"
#include "editors/SalesforceAccountMappingEditor.h"
#include "profile/ProfileStore.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/CopyField.h"
#include "wizard/SalesforceAccountMappingPage.h"
#include "wizard/SetupWizard.h"
#include "zoom/ZoomAuth.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sandboxWalkthrough();
    void wrongClientSecret();
    void missingPhoneScope();
    void keychainUnavailable();
    void keychainWaitingOffersRetryAndCancel();
    void draftRestoredAfterRestart();
    void brokenProfileOffersBackup();
    void salesforceMappingIsOptionalLastStep();

private:
    void createWindow();
    void destroyWindow();
    template <typename T> T* child(const char* name) const
    {
        // The Zoom app area shows the same editors (same object names): the guide's come first.
        T* w = m_window->wizard()->findChild<T*>(QLatin1String(name));
        if (!w)
            w = m_window->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    void clickSandbox();
    void next();
    int sandboxActiveUsers() const;
    QString statusText() const { return child<QLabel>("testStatusLabel")->text(); }
    int scopeRow(const QString& label) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings for geometry go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskTest"));
}

void TestWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    createWindow();
}

void TestWizard::cleanup()
{
    destroyWindow();
    m_secrets.reset();
    m_dir.reset();
}

void TestWizard::createWindow()
{
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSetupGuide(); // where a new user without a profile starts
}

void TestWizard::destroyWindow()
{
    m_window.reset();
    m_controller.reset();
}

void TestWizard::clickSandbox()
{
    auto* wizard = child<SetupWizard>("setupWizard");
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Profile));
    auto* nextButton = wizard->button(QWizard::NextButton);
    QVERIFY(!nextButton->isEnabled()); // nothing open yet
    QTest::mouseClick(child<QPushButton>("sandboxButton"), Qt::LeftButton);
    QVERIFY(m_controller->hasProfile());
    QVERIFY(m_controller->profile().sandbox);
    QVERIFY(nextButton->isEnabled());
}

void TestWizard::next()
{
    auto* wizard = child<SetupWizard>("setupWizard");
    const int before = wizard->currentId();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(wizard->currentId() > before);
}

int TestWizard::sandboxActiveUsers() const
{
    int active = 0;
    for (const SandboxUser& u : m_controller->sandbox()->users())
        active += u.status == QLatin1String("active") ? 1 : 0;
    return active;
}

int TestWizard::scopeRow(const QString& label) const
{
    auto* table = child<QTableWidget>("scopeTable");
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1) && table->item(r, 1)->text() == label)
            return r;
    }
    return -1;
}

void TestWizard::sandboxWalkthrough()
{
    clickSandbox();
    next();
    auto* wizard = child<SetupWizard>("setupWizard");
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Checklist));

    // Tick a step: it is saved in the profile and counted.
    auto* view = child<QScrollArea>("checklistView");
    QVERIFY(view);
    auto* step = view->findChild<QCheckBox*>(QStringLiteral("step_sign-in"));
    QVERIFY(step);
    QVERIFY(!step->isChecked());
    step->click();
    QVERIFY(m_controller->profile().zoom.checklistDone.contains(QStringLiteral("sign-in")));
    QVERIFY(child<QLabel>("checklistProgressLabel")->text().contains(QLatin1String("1 of")));

    // The endpoint URL is built from the sandbox's account ID.
    const QString accountId = m_controller->sandbox()->credentials().accountId;
    QVERIFY(!accountId.isEmpty());
    auto* endpoint = child<CopyField>("endpointUrlField");
    QVERIFY(endpoint);
    QCOMPARE(endpoint->text(), ZoomCatalog::endpointUrl(accountId));
    QVERIFY(endpoint->text().endsWith(accountId));

    // Copying the Presence Sync events puts exactly the names on the clipboard, one per line.
    QGuiApplication::clipboard()->clear();
    child<QPushButton>("copyEventsButton_presence_sync")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             ZoomCatalog::presenceSyncEventNames().join(QLatin1Char('\n')));

    next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Credentials));
    QCOMPARE(child<QLineEdit>("accountIdEdit")->text(), accountId);
    QVERIFY(!child<QLineEdit>("oauthUrlEdit")->isEnabled());

    auto* test = child<QPushButton>("testConnectionButton");
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled()); // busy while the test runs
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Connected.")), 15000);
    QVERIFY(test->isEnabled());

    const int expectedUsers = sandboxActiveUsers();
    QVERIFY(expectedUsers > 0);
    QCOMPARE(child<QLabel>("userCountLabel")->text(), QLocale().toString(expectedUsers));

    auto* table = child<QTableWidget>("scopeTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), int(ZoomCatalog::scopes().size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY2(table->item(r, 0)->data(Qt::UserRole).toBool(), qPrintable(table->item(r, 1)->text()));
        QVERIFY(table->item(r, 0)->text().contains(QLatin1String("Granted")));
    }
    QVERIFY(!child<Banner>("missingScopesBanner")->isVisible());
}

void TestWizard::wrongClientSecret()
{
    clickSandbox();
    QVERIFY(child<SetupWizard>("setupWizard")->goToPage(SetupWizard::Page_Credentials));
    auto* secret = child<QLineEdit>("clientSecretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, QStringLiteral("definitely-not-the-secret"));
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !statusText().isEmpty() && child<QPushButton>("testConnectionButton")->isEnabled(), 15000);
    QVERIFY2(statusText().contains(QLatin1String("Zoom rejected the client ID or client secret")),
             qPrintable(statusText()));
    QVERIFY(!statusText().startsWith(QLatin1String("Connected")));
    QCOMPARE(child<Banner>("testStatusBanner")->kind(), Banner::Kind::Error);
    QVERIFY(!child<QTableWidget>("scopeTable")->isVisible());
    QVERIFY(child<QAbstractButton>("testDetailsButton")->isVisible());
}

void TestWizard::missingPhoneScope()
{
    clickSandbox();
    QStringList scopes = SandboxConfig::defaultGrantedScopes();
    QVERIFY(scopes.removeAll(QStringLiteral("phone:read:admin")) == 1);
    m_controller->sandbox()->setGrantedScopes(scopes);

    QVERIFY(child<SetupWizard>("setupWizard")->goToPage(SetupWizard::Page_Credentials));
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Connected")), 15000);
    QVERIFY(statusText().contains(QLatin1String("missing")));
    QVERIFY(child<Banner>("missingScopesBanner")->isVisible());

    QString phoneLabel;
    for (const ZoomScopeInfo& s : ZoomCatalog::scopes()) {
        if (s.id == QLatin1String("phone"))
            phoneLabel = s.label;
    }
    QCOMPARE(phoneLabel, QStringLiteral("View all users' phone information"));
    auto* table = child<QTableWidget>("scopeTable");
    const int row = scopeRow(phoneLabel);
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toBool(), false);
    QVERIFY(table->item(row, 0)->text().contains(QLatin1String("Missing")));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("phone:read:admin"));
    // The other rows are still granted.
    int granted = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        granted += table->item(r, 0)->data(Qt::UserRole).toBool() ? 1 : 0;
    QCOMPARE(granted, table->rowCount() - 1);
}

void TestWizard::keychainUnavailable()
{
    m_secrets->setUnavailable(true);
    clickSandbox();
    QVERIFY(child<SetupWizard>("setupWizard")->goToPage(SetupWizard::Page_Credentials));
    QTRY_VERIFY(!m_controller->keychainError().ok());
    auto* banner = child<Banner>("keychainBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(m_controller->keychainError().message));
    QVERIFY(banner->text().contains(QLatin1String("this session only")));
    QVERIFY(child<QLabel>("statusKeychainLabel")->isVisible());
    QTRY_VERIFY(
        child<QLabel>("clientSecretStatusLabel")->text().contains(QLatin1String("this session only")));

    // The typed secret is what the test uses: a wrong one fails even though the sandbox's demo
    // secret is held for this session...
    auto* secret = child<QLineEdit>("clientSecretEdit");
    auto* test = child<QPushButton>("testConnectionButton");
    QTest::keyClicks(secret, QStringLiteral("wrong"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        statusText().contains(QLatin1String("Zoom rejected the client ID or client secret")), 15000);
    // ...and the right one connects.
    secret->clear();
    QTest::keyClicks(secret, m_controller->sandbox()->credentials().clientSecret);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Connected.")), 15000);
    QVERIFY(banner->isVisible());
    QCOMPARE(m_secrets->size(), 0); // nothing reached the (unavailable) store
}

// 5a: a keychain that does not answer (an unlock prompt nobody sees) is never a silent wait.
void TestWizard::keychainWaitingOffersRetryAndCancel()
{
    m_controller->secrets()->setDeadlineMs(200);
    m_secrets->setStalled(true);
    clickSandbox(); // writes the demo secrets, which now wait for the keychain
    QVERIFY(child<SetupWizard>("setupWizard")->goToPage(SetupWizard::Page_Credentials));
    auto* banner = child<Banner>("keychainWaitingBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QLatin1String("prompt")), qPrintable(banner->text()));
    auto* retry = child<QPushButton>("keychainRetryButton");
    auto* cancel = child<QPushButton>("keychainCancelButton");
    QVERIFY(retry->isVisible());
    QVERIFY(cancel->isVisible());

    // Retry asks again; still no answer, so the banner comes back after the deadline.
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);

    // The prompt is answered: the banner goes and the secrets are stored.
    m_secrets->setStalled(false);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(m_controller->profile().zoom.hasClientSecret);
    QTRY_VERIFY(child<QLabel>("clientSecretStatusLabel")->text().startsWith(QLatin1String("Stored in")));
    QVERIFY(!child<Banner>("keychainBanner")->isVisible());

    // Test connection waiting for the keychain says so instead of "Reading the client secret…".
    m_secrets->setStalled(true);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    auto* progress = child<QLabel>("testProgressLabel");
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(QLatin1String("prompt")), 5000);
    QTRY_VERIFY(banner->isVisible());

    // Cancel goes on without the keychain: the sandbox's demo secret needs none.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Connected.")), 15000);
    QVERIFY(child<QPushButton>("testConnectionButton")->isEnabled());
    m_secrets->setStalled(false);
}

void TestWizard::draftRestoredAfterRestart()
{
    const Error created = m_controller->createProfile(QStringLiteral("Example Corp"));
    QVERIFY2(created.ok(), qPrintable(created.describe()));
    const QString path = m_controller->profilePath();
    auto* wizard = child<SetupWizard>("setupWizard");
    QVERIFY(wizard->goToPage(SetupWizard::Page_Credentials));
    auto* clientId = child<QLineEdit>("clientIdEdit");
    QVERIFY(clientId->text().isEmpty());
    QTest::keyClicks(clientId, QStringLiteral("edited-client-id"));
    QVERIFY(m_controller->isDirty());
    QCOMPARE(child<QLabel>("statusSaveStateLabel")->text(),
             QStringLiteral("Unsaved changes — kept as a draft"));

    // Gone without saving (crash, kill, or "Close without saving").
    destroyWindow();
    QVERIFY(ProfileStore::load(path).ok());
    QVERIFY(ProfileStore::load(path).value().zoom.clientId.isEmpty()); // the file itself is unchanged

    createWindow();
    auto* list = child<QListWidget>("profileList");
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(!m_controller->hasProfile());
    list->setCurrentRow(0); // selecting a profile opens it
    QVERIFY(m_controller->hasProfile());
    QCOMPARE(m_controller->profile().zoom.clientId, QStringLiteral("edited-client-id"));
    QVERIFY(m_controller->hasRestoredDraft());
    auto* notice = child<Banner>("restoredDraftBanner");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("restored")));

    wizard = child<SetupWizard>("setupWizard");
    QVERIFY(wizard->goToPage(SetupWizard::Page_Credentials));
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("edited-client-id"));
}

void TestWizard::brokenProfileOffersBackup()
{
    QVERIFY(m_controller->createProfile(QStringLiteral("Broken Corp")).ok());
    const QString path = m_controller->profilePath();
    QVERIFY(m_controller->save().ok()); // the second save leaves a .bak
    QVERIFY(ProfileStore::hasBackup(path));
    destroyWindow();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
    }
    createWindow();
    auto* list = child<QListWidget>("profileList");
    QTRY_COMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QVERIFY(!m_controller->hasProfile());
    auto* banner = child<Banner>("brokenProfileBanner");
    QVERIFY(banner->isVisible());
    const Error expected = ProfileStore::load(path).error();
    QVERIFY(!expected.ok());
    QVERIFY(banner->text().contains(expected.message));
    auto* restore = child<QPushButton>("restoreBackupButton");
    QVERIFY(restore->isVisible());
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(m_controller->hasProfile());
    QCOMPARE(m_controller->profile().name, QStringLiteral("Broken Corp"));
    QVERIFY(!banner->isVisible());
}

void TestWizard::salesforceMappingIsOptionalLastStep()
{
    clickSandbox();
    auto* wizard = child<SetupWizard>("setupWizard");
    // The seed's order: the Salesforce mapping comes right after the ACD account mapping.
    const QList<int> ids = wizard->pageIds();
    QCOMPARE(ids.indexOf(int(SetupWizard::Page_SalesforceMapping)),
             ids.indexOf(int(SetupWizard::Page_AcdMapping)) + 1);
    QVERIFY(wizard->goToPage(SetupWizard::Page_AcdMapping));
    next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_SalesforceMapping));
    auto* page = wizard->salesforceMappingPage();
    QVERIFY(page->editor()->isVisible());
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("sfVerifyButton"))->isVisible());
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("sfSignInButton"))->isEnabled());
    // Optional: nothing filled in, and the user can still finish the guide.
    QVERIFY(m_controller->profile().salesforce.username.isEmpty());
    QVERIFY(page->isComplete());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    // Values typed on the page land in the profile, as in the Salesforce area.
    auto* user = page->findChild<QLineEdit*>(QStringLiteral("sfUsernameEdit"));
    user->setFocus();
    QTest::keyClicks(user, QStringLiteral("admin@example.com"));
    QCOMPARE(m_controller->profile().salesforce.username, QStringLiteral("admin@example.com"));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
