#include "PresenceSimulatorPane.h"

#include "PresenceRuleEditor.h"
#include "monitor/MonitorController.h"
#include "presence/PresencePrediction.h"
#include "widgets/TextStyles.h"
#include "zoom/ZoomEvent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
QColor kNoteText() { return toneText(Tone::Warning); }

QStringList zoomPresenceSuggestions()
{
    return {QStringLiteral("Available"),     QStringLiteral("Away"),       QStringLiteral("Do_Not_Disturb"),
            QStringLiteral("In_Meeting"),    QStringLiteral("Presenting"), QStringLiteral("On_Phone_Call"),
            QStringLiteral("Out_of_Office"), QStringLiteral("Busy"),       QStringLiteral("Offline")};
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

PresenceSimulatorPane::PresenceSimulatorPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeWrappedLabel(
        tr("Every agent starts Available in the ACD, with the status the publisher table gives "
           "for Available in Salesforce. Add events one by one or load a capture file to see "
           "what the rule makes of them."),
        true, this));
    m_ruleLabel = makeWrappedLabel(QString(), false, this);
    m_ruleLabel->setObjectName(QStringLiteral("simulatorRuleLabel"));
    layout->addWidget(m_ruleLabel);

    // The step form wraps onto two rows so long translations do not push it off screen.
    auto* formTop = new QHBoxLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("simulatorEmailEdit"));
    m_email->setAccessibleName(tr("Agent's e-mail address"));
    m_email->setPlaceholderText(tr("Agent's e-mail address"));
    formTop->addWidget(new QLabel(tr("Agent:"), this));
    formTop->addWidget(m_email, 1);
    layout->addLayout(formTop);
    auto* formBottom = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("simulatorKindCombo"));
    m_kind->setAccessibleName(tr("Step kind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(tr("Zoom presence"), int(ZoomPresenceStep));
    m_kind->addItem(tr("Phone state"), int(PhoneStep));
    m_kind->addItem(tr("Salesforce status"), int(SalesforceStep));
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("simulatorValueCombo"));
    m_value->setAccessibleName(tr("Step value"));
    m_value->setAccessibleDescription(tr("The presence, phone state or Salesforce status the step sets"));
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->setMinimumContentsLength(16);
    m_apply = new QPushButton(tr("Apply step"), this);
    m_apply->setObjectName(QStringLiteral("simulatorApplyButton"));
    m_apply->setDefault(true);
    formBottom->addWidget(m_kind);
    formBottom->addWidget(m_value, 1);
    formBottom->addWidget(m_apply);
    layout->addLayout(formBottom);

    auto* fileRow = new QHBoxLayout;
    m_load = new QPushButton(tr("Load events file…"), this);
    m_load->setObjectName(QStringLiteral("simulatorLoadButton"));
    m_clear = new QPushButton(tr("Clear steps"), this);
    m_clear->setObjectName(QStringLiteral("simulatorClearButton"));
    m_status = makeWrappedLabel(QString(), true, this);
    m_status->setObjectName(QStringLiteral("simulatorStatus"));
    m_follow = new QCheckBox(tr("Follow the live monitor"), this);
    m_follow->setObjectName(QStringLiteral("simulatorFollowLiveCheck"));
    m_follow->setToolTip(tr("Adds every presence and phone event the monitor receives as a step. "
                            "Only the newest %1 steps are kept.")
                             .arg(QLocale().toString(kMaxSteps)));
    m_follow->setEnabled(false);
    fileRow->addWidget(m_load);
    fileRow->addWidget(m_clear);
    fileRow->addWidget(m_follow);
    fileRow->addWidget(m_status, 1);
    layout->addLayout(fileRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_steps = new QTableWidget(0, StepColumnCount, splitter);
    m_steps->setObjectName(QStringLiteral("simulatorStepsTable"));
    m_steps->setAccessibleName(tr("Simulation steps"));
    m_steps->setHorizontalHeaderLabels({tr("#"), tr("E-mail"), tr("Event"), tr("ACD state after"),
                                        tr("Salesforce status after"), tr("Note")});
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents = new QTableWidget(0, 4, splitter);
    m_agents->setObjectName(QStringLiteral("simulatorAgentsTable"));
    m_agents->setAccessibleName(tr("Simulated agents"));
    m_agents->setHorizontalHeaderLabels(
        {tr("Agent"), tr("ACD state"), tr("Previous ACD state"), tr("Salesforce status")});
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->horizontalHeader()->setStretchLastSection(true);
    m_agents->verticalHeader()->hide();
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PresenceSimulatorPane::updateValueSuggestions);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        QString error;
        if (addStep(m_email->text(), StepKind(m_kind->currentData().toInt()), m_value->currentText(), &error))
            m_status->setText(tr("Steps: %1").arg(stepCount()));
        else
            m_status->setText(error);
    });
    connect(m_email, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load events"), QString(),
                                         tr("Captures and JSON Lines (*.jsonl *.json *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        const Error error = loadFile(path);
        if (!error.ok())
            m_status->setText(error.message);
    });
    connect(m_clear, &QPushButton::clicked, this, &PresenceSimulatorPane::clearSteps);
    // Live events are taken a few times a second: a burst of thousands makes one batch of rows.
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(200);
    connect(&m_liveTimer, &QTimer::timeout, this, &PresenceSimulatorPane::takeLiveEvents);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        // Only what arrives from now on: the monitor's history is what its Predicted column shows.
        m_liveNext = m_liveStore ? m_liveStore->nextSeq() : 0;
        m_status->setText(on ? tr("Following the live monitor: the newest %1 steps are kept.")
                                   .arg(QLocale().toString(kMaxSteps))
                             : tr("Steps: %1").arg(stepCount()));
    });
    updateValueSuggestions();
    setRule(PresenceRule());
}

