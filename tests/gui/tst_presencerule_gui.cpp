// The presence-rule editor and the simulator pane driven like a user would, offscreen, on a
// sandbox profile (issue 8 §5, §6).
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "editors/PresenceRuleEditor.h"
#include "editors/PresenceSimulatorPane.h"
#include "presence/PresenceSimulator.h"
#include "secrets/MemorySecretStore.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MemorySecretStore store;
    std::unique_ptr<ProfileSession> session;
    std::unique_ptr<SessionClients> clients;
    std::unique_ptr<PresenceRuleEditor> editor;

    bool open()
    {
        if (!dir.isValid())
            return false;
        session = std::make_unique<ProfileSession>(&store, dir.path());
        if (!session->openSandbox().ok())
            return false;
        clients = std::make_unique<SessionClients>(session.get());
        editor = std::make_unique<PresenceRuleEditor>(clients.get());
        editor->resize(1200, 1000);
        editor->show();
        return true;
    }
    template <typename T> T* child(const char* name) const
    {
        return editor->findChild<T*>(QLatin1String(name));
    }
    QComboBox* cell(const char* table, int row, int column) const
    {
        return qobject_cast<QComboBox*>(child<QTableWidget>(table)->cellWidget(row, column));
    }
    QString problemAt(const char* table, int row) const
    {
        QTableWidget* t = child<QTableWidget>(table);
        QTableWidgetItem* item = t->item(row, t->columnCount() - 1);
        return item ? item->text() : QString();
    }
    bool hasProblem(RuleProblemKind kind, const QString& table, int row) const
    {
        for (const RuleProblem& p : editor->problems())
            if (p.kind == kind && p.table == table && p.row == row)
                return true;
        return false;
    }
    QList<PresenceRule> savedRules() const
    {
        QList<PresenceRule> rules;
        for (const QJsonValue& v : session->profile().presenceRules) {
            const Result<PresenceRule> r = PresenceRules::fromJson(v.toObject());
            if (r.ok())
                rules.append(r.value());
        }
        return rules;
    }
};

} // namespace

class TestPresenceRuleGui : public QObject
{
    Q_OBJECT
private slots:
    void duplicateAndPreviousAreShownAtTheRowAndFixingSaves();
    void exportImportRoundTrips();
    void importOfABrokenFileSaysWhy();
    void acdCodesAndTeamsFillTheEditor();
    void orgStatusesLoadWhenShownAndUnknownIsNamed();
    void simulatorRestoresThePreviousStateAfterACall();
    void simulatorLoadsAnEventsFile();
};

