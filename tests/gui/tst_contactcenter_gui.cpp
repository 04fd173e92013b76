// The Contact Center area's Salesforce CTI tab driven like a user would: the area in the sidebar
// (Ctrl+5), a field edited re-validates at the field and updates the XML preview, Save XML writes a
// file the validator accepts, and the values come back from the saved profile. The integration
// advisor (first tab) recommends and saves, the flow event script follows its URL, and the
// omni-channel mapping offers and checks the sandbox org's presence statuses.
#include "MainWindow.h"
#include "areas/ContactCenterArea.h"
#include "areas/CtiSettingsPage.h"
#include "cc/CtiSettings.h"
#include "cc/FlowEventScript.h"
#include "connect/ProfileSession.h"
#include "editors/FlowEventScriptPage.h"
#include "editors/IntegrationAdvisorPage.h"
#include "editors/OmniStatusMappingBox.h"
#include "profile/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestContactCenterGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void areaOpens();
    void editingRevalidatesAndUpdatesPreview();
    void variantSwitchGivesSsoFile();
    void savedXmlValidates();
    void valuesPersistInProfile();
    void advisorRecommendsAndSaves();
    void flowScriptFollowsUrl();
    void omniMappingWithSandboxStatus();

private:
    template <typename T> T* inPage(const char* name) const
    {
        T* w = page()->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    ContactCenterArea* area() const
    {
        return dynamic_cast<ContactCenterArea*>(m_window->area(QStringLiteral("contactcenter")));
    }
    CtiSettingsPage* page() const { return area()->ctiPage(); }
    template <typename T> T* inArea(const char* name) const
    {
        T* w = area()->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    QJsonObject savedPart(const QString& key) const
    {
        const auto saved = ProfileStore::load(m_controller->session()->profilePath());
        return saved.ok() ? saved.value().contactCenter.value(key).toObject() : QJsonObject();
    }
    void typeInto(QLineEdit* edit, const QString& text);
    void makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestContactCenterGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskContactCenterGuiTest"));
}

void TestContactCenterGui::makeWindow()
{
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestContactCenterGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    makeWindow();
    QVERIFY(m_controller->session()->createProfile(QStringLiteral("Contact center test")).ok());
    QVERIFY(m_window->showArea(QStringLiteral("contactcenter")));
    // The advisor is the first tab; the CTI tests below work on the Salesforce CTI tab.
    QCOMPARE(area()->tabs()->currentIndex(), 0);
    area()->showSectionId(QStringLiteral("cti"));
}

void TestContactCenterGui::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestContactCenterGui::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestContactCenterGui::areaOpens()
{
    const QStringList ids = m_window->areaIds();
    const int row = int(ids.indexOf(QStringLiteral("contactcenter")));
    QVERIFY(row > 0);
    // After Salesforce, before the monitor; Ctrl+5 opens it, Ctrl+6 the monitor.
    QCOMPARE(ids.at(row - 1), QStringLiteral("salesforce"));
    QCOMPARE(ids.at(row + 1), QStringLiteral("monitor"));
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("areaList"));
    QCOMPARE(list->item(row)->text(), QStringLiteral("Contact Center"));
    QVERIFY(m_window->showArea(QStringLiteral("overview")));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("contactcenter"));
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contactCenterArea"));
    QCOMPARE(area()->tabs()->tabText(0), QStringLiteral("Integration method"));
    QCOMPARE(area()->tabs()->tabText(1), QStringLiteral("Salesforce CTI"));
    QCOMPARE(area()->tabs()->tabText(2), QStringLiteral("Flow event script"));
    QCOMPARE(area()->sectionIds().mid(0, 3),
             (QStringList{QStringLiteral("advisor"), QStringLiteral("cti"), QStringLiteral("flowscript")}));
    QVERIFY(area()->sectionIds().contains(QStringLiteral("timeline")));
    QVERIFY(area()->sectionIds().contains(QStringLiteral("reconcile")));
    QVERIFY(page()->isVisible());
    // Opened with the seed's file, valid.
    QCOMPARE(inPage<QPlainTextEdit>("ctiXmlPreview")->toPlainText().toUtf8(),
             CallCenterDefinition::standard().toXml());
    QCOMPARE(inPage<QLabel>("ctiDefinitionStatus")->text(),
             QStringLiteral("The definition follows the Open CTI rules."));
    QCOMPARE(inPage<QLineEdit>("ctiCountryCodes")->text(), QStringLiteral("+1"));
}

