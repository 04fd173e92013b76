// The Salesforce area driven like a user would, against the in-process sandboxes over real
// sockets: the area in the sidebar and on the command line, the prerequisites checklist saved in
// the profile, the org ID checked while typing, and Verify signing in to the sandbox org and
// comparing the org it reports with the one typed; the Overview's Salesforce connection row runs
// the same (shared) Verify.
#include "MainWindow.h"
#include "areas/SalesforceArea.h"
#include "catalog/SalesforceCatalog.h"
#include "connect/ProfileSession.h"
#include "editors/PresenceRuleEditor.h"
#include "editors/PresenceStatusDesigner.h"
#include "editors/SalesforceAccountMappingEditor.h"
#include "connect/SalesforceConnectionCheck.h"
#include "health/IntegrationHealth.h"
#include "profile/ProfileStore.h"
#include "salesforce/SalesforceIds.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestSalesforceGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void areaInSidebarWithTabs();
    void areaFromCommandLine();
    void orgIdCheckedWhileTyping();
    void verifyAgainstSandboxShowsMatch();
    void verifyShowsMismatch();
    void overviewRowChecksSalesforce();
    void overviewRowForUnconfiguredProfile();
    void tickedPrerequisiteSurvivesReload();
    void scopesCopiedExactly();
    void designedStatusReachesTheRuleEditor();

private:
    template <typename T> T* inArea(const char* name) const
    {
        T* w = m_window->salesforceArea()->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    void showMapping();
    SalesforceSandbox* sandbox() const { return m_controller->session()->salesforceSandbox(); }
    void typeInto(QLineEdit* edit, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestSalesforceGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskSalesforceGuiTest"));
}

void TestSalesforceGui::init()
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
    QVERIFY(sandbox() && sandbox()->isRunning());
}

void TestSalesforceGui::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestSalesforceGui::showMapping()
{
    QVERIFY(m_window->showArea(QStringLiteral("salesforce")));
    m_window->salesforceArea()->showSection(SalesforceArea::Section::Mapping);
    QVERIFY(m_window->salesforceArea()->mappingEditor()->isVisible());
}

void TestSalesforceGui::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestSalesforceGui::areaInSidebarWithTabs()
{
    const QStringList ids = m_window->areaIds();
    const int row = int(ids.indexOf(QStringLiteral("salesforce")));
    QVERIFY(row > 0);
    // After the ACD, before the Contact Center; Ctrl+4 opens it, Ctrl+6 the monitor.
    QCOMPARE(ids.at(row - 1), QStringLiteral("acd"));
    QCOMPARE(ids.at(row + 1), QStringLiteral("contactcenter"));
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("areaList"));
    QCOMPARE(list->item(row)->text(), QStringLiteral("Salesforce"));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("salesforce"));
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("salesforceArea"));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("monitor"));

    SalesforceArea* area = m_window->salesforceArea();
    QCOMPARE(area->tabs()->count(), 5);
    QCOMPARE(area->tabs()->tabText(0), QStringLiteral("Prerequisites"));
    QCOMPARE(area->tabs()->tabText(1), QStringLiteral("Account mapping"));
    QCOMPARE(area->tabs()->tabText(2), QStringLiteral("Presence statuses"));
    QCOMPARE(area->tabs()->tabText(3), QStringLiteral("Presence rules"));
    QCOMPARE(area->tabs()->tabText(4), QStringLiteral("Simulator"));
    QCOMPARE(area->sectionIds(), (QStringList{QStringLiteral("prerequisites"), QStringLiteral("mapping"),
                                              QStringLiteral("statuses"), QStringLiteral("rules"),
                                              QStringLiteral("simulator")}));
    area->showSectionId(QStringLiteral("simulator"));
    QCOMPARE(area->tabs()->currentIndex(), 4);
    area->showSectionId(QStringLiteral("mapping"));
    QCOMPARE(area->tabs()->currentIndex(), 1);
    area->showSectionId(QStringLiteral("prerequisites"));
    QCOMPARE(area->tabs()->currentIndex(), 0);

    // Every catalog step has its checkbox.
    for (const SalesforceStep& s : SalesforceCatalog::steps())
        QVERIFY2(area->stepCheckBox(s.id), qPrintable(s.id));

    auto* page = new QLabel(QStringLiteral("later"));
    page->setObjectName(QStringLiteral("laterPage"));
    area->addPage(page, QStringLiteral("Later"));
    QCOMPARE(area->tabs()->count(), 6);
}

