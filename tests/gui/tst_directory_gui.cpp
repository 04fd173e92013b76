// The Directory Sync page driven like a user would, offscreen, against the built-in sandbox over
// loopback: the Zoom sandbox's users and the ACD sandbox's partly out-of-date "Corporate
// Directory".
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "directory/DirectoryApply.h"
#include "directory/DirectoryPlanModel.h"
#include "directory/DirectoryRunPane.h"
#include "directory/NumberRulesEditor.h"
#include "directory/StatusLine.h"
#include "editors/DirectorySyncEditor.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/Banner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

namespace {

// One sandbox profile with its own sandboxes, clients and editor per test: tests do not see each
// other's applies.
struct Fixture
{
    QTemporaryDir dir;
    MemorySecretStore store;
    std::unique_ptr<ProfileSession> session;
    std::unique_ptr<SessionClients> clients;
    std::unique_ptr<DirectorySyncEditor> editor;

    bool open()
    {
        if (!dir.isValid())
            return false;
        session = std::make_unique<ProfileSession>(&store, dir.path());
        if (!session->openSandbox().ok())
            return false;
        clients = std::make_unique<SessionClients>(session.get());
        editor = std::make_unique<DirectorySyncEditor>(clients.get());
        editor->resize(1100, 1600);
        editor->show();
        return true;
    }
    template <typename T> T* child(const char* name) const
    {
        return editor->findChild<T*>(QLatin1String(name));
    }
    DirectoryRunPane* pane() const { return editor->runPane(); }
};

QMessageBox* waitForDialog(QWidget* root, const char* name)
{
    QMessageBox* box = nullptr;
    for (int i = 0; i < 200 && !box; ++i) {
        box = root->findChild<QMessageBox*>(QLatin1String(name));
        if (!box)
            QTest::qWait(10);
    }
    return box;
}

int countAction(const DirectoryPlanModel* model, DirectoryAction action)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->change(row).action == action;
    return n;
}

} // namespace

class TestDirectoryGui : public QObject
{
    Q_OBJECT

private:
    // Chooses "Corporate Directory" once the editor has listed the ACD's Dynamic books.
    static bool chooseCorporateDirectory(Fixture& f);
    static bool runDryRun(Fixture& f);

private slots:
    void initTestCase();
    void showsTheDefaultMapping();
    void badPatternIsFlaggedInPlaceAndNeitherSavedNorRun();
    void previewTranslatesSampleNumbers();
    void badMappingFileIsRejectedWithItsReason();
    void dryRunShowsAddsUpdatesAndRemovalsAndFilters();
    void applyWritesAndASecondDryRunIsClean();
    void removalAboveTheLimitNeedsASecondConfirmation();
};

void TestDirectoryGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestDirectoryGui::chooseCorporateDirectory(Fixture& f)
{
    auto* combo = f.child<QComboBox>("addressBookCombo");
    if (!combo)
        return false;
    for (int i = 0; i < 500 && combo->findText(QStringLiteral("Corporate Directory")) < 0; ++i)
        QTest::qWait(10);
    const int index = combo->findText(QStringLiteral("Corporate Directory"));
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

bool TestDirectoryGui::runDryRun(Fixture& f)
{
    auto* button = f.child<QPushButton>("dryRunButton");
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!f.pane()->isBusy())
        return false;
    for (int i = 0; i < 3000 && f.pane()->isBusy(); ++i)
        QTest::qWait(10);
    return !f.pane()->isBusy() && f.pane()->hasPlan();
}

