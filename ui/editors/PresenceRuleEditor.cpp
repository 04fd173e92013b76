#include "PresenceRuleEditor.h"

#include "acd/AcdApi.h"
#include "connect/ProfileSession.h"
#include "connect/SalesforceOrgCatalog.h"
#include "connect/SessionClients.h"
#include "salesforce/SalesforceApi.h"
#include "widgets/ComboCellTable.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
using comboCells::cellText;
using comboCells::errorText;
using comboCells::setSuggestions;

// What a combo cell offers: set as a property so suggestions can be refilled once the ACD answered.
const char* const kRole = "presenceRuleCellRole";
const QString kRoleAcd = QStringLiteral("acd");
const QString kRoleAcdPrevious = QStringLiteral("acdPrevious");
const QString kRoleSalesforce = QStringLiteral("salesforce");
const QString kRoleZoomValue = QStringLiteral("zoomValue");
const QString kRoleZoomKind = QStringLiteral("zoomKind");

// Zoom's webhook spellings; the REST spellings ("Do not disturb") are accepted when typed.
QStringList zoomPresenceValues()
{
    return {QStringLiteral("Available"),
            QStringLiteral("Away"),
            QStringLiteral("Do_Not_Disturb"),
            QStringLiteral("In_Meeting"),
            QStringLiteral("Presenting"),
            QStringLiteral("On_Phone_Call"),
            QStringLiteral("In_Calendar_Event"),
            QStringLiteral("Out_of_Office"),
            QStringLiteral("Busy"),
            QStringLiteral("Mobile_signed_in"),
            QStringLiteral("Offline")};
}

QStringList phoneStates()
{
    return {QStringLiteral("ringing"), QStringLiteral("connected"), QStringLiteral("ended")};
}

QString tableKey(int table)
{
    static const QString keys[] = {QStringLiteral("publisher"), QStringLiteral("subscriber"),
                                   QStringLiteral("zoom")};
    return keys[table];
}

} // namespace