void TestContactCenterGui::editingRevalidatesAndUpdatesPreview()
{
    auto* name = inPage<QLineEdit>("ctiInternalName");
    auto* error = inPage<QLabel>("ctiError_reqInternalName");
    auto* preview = inPage<QPlainTextEdit>("ctiXmlPreview");
    QVERIFY(error->isHidden());
    typeInto(name, QStringLiteral("zoom center"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("letters and digits")), qPrintable(error->text()));
    QVERIFY(preview->toPlainText().contains(QStringLiteral(">zoom center</item>")));
    QVERIFY(inPage<QLabel>("ctiDefinitionStatus")->text().startsWith(QStringLiteral("Problems: 1")));
    typeInto(name, QStringLiteral("zoomcenter"));
    QVERIFY(error->isHidden());
    QVERIFY(preview->toPlainText().contains(QStringLiteral(">zoomcenter</item>")));

    auto* width = inPage<QSpinBox>("ctiSoftphoneWidth");
    width->setValue(150);
    auto* widthError = inPage<QLabel>("ctiError_reqSoftphoneWidth");
    QVERIFY(widthError->isVisible());
    QVERIFY(widthError->text().contains(QStringLiteral("200")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral(">150</item>")));

    auto* codes = inPage<QLineEdit>("ctiCountryCodes");
    auto* codesError = inPage<QLabel>("ctiCountryCodesError");
    typeInto(codes, QStringLiteral("+1, +81, +999"));
    QVERIFY(codesError->isVisible());
    QVERIFY(codesError->text().contains(QStringLiteral("+999")));
    typeInto(codes, QStringLiteral("+1, +81"));
    QVERIFY(codesError->isHidden());
}

void TestContactCenterGui::variantSwitchGivesSsoFile()
{
    auto* variant = inPage<QComboBox>("ctiVariant");
    variant->setCurrentIndex(variant->findData(QStringLiteral("sso")));
    auto* adapterError = inPage<QLabel>("ctiError_reqAdapterUrl");
    // The seed's placeholder host is flagged until a vanity host is typed.
    QVERIFY(adapterError->isVisible());
    typeInto(inPage<QLineEdit>("ctiVanityHost"), QStringLiteral("acme.zoom.us"));
    QVERIFY(adapterError->isHidden());
    QCOMPARE(inPage<QLineEdit>("ctiAdapterUrl")->text(),
             QStringLiteral("https://acme.zoom.us/cci/multi/callbar-cti"));
    QCOMPARE(inPage<QPlainTextEdit>("ctiXmlPreview")->toPlainText().toUtf8(),
             CallCenterDefinition::sso(QStringLiteral("acme.zoom.us")).toXml());
}