void PresenceSimulatorPane::followEditor(PresenceRuleEditor* editor)
{
    connect(editor, &PresenceRuleEditor::currentRuleChanged, this, &PresenceSimulatorPane::setRule);
    setRule(editor->currentRule());
}

void PresenceSimulatorPane::followMonitor(MonitorController* monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_follow->setEnabled(monitor != nullptr);
    if (!monitor) {
        setLiveStore(nullptr);
        return;
    }
    connect(monitor, &MonitorController::storeReplaced, this, [this] { setLiveStore(m_monitor->store()); });
    setLiveStore(monitor->store());
}

void PresenceSimulatorPane::setLiveStore(EventStore* store)
{
    if (m_liveStore)
        m_liveStore->disconnect(this);
    m_liveStore = store;
    m_liveNext = store ? store->nextSeq() : 0;
    if (!store)
        return;
    connect(store, &EventStore::appended, this, [this] {
        if (m_follow->isChecked() && !m_liveTimer.isActive())
            m_liveTimer.start();
    });
    connect(store, &EventStore::cleared, this, [this] { m_liveNext = m_liveStore->nextSeq(); });
}

void PresenceSimulatorPane::setFollowingLive(bool follow)
{
    m_follow->setChecked(follow);
}

bool PresenceSimulatorPane::isFollowingLive() const
{
    return m_follow->isChecked();
}

void PresenceSimulatorPane::takeLiveEvents()
{
    if (!m_liveStore || !m_follow->isChecked())
        return;
    const quint64 end = m_liveStore->nextSeq();
    QList<PresenceSimInput> inputs;
    for (quint64 seq = std::max(m_liveNext, m_liveStore->firstSeq()); seq < end; ++seq) {
        const EventRecord& r = m_liveStore->at(m_liveStore->indexOf(seq));
        if (r.type == ZoomEventType::Gap)
            continue;
        PresenceSimInput in = PresencePrediction::inputFor(*m_liveStore, r);
        if (in.kind != PresenceSimInput::Kind::Other)
            inputs.append(std::move(in));
    }
    m_liveNext = end;
    appendInputs(inputs);
}