void TestSalesforceGui::areaFromCommandLine()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    const QString shot = m_dir->filePath(QStringLiteral("salesforce.png"));
    p.start(QStringLiteral(SYNCDESK_PATH),
            {QStringLiteral("--profile-dir"), m_dir->filePath(QStringLiteral("profiles")),
             QStringLiteral("--sandbox"), QStringLiteral("--area"), QStringLiteral("salesforce/mapping"),
             QStringLiteral("--screenshot"), shot});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo(shot).size() > 0);
}

void TestSalesforceGui::orgIdCheckedWhileTyping()
{
    showMapping();
    auto* edit = inArea<QLineEdit>("sfOrgIdEdit");
    auto* status = inArea<QLabel>("sfOrgIdStatus");
    typeInto(edit, QStringLiteral("00D50000000IZ3Z"));
    QVERIFY2(status->text().contains(QLatin1String("00D50000000IZ3ZEAW")), qPrintable(status->text()));
    QCOMPARE(status->property("problem").toBool(), false);
    // Saved in the profile as typed.
    QCOMPARE(m_controller->profile().salesforce.orgId, QStringLiteral("00D50000000IZ3Z"));
    // The copy button hands over the 18-character form.
    QTest::mouseClick(inArea<QPushButton>("sfCopyOrgId"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("00D50000000IZ3ZEAW"));

    // Not an org (wrong prefix), and a wrong checksum: the reason, marked as a problem.
    typeInto(edit, QStringLiteral("00550000000IZ3Z"));
    QVERIFY(status->property("problem").toBool());
    QVERIFY(!status->text().contains(QLatin1String("18-character form")));
    QVERIFY(status->text().contains(QLatin1String("00D")));
    typeInto(edit, QStringLiteral("00D50000000IZ3ZAAA"));
    QVERIFY(status->property("problem").toBool());
    QCOMPARE(status->text(), SalesforceIds::checkOrgId(QStringLiteral("00D50000000IZ3ZAAA")).error().message);
    QVERIFY(!status->text().isEmpty());

    // E-mail validation.
    auto* email = inArea<QLineEdit>("sfEmailEdit");
    auto* emailStatus = inArea<QLabel>("sfEmailStatus");
    typeInto(email, QStringLiteral("admin@@example"));
    QVERIFY(emailStatus->isVisible());
    typeInto(email, QStringLiteral("admin@example.com"));
    QVERIFY(!emailStatus->isVisible());
    QCOMPARE(m_controller->profile().salesforce.email, QStringLiteral("admin@example.com"));
}

void TestSalesforceGui::verifyAgainstSandboxShowsMatch()
{
    showMapping();
    const SalesforceSandboxCredentials demo = sandbox()->credentials();
    QVERIFY(inArea<QLabel>("sfSandboxNote")->isVisible());
    // The 15-character form typed; the server reports 18 characters: still a match.
    typeInto(inArea<QLineEdit>("sfOrgIdEdit"), demo.orgId.left(15));
    QTest::mouseClick(inArea<QPushButton>("sfVerifyButton"), Qt::LeftButton);
    auto* match = inArea<QLabel>("sfOrgIdMatchValue");
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->salesforceArea()->mappingEditor()->isVerifying(), 15000);
    auto* banner = inArea<Banner>("sfVerifyBanner");
    QVERIFY2(banner->kind() == Banner::Kind::Success, qPrintable(match->text()));
    QCOMPARE(inArea<QLabel>("sfServerOrgIdValue")->text(), demo.orgId);
    QCOMPARE(match->text(), QStringLiteral("Match"));
    QVERIFY(inArea<QLabel>("sfUserValue")->text().contains(demo.username));
    QVERIFY(inArea<QLabel>("sfApiUsageValue")
                ->text()
                .contains(QString::number(SalesforceSandbox::kDailyApiLimit)));
}