void TestPresenceRuleGui::duplicateAndPreviousAreShownAtTheRowAndFixingSaves()
{
    Fixture f;
    QVERIFY(f.open());
    QTest::mouseClick(f.child<QPushButton>("addPresenceRuleButton"), Qt::LeftButton);
    QCOMPARE(f.child<QListWidget>("presenceRuleList")->count(), 1);
    QLineEdit* name = f.child<QLineEdit>("presenceRuleNameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("EU agents"));
    QCOMPARE(f.editor->currentRule().name, QStringLiteral("EU agents"));

    // Row 1 came with the new rule (Available → ?); fill it, then add a second Available row.
    f.cell("publisherTable", 0, 1)->setEditText(QStringLiteral("Available_for_Chats"));
    QTest::mouseClick(f.child<QPushButton>("publisherTableAddRow"), Qt::LeftButton);
    f.cell("publisherTable", 1, 0)->setEditText(QStringLiteral("Available"));
    f.cell("publisherTable", 1, 1)->setEditText(QStringLiteral("Busy_On_Case"));
    QVERIFY(f.hasProblem(RuleProblemKind::DuplicateSource, QStringLiteral("publisher"), 2));
    QVERIFY(f.problemAt("publisherTable", 0).isEmpty());
    QVERIFY(!f.problemAt("publisherTable", 1).isEmpty());
    QVERIFY(f.child<QListWidget>("presenceRuleProblemList")->count() >= 1);

    // `previous` has no meaning when publishing.
    f.cell("publisherTable", 1, 0)->setEditText(QStringLiteral("previous"));
    QVERIFY(f.hasProblem(RuleProblemKind::PreviousInPublisher, QStringLiteral("publisher"), 2));
    QVERIFY(!f.problemAt("publisherTable", 1).isEmpty());

    f.cell("publisherTable", 1, 0)->setEditText(QStringLiteral("Unavailable"));
    QVERIFY2(f.editor->problems().isEmpty(), qPrintable(f.editor->problems().value(0).message));
    QVERIFY(f.problemAt("publisherTable", 1).isEmpty());

    const QList<PresenceRule> saved = f.savedRules();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("EU agents"));
    const QList<PublisherRow> expected{{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                                       {QStringLiteral("Unavailable"), QStringLiteral("Busy_On_Case")}};
    QCOMPARE(saved.first().publisher, expected);
    QVERIFY(f.session->isDirty());

    // Choosing the active rule is saved too.
    QComboBox* active = f.child<QComboBox>("activePresenceRuleCombo");
    const int index = active->findData(QStringLiteral("EU agents"));
    QVERIFY(index > 0);
    active->setCurrentIndex(index);
    emit active->activated(index);
    QCOMPARE(f.session->profile().activePresenceRule, QStringLiteral("EU agents"));

    // Discarding the unsaved profile's changes takes the rule away from the editor too.
    f.session->discardChanges();
    QCOMPARE(f.child<QListWidget>("presenceRuleList")->count(), 0);
    QVERIFY(!f.child<QPushButton>("deletePresenceRuleButton")->isEnabled());
}

void TestPresenceRuleGui::exportImportRoundTrips()
{
    Fixture f;
    QVERIFY(f.open());
    const QByteArray json = R"({"name": "EU agents", "skipUnavailableValidation": false,
        "publisher": [{"acd": "Available", "salesforce": "Available_for_Chats"}],
        "subscriber": [{"salesforce": "Available_for_Chats", "acd": "Available"},
                       {"salesforce": "Busy_On_Case", "acd": "previous"}],
        "zoom": [{"zoom": "Do_Not_Disturb", "acd": "Meeting"}, {"phone": "connected", "acd": "Zoom call"},
                 {"phone": "ended", "acd": "previous"}],
        "teams": ["Team EU"], "users": ["anna.lehmann@example.com"]})";
    const QString source = f.dir.filePath(QStringLiteral("rule.json"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    QVERIFY(f.editor->importFile(source).ok());
    const PresenceRule original = PresenceRules::fromJson(json).value();
    QCOMPARE(f.editor->currentRule(), original);
    // The form shows it: the Zoom table's phone rows and the users.
    QCOMPARE(f.child<QTableWidget>("zoomTable")->rowCount(), 3);
    QCOMPARE(f.cell("zoomTable", 1, 1)->currentText(), QStringLiteral("connected"));
    QCOMPARE(f.child<QLineEdit>("presenceRuleUsersEdit")->text(), QStringLiteral("anna.lehmann@example.com"));

    const QString exported = f.dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(f.editor->exportFile(exported).ok());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, PresenceRules::toJson(original));
    file.close();

    // Importing again adds a second rule under a free name, equal otherwise.
    QVERIFY(f.editor->importFile(exported).ok());
    QCOMPARE(f.editor->rules().size(), 2);
    PresenceRule again = f.editor->currentRule();
    QVERIFY(again.name != original.name);
    again.name = original.name;
    QCOMPARE(again, original);
    QCOMPARE(f.savedRules().size(), 2);
}

void TestPresenceRuleGui::importOfABrokenFileSaysWhy()
{
    Fixture f;
    QVERIFY(f.open());
    const QString path = f.dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "x", "publisher": [{"acd": 5}]})");
    file.close();
    const Error error = f.editor->importFile(path);
    QVERIFY(!error.ok());
    QVERIFY(error.message.contains(path));
    QVERIFY(f.editor->rules().isEmpty());

    const Error missing = f.editor->importFile(f.dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.code, ErrorCode::FileNotFound);
}

void TestPresenceRuleGui::acdCodesAndTeamsFillTheEditor()
{
    Fixture f;
    QVERIFY(f.open());
    QTest::mouseClick(f.child<QPushButton>("addPresenceRuleButton"), Qt::LeftButton);
    QSignalSpy loaded(f.editor.get(), &PresenceRuleEditor::acdLoaded);
    QTest::mouseClick(f.child<QPushButton>("loadAcdCodesButton"), Qt::LeftButton);
    QVERIFY2(loaded.wait(10000), qPrintable(f.child<QLabel>("acdCodesStatus")->text()));
    QVERIFY(f.child<QListWidget>("presenceRuleTeamList")->count() > 0);
    QComboBox* acd = f.cell("publisherTable", 0, 0);
    QVERIFY(acd->findText(QStringLiteral("Zoom call")) >= 0);
    // With the codes known, a name that is no code is flagged.
    f.cell("publisherTable", 0, 1)->setEditText(QStringLiteral("Available_for_Chats"));
    acd->setEditText(QStringLiteral("Coffee"));
    QVERIFY(f.hasProblem(RuleProblemKind::UnknownAcdState, QStringLiteral("publisher"), 1));

    // A designed status (from the status designer) is offered and accepted next to the org's.
    acd->setEditText(QStringLiteral("Available"));
    f.cell("publisherTable", 0, 1)->setEditText(QStringLiteral("Online_Designed"));
    if (f.editor->problems().isEmpty()) { // the org's statuses were not read yet: wait for them
        QSignalSpy sf(f.editor.get(), &PresenceRuleEditor::salesforceLoaded);
        QVERIFY2(sf.wait(10000), qPrintable(f.child<QLabel>("salesforceStatusesStatus")->text()));
    }
    QVERIFY(f.hasProblem(RuleProblemKind::UnknownSalesforceStatus, QStringLiteral("publisher"), 1));
    const int orgCount = f.cell("publisherTable", 0, 1)->count();
    f.editor->setSalesforceStatuses({QStringLiteral("Online_Designed"), QStringLiteral("Away")});
    // The form is filled again: ask for the cell anew.
    QComboBox* status = f.cell("publisherTable", 0, 1);
    QCOMPARE(status->count(), orgCount + 1); // the union: Away is the org's already
    QVERIFY(status->findText(QStringLiteral("Online_Designed")) >= 0);
    QCOMPARE(status->currentText(), QStringLiteral("Online_Designed"));
    QVERIFY2(f.editor->problems().isEmpty(), qPrintable(f.editor->problems().value(0).message));
}