void PresenceSimulatorPane::appendLiveEvent(const ZoomEvent& event)
{
    PresenceSimInput in = PresenceSimInput::fromZoom(event);
    if (in.kind != PresenceSimInput::Kind::Other)
        appendInputs({in});
}

void PresenceSimulatorPane::appendInputs(const QList<PresenceSimInput>& inputs)
{
    if (inputs.isEmpty())
        return;
    // Every input moves the agents; only the newest kMaxSteps get (and keep) a row.
    const qsizetype firstShown = std::max<qsizetype>(0, inputs.size() - kMaxSteps);
    const qsizetype excess = m_inputs.size() + (inputs.size() - firstShown) - kMaxSteps;
    if (excess > 0) {
        const qsizetype gone = std::min(excess, m_inputs.size());
        m_inputs.remove(0, gone);
        m_steps->model()->removeRows(0, int(std::min<qsizetype>(gone, m_steps->rowCount())));
        m_dropped += gone;
    }
    m_dropped += firstShown;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const PresenceSimStep step = m_simulator.apply(inputs.at(i));
        if (i < firstShown)
            continue;
        m_inputs.append(inputs.at(i));
        appendStepRow(int(m_dropped + m_inputs.size()), inputs.at(i), step);
    }
    showAgents();
    m_steps->scrollToBottom();
}

void PresenceSimulatorPane::setRule(const PresenceRule& rule)
{
    m_rule = rule;
    m_ruleLabel->setText(rule.name.isEmpty() ? tr("No rule selected.") : tr("Rule: %1").arg(rule.name));
    updateValueSuggestions();
    replay();
}

void PresenceSimulatorPane::updateValueSuggestions()
{
    QStringList items;
    switch (m_kind->currentData().toInt()) {
    case ZoomPresenceStep:
        items = zoomPresenceSuggestions();
        break;
    case PhoneStep:
        items = {QStringLiteral("ringing"), QStringLiteral("connected"), QStringLiteral("ended")};
        break;
    default:
        for (const SubscriberRow& r : std::as_const(m_rule.subscriber))
            if (!r.salesforce.isEmpty() && !items.contains(r.salesforce))
                items.append(r.salesforce);
        for (const PublisherRow& r : std::as_const(m_rule.publisher))
            if (!r.salesforce.isEmpty() && !items.contains(r.salesforce))
                items.append(r.salesforce);
        break;
    }
    const QString text = m_value->currentText();
    const QSignalBlocker block(m_value);
    m_value->clear();
    m_value->addItems(items);
    m_value->setCurrentIndex(-1);
    m_value->setEditText(text);
}

bool PresenceSimulatorPane::addStep(const QString& email, StepKind kind, const QString& value, QString* error)
{
    const QString mail = email.trimmed();
    const QString v = value.trimmed();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!mail.contains(QLatin1Char('@')))
        return fail(tr("Enter the agent's e-mail address, e.g. anna.lehmann@example.com."));
    if (v.isEmpty())
        return fail(tr("Enter a value for the step."));
    PresenceSimInput in;
    in.email = mail;
    switch (kind) {
    case ZoomPresenceStep:
        in.kind = PresenceSimInput::Kind::ZoomPresence;
        in.event = QStringLiteral("user.presence_status_updated");
        in.presence = ZoomEventParser::presenceFromString(v);
        in.presenceRaw = v;
        break;
    case PhoneStep: {
        in.kind = PresenceSimInput::Kind::ZoomPhone;
        in.call = PresenceRules::phoneStateFromString(v);
        static const QHash<CallState, QString> events{
            {CallState::Ringing, QStringLiteral("phone.callee_ringing")},
            {CallState::Connected, QStringLiteral("phone.callee_answered")},
            {CallState::Ended, QStringLiteral("phone.callee_ended")}};
        if (in.call == CallState::None)
            return fail(tr("A phone state is ringing, connected or ended."));
        in.event = events.value(in.call);
        break;
    }
    case SalesforceStep:
        in = PresenceSimInput::salesforce(mail, v);
        break;
    }
    appendInputs({in});
    return true;
}