PresenceRuleEditor::PresenceRuleEditor(SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_clients(clients)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeWrappedLabel(
        tr("A presence rule keeps the ACD, Salesforce and Zoom in step: the publisher table says "
           "which Salesforce status each ACD state shows, the subscriber table which ACD state a "
           "Salesforce status sets, and the Zoom table which ACD state a Zoom presence or a call "
           "sets. \"previous\" goes back to the state the agent had before."),
        true, this));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Left: the rules.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* rulesTitle = new QLabel(tr("Rules"), left);
    makeHeading(rulesTitle, 1.0);
    leftLayout->addWidget(rulesTitle);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("presenceRuleList"));
    m_list->setAccessibleName(tr("Presence rules"));
    leftLayout->addWidget(m_list, 1);
    m_emptyHint = makeWrappedLabel(tr("No rule yet. Click Add to start one, or Import… a rule file "
                                      "(the JSON of syncdeskctl rules)."),
                                   true, left);
    m_emptyHint->setObjectName(QStringLiteral("presenceRuleEmptyHint"));
    leftLayout->addWidget(m_emptyHint);
    auto* ruleButtons = new QGridLayout;
    m_add = new QPushButton(tr("Add"), left);
    m_add->setObjectName(QStringLiteral("addPresenceRuleButton"));
    m_duplicate = new QPushButton(tr("Duplicate"), left);
    m_duplicate->setObjectName(QStringLiteral("duplicatePresenceRuleButton"));
    m_rename = new QPushButton(tr("Rename"), left);
    m_rename->setObjectName(QStringLiteral("renamePresenceRuleButton"));
    m_delete = new QPushButton(tr("Delete"), left);
    m_delete->setObjectName(QStringLiteral("deletePresenceRuleButton"));
    m_import = new QPushButton(tr("Import…"), left);
    m_import->setObjectName(QStringLiteral("importPresenceRuleButton"));
    m_export = new QPushButton(tr("Export…"), left);
    m_export->setObjectName(QStringLiteral("exportPresenceRuleButton"));
    ruleButtons->addWidget(m_add, 0, 0);
    ruleButtons->addWidget(m_duplicate, 0, 1);
    ruleButtons->addWidget(m_rename, 1, 0);
    ruleButtons->addWidget(m_delete, 1, 1);
    ruleButtons->addWidget(m_import, 2, 0);
    ruleButtons->addWidget(m_export, 2, 1);
    leftLayout->addLayout(ruleButtons);
    leftLayout->addWidget(makeWrappedLabel(tr("Active rule (the monitor predicts with it):"), true, left));
    m_activeCombo = new QComboBox(left);
    m_activeCombo->setObjectName(QStringLiteral("activePresenceRuleCombo"));
    m_activeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    leftLayout->addWidget(m_activeCombo);
    m_status = makeWrappedLabel(QString(), true, left);
    m_status->setObjectName(QStringLiteral("presenceRuleStatus"));
    leftLayout->addWidget(m_status);

    // Right: the selected rule, scrolling on its own so the rule list and its buttons stay in view
    // however tall the three tables make the form (Japanese at 1400×900 pushed them off screen).
    auto* formScroll = new QScrollArea(splitter);
    formScroll->setObjectName(QStringLiteral("presenceRuleFormScroll"));
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusPolicy(Qt::NoFocus); // a page container, not a Tab stop (see PageScroll)
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new QWidget(formScroll);
    formScroll->setWidget(m_form);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("presenceRuleNameEdit"));
    fields->addRow(tr("Name:"), m_name);
    m_skip = new QCheckBox(tr("Skip validation of unavailable codes"), m_form);
    m_skip->setObjectName(QStringLiteral("skipUnavailableValidationCheck"));
    m_skip->setToolTip(tr("Codes are then not checked against the rule's teams, and a Salesforce "
                          "status without a subscriber row sets Unavailable."));
    fields->addRow(m_skip);
    formLayout->addLayout(fields);

    const QString tableTitles[] = {tr("Publisher: ACD state → Salesforce status"),
                                   tr("Subscriber: Salesforce status → ACD state"),
                                   tr("Zoom: presence or phone state → ACD state")};
    const char* const tableNames[] = {"publisherTable", "subscriberTable", "zoomTable"};
    for (int t = 0; t < TableCount; ++t) {
        auto* box = new QGroupBox(tableTitles[t], m_form);
        auto* boxLayout = new QVBoxLayout(box);
        m_tables[t] = makeTable(Table(t), QLatin1String(tableNames[t]));
        m_tables[t]->setAccessibleName(tableTitles[t]);
        boxLayout->addWidget(m_tables[t]);
        auto* rowButtons = new QHBoxLayout;
        auto* addRowButton = new QPushButton(tr("Add row"), box);
        addRowButton->setObjectName(QLatin1String(tableNames[t]) + QStringLiteral("AddRow"));
        auto* removeRowButton = new QPushButton(tr("Remove row"), box);
        removeRowButton->setObjectName(QLatin1String(tableNames[t]) + QStringLiteral("RemoveRow"));
        rowButtons->addWidget(addRowButton);
        rowButtons->addWidget(removeRowButton);
        rowButtons->addStretch(1);
        boxLayout->addLayout(rowButtons);
        formLayout->addWidget(box, 1);
        connect(addRowButton, &QPushButton::clicked, this, [this, t] {
            if (m_current < 0)
                return;
            addRow(Table(t), {});
            validateAndSave();
        });
        connect(removeRowButton, &QPushButton::clicked, this, [this, t] {
            QTableWidget* table = m_tables[t];
            const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
            if (row < 0)
                return;
            table->removeRow(row);
            validateAndSave();
        });
    }

    auto* assignBox = new QGroupBox(tr("Applies to"), m_form);
    auto* assignLayout = new QFormLayout(assignBox);
    assignLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_teamList = new QListWidget(assignBox);
    m_teamList->setObjectName(QStringLiteral("presenceRuleTeamList"));
    m_teamList->setAccessibleName(tr("Teams"));
    m_teamList->setMaximumHeight(m_teamList->fontMetrics().lineSpacing() * 7);
    assignLayout->addRow(tr("Teams:"), m_teamList);
    m_users = new QLineEdit(assignBox);
    m_users->setObjectName(QStringLiteral("presenceRuleUsersEdit"));
    m_users->setPlaceholderText(tr("E-mail addresses, separated by commas"));
    assignLayout->addRow(tr("Users:"), m_users);
    auto* acdRow = new QHBoxLayout;
    m_loadAcd = new QPushButton(tr("Load from the ACD and Salesforce"), assignBox);
    m_loadAcd->setObjectName(QStringLiteral("loadAcdCodesButton"));
    m_loadAcd->setToolTip(tr("Reads the ACD's unavailable codes and teams and the Salesforce org's "
                             "presence statuses, to offer them and check the rule against them."));
    auto* sourceStates = new QVBoxLayout;
    m_acdStatus = makeWrappedLabel(QString(), true, assignBox);
    m_acdStatus->setObjectName(QStringLiteral("acdCodesStatus"));
    m_salesforceStatus = makeWrappedLabel(QString(), true, assignBox);
    m_salesforceStatus->setObjectName(QStringLiteral("salesforceStatusesStatus"));
    sourceStates->addWidget(m_acdStatus);
    sourceStates->addWidget(m_salesforceStatus);
    acdRow->addWidget(m_loadAcd, 0, Qt::AlignTop);
    acdRow->addLayout(sourceStates, 1);
    assignLayout->addRow(acdRow);
    formLayout->addWidget(assignBox);

    auto* problemsTitle = new QLabel(tr("Problems"), m_form);
    makeHeading(problemsTitle, 1.0);
    formLayout->addWidget(problemsTitle);
    m_problemList = new QListWidget(m_form);
    m_problemList->setObjectName(QStringLiteral("presenceRuleProblemList"));
    m_problemList->setAccessibleName(tr("Problems in this rule"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().lineSpacing() * 8);
    formLayout->addWidget(m_problemList);
    splitter->setStretchFactor(1, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        m_current = row;
        showRule();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        PresenceRule rule;
        rule.name = uniqueName(tr("New rule"));
        rule.publisher = {{PresenceRules::Available, QString()}};
        m_rules.append(rule);
        m_current = int(m_rules.size()) - 1;
        rebuildList();
        save();
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        PresenceRule copy = m_rules.at(m_current);
        copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
        m_rules.insert(m_current + 1, copy);
        ++m_current;
        rebuildList();
        save();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        if (m_rules.at(m_current).name == m_active)
            m_active.clear();
        m_rules.removeAt(m_current);
        m_current = std::min(m_current, int(m_rules.size()) - 1);
        rebuildList();
        save();
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a presence rule"), QString(),
                                                          tr("Rule files (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        const Error error = importFile(path);
        setStatus(error.ok() ? tr("Imported %1.").arg(path) : error.message, !error.ok());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the presence rule"), m_rules.at(m_current).name + QStringLiteral(".json"),
            tr("Rule files (*.json)"));
        if (path.isEmpty())
            return;
        const Error error = exportFile(path);
        setStatus(error.ok() ? tr("Exported to %1.").arg(path) : error.message, !error.ok());
    });
    connect(m_activeCombo, &QComboBox::activated, this, [this](int index) {
        m_active = m_activeCombo->itemData(index).toString();
        save();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { validateAndSave(); });
    connect(m_skip, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            validateAndSave();
    });
    connect(m_users, &QLineEdit::textEdited, this, [this] { validateAndSave(); });
    connect(m_teamList, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            validateAndSave();
    });
    connect(m_loadAcd, &QPushButton::clicked, this, [this] {
        loadAcd();
        loadSalesforce();
    });
    // Another profile opened (or changes discarded): its rules, and its ACD's codes and teams.
    connect(m_clients->session(), &ProfileSession::profileChanged, this, [this] {
        m_context = {};
        m_teams.clear();
        m_acdRequested = false;
        m_orgStatuses.reset(); // another org; the designer sends its names again on its own
        m_salesforcePending = false;
        ++m_salesforceRequest;
        m_salesforceStatus->clear();
        applySalesforceStatuses();
        refresh();
        if (isVisible() && m_clients->session()->hasProfile()) {
            m_acdRequested = true;
            loadAcd();
            loadSalesforce(false);
        }
    });

    // Another page read the org again (its Reload): offer the same statuses here.
    connect(m_clients->salesforceCatalog(), &SalesforceOrgCatalog::catalogChanged, this, [this] {
        const auto catalog = m_clients->salesforceCatalog()->cached();
        if (catalog && !m_salesforcePending && m_clients->session()->hasProfile())
            showOrgStatuses(catalog->statusNames());
    });

    refresh();
}

void PresenceRuleEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_acdRequested && m_clients->session()->hasProfile()) {
        m_acdRequested = true;
        loadAcd();
        loadSalesforce(false);
    }
}

QTableWidget* PresenceRuleEditor::makeTable(Table table, const QString& objectName)
{
    QStringList headers;
    switch (table) {
    case Publisher:
        headers = {tr("ACD state"), tr("Salesforce status"), tr("Problem")};
        break;
    case Subscriber:
        headers = {tr("Salesforce status"), tr("ACD state"), tr("Problem")};
        break;
    case Zoom:
        headers = {tr("Source"), tr("Zoom presence or phone state"), tr("ACD state"), tr("Problem")};
        break;
    default:
        break;
    }
    QTableWidget* widget = comboCells::makeTable(headers, m_form);
    widget->setObjectName(objectName);
    return widget;
}

// values: publisher {acd, salesforce}; subscriber {salesforce, acd}; zoom {"phone"|"zoom", value, acd}.
void PresenceRuleEditor::addRow(Table table, const QStringList& values)
{
    QTableWidget* widget = m_tables[table];
    const int row = widget->rowCount();
    widget->insertRow(row);
    auto makeCombo = [&](int column, const QString& role, const QStringList& items) {
        QComboBox* combo = comboCells::addCell(widget, row, column, items, values.value(column));
        combo->setProperty(kRole, role);
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            if (!m_loading)
                validateAndSave();
        });
        return combo;
    };
    switch (table) {
    case Publisher:
        makeCombo(0, kRoleAcd, acdStates(false));
        makeCombo(1, kRoleSalesforce, salesforceSuggestions());
        break;
    case Subscriber:
        makeCombo(0, kRoleSalesforce, salesforceSuggestions());
        makeCombo(1, kRoleAcdPrevious, acdStates(true));
        break;
    case Zoom: {
        auto* kind = new QComboBox(widget);
        kind->setProperty(kRole, kRoleZoomKind);
        kind->addItem(tr("Zoom presence"), QStringLiteral("zoom"));
        kind->addItem(tr("Phone state"), QStringLiteral("phone"));
        kind->setCurrentIndex(values.value(0) == QLatin1String("phone") ? 1 : 0);
        widget->setCellWidget(row, 0, kind);
        comboCells::nameCell(widget, row, 0, kind);
        QComboBox* value =
            makeCombo(1, kRoleZoomValue, kind->currentIndex() == 1 ? phoneStates() : zoomPresenceValues());
        makeCombo(2, kRoleAcdPrevious, acdStates(true));
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind, value] {
            setSuggestions(value, kind->currentIndex() == 1 ? phoneStates() : zoomPresenceValues());
            if (!m_loading)
                validateAndSave();
        });
        break;
    }
    default:
        break;
    }
    comboCells::addProblemItem(widget, row);
}