void TestPresenceRuleGui::orgStatusesLoadWhenShownAndUnknownIsNamed()
{
    // Straight to the rules, the status designer never shown: the editor reads the org itself.
    Fixture f;
    QVERIFY(f.dir.isValid());
    f.session = std::make_unique<ProfileSession>(&f.store, f.dir.path());
    QVERIFY(f.session->openSandbox().ok());
    f.clients = std::make_unique<SessionClients>(f.session.get());
    f.editor = std::make_unique<PresenceRuleEditor>(f.clients.get());
    QSignalSpy loaded(f.editor.get(), &PresenceRuleEditor::salesforceLoaded);
    f.editor->resize(1200, 1000);
    f.editor->show();
    QVERIFY2(loaded.wait(10000), qPrintable(f.child<QLabel>("salesforceStatusesStatus")->text()));
    QVERIFY(loaded.first().first().value<Error>().ok());
    QCOMPARE(f.child<QLabel>("salesforceStatusesStatus")->text(), QStringLiteral("Salesforce statuses: 5"));

    QTest::mouseClick(f.child<QPushButton>("addPresenceRuleButton"), Qt::LeftButton);
    QComboBox* status = f.cell("publisherTable", 0, 1);
    for (const char* name : {"Available_for_Chats", "Busy_On_Case", "Away", "Lunch", "Zoom_Call"})
        QVERIFY2(status->findText(QLatin1String(name)) >= 0, name);
    QCOMPARE(status->count(), 5);
    status->setEditText(QStringLiteral("Available_for_Chats"));
    QVERIFY2(f.editor->problems().isEmpty(), qPrintable(f.editor->problems().value(0).message));
    status->setEditText(QStringLiteral("Availabel_for_Chats"));
    QVERIFY(f.hasProblem(RuleProblemKind::UnknownSalesforceStatus, QStringLiteral("publisher"), 1));
    QVERIFY(f.problemAt("publisherTable", 0).contains(QStringLiteral("does not exist")));
    QVERIFY(f.problemAt("publisherTable", 0).contains(QStringLiteral("Availabel_for_Chats")));
}