void TestDirectoryGui::showsTheDefaultMapping()
{
    Fixture f;
    QVERIFY(f.open());
    QCOMPARE(f.child<QComboBox>("zoomField_firstName")->currentText(), QStringLiteral("first_name"));
    QCOMPARE(f.child<QComboBox>("zoomField_lastName")->currentText(), QStringLiteral("last_name"));
    QCOMPARE(f.child<QComboBox>("zoomField_company")->currentText(), QStringLiteral("dept"));
    QCOMPARE(f.child<QComboBox>("zoomField_phone")->currentData().toString(), QStringLiteral("phone"));
    QCOMPARE(f.child<QComboBox>("zoomField_mobile")->currentData().toString(), QString());
    QVERIFY(f.editor->mapping() == DirectoryMapping::defaults());
    QVERIFY(f.child<QCheckBox>("onlyActiveCheck")->isChecked());
    QVERIFY(!f.child<QCheckBox>("appendExtensionCheck")->isChecked());

    // Changing a field and resetting brings the defaults back, in the profile too.
    f.child<QComboBox>("zoomField_company")->setCurrentText(QStringLiteral("job_title"));
    QCOMPARE(f.session->profile()
                 .directorySync.mapping.value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("company"))
                 .toString(),
             QStringLiteral("job_title"));
    QTest::mouseClick(f.child<QPushButton>("resetMappingButton"), Qt::LeftButton);
    QCOMPARE(f.child<QComboBox>("zoomField_company")->currentText(), QStringLiteral("dept"));
    QVERIFY(DirectoryMapping::fromJson(f.session->profile().directorySync.mapping).value() ==
            DirectoryMapping::defaults());

    // The extension example follows the checkbox.
    f.child<QCheckBox>("appendExtensionCheck")->setChecked(true);
    QVERIFY(f.child<QLabel>("extensionExampleLabel")->text().contains(QStringLiteral("Müller (1001)")));
}

void TestDirectoryGui::badPatternIsFlaggedInPlaceAndNeitherSavedNorRun()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(chooseCorporateDirectory(f));
    auto* rules = f.child<QTableWidget>("numberRulesTable");
    QTest::mouseClick(f.child<QPushButton>("addRuleButton"), Qt::LeftButton);
    QCOMPARE(rules->rowCount(), 1);
    rules->item(0, 0)->setText(QStringLiteral("^\\+49(\\d+$"));
    rules->item(0, 1)->setText(QStringLiteral("0\\1"));

    const QString check = rules->item(0, 2)->text();
    QVERIFY2(check.contains(QStringLiteral("regular expression")), qPrintable(check));
    QVERIFY(f.child<QLabel>("configErrorLabel")->isVisible());
    QVERIFY(!f.editor->configurationError().isEmpty());
    QVERIFY(!f.child<QPushButton>("dryRunButton")->isEnabled());
    // The broken rule never reaches the profile.
    const QByteArray saved = QJsonDocument(f.session->profile().directorySync.mapping).toJson();
    QVERIFY2(!saved.contains("(\\\\d+$"), saved.constData());
    QVERIFY(!f.editor->exportMapping(f.dir.filePath(QStringLiteral("m.json"))).ok());

    // Fixed: saved and runnable again.
    rules->item(0, 0)->setText(QStringLiteral("^\\+49(\\d+)$"));
    QCOMPARE(rules->item(0, 2)->text().contains(QStringLiteral("regular expression")), false);
    QVERIFY(f.editor->configurationError().isEmpty());
    QVERIFY(f.child<QPushButton>("dryRunButton")->isEnabled());
    const auto mapping = DirectoryMapping::fromJson(f.session->profile().directorySync.mapping);
    QVERIFY(mapping.ok());
    QCOMPARE(mapping.value().numberTranslation.size(), 1);
    QCOMPARE(mapping.value().numberTranslation.first().match, QStringLiteral("^\\+49(\\d+)$"));
}