void PresenceRuleEditor::refresh()
{
    m_rules.clear();
    const Profile& profile = m_clients->session()->profile();
    for (const QJsonValue& value : profile.presenceRules) {
        const Result<PresenceRule> rule = PresenceRules::fromJson(value.toObject());
        if (rule.ok())
            m_rules.append(rule.value());
    }
    m_active = profile.activePresenceRule;
    // Keep the rule that was selected when it is still there (changes discarded).
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_current = m_rules.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).name == selected)
            m_current = i;
    rebuildList();
}

void PresenceRuleEditor::rebuildList()
{
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const PresenceRule& rule : std::as_const(m_rules))
            m_list->addItem(rule.name);
        m_list->setCurrentRow(m_current);
    }
    fillActiveCombo();
    showRule();
}

void PresenceRuleEditor::fillActiveCombo()
{
    const QSignalBlocker block(m_activeCombo);
    m_activeCombo->clear();
    m_activeCombo->addItem(tr("None"), QString());
    for (const PresenceRule& rule : std::as_const(m_rules))
        m_activeCombo->addItem(rule.name, rule.name);
    const int index = m_activeCombo->findData(m_active);
    m_activeCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void PresenceRuleEditor::showRule()
{
    const bool has = m_current >= 0 && m_current < m_rules.size();
    m_form->setEnabled(has);
    m_emptyHint->setVisible(m_rules.isEmpty());
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    m_rename->setEnabled(has);
    m_export->setEnabled(has);
    const PresenceRule rule = has ? m_rules.at(m_current) : PresenceRule();
    m_loading = true;
    m_name->setText(rule.name);
    m_skip->setChecked(rule.skipUnavailableValidation);
    fillTables(rule);
    m_teamList->clear();
    QStringList teams = m_teams;
    for (const QString& team : rule.teams)
        if (!teams.contains(team))
            teams.append(team); // kept even when the ACD is not loaded or no longer has it
    for (const QString& team : std::as_const(teams)) {
        auto* item = new QListWidgetItem(team, m_teamList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.teams.contains(team) ? Qt::Checked : Qt::Unchecked);
    }
    m_users->setText(rule.users.join(QStringLiteral(", ")));
    m_loading = false;
    m_problems = has ? PresenceRules::validate(rule, m_context) : QList<RuleProblem>();
    showProblems();
    emit currentRuleChanged(rule);
}

void PresenceRuleEditor::fillTables(const PresenceRule& rule)
{
    for (QTableWidget* table : m_tables)
        table->setRowCount(0);
    for (const PublisherRow& r : rule.publisher)
        addRow(Publisher, {r.acd, r.salesforce});
    for (const SubscriberRow& r : rule.subscriber)
        addRow(Subscriber, {r.salesforce, r.acd});
    for (const ZoomRow& r : rule.zoom) {
        addRow(Zoom, r.isPhone() ? QStringList{QStringLiteral("phone"), r.phone, r.acd}
                                 : QStringList{QStringLiteral("zoom"), r.zoom, r.acd});
    }
}

void PresenceRuleEditor::readForm()
{
    if (m_current < 0 || m_current >= m_rules.size())
        return;
    PresenceRule& rule = m_rules[m_current];
    const QString oldName = rule.name;
    rule.name = m_name->text().trimmed();
    if (oldName != rule.name) {
        if (m_active == oldName)
            m_active = rule.name;
        if (QListWidgetItem* item = m_list->item(m_current))
            item->setText(rule.name);
        fillActiveCombo();
    }
    rule.skipUnavailableValidation = m_skip->isChecked();
    rule.publisher.clear();
    for (int r = 0; r < m_tables[Publisher]->rowCount(); ++r)
        rule.publisher.append({cellText(m_tables[Publisher], r, 0), cellText(m_tables[Publisher], r, 1)});
    rule.subscriber.clear();
    for (int r = 0; r < m_tables[Subscriber]->rowCount(); ++r)
        rule.subscriber.append({cellText(m_tables[Subscriber], r, 0), cellText(m_tables[Subscriber], r, 1)});
    rule.zoom.clear();
    for (int r = 0; r < m_tables[Zoom]->rowCount(); ++r) {
        ZoomRow row;
        const auto* kind = qobject_cast<QComboBox*>(m_tables[Zoom]->cellWidget(r, 0));
        const QString value = cellText(m_tables[Zoom], r, 1);
        if (kind && kind->currentIndex() == 1)
            row.phone = value;
        else
            row.zoom = value;
        row.acd = cellText(m_tables[Zoom], r, 2);
        rule.zoom.append(row);
    }
    rule.teams.clear();
    for (int i = 0; i < m_teamList->count(); ++i)
        if (m_teamList->item(i)->checkState() == Qt::Checked)
            rule.teams.append(m_teamList->item(i)->text());
    rule.users.clear();
    for (const QString& user : m_users->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!user.trimmed().isEmpty())
            rule.users.append(user.trimmed());
}

void PresenceRuleEditor::validateAndSave()
{
    if (m_loading || m_current < 0)
        return;
    readForm();
    const PresenceRule& rule = m_rules.at(m_current);
    m_problems = PresenceRules::validate(rule, m_context);
    showProblems();
    // A rule is saved even with problems: it is the user's work, and the problems stay listed.
    save();
    emit currentRuleChanged(rule);
}

void PresenceRuleEditor::showProblems()
{
    for (int t = 0; t < TableCount; ++t) {
        QTableWidget* table = m_tables[t];
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList messages;
            for (const RuleProblem& p : std::as_const(m_problems))
                if (p.table == tableKey(t) && p.row == r + 1)
                    messages.append(p.message);
            comboCells::showRowProblems(table, r, messages);
        }
        table->resizeRowsToContents();
    }
    m_problemList->clear();
    for (const RuleProblem& p : std::as_const(m_problems)) {
        auto* item = new QListWidgetItem(p.message, m_problemList);
        item->setForeground(errorText());
    }
    if (m_current >= 0 && m_problems.isEmpty())
        m_problemList->addItem(tr("No problems: the rule is valid."));

    QStringList duplicates;
    for (int i = 0; i < m_rules.size(); ++i)
        for (int j = i + 1; j < m_rules.size(); ++j)
            if (m_rules.at(i).name == m_rules.at(j).name && !duplicates.contains(m_rules.at(i).name))
                duplicates.append(m_rules.at(i).name);
    const QString duplicateMessage =
        duplicates.isEmpty()
            ? QString()
            : tr("Two rules are named \"%1\": rename one, the active rule is chosen by name.")
                  .arg(duplicates.first());
    if (!duplicateMessage.isEmpty())
        setStatus(duplicateMessage, true);
    else if (m_statusIsDuplicateName)
        setStatus(QString(), false);
    m_statusIsDuplicateName = !duplicateMessage.isEmpty();
}

