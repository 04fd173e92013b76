// The ACD area driven like a user would, against the in-process CXone and Zoom sandboxes over
// real sockets: the area in the sidebar and on the command line, Test connection, a wrong access
// key, and the Zoom account-mapping copy sheet (filled from the Zoom app, e-mail validation, copy,
// Check values, the dialog's steps) unlocking the Zoom checklist's endpoint validation step.
#include "MainWindow.h"
#include "acd/AcdAuth.h"
#include "areas/AcdArea.h"
#include "areas/ZoomArea.h"
#include "catalog/AcdCatalog.h"
#include "connect/AcdConnectionCheck.h"
#include "editors/AcdAccountMappingEditor.h"
#include "editors/AcdConnectionEditor.h"
#include "editors/AddressBookEditor.h"
#include "editors/DirectorySyncEditor.h"
#include "health/IntegrationHealth.h"
#include "profile/ProfileStore.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "wizard/AcdAccountMappingPage.h"
#include "wizard/AcdConnectionPage.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include "editors/AddressBookEditor.h"
#include "editors/DirectorySyncEditor.h"
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestAcdGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void areaInSidebarWithTabs();
    void areaFromCommandLine();
    void testConnectionShowsSandboxTenant();
    void wrongAccessKeySecretIsExplained();
    void realProfileRegionAndUnreachableIssuer();
    void mappingSheetFilledFromZoom();
    void mappingRejectsBadEmail();
    void copyPutsValuesOnClipboard();
    void checkValuesMarksEverythingVerified();
    void stepsSavedAndUnlockEndpointValidation();
    void setupGuideHostsTheSameEditors();

private:
    template <typename T> T* inArea(const char* name) const
    {
        T* w = m_window->acdArea()->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    void showMapping();
    const AcdSandbox* acdSandbox() const { return m_controller->session()->acdSandbox(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestAcdGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskAcdGuiTest"));
}

void TestAcdGui::init()
{
    QSettings().clear();
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
    QVERIFY(acdSandbox() && acdSandbox()->isRunning());
}

void TestAcdGui::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestAcdGui::showMapping()
{
    QVERIFY(m_window->showArea(QStringLiteral("acd")));
    m_window->acdArea()->showSection(AcdArea::Section::Mapping);
    QVERIFY(m_window->acdArea()->mappingEditor()->isVisible());
}

void TestAcdGui::areaInSidebarWithTabs()
{
    QVERIFY(m_window->areaIds().contains(QStringLiteral("acd")));
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("areaList"));
    const int row = int(m_window->areaIds().indexOf(QStringLiteral("acd")));
    QCOMPARE(list->item(row)->text(), QStringLiteral("ACD"));
    // Right after the Zoom app, before Salesforce; Ctrl+3 opens it from anywhere.
    QCOMPARE(m_window->areaIds().at(row - 1), QStringLiteral("zoom"));
    QCOMPARE(m_window->areaIds().at(row + 1), QStringLiteral("salesforce"));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("acd"));
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("acdArea"));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("monitor"));

    QTabWidget* tabs = m_window->acdArea()->tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Connection"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Account mapping"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Address books"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Directory Sync"));
    // --area acd/directory and the like name the tabs.
    QCOMPARE(m_window->acdArea()->sectionIds(),
             QStringList({QStringLiteral("connection"), QStringLiteral("mapping"), QStringLiteral("addressbooks"),
                          QStringLiteral("directory")}));
    m_window->acdArea()->showSectionId(QStringLiteral("directory"));
    m_window->showArea(QStringLiteral("acd"));
    QVERIFY(m_window->acdArea()->directorySyncEditor()->isVisible());
    m_window->acdArea()->showSectionId(QStringLiteral("addressbooks"));
    QVERIFY(m_window->acdArea()->addressBookEditor()->isVisible());
    QVERIFY(!m_window->acdArea()->directorySyncEditor()->isVisible());
    // Further pages can join as tabs.
    auto* page = new QLabel(QStringLiteral("more"));
    page->setObjectName(QStringLiteral("morePage"));
    m_window->acdArea()->addPage(page, QStringLiteral("More"));
    QCOMPARE(tabs->count(), 5);
    tabs->setCurrentIndex(4);
    QVERIFY(page->isVisible());
}