void TestDirectoryGui::previewTranslatesSampleNumbers()
{
    Fixture f;
    QVERIFY(f.open());
    auto* rules = f.child<QTableWidget>("numberRulesTable");
    QTest::mouseClick(f.child<QPushButton>("addRuleButton"), Qt::LeftButton);
    rules->item(0, 0)->setText(QStringLiteral("^\\+49(\\d+)$"));
    rules->item(0, 1)->setText(QStringLiteral("0\\1"));
    f.child<QPlainTextEdit>("sampleNumbersEdit")->setPlainText(QStringLiteral("+4930123\n+12125550100"));
    auto* preview = f.child<QTableWidget>("numberPreviewTable");
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->item(0, NumberRulesEditor::ResultColumn)->text(), QStringLiteral("030123"));
    QVERIFY(preview->item(0, NumberRulesEditor::RuleMatchedColumn)->text().contains(QLatin1Char('1')));
    // No rule matches the US number: written as it is.
    QCOMPARE(preview->item(1, NumberRulesEditor::ResultColumn)->text(), QStringLiteral("+12125550100"));

    // The account's own numbers join the preview.
    QTest::mouseClick(f.child<QPushButton>("loadAccountNumbersButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(preview->rowCount() > 2, 10000);
    for (int row = 2; row < preview->rowCount(); ++row) {
        const QString number = preview->item(row, NumberRulesEditor::NumberColumn)->text();
        const QString result = preview->item(row, NumberRulesEditor::ResultColumn)->text();
        if (number.startsWith(QStringLiteral("+49")))
            QCOMPARE(result, QStringLiteral("0") + number.mid(3));
        else
            QCOMPARE(result, number);
    }
}

void TestDirectoryGui::badMappingFileIsRejectedWithItsReason()
{
    Fixture f;
    QVERIFY(f.open());
    const QString path = f.dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"attributes": {"firstName": "first_name"}, "numberTranslation": [{"match": "([", "replace": ""}]})");
    file.close();
    const QJsonObject before = f.editor->mapping().toJson();
    QVERIFY(!f.editor->importMapping(path).ok());
    auto* banner = f.child<Banner>("directoryBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    QVERIFY(f.editor->mapping().toJson() == before);

    // A good file round-trips through export and import.
    DirectoryMapping m = DirectoryMapping::defaults();
    m.appendExtension = true;
    m.numberTranslation = {{QStringLiteral("^\\+81(\\d+)$"), QStringLiteral("0\\1")}};
    m.exclude.departments = {QStringLiteral("Vertrieb"), QStringLiteral("営業")};
    const QString good = f.dir.filePath(QStringLiteral("good.json"));
    QVERIFY(m.save(good).ok());
    QVERIFY(f.editor->importMapping(good).ok());
    QVERIFY(f.child<QCheckBox>("appendExtensionCheck")->isChecked());
    QCOMPARE(f.child<QLineEdit>("excludeDepartmentsEdit")->text(), QStringLiteral("Vertrieb, 営業"));
    QVERIFY(f.editor->mapping() == m);
    QVERIFY(DirectoryMapping::fromJson(f.session->profile().directorySync.mapping).value() == m);
}