void PresenceRuleEditor::save()
{
    QJsonArray array;
    for (const PresenceRule& rule : std::as_const(m_rules))
        array.append(PresenceRules::toJsonObject(rule));
    m_clients->session()->setPresenceRules(array, m_active);
    PresenceRule active;
    for (const PresenceRule& rule : std::as_const(m_rules)) {
        if (!m_active.isEmpty() && rule.name == m_active)
            active = rule;
    }
    emit activeRuleChanged(active);
}

QString PresenceRuleEditor::uniqueName(const QString& wanted) const
{
    auto taken = [this](const QString& name) {
        for (const PresenceRule& rule : m_rules)
            if (rule.name == name)
                return true;
        return false;
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 %2").arg(wanted).arg(n);
    return name;
}

QStringList PresenceRuleEditor::acdStates(bool withPrevious) const
{
    QStringList states{PresenceRules::Available, PresenceRules::Unavailable};
    for (const PresenceRuleContext::Code& code : m_context.codes)
        if (code.isActive && !states.contains(code.name))
            states.append(code.name);
    if (withPrevious)
        states.append(PresenceRules::Previous);
    return states;
}

void PresenceRuleEditor::setSalesforceStatuses(const QStringList& statuses)
{
    m_designerStatuses = statuses;
    applySalesforceStatuses();
}

void PresenceRuleEditor::applySalesforceStatuses()
{
    // The union of the org's statuses (read here) and the designer's names. An empty designer
    // list before the org is read says nothing about the org, so nothing is checked yet.
    std::optional<QStringList> statuses;
    if (m_orgStatuses || !m_designerStatuses.isEmpty()) {
        QStringList all = m_orgStatuses.value_or(QStringList{});
        for (const QString& name : std::as_const(m_designerStatuses))
            if (!all.contains(name))
                all.append(name);
        statuses = all;
    }
    if (statuses == m_context.salesforceStatuses)
        return;
    m_context.salesforceStatuses = statuses;
    refreshRowCombos();
    showRule();
}

void PresenceRuleEditor::loadSalesforce()
{
    // Once the org's statuses are here, the button reads the org again for every page.
    loadSalesforce(m_orgStatuses.has_value());
}

void PresenceRuleEditor::loadSalesforce(bool refresh)
{
    if (m_salesforcePending || !m_clients->session()->hasProfile())
        return;
    m_salesforcePending = true;
    m_salesforceStatus->setText(tr("Asking Salesforce…"));
    QPointer<PresenceRuleEditor> self(this);
    const int request = ++m_salesforceRequest;
    m_clients->salesforceCatalog()->presenceCatalog(
        this,
        [self, request](const Result<SalesforcePresenceCatalog>& r) {
            if (!self || self->m_salesforceRequest != request)
                return;
            self->m_salesforcePending = false;
            if (!r.ok()) {
                self->m_salesforceStatus->setText(tr("Salesforce: %1").arg(r.error().message));
                emit self->salesforceLoaded(r.error());
                return;
            }
            self->showOrgStatuses(r.value().statusNames());
            emit self->salesforceLoaded({});
        },
        refresh);
}

void PresenceRuleEditor::showOrgStatuses(const QStringList& names)
{
    m_orgStatuses = names;
    m_salesforceStatus->setText(tr("Salesforce statuses: %1").arg(names.size()));
    applySalesforceStatuses();
}

QStringList PresenceRuleEditor::salesforceSuggestions() const
{
    if (m_context.salesforceStatuses)
        return *m_context.salesforceStatuses;
    QStringList statuses{QStringLiteral("Available_for_Chats"), QStringLiteral("Busy_On_Case"),
                         QStringLiteral("Away"), QStringLiteral("Lunch"), QStringLiteral("Zoom_Call")};
    // What other rules already use, so a status typed once is offered everywhere.
    for (const PresenceRule& rule : m_rules) {
        for (const PublisherRow& r : rule.publisher)
            if (!r.salesforce.isEmpty() && !statuses.contains(r.salesforce))
                statuses.append(r.salesforce);
        for (const SubscriberRow& r : rule.subscriber)
            if (!r.salesforce.isEmpty() && !statuses.contains(r.salesforce))
                statuses.append(r.salesforce);
    }
    return statuses;
}

void PresenceRuleEditor::refreshRowCombos()
{
    const QStringList acd = acdStates(false);
    const QStringList acdPrevious = acdStates(true);
    m_loading = true;
    for (QTableWidget* table : m_tables) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                auto* combo = qobject_cast<QComboBox*>(table->cellWidget(r, c));
                if (!combo)
                    continue;
                const QString role = combo->property(kRole).toString();
                if (role == kRoleAcd)
                    setSuggestions(combo, acd);
                else if (role == kRoleAcdPrevious)
                    setSuggestions(combo, acdPrevious);
                else if (role == kRoleSalesforce)
                    setSuggestions(combo, salesforceSuggestions());
            }
        }
    }
    m_loading = false;
}