Error PresenceSimulatorPane::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(file.exists() ? ErrorCode::FileRead : ErrorCode::FileNotFound,
                           tr("Could not read %1: %2. Choose a capture or a JSON Lines file.")
                               .arg(path, file.errorString()));
    }
    int loaded = 0, skipped = 0, lineNo = 0;
    QList<PresenceSimInput> inputs;
    QString firstProblem;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        PresenceSimInput in;
        QString reason;
        if (!PresenceSimulator::inputFromLine(line, &in, &reason)) {
            ++skipped;
            if (firstProblem.isEmpty())
                firstProblem = tr("line %1: %2").arg(lineNo).arg(reason);
            continue;
        }
        inputs.append(in);
        ++loaded;
    }
    appendInputs(inputs);
    if (skipped == 0)
        m_status->setText(tr("Events loaded: %1").arg(loaded));
    else
        m_status->setText(tr("Events loaded: %1, lines skipped: %2 (first: %3)")
                              .arg(loaded)
                              .arg(skipped)
                              .arg(firstProblem));
    if (loaded == 0 && skipped > 0)
        return Error::make(ErrorCode::InvalidInput,
                           tr("%1 has no events the simulator can read (%2).").arg(path, firstProblem));
    return {};
}

void PresenceSimulatorPane::clearSteps()
{
    m_inputs.clear();
    m_dropped = 0;
    replay();
    m_status->clear();
}

void PresenceSimulatorPane::replay()
{
    m_simulator = PresenceSimulator(m_rule);
    m_steps->setRowCount(0);
    for (int i = 0; i < m_inputs.size(); ++i)
        appendStepRow(int(m_dropped + i + 1), m_inputs.at(i), m_simulator.apply(m_inputs.at(i)));
    showAgents();
}

void PresenceSimulatorPane::appendStepRow(int seq, const PresenceSimInput& input, const PresenceSimStep& step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    QString event = input.event;
    if (input.kind == PresenceSimInput::Kind::ZoomPresence)
        event = tr("%1: %2").arg(input.event, input.presenceRaw.isEmpty()
                                                  ? ZoomEventParser::presenceLabel(input.presence)
                                                  : input.presenceRaw);
    else if (input.kind == PresenceSimInput::Kind::ZoomPhone)
        event = tr("%1: %2").arg(input.event, ZoomEventParser::callStateLabel(input.call));
    else if (input.kind == PresenceSimInput::Kind::SalesforceStatus)
        event = tr("%1: %2").arg(input.event, input.salesforceStatus);
    QString note = PresenceSimulator::noteLabel(step.note);
    if (!step.email.isEmpty() && !step.isAgent)
        note = tr("Not an agent of this rule");
    else if (step.email.isEmpty() && input.kind != PresenceSimInput::Kind::Other)
        note = tr("No agent known for this event yet");
    const QStringList cells{QString::number(seq), step.email, event, step.acd, step.salesforce, note};
    for (int c = 0; c < StepColumnCount; ++c) {
        QTableWidgetItem* item = readOnlyItem(cells.at(c));
        if (c == NoteColumn && !note.isEmpty())
            item->setForeground(kNoteText());
        if (c == AcdColumn && step.acdChanged) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_steps->setItem(row, c, item);
    }
}

void PresenceSimulatorPane::showAgents()
{
    const QStringList emails = m_simulator.agentEmails();
    m_agents->setRowCount(int(emails.size()));
    for (int r = 0; r < emails.size(); ++r) {
        const auto agent = m_simulator.agent(emails.at(r));
        if (!agent)
            continue;
        m_agents->setItem(r, 0, readOnlyItem(emails.at(r)));
        m_agents->setItem(r, 1, readOnlyItem(agent->acd));
        m_agents->setItem(r, 2, readOnlyItem(agent->previous));
        m_agents->setItem(r, 3, readOnlyItem(agent->salesforce));
    }
}

} // namespace syncdesk