void TestDirectoryGui::dryRunShowsAddsUpdatesAndRemovalsAndFilters()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(chooseCorporateDirectory(f));
    QCOMPARE(f.session->profile().directorySync.addressBookName, QStringLiteral("Corporate Directory"));
    QAbstractItemModelTester tester(f.pane()->filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(runDryRun(f));

    const DirectoryPlanModel* model = f.pane()->model();
    const DirectoryCounts counts = f.pane()->plan().counts;
    QVERIFY(counts.add > 0);
    QVERIFY(counts.update > 0);
    QVERIFY(counts.remove > 0);
    QCOMPARE(countAction(model, DirectoryAction::Add), counts.add);
    QCOMPARE(countAction(model, DirectoryAction::Update), counts.update);
    QCOMPARE(countAction(model, DirectoryAction::Remove), counts.remove);
    const QString summary = f.child<StatusLine>("runSummaryLabel")->text();
    QCOMPARE(summary, f.pane()->plan().summary());
    QVERIFY(f.child<QPushButton>("applyButton")->isEnabled());

    // An update row names the field with before → after.
    int updateRow = -1;
    for (int row = 0; row < model->rowCount() && updateRow < 0; ++row) {
        if (model->change(row).action == DirectoryAction::Update)
            updateRow = row;
    }
    const QString changes =
        model->data(model->index(updateRow, DirectoryPlanModel::ChangesColumn)).toString();
    QVERIFY2(changes.contains(QStringLiteral("\u2192")), qPrintable(changes));
    QVERIFY(changes.contains(model->change(updateRow).changed.first()));

    // "Remove" shows only removals.
    auto* actionFilter = f.child<QComboBox>("actionFilterCombo");
    actionFilter->setCurrentIndex(
        actionFilter->findText(DirectoryPlanModel::actionWord(DirectoryAction::Remove)));
    auto* view = f.child<QTableView>("planTable");
    QCOMPARE(view->model()->rowCount(), counts.remove);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QCOMPARE(view->model()->index(row, 0).data(DirectoryPlanModel::ActionRole).toInt(),
                 int(DirectoryAction::Remove));
    }
    // Selecting a removal shows its entry before and nothing after.
    view->setCurrentIndex(view->model()->index(0, 0));
    auto* details = f.child<QTableWidget>("planDetailsTable");
    QCOMPARE(details->rowCount(), int(DirectoryMapping::acdFields().size()));
    QCOMPARE(details->item(0, 2)->text(), QStringLiteral("(removed)"));
    QVERIFY(!details->item(0, 1)->text().isEmpty() || !details->item(2, 1)->text().isEmpty());

    // Text search narrows within the action.
    const QString id = view->model()->index(0, DirectoryPlanModel::IdColumn).data().toString();
    f.child<QLineEdit>("planSearchEdit")->setText(id);
    QCOMPARE(view->model()->rowCount(), 1);
    actionFilter->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 1);
    f.child<QLineEdit>("planSearchEdit")->clear();
    QCOMPARE(view->model()->rowCount(), model->rowCount());

    // Exports are what the CLI writes.
    const QString csv = f.dir.filePath(QStringLiteral("plan.csv"));
    const QString jsonl = f.dir.filePath(QStringLiteral("plan.jsonl"));
    QVERIFY(f.pane()->exportPlan(csv, DirectoryRunPane::ExportFormat::Csv).ok());
    QVERIFY(f.pane()->exportPlan(jsonl, DirectoryRunPane::ExportFormat::JsonLines).ok());
    QFile c(csv), j(jsonl);
    QVERIFY(c.open(QIODevice::ReadOnly) && j.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), f.pane()->plan().toCsv());
    QCOMPARE(j.readAll(), f.pane()->plan().toJsonLines());

    // A changed configuration makes the plan stale: it cannot be applied.
    f.child<QComboBox>("zoomField_company")->setCurrentText(QStringLiteral("job_title"));
    QVERIFY(!f.child<QPushButton>("applyButton")->isEnabled());
    QVERIFY(f.child<QLabel>("runConfigLabel")->isVisible());
}

void TestDirectoryGui::applyWritesAndASecondDryRunIsClean()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(chooseCorporateDirectory(f));
    QVERIFY(runDryRun(f));
    const DirectoryCounts counts = f.pane()->plan().counts;
    QVERIFY(counts.pending() > 0);
    QVERIFY(DirectoryApply::checkRemovals(counts, f.session->profile().directorySync.maxRemovalPercent).ok());

    QTest::mouseClick(f.child<QPushButton>("applyButton"), Qt::LeftButton);
    QMessageBox* confirm = waitForDialog(f.editor.get(), "applyConfirmDialog");
    QVERIFY(confirm);
    QVERIFY(confirm->informativeText().contains(QString::number(counts.add)));
    confirm->findChild<QPushButton*>(QStringLiteral("applyConfirmButton"))->click();
    QVERIFY(!f.editor->findChild<QMessageBox*>(QStringLiteral("removalConfirmDialog")));
    QTRY_VERIFY_WITH_TIMEOUT(f.pane()->isBusy(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.pane()->isBusy(), 30000);

    auto* banner = f.child<Banner>("runBanner");
    QCOMPARE(banner->kind(), Banner::Kind::Success);
    const DirectoryPlanModel* model = f.pane()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->change(row).action == DirectoryAction::Skip)
            continue;
        const DirectoryApplyResult* r = model->result(row);
        QVERIFY2(r && r->success, qPrintable(model->change(row).externalId));
    }
    QVERIFY(!f.child<QPushButton>("applyButton")->isEnabled()); // a plan is applied once

    // Logged with the profile, visible in the history.
    const auto log = DirectoryApplyLog::read(DirectoryApplyLog::pathForProfile(f.session->profilePath()));
    QVERIFY(log.ok());
    QCOMPARE(log.value().size(), 1);
    QCOMPARE(log.value().first().origin, QStringLiteral("console"));
    QCOMPARE(log.value().first().counts.add, counts.add);
    QVERIFY(log.value().first().completed);
    f.pane()->showApplyLog();
    auto* history = f.editor->findChild<QTableWidget*>(QStringLiteral("applyHistoryTable"));
    QVERIFY(history);
    QCOMPARE(history->rowCount(), 1);

    QVERIFY(runDryRun(f));
    QCOMPARE(f.pane()->plan().counts.pending(), 0);
    QCOMPARE(countAction(f.pane()->model(), DirectoryAction::Add), 0);
    QCOMPARE(countAction(f.pane()->model(), DirectoryAction::Update), 0);
    QCOMPARE(countAction(f.pane()->model(), DirectoryAction::Remove), 0);
    QVERIFY(!f.child<QPushButton>("applyButton")->isEnabled());
    QCOMPARE(f.child<Banner>("runBanner")->kind(), Banner::Kind::Success);
}