void PresenceRuleEditor::loadAcd()
{
    m_loadAcd->setEnabled(false);
    m_acdStatus->setText(tr("Asking the ACD…"));
    QPointer<PresenceRuleEditor> self(this);
    m_clients->acdApi(this, [self](AcdApi* api, const Error& error) {
        if (!self)
            return;
        if (!error.ok()) {
            self->m_loadAcd->setEnabled(true);
            self->m_acdStatus->setText(error.message);
            return;
        }
        api->unavailableCodes(self, [self, api](const Result<QList<AcdUnavailableCode>>& codes) {
            if (!self)
                return;
            if (!codes.ok()) {
                self->m_loadAcd->setEnabled(true);
                self->m_acdStatus->setText(codes.error().message);
                return;
            }
            PresenceRuleContext context;
            context.codesKnown = true;
            for (const AcdUnavailableCode& code : codes.value()) {
                PresenceRuleContext::Code c;
                c.name = code.name;
                c.isActive = code.isActive;
                for (const AcdTeam& team : code.teams)
                    c.teams.append(team.name);
                context.codes.append(c);
            }
            api->teams(self,
                       [self, context, count = codes.value().size()](const Result<QList<AcdTeam>>& teams) {
                           if (!self)
                               return;
                           self->m_loadAcd->setEnabled(true);
                           if (!teams.ok()) {
                               self->m_acdStatus->setText(teams.error().message);
                               return;
                           }
                           self->m_teams.clear();
                           for (const AcdTeam& team : teams.value())
                               if (team.isActive)
                                   self->m_teams.append(team.name);
                           const auto statuses = self->m_context.salesforceStatuses; // not the ACD's to reset
                           self->m_context = context;
                           self->m_context.salesforceStatuses = statuses;
                           self->m_acdStatus->setText(
                               tr("Unavailable codes: %1, teams: %2").arg(count).arg(self->m_teams.size()));
                           self->refreshRowCombos();
                           self->showRule(); // team list and validation with the codes
                           emit self->acdLoaded();
                       });
        });
    });
}