void TestContactCenterGui::savedXmlValidates()
{
    typeInto(inPage<QLineEdit>("ctiDisplayName"), QStringLiteral("Support line"));
    const QString path = m_dir->filePath(QStringLiteral("callcenter.xml"));
    QVERIFY(page()->saveXmlTo(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(">Support line</item>"));
    QVERIFY(page()->validateFile(path).isEmpty());
    QVERIFY(inPage<QPlainTextEdit>("ctiFileProblems")
                ->toPlainText()
                .contains(QStringLiteral("follows the Open CTI rules")));

    // A file the admin already has, with a problem on line 3, is reported with its line.
    const QString bad = m_dir->filePath(QStringLiteral("bad.xml"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray broken = written;
    broken.replace(">zoomcontactcenter<", ">9zcc<");
    out.write(broken);
    out.close();
    const QList<CtiProblem> problems = page()->validateFile(bad);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 3);
    QVERIFY(inPage<QPlainTextEdit>("ctiFileProblems")->toPlainText().startsWith(QStringLiteral("Line 3: ")));

    const QString layout = m_dir->filePath(QStringLiteral("layout.xml"));
    QVERIFY(page()->exportSoftphoneLayoutTo(layout).ok());
    QFile lf(layout);
    QVERIFY(lf.open(QIODevice::ReadOnly));
    QVERIFY(lf.readAll().contains("<screenPopsOpenWithin>ExistingWindow</screenPopsOpenWithin>"));
}

void TestContactCenterGui::valuesPersistInProfile()
{
    inPage<QCheckBox>("ctiStep_package-installed")->click();
    inPage<QSpinBox>("ctiSoftphoneHeight")->setValue(600);
    typeInto(inPage<QLineEdit>("ctiCountryCodes"), QStringLiteral("+1 +44"));
    inPage<QCheckBox>("ctiObject_Lead")->click();
    auto* noMatch = inPage<QComboBox>("ctiNoMatch");
    noMatch->setCurrentIndex(noMatch->findData(QStringLiteral("PopToNewLead")));
    QVERIFY(m_controller->session()->save().ok());

    const auto saved = ProfileStore::load(m_controller->session()->profilePath());
    QVERIFY(saved.ok());
    const CtiSettings s =
        CtiSettings::fromJson(saved.value().contactCenter.value(QStringLiteral("cti")).toObject());
    QVERIFY(s.checklistDone.contains(QStringLiteral("package-installed")));
    QCOMPARE(s.definition.softphoneHeight, 600);
    QCOMPARE(s.countryCodes, (QStringList{QStringLiteral("+1"), QStringLiteral("+44")}));
    QVERIFY(s.relatedObjects.contains(QStringLiteral("Lead")));
    QCOMPARE(s.screenPop.noMatch, QStringLiteral("PopToNewLead"));

    // A fresh window over the same profile shows them again.
    const QString path = m_controller->session()->profilePath();
    m_window.reset();
    makeWindow();
    QVERIFY(m_controller->openProfile(path).ok());
    QVERIFY(inPage<QCheckBox>("ctiStep_package-installed")->isChecked());
    QVERIFY(!inPage<QCheckBox>("ctiStep_oauth-connected")->isChecked());
    QCOMPARE(inPage<QSpinBox>("ctiSoftphoneHeight")->value(), 600);
    QCOMPARE(inPage<QLineEdit>("ctiCountryCodes")->text(), QStringLiteral("+1, +44"));
    QVERIFY(inPage<QCheckBox>("ctiObject_Lead")->isChecked());
    QCOMPARE(inPage<QComboBox>("ctiNoMatch")->currentData().toString(), QStringLiteral("PopToNewLead"));
}

void TestContactCenterGui::advisorRecommendsAndSaves()
{
    area()->showSectionId(QStringLiteral("advisor"));
    auto* method = inArea<QLabel>("advisorMethod");
    auto* considerations = inArea<QLabel>("advisorConsiderations");
    QVERIFY(method->isVisible());
    QCOMPARE(method->text(), QStringLiteral("Answer the questions to get a recommendation."));

    inArea<QRadioButton>("advisorWorkspace_smartEmbed")->click();
    QCOMPARE(method->text(), QStringLiteral("API webhooks with a nightly polling job for reconciliation"));
    QVERIFY(considerations->text().contains(QStringLiteral("The most robust custom solution.")));
    QVERIFY(considerations->text().contains(QStringLiteral("contact_center.recording_completed")));
    QVERIFY(!inArea<QComboBox>("advisorCrm")->isEnabled());

    // A messaging flow that only has to push its transcript and disposition: flow event scripts.
    inArea<QCheckBox>("advisorMessagingFlow")->click();
    inArea<QCheckBox>("advisorData_messagingTranscript")->click();
    inArea<QCheckBox>("advisorData_disposition")->click();
    QCOMPARE(method->text(), QStringLiteral("Flow event scripts"));
    QVERIFY(considerations->text().contains(QStringLiteral("RouteTo")));
    QVERIFY(inArea<QLabel>("advisorAlso")->text().contains(QStringLiteral("nightly polling job")));

    // Agents in Zendesk with the connector: the built-in integration.
    inArea<QRadioButton>("advisorWorkspace_crmConnector")->click();
    auto* crm = inArea<QComboBox>("advisorCrm");
    QVERIFY(crm->isEnabled());
    crm->setCurrentIndex(crm->findData(QStringLiteral("zendesk")));
    QCOMPARE(method->text(), QStringLiteral("The built-in integration (ZCC CRM CTI connector)"));
    QVERIFY(considerations->text().contains(QStringLiteral("No code required.")));

    QVERIFY(m_controller->session()->save().ok());
    const QJsonObject saved = savedPart(QStringLiteral("advisor"));
    QCOMPARE(saved.value(QStringLiteral("recommendation")).toString(), QStringLiteral("ctiConnector"));
    const AdvisorAnswers answers =
        AdvisorAnswers::fromJson(saved.value(QStringLiteral("answers")).toObject());
    QCOMPARE(answers.crm, QStringLiteral("zendesk"));
    QVERIFY(answers.messagingFlow);

    const QString path = m_controller->session()->profilePath();
    m_window.reset();
    makeWindow();
    QVERIFY(m_controller->openProfile(path).ok());
    QVERIFY(inArea<QRadioButton>("advisorWorkspace_crmConnector")->isChecked());
    QCOMPARE(inArea<QComboBox>("advisorCrm")->currentData().toString(), QStringLiteral("zendesk"));
    QVERIFY(inArea<QCheckBox>("advisorData_disposition")->isChecked());
    QCOMPARE(inArea<QLabel>("advisorMethod")->text(),
             QStringLiteral("The built-in integration (ZCC CRM CTI connector)"));
}

void TestContactCenterGui::flowScriptFollowsUrl()
{
    area()->showSectionId(QStringLiteral("flowscript"));
    auto* url = inArea<QLineEdit>("flowScriptUrl");
    auto* error = inArea<QLabel>("flowScriptUrlError");
    auto* preview = inArea<QPlainTextEdit>("flowScriptPreview");
    auto* save = inArea<QPushButton>("flowScriptSave");
    QVERIFY(preview->isReadOnly());
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Engagement Closed, Disposition Saved")));
    QVERIFY(error->isVisible()); // no address yet
    QVERIFY(!save->isEnabled());

    typeInto(url, QStringLiteral("http://crm.example.com/hook"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https://")));
    QVERIFY(
        preview->toPlainText().contains(QStringLiteral("const endpoint = \"http://crm.example.com/hook\";")));

    // A raw quote is not a valid URL character, and even so it cannot end the script's string.
    typeInto(url, QStringLiteral("https://crm.example.com/hook?q=\"x"));
    QVERIFY(error->text().contains(QStringLiteral("not a valid address")));
    QVERIFY(!save->isEnabled());
    QVERIFY2(preview->toPlainText().contains(
                 QStringLiteral("const endpoint = \"https://crm.example.com/hook?q=\\\"x\";")),
             qPrintable(preview->toPlainText()));

    typeInto(url, QStringLiteral("https://crm.example.com/zcc/engagements"));
    QVERIFY(error->isHidden());
    QVERIFY(save->isEnabled());
    QVERIFY(preview->toPlainText().contains(
        QStringLiteral("const endpoint = \"https://crm.example.com/zcc/engagements\";")));

    inArea<QCheckBox>("flowScriptEngagementClosed")->click();
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Engagement Closed")));
    inArea<QCheckBox>("flowScriptSameInEveryFlow")->click();

    auto* flowPage = area()->findChild<FlowEventScriptPage*>();
    const QString file = m_dir->filePath(QStringLiteral("event-script.js"));
    QVERIFY(flowPage->saveTo(file).ok());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), preview->toPlainText());

    QVERIFY(m_controller->session()->save().ok());
    const FlowEventScript saved = FlowEventScript::fromJson(savedPart(QStringLiteral("flowScript")));
    QCOMPARE(saved.url, QStringLiteral("https://crm.example.com/zcc/engagements"));
    QVERIFY(!saved.onEngagementClosed);
    QVERIFY(saved.onDispositionSaved);
    QVERIFY(saved.sameInEveryFlow);
}

void TestContactCenterGui::omniMappingWithSandboxStatus()
{
    QVERIFY(m_controller->openSandbox().ok());
    area()->showSectionId(QStringLiteral("cti"));
    OmniStatusMappingBox* box = page()->omniBox();
    auto* table = inPage<QTableWidget>("ctiOmniTable");
    QCOMPARE(table->rowCount(), 0);

    QSignalSpy loaded(box, &OmniStatusMappingBox::salesforceStatusesLoaded);
    inPage<QPushButton>("ctiOmniLoad")->click();
    QVERIFY(loaded.wait(15000));
    const Error e = loaded.first().at(0).value<Error>();
    QVERIFY2(e.ok(), qPrintable(e.describe()));
    QVERIFY(box->salesforceStatuses().contains(QStringLiteral("Busy_On_Case")));

    inPage<QPushButton>("ctiOmniAdd")->click();
    QCOMPARE(table->rowCount(), 1);
    auto* zoom = qobject_cast<QComboBox*>(table->cellWidget(0, 0));
    auto* sf = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    QVERIFY(zoom && sf);
    QVERIFY(!table->item(0, 2)->text().isEmpty());              // empty cells are a problem
    QVERIFY(sf->findText(QStringLiteral("Busy_On_Case")) >= 0); // the org's statuses offered
    zoom->setCurrentIndex(zoom->findText(QStringLiteral("Occupied")));
    sf->setCurrentIndex(sf->findText(QStringLiteral("Busy_On_Case")));
    QCOMPARE(table->item(0, 2)->text(), QString());

    // A second row for the same Zoom status, with a status the org does not have.
    inPage<QPushButton>("ctiOmniAdd")->click();
    auto* zoom2 = qobject_cast<QComboBox*>(table->cellWidget(1, 0));
    auto* sf2 = qobject_cast<QComboBox*>(table->cellWidget(1, 1));
    QTest::keyClicks(zoom2->lineEdit(), QStringLiteral("occupied"));
    QTest::keyClicks(sf2->lineEdit(), QStringLiteral("Not_In_Org"));
    const QString problem = table->item(1, 2)->text();
    QVERIFY2(problem.contains(QStringLiteral("mapped twice")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Not_In_Org")), qPrintable(problem));
    QCOMPARE(box->problems().size(), 2);

    inPage<QCheckBox>("ctiOmniEnabled")->click();
    // The sandbox profile is the session's, written through like any other.
    const CtiSettings s =
        CtiSettings::fromJson(m_controller->profile().contactCenter.value(QStringLiteral("cti")).toObject());
    QVERIFY(s.omniChannel.enabled);
    QCOMPARE(s.omniChannel.rows.size(), 2);
    QCOMPARE(s.omniChannel.rows.first().zoomStatus, QStringLiteral("Occupied"));
    QCOMPARE(s.omniChannel.rows.first().salesforceStatus, QStringLiteral("Busy_On_Case"));

    // Removing the selected row keeps the other.
    table->setCurrentCell(1, 2);
    inPage<QPushButton>("ctiOmniRemove")->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(box->problems().isEmpty());
}

QTEST_MAIN(TestContactCenterGui)
#include "tst_contactcenter_gui.moc"