void TestAcdGui::areaFromCommandLine()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    const QString shot = m_dir->filePath(QStringLiteral("acd.png"));
    p.start(QStringLiteral(SYNCDESK_PATH),
            {QStringLiteral("--profile-dir"), m_dir->filePath(QStringLiteral("profiles")),
             QStringLiteral("--sandbox"), QStringLiteral("--area"), QStringLiteral("acd"),
             QStringLiteral("--screenshot"), shot});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo(shot).size() > 0);
}

void TestAcdGui::testConnectionShowsSandboxTenant()
{
    QVERIFY(m_window->showArea(QStringLiteral("acd")));
    m_window->acdArea()->showSection(AcdArea::Section::Connection);
    // The sandbox works out of the box: its demo app and key are shown, nothing to type.
    QCOMPARE(inArea<QLineEdit>("acdClientIdEdit")->text(), acdSandbox()->credentials().clientId);
    QCOMPARE(inArea<QLineEdit>("acdAccessKeyIdEdit")->text(), acdSandbox()->credentials().accessKeyId);
    QVERIFY(!inArea<QComboBox>("acdRegionCombo")->isEnabled());

    auto* test = inArea<QPushButton>("acdTestConnectionButton");
    QTest::mouseClick(test, Qt::LeftButton);
    auto* status = inArea<QLabel>("acdTestStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected.")), 15000);
    QVERIFY(test->isEnabled());
    QCOMPARE(inArea<QLabel>("acdTenantLabel")->text(), acdSandbox()->credentials().tenantId);
    QVERIFY(
        inArea<QLabel>("acdApiBaseLabel")->text().contains(QLatin1String("/incontactapi/services/v34.0/")));
    QVERIFY(inArea<QLabel>("acdBusinessUnitLabel")->text().toLongLong() > 0);
    QVERIFY(acdSandbox()->agentCount() > 0 && acdSandbox()->teamCount() > 0 &&
            acdSandbox()->unavailableCodeCount() > 0);
    QCOMPARE(inArea<QLabel>("acdAgentCountLabel")->text(), QLocale().toString(acdSandbox()->agentCount()));
    QCOMPARE(inArea<QLabel>("acdTeamCountLabel")->text(), QLocale().toString(acdSandbox()->teamCount()));
    QCOMPARE(inArea<QLabel>("acdCodeCountLabel")->text(),
             QLocale().toString(acdSandbox()->unavailableCodeCount()));

    // The access-key user is shown and kept in the profile for the mapping sheet.
    const QString user = m_controller->profile().acd.accessKeyUser;
    QVERIFY(!user.isEmpty());
    QCOMPARE(inArea<QLabel>("acdAccessKeyUserLabel")->text(), user);

    // The Overview's ACD row follows the shared check.
    const HealthItem row = m_window->health()->item(QStringLiteral("acd-connection"));
    QCOMPARE(row.state, HealthItem::State::Ok);
    QVERIFY(row.detail.contains(acdSandbox()->credentials().tenantId));
}