Error PresenceRuleEditor::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(file.exists() ? ErrorCode::FileRead : ErrorCode::FileNotFound,
                           tr("Could not read %1: %2. Choose a rule file exported by Syncdesk or "
                              "written for syncdeskctl rules.")
                               .arg(path, file.errorString()));
    }
    Result<PresenceRule> rule = PresenceRules::fromJson(file.readAll());
    if (!rule.ok()) {
        Error error = rule.error();
        error.message = tr("%1 is not a presence rule file: %2").arg(path, error.message);
        return error;
    }
    PresenceRule imported = rule.value();
    if (imported.name.trimmed().isEmpty())
        imported.name = tr("Imported rule");
    imported.name = uniqueName(imported.name);
    m_rules.append(imported);
    m_current = int(m_rules.size()) - 1;
    rebuildList();
    save();
    return {};
}

Error PresenceRuleEditor::exportFile(const QString& path) const
{
    if (m_current < 0 || m_current >= m_rules.size())
        return Error::make(ErrorCode::InvalidInput, tr("Select a rule to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PresenceRules::toJson(m_rules.at(m_current))) < 0 ||
        !file.commit()) {
        return Error::make(
            ErrorCode::FileWrite,
            tr("Could not write %1: %2. Choose a folder you can write to.").arg(path, file.errorString()));
    }
    return {};
}

PresenceRule PresenceRuleEditor::currentRule() const
{
    return m_current >= 0 && m_current < m_rules.size() ? m_rules.at(m_current) : PresenceRule();
}

void PresenceRuleEditor::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? errorText() : palette.color(QPalette::Text));
    m_status->setPalette(palette);
}

} // namespace syncdesk