void TestPresenceRuleGui::simulatorRestoresThePreviousStateAfterACall()
{
    PresenceSimulatorPane pane;
    pane.resize(1000, 700);
    pane.show();
    PresenceRule rule;
    rule.name = QStringLiteral("EU agents");
    rule.publisher = {{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                      {QStringLiteral("Break"), QStringLiteral("Away")},
                      {QStringLiteral("Zoom call"), QStringLiteral("Zoom_Call")}};
    rule.zoom = {{QStringLiteral("Away"), QString(), QStringLiteral("Break")},
                 {QString(), QStringLiteral("connected"), QStringLiteral("Zoom call")},
                 {QString(), QStringLiteral("ended"), QStringLiteral("previous")}};
    pane.setRule(rule);

    auto* email = pane.findChild<QLineEdit*>(QStringLiteral("simulatorEmailEdit"));
    auto* kind = pane.findChild<QComboBox*>(QStringLiteral("simulatorKindCombo"));
    auto* value = pane.findChild<QComboBox*>(QStringLiteral("simulatorValueCombo"));
    auto* apply = pane.findChild<QPushButton*>(QStringLiteral("simulatorApplyButton"));
    auto* steps = pane.findChild<QTableWidget*>(QStringLiteral("simulatorStepsTable"));
    auto* agents = pane.findChild<QTableWidget*>(QStringLiteral("simulatorAgentsTable"));
    QVERIFY(email && kind && value && apply && steps && agents);

    auto step = [&](int kindIndex, const QString& v) {
        kind->setCurrentIndex(kindIndex);
        value->setEditText(v);
        QTest::mouseClick(apply, Qt::LeftButton);
    };
    email->setText(QStringLiteral("anna.lehmann@example.com"));
    step(0, QStringLiteral("Away"));
    step(1, QStringLiteral("connected"));
    step(1, QStringLiteral("ended"));
    QCOMPARE(steps->rowCount(), 3);
    auto at = [&](int row, int column) { return steps->item(row, column)->text(); };
    QCOMPARE(at(0, PresenceSimulatorPane::AcdColumn), QStringLiteral("Break"));
    QCOMPARE(at(0, PresenceSimulatorPane::SalesforceColumn), QStringLiteral("Away"));
    QCOMPARE(at(1, PresenceSimulatorPane::AcdColumn), QStringLiteral("Zoom call"));
    QCOMPARE(at(1, PresenceSimulatorPane::SalesforceColumn), QStringLiteral("Zoom_Call"));
    QCOMPARE(at(2, PresenceSimulatorPane::AcdColumn), QStringLiteral("Break"));
    QCOMPARE(at(2, PresenceSimulatorPane::SalesforceColumn), QStringLiteral("Away"));
    QCOMPARE(at(2, PresenceSimulatorPane::NoteColumn),
             PresenceSimulator::noteLabel(PresenceSimNote::PreviousRestored));
    QCOMPARE(at(2, PresenceSimulatorPane::EmailColumn), QStringLiteral("anna.lehmann@example.com"));

    QCOMPARE(agents->rowCount(), 1);
    QCOMPARE(agents->item(0, 1)->text(), QStringLiteral("Break"));
    QCOMPARE(agents->item(0, 3)->text(), QStringLiteral("Away"));

    // Editing the rule replays the steps: without the `ended` row the call is never undone.
    rule.zoom.removeLast();
    pane.setRule(rule);
    QCOMPARE(steps->rowCount(), 3);
    QCOMPARE(at(2, PresenceSimulatorPane::AcdColumn), QStringLiteral("Zoom call"));
    QCOMPARE(at(2, PresenceSimulatorPane::NoteColumn),
             PresenceSimulator::noteLabel(PresenceSimNote::Unmapped));
}

void TestPresenceRuleGui::simulatorLoadsAnEventsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PresenceSimulatorPane pane;
    pane.show();
    PresenceRule rule;
    rule.name = QStringLiteral("Salesforce first");
    rule.publisher = {{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                      {QStringLiteral("Break"), QStringLiteral("Away")}};
    rule.subscriber = {{QStringLiteral("Busy_On_Case"), QStringLiteral("Break")}};
    pane.setRule(rule);

    const QString path = dir.filePath(QStringLiteral("events.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"event": "salesforce.presence_changed", "email": "Ben@example.com", "status": "Busy_On_Case"})"
        "\nnot json\n"
        R"({"event": "salesforce.presence_changed", "email": "ben@example.com", "status": "Lunch_Break"})"
        "\n");
    file.close();
    QVERIFY(pane.loadFile(path).ok());
    auto* steps = pane.findChild<QTableWidget*>(QStringLiteral("simulatorStepsTable"));
    QCOMPARE(steps->rowCount(), 2);
    // The subscriber row sets Break; the publisher row then shows Away in Salesforce (round trip).
    QCOMPARE(steps->item(0, PresenceSimulatorPane::AcdColumn)->text(), QStringLiteral("Break"));
    QCOMPARE(steps->item(0, PresenceSimulatorPane::SalesforceColumn)->text(), QStringLiteral("Away"));
    QCOMPARE(steps->item(1, PresenceSimulatorPane::AcdColumn)->text(), QStringLiteral("Break"));
    QCOMPARE(steps->item(1, PresenceSimulatorPane::NoteColumn)->text(),
             PresenceSimulator::noteLabel(PresenceSimNote::Unmapped));
    // The skipped line is reported, with its number.
    auto* status = pane.findChild<QLabel*>(QStringLiteral("simulatorStatus"));
    QVERIFY2(status->text().contains(QLatin1String("line 2")), qPrintable(status->text()));

    // With skip validation on, the unknown status falls back to Unavailable.
    rule.skipUnavailableValidation = true;
    pane.setRule(rule);
    QCOMPARE(steps->item(1, PresenceSimulatorPane::AcdColumn)->text(), QStringLiteral("Unavailable"));
    QCOMPARE(steps->item(1, PresenceSimulatorPane::NoteColumn)->text(),
             PresenceSimulator::noteLabel(PresenceSimNote::UnavailableFallback));

    QVERIFY(!pane.loadFile(dir.filePath(QStringLiteral("missing.jsonl"))).ok());
}

QTEST_MAIN(TestPresenceRuleGui)
#include "tst_presencerule_gui.moc"