void TestSalesforceGui::verifyShowsMismatch()
{
    showMapping();
    typeInto(inArea<QLineEdit>("sfOrgIdEdit"), QStringLiteral("00D50000000IZ3Z"));
    QTest::mouseClick(inArea<QPushButton>("sfVerifyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->salesforceArea()->mappingEditor()->isVerifying(), 15000);
    QCOMPARE(inArea<QLabel>("sfServerOrgIdValue")->text(), sandbox()->credentials().orgId);
    QCOMPARE(inArea<QLabel>("sfOrgIdMatchValue")->property("match").toBool(), false);
    QVERIFY(inArea<QLabel>("sfOrgIdMatchValue")->text().startsWith(QLatin1String("Mismatch")));
    QCOMPARE(inArea<Banner>("sfVerifyBanner")->kind(), Banner::Kind::Warning);

    // A wrong password typed (stored in the keychain, never shown back) fails the sign-in.
    auto* password = inArea<QLineEdit>("sfPasswordEdit");
    typeInto(password, QStringLiteral("wrong-password"));
    QTest::mouseClick(inArea<QPushButton>("sfVerifyButton"), Qt::LeftButton);
    QVERIFY(password->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->salesforceArea()->mappingEditor()->isVerifying(), 15000);
    QCOMPARE(inArea<Banner>("sfVerifyBanner")->kind(), Banner::Kind::Error);
    QVERIFY(inArea<QLabel>("sfServerOrgIdValue")->text().isEmpty());
    QTRY_VERIFY(m_controller->profile().salesforce.hasPassword);
}

void TestSalesforceGui::overviewRowChecksSalesforce()
{
    QVERIFY(m_window->showArea(QStringLiteral("overview")));
    IntegrationHealth* health = m_window->health();
    const QString id = QStringLiteral("salesforce-connection");
    HealthItem row = health->item(id);
    QCOMPARE(row.title, QStringLiteral("Salesforce connection"));
    // The sandbox has demo credentials: configured, but not checked yet.
    QCOMPARE(row.state, HealthItem::State::Pending);
    QCOMPARE(row.fixTarget, QStringLiteral("salesforce/check"));
    auto* fix = m_window->findChild<QPushButton*>(QStringLiteral("healthFix_") + id);
    QVERIFY(fix && fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Check Now"));

    QTest::mouseClick(fix, Qt::LeftButton);
    SalesforceConnectionCheck* check = m_window->salesforceCheck();
    QVERIFY(check->isRunning());
    QCOMPARE(health->item(id).stateText, QStringLiteral("Checking…"));
    QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 15000);
    const SalesforceSandboxCredentials demo = sandbox()->credentials();
    row = health->item(id);
    QVERIFY2(row.state == HealthItem::State::Ok, qPrintable(row.detail));
    QVERIFY2(row.detail.startsWith(QStringLiteral("Signed in to org %1 as %2.").arg(demo.orgId, demo.username)),
             qPrintable(row.detail));
    QVERIFY(row.detail.contains(QLocale().toString(SalesforceSandbox::kDailyApiLimit)));
    QVERIFY(row.checkedAt.isValid());
    auto* detail = m_window->findChild<QLabel*>(QStringLiteral("healthDetail_") + id);
    QCOMPARE(detail->text(), row.detail);

    // The Account mapping tab shows the same result: one sign-in, not two.
    showMapping();
    QCOMPARE(inArea<QLabel>("sfServerOrgIdValue")->text(), demo.orgId);
    QVERIFY(inArea<QLabel>("sfUserValue")->text().contains(demo.username));

    // An org that blocks the password flow: Check Again signs in afresh (no cached token) and
    // the row says what Salesforce answered and where to fix it.
    sandbox()->setPasswordFlowBlocked(true);
    QVERIFY(m_window->showArea(QStringLiteral("overview")));
    QCOMPARE(fix->text(), QStringLiteral("Check Again"));
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 15000);
    row = health->item(id);
    QCOMPARE(row.state, HealthItem::State::Problem);
    QVERIFY2(row.detail.contains(QLatin1String("refused the sign-in with user name and password")),
             qPrintable(row.detail));
    QVERIFY(row.detail.contains(QLatin1String("Allow OAuth Username-Password Flows")));
    QCOMPARE(fix->text(), QStringLiteral("Open Account Mapping"));
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("salesforce"));
    QVERIFY(m_window->salesforceArea()->mappingEditor()->isVisible());
    QCOMPARE(inArea<Banner>("sfVerifyBanner")->kind(), Banner::Kind::Error);
    QVERIFY(inArea<QLabel>("sfServerOrgIdValue")->text().isEmpty());
}