void TestAcdGui::wrongAccessKeySecretIsExplained()
{
    QVERIFY(m_window->showArea(QStringLiteral("acd")));
    auto* secret = inArea<QLineEdit>("acdAccessKeySecretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setFocus();
    QTest::keyClicks(secret, QStringLiteral("NOTTHEKEY234567===="));
    QTest::mouseClick(inArea<QPushButton>("acdTestConnectionButton"), Qt::LeftButton);
    auto* status = inArea<QLabel>("acdTestStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !m_window->acdCheck()->isRunning(), 15000);
    // What happened and what to do next, and never the typed value shown back.
    QVERIFY2(status->text().contains(QLatin1String("rejected the access key")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("Access Keys")));
    QCOMPARE(inArea<Banner>("acdTestStatusBanner")->kind(), Banner::Kind::Error);
    QVERIFY(!inArea<QWidget>("acdTestResults")->isVisible());
    QVERIFY(secret->text().isEmpty());
    QTRY_VERIFY(m_controller->profile().acd.hasAccessKeySecret);
    QVERIFY(inArea<QLabel>("acdAccessKeySecretStatusLabel")->text().startsWith(QLatin1String("Stored")));
    QCOMPARE(m_window->health()->item(QStringLiteral("acd-connection")).state, HealthItem::State::Problem);
}

void TestAcdGui::realProfileRegionAndUnreachableIssuer()
{
    QVERIFY(m_controller->createProfile(QStringLiteral("Real tenant")).ok());
    QVERIFY(m_window->showArea(QStringLiteral("acd")));
    m_window->acdArea()->showSection(AcdArea::Section::Connection);
    auto* region = inArea<QComboBox>("acdRegionCombo");
    auto* issuer = inArea<QLineEdit>("acdIssuerUrlEdit");
    QVERIFY(region->isEnabled());
    QCOMPARE(region->currentData().toUrl(), AcdEndpoints::defaultIssuer());
    QVERIFY(!issuer->isVisible());
    QVERIFY(inArea<QLineEdit>("acdClientIdEdit")->text().isEmpty()); // no demo values outside the sandbox

    // A known region by its readable name.
    const int fedramp = region->findData(QStringLiteral("https://cxone-gov.niceincontact.com"));
    QVERIFY(fedramp >= 0);
    QVERIFY(region->itemText(fedramp).contains(QLatin1String("FedRAMP")));
    region->setCurrentIndex(fedramp);
    emit region->activated(fedramp);
    QCOMPARE(m_controller->profile().acd.issuerUrl, QStringLiteral("https://cxone-gov.niceincontact.com"));

    // A custom issuer that nobody answers on: the error names the issuer and what to check.
    const int other = region->count() - 1;
    region->setCurrentIndex(other);
    emit region->activated(other);
    QVERIFY(issuer->isVisible());
    issuer->setFocus();
    QTest::keyClicks(issuer, QStringLiteral("http://127.0.0.1:1"));
    QTest::keyClick(issuer, Qt::Key_Return);
    QCOMPARE(m_controller->profile().acd.issuerUrl, QStringLiteral("http://127.0.0.1:1"));
    const struct
    {
        const char* field;
        const char* text;
    } fields[] = {{"acdClientIdEdit", "client-1"},
                  {"acdClientSecretEdit", "client-secret-1"},
                  {"acdAccessKeyIdEdit", "KEYID1"},
                  {"acdAccessKeySecretEdit", "KEYSECRET234===="}};
    for (const auto& f : fields) {
        auto* e = inArea<QLineEdit>(f.field);
        e->setFocus();
        QTest::keyClicks(e, QLatin1String(f.text));
    }
    QTest::mouseClick(inArea<QPushButton>("acdTestConnectionButton"), Qt::LeftButton);
    QCOMPARE(m_controller->profile().acd.clientId, QStringLiteral("client-1"));
    QCOMPARE(m_controller->profile().acd.accessKeyId, QStringLiteral("KEYID1"));
    auto* status = inArea<QLabel>("acdTestStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(m_window->acdCheck()->hasResult() && !m_window->acdCheck()->isRunning(), 30000);
    QVERIFY2(status->text().contains(QLatin1String("http://127.0.0.1:1")) &&
                 status->text().contains(QLatin1String("Check the issuer URL")),
             qPrintable(status->text()));
    QCOMPARE(inArea<Banner>("acdTestStatusBanner")->kind(), Banner::Kind::Error);
}

void TestAcdGui::mappingSheetFilledFromZoom()
{
    showMapping();
    const Profile& p = m_controller->profile();
    QVERIFY(!p.zoom.accountId.isEmpty() && !p.zoom.clientId.isEmpty());
    QCOMPARE(inArea<QLineEdit>("acdMappingAccountNameEdit")->text(), p.zoom.accountId);
    QCOMPARE(inArea<QLineEdit>("acdMappingAccessKeyIdEdit")->text(), p.zoom.clientId);
    QCOMPARE(inArea<QComboBox>("acdMappingAdapterCombo")->currentData().toString(),
             AcdCatalog::directorySyncAdapter());
    // Secrets are masked, never their value (nor their length).
    const QString secretShown = inArea<QLineEdit>("acdMappingSecretEdit")->text();
    QVERIFY(!secretShown.isEmpty());
    QVERIFY(!secretShown.contains(m_controller->sandbox()->credentials().clientSecret));
    QCOMPARE(inArea<QLineEdit>("acdMappingTokenEdit")->text(), secretShown);

    // An account name typed by the admin is kept; the Zoom account ID again means "follow it".
    auto* name = inArea<QLineEdit>("acdMappingAccountNameEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Zoom Tokyo"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_controller->profile().acd.mappingAccountName, QStringLiteral("Zoom Tokyo"));
}

void TestAcdGui::mappingRejectsBadEmail()
{
    showMapping();
    auto* emails = inArea<QLineEdit>("acdMappingEmailsEdit");
    auto* error = inArea<QLabel>("acdMappingEmailError");
    emails->setFocus();
    QTest::keyClicks(emails, QStringLiteral("ops@example.com, it-alerts@example"));
    QTest::keyClick(emails, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("it-alerts@example")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QLatin1String("not a valid e-mail address")));
    QVERIFY(m_controller->profile().acd.notificationEmails.isEmpty()); // nothing saved with a typo
    QVERIFY(!inArea<QLabel>("acdMappingMark_Emails")->property("verified").toBool());

    emails->selectAll();
    QTest::keyClicks(emails, QStringLiteral("ops@example.com; it-alerts@example.co.jp"));
    QTest::keyClick(emails, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QCOMPARE(m_controller->profile().acd.notificationEmails,
             (QStringList{QStringLiteral("ops@example.com"), QStringLiteral("it-alerts@example.co.jp")}));
    QCOMPARE(emails->text(), QStringLiteral("ops@example.com, it-alerts@example.co.jp"));
}

void TestAcdGui::copyPutsValuesOnClipboard()
{
    showMapping();
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    inArea<QPushButton>("acdMappingCopy_AccessKeyId")->click();
    QCOMPARE(clipboard->text(), m_controller->profile().zoom.clientId);

    // The secret is read from the keychain at the click, and goes to the clipboard only.
    clipboard->clear();
    const QString secret = m_controller->sandbox()->credentials().clientSecret;
    inArea<QPushButton>("acdMappingCopy_Secret")->click();
    QTRY_VERIFY(clipboard->text() == secret); // no QCOMPARE: a secret is never printed
    QVERIFY(!inArea<QLineEdit>("acdMappingSecretEdit")->text().contains(secret));
    clipboard->clear();
    inArea<QPushButton>("acdMappingCopy_VerificationToken")->click();
    QTRY_VERIFY(clipboard->text() == m_controller->sandbox()->credentials().secretToken);
    clipboard->clear();
}

void TestAcdGui::checkValuesMarksEverythingVerified()
{
    showMapping();
    AcdAccountMappingEditor* editor = m_window->acdArea()->mappingEditor();
    auto* emails = inArea<QLineEdit>("acdMappingEmailsEdit");
    emails->setFocus();
    QTest::keyClicks(emails, QStringLiteral("ops@example.com"));
    QTest::keyClick(emails, Qt::Key_Return);

    const QMetaEnum values = QMetaEnum::fromType<AcdAccountMappingEditor::Value>();
    for (int i = 0; i < values.keyCount(); ++i) {
        auto* mark =
            inArea<QLabel>(qPrintable(QStringLiteral("acdMappingMark_") + QLatin1String(values.key(i))));
        QVERIFY(mark);
        QVERIFY(!mark->property("verified").toBool());
    }
    QTest::mouseClick(inArea<QPushButton>("acdMappingCheckButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isChecking(), 15000);
    auto* banner = inArea<QLabel>("acdMappingCheckLabel");
    QVERIFY2(banner->text().startsWith(QLatin1String("Every value is verified")), qPrintable(banner->text()));
    for (int i = 0; i < values.keyCount(); ++i) {
        auto* mark =
            inArea<QLabel>(qPrintable(QStringLiteral("acdMappingMark_") + QLatin1String(values.key(i))));
        QVERIFY2(mark->property("verified").toBool(), values.key(i));
        QVERIFY(mark->text().contains(QLatin1String("Verified")));
    }
    // The ACD sign-in named the access-key user, which the dialog asks for.
    QVERIFY(!m_controller->profile().acd.accessKeyUser.isEmpty());
    QCOMPARE(inArea<QLabel>("acdMappingUserLabel")->text(), m_controller->profile().acd.accessKeyUser);

    // A value changed after the check is no longer shown as verified.
    auto* name = inArea<QLineEdit>("acdMappingAccountNameEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Another name"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!inArea<QLabel>("acdMappingMark_AccountName")->property("verified").toBool());
}

void TestAcdGui::stepsSavedAndUnlockEndpointValidation()
{
    // Before the mapping, the Zoom checklist's endpoint step is locked and says why.
    QVERIFY(m_window->showArea(QStringLiteral("zoom")));
    m_window->zoomArea()->showSection(ZoomArea::Section::Checklist);
    auto* endpointStep = m_window->zoomArea()->findChild<QCheckBox*>(QStringLiteral("step_endpoint"));
    auto* lock = m_window->zoomArea()->findChild<QLabel*>(QStringLiteral("stepLock_endpoint"));
    QVERIFY(endpointStep && lock);
    QVERIFY(!endpointStep->isEnabled());
    QTRY_VERIFY(lock->isVisible()); // rows built on first show appear from the event loop
    QVERIFY(lock->text().contains(QLatin1String("account mapping")));
    QVERIFY(m_window->zoomArea()->findChild<QCheckBox*>(QStringLiteral("step_sign-in"))->isEnabled());
    // Its link opens the mapping sheet.
    emit lock->linkActivated(QStringLiteral("acd-mapping"));
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("acd"));
    QVERIFY(m_window->acdArea()->mappingEditor()->isVisible());

    const QList<AcdMappingStep> steps = AcdCatalog::mappingSteps();
    QCOMPARE(steps.size(), 6);
    auto* progress = inArea<QLabel>("acdMappingProgressLabel");
    for (int i = 0; i < steps.size(); ++i) {
        QVERIFY(!inArea<QWidget>("acdMappingCompleteBanner")->isVisible());
        auto* check = inArea<QCheckBox>(qPrintable(QStringLiteral("acdMappingStep_") + steps[i].id));
        QVERIFY(check);
        check->click();
        QVERIFY(m_controller->profile().acd.mappingChecklistDone.contains(steps[i].id));
        QVERIFY(progress->text().contains(QStringLiteral("%1 of %2").arg(i + 1).arg(steps.size())));
    }
    QVERIFY(inArea<QWidget>("acdMappingCompleteBanner")->isVisible());

    // Saved with the profile.
    QVERIFY(m_window->save());
    const auto saved = ProfileStore::load(m_controller->profilePath());
    QVERIFY(saved.ok());
    for (const AcdMappingStep& s : steps)
        QVERIFY2(saved.value().acd.mappingChecklistDone.contains(s.id), qPrintable(s.id));

    // The banner's button goes back to the Zoom checklist, where the endpoint step is unlocked.
    inArea<QPushButton>("acdMappingOpenZoomChecklistButton")->click();
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("zoom"));
    QVERIFY(endpointStep->isEnabled());
    QVERIFY(!lock->isVisible());
    endpointStep->click();
    QVERIFY(m_controller->profile().zoom.checklistDone.contains(QStringLiteral("endpoint")));
}

void TestAcdGui::setupGuideHostsTheSameEditors()
{
    SetupWizard* wizard = m_window->wizard();
    QCOMPARE(wizard->acdConnectionPage()->editor()->metaObject(),
             m_window->acdArea()->connectionEditor()->metaObject());
    QCOMPARE(wizard->acdMappingPage()->editor()->metaObject(),
             m_window->acdArea()->mappingEditor()->metaObject());
    // After the Zoom pages, reachable with Next.
    m_window->showSetupGuide(SetupWizard::Page_Credentials);
    QCOMPARE(wizard->nextId(), int(SetupWizard::Page_AcdConnection));
    m_window->showSetupGuide(SetupWizard::Page_AcdMapping);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_AcdMapping));
    auto* guideAccess =
        wizard->acdMappingPage()->findChild<QLineEdit*>(QStringLiteral("acdMappingAccessKeyIdEdit"));
    QVERIFY(guideAccess && guideAccess->isVisible());
    QCOMPARE(guideAccess->text(), m_controller->profile().zoom.clientId);

    // A test started in the guide shows its result in the area too (one shared check).
    m_window->showSetupGuide(SetupWizard::Page_AcdConnection);
    wizard->acdConnectionPage()->editor()->startTest();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->acdCheck()->hasResult(), 15000);
    QVERIFY(m_window->acdCheck()->lastError().ok());
    m_window->showArea(QStringLiteral("acd"));
    m_window->acdArea()->showSection(AcdArea::Section::Connection);
    QVERIFY(inArea<QLabel>("acdTestStatusLabel")->text().startsWith(QLatin1String("Connected.")));
}

QTEST_MAIN(TestAcdGui)
#include "tst_acd_gui.moc"