void TestDirectoryGui::removalAboveTheLimitNeedsASecondConfirmation()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(chooseCorporateDirectory(f));
    f.child<QSpinBox>("maxRemovalSpin")->setValue(1);
    QCOMPARE(f.session->profile().directorySync.maxRemovalPercent, 1);
    QVERIFY(runDryRun(f));
    const DirectoryCounts counts = f.pane()->plan().counts;
    QVERIFY(counts.remove > 0);
    QVERIFY(!DirectoryApply::checkRemovals(counts, 1).ok());
    QCOMPARE(f.child<Banner>("runBanner")->kind(), Banner::Kind::Warning);

    // Declined: nothing is written.
    QTest::mouseClick(f.child<QPushButton>("applyButton"), Qt::LeftButton);
    QMessageBox* confirm = waitForDialog(f.editor.get(), "applyConfirmDialog");
    QVERIFY(confirm);
    confirm->findChild<QPushButton*>(QStringLiteral("applyConfirmButton"))->click();
    QMessageBox* warn = waitForDialog(f.editor.get(), "removalConfirmDialog");
    QVERIFY(warn);
    QVERIFY2(warn->text().contains(QString::number(counts.remove)), qPrintable(warn->text()));
    QCOMPARE(warn->defaultButton(), warn->button(QMessageBox::Cancel));
    warn->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(!f.pane()->isBusy());
    QVERIFY(f.child<QPushButton>("applyButton")->isEnabled());
    QVERIFY(!QFile::exists(DirectoryApplyLog::pathForProfile(f.session->profilePath())));
    QTRY_VERIFY(!f.editor->findChild<QMessageBox*>(QStringLiteral("applyConfirmDialog")));
    QTRY_VERIFY(!f.editor->findChild<QMessageBox*>(QStringLiteral("removalConfirmDialog")));

    // Confirmed twice: applied, removals included.
    QTest::mouseClick(f.child<QPushButton>("applyButton"), Qt::LeftButton);
    confirm = waitForDialog(f.editor.get(), "applyConfirmDialog");
    QVERIFY(confirm);
    confirm->findChild<QPushButton*>(QStringLiteral("applyConfirmButton"))->click();
    warn = waitForDialog(f.editor.get(), "removalConfirmDialog");
    QVERIFY(warn);
    warn->findChild<QPushButton*>(QStringLiteral("removalConfirmButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(f.pane()->isBusy(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.pane()->isBusy(), 30000);
    QCOMPARE(f.child<Banner>("runBanner")->kind(), Banner::Kind::Success);
    QVERIFY(runDryRun(f));
    QCOMPARE(f.pane()->plan().counts.remove, 0);
    QCOMPARE(f.pane()->plan().counts.pending(), 0);
}

QTEST_MAIN(TestDirectoryGui)
#include "tst_directory_gui.moc"