void TestSalesforceGui::overviewRowForUnconfiguredProfile()
{
    QVERIFY(m_controller->createProfile(QStringLiteral("Real org")).ok());
    QVERIFY(m_window->showArea(QStringLiteral("overview")));
    const HealthItem row = m_window->health()->item(QStringLiteral("salesforce-connection"));
    QCOMPARE(row.state, HealthItem::State::NotSetUp);
    QVERIFY2(row.detail.contains(QLatin1String("client ID")), qPrintable(row.detail));
    QCOMPARE(row.fixTarget, QStringLiteral("salesforce/mapping"));
    QVERIFY(!m_window->salesforceCheck()->hasResult());
}

void TestSalesforceGui::tickedPrerequisiteSurvivesReload()
{
    QVERIFY(m_window->showArea(QStringLiteral("salesforce")));
    SalesforceArea* area = m_window->salesforceArea();
    QCheckBox* box = area->stepCheckBox(QStringLiteral("oauth-scopes"));
    QVERIFY(box && !box->isChecked());
    auto* progress = inArea<QLabel>("salesforceChecklistProgress");
    const QString before = progress->text();
    box->click();
    QVERIFY(box->isChecked());
    QVERIFY(progress->text() != before);
    QVERIFY(m_controller->profile().salesforce.checklistDone.contains(QStringLiteral("oauth-scopes")));
    QVERIFY(m_window->save());

    const auto saved = ProfileStore::load(m_controller->profilePath());
    QVERIFY(saved.ok());
    QVERIFY(saved.value().salesforce.checklistDone.contains(QStringLiteral("oauth-scopes")));

    // A fresh window over the same profile directory shows the tick again.
    const QString path = m_controller->profilePath();
    m_window.reset();
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    QVERIFY(m_controller->openProfile(path).ok());
    QVERIFY(m_window->salesforceArea()->stepCheckBox(QStringLiteral("oauth-scopes"))->isChecked());
    QVERIFY(!m_window->salesforceArea()->stepCheckBox(QStringLiteral("adapter-enabled"))->isChecked());
}

void TestSalesforceGui::scopesCopiedExactly()
{
    QVERIFY(m_window->showArea(QStringLiteral("salesforce")));
    // The scope the admin adds first, copied verbatim from its box.
    QTest::mouseClick(inArea<QPushButton>("salesforceCopy_oauth-scopes_3"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Manage user data via Web browsers (web)"));
    QTest::mouseClick(inArea<QPushButton>("salesforceCopy_require-secret_1"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Require Secret for Refresh Token Flow"));
}

void TestSalesforceGui::designedStatusReachesTheRuleEditor()
{
    // MainWindow wires the designer's statusesChanged to the rule editor: a status designed (not
    // yet in the org) is offered in the rule editor's Salesforce combos next to the org's.
    auto* designer = m_window->salesforceArea()->findChild<PresenceStatusDesigner*>();
    auto* rules = inArea<PresenceRuleEditor>("presenceRuleEditor");
    QVERIFY(designer && rules);
    designer->addStatus(QStringLiteral("Coffee Break"));
    QVERIFY(designer->statusNames().contains(QStringLiteral("Coffee_Break")));

    QTest::mouseClick(rules->findChild<QPushButton*>(QStringLiteral("addPresenceRuleButton")),
                      Qt::LeftButton);
    auto* table = rules->findChild<QTableWidget*>(QStringLiteral("publisherTable"));
    QVERIFY(table && table->rowCount() == 1);
    auto* status = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    QVERIFY(status);
    QVERIFY(status->findText(QStringLiteral("Coffee_Break")) >= 0);
    status->setEditText(QStringLiteral("Coffee_Break"));
    for (const RuleProblem& p : rules->problems())
        QVERIFY2(p.kind != RuleProblemKind::UnknownSalesforceStatus, qPrintable(p.message));
}

QTEST_MAIN(TestSalesforceGui)
#include "tst_salesforce_gui.moc"
