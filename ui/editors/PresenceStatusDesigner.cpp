#include "PresenceStatusDesigner.h"

#include "catalog/SalesforceCatalog.h"
#include "connect/ProfileSession.h"
#include "connect/SalesforceOrgCatalog.h"
#include "connect/SessionClients.h"
#include "salesforce/SalesforceApi.h"
#include "widgets/ComboCellTable.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace syncdesk {

namespace {

// Offered before the org's channels are loaded: Salesforce's standard channel names.
const QStringList kCommonChannels = {QStringLiteral("sfdc_case"), QStringLiteral("sfdc_livechat"),
                                     QStringLiteral("sfdc_phone")};

} // namespace

PresenceStatusDesigner::PresenceStatusDesigner(SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_clients(clients), m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(tr("Add status"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_export(new QPushButton(tr("Export metadata…"), this)), m_problemList(new QListWidget(this))
{
    setObjectName(QStringLiteral("presenceStatusDesigner"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeWrappedLabel(
        tr("Design the Omni-Channel presence statuses your rules need. The developer name follows the label "
           "as Salesforce derives it (you can change it). Online statuses take work on their service "
           "channels; Busy statuses take none. Export them as a metadata zip and deploy it to the org, for "
           "example with the Salesforce CLI or Workbench."),
        true, this));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("statusDesignTable"));
    m_table->setAccessibleName(tr("Presence statuses"));
    m_table->setAccessibleDescription(tr("The Salesforce presence statuses to create, one per row"));
    m_table->setHorizontalHeaderLabels(
        {tr("Label"), tr("Developer name"), tr("Kind"), tr("Service channels"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Narrow enough that all five columns show next to the org panel at the console's usual width.
    m_table->setColumnWidth(LabelColumn, 140);
    m_table->setColumnWidth(DeveloperNameColumn, 140);
    m_table->setColumnWidth(KindColumn, 80);
    m_table->setColumnWidth(ChannelsColumn, 130);
    lv->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("statusDesignAddButton"));
    m_remove->setObjectName(QStringLiteral("statusDesignRemoveButton"));
    m_export->setObjectName(QStringLiteral("statusDesignExportButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    lv->addLayout(buttons);
    lv->addWidget(new QLabel(tr("Problems"), left));
    m_problemList->setObjectName(QStringLiteral("statusDesignProblems"));
    m_problemList->setAccessibleName(tr("Problems in the statuses"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(140);
    lv->addWidget(m_problemList);
    splitter->addWidget(left);
    splitter->addWidget(makeOrgPanel());
    // The table needs the room (five columns); the org's lists are short names.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 260});
    layout->addWidget(splitter, 1);
    layout->addWidget(makeChecklist());

    connect(m_add, &QPushButton::clicked, this, [this] { addStatus(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_designs.size())
            return;
        m_designs.removeAt(row);
        rebuildTable();
        changed();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export presence statuses"),
                                         QStringLiteral("presence-statuses.zip"), tr("Zip files (*.zip)"));
        if (path.isEmpty())
            return;
        const Error e = exportZip(path);
        m_orgState->setText(e ? e.message : tr("Exported to %1.").arg(path));
    });
    connect(m_table, &QTableWidget::cellChanged, this, &PresenceStatusDesigner::onItemChanged);
    connect(m_clients->session(), &ProfileSession::profileChanged, this, [this] {
        m_org = {};
        m_orgStatusLabels.clear();
        m_orgChannelLabels.clear();
        m_orgRequested = false;
        m_pendingLoads = 0;
        ++m_orgRequest;
        refresh();
        showOrg();
        if (isVisible() && m_clients->session()->hasProfile()) {
            m_orgRequested = true;
            loadOrg(false);
        }
    });
    connect(m_clients->salesforceCatalog(), &SalesforceOrgCatalog::catalogChanged, this,
            &PresenceStatusDesigner::onCatalogChanged);
    refresh();
    showOrg();
}

QWidget* PresenceStatusDesigner::makeOrgPanel()
{
    auto* box = new QGroupBox(tr("In your org"), this);
    box->setObjectName(QStringLiteral("statusDesignOrgBox"));
    auto* v = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_load = new QPushButton(tr("Load"), box);
    m_load->setObjectName(QStringLiteral("statusDesignLoadButton"));
    row->addWidget(m_load);
    row->addStretch(1);
    v->addLayout(row);
    m_orgState = makeWrappedLabel(QString(), true, box);
    m_orgState->setObjectName(QStringLiteral("statusDesignOrgState"));
    v->addWidget(m_orgState);
    v->addWidget(new QLabel(tr("Presence statuses"), box));
    m_orgStatuses = new QListWidget(box);
    m_orgStatuses->setObjectName(QStringLiteral("statusDesignOrgStatuses"));
    m_orgStatuses->setAccessibleName(tr("Presence statuses in the org"));
    v->addWidget(m_orgStatuses, 2);
    v->addWidget(new QLabel(tr("Service channels"), box));
    m_orgChannels = new QListWidget(box);
    m_orgChannels->setObjectName(QStringLiteral("statusDesignOrgChannels"));
    m_orgChannels->setAccessibleName(tr("Service channels"));
    v->addWidget(m_orgChannels, 1);
    connect(m_load, &QPushButton::clicked, this, qOverload<>(&PresenceStatusDesigner::loadOrg));
    return box;
}

QWidget* PresenceStatusDesigner::makeChecklist()
{
    auto* box = new QGroupBox(SalesforceCatalog::groupTitle(SalesforceStep::Group::ProfileAccess), this);
    box->setObjectName(QStringLiteral("statusDesignChecklist"));
    auto* v = new QVBoxLayout(box);
    v->addWidget(makeWrappedLabel(tr("After deploying the statuses, enable them on profiles. Ticks are saved "
                                     "in the profile."),
                                  true, box));
    for (const SalesforceStep& step : SalesforceCatalog::profileAccessSteps()) {
        auto* check = new QCheckBox(step.title, box);
        check->setObjectName(QStringLiteral("salesforceStep_") + step.id);
        connect(check, &QCheckBox::toggled, this, [this, id = step.id](bool on) {
            if (m_clients->session()->hasProfile())
                m_clients->session()->setSalesforceChecklistStep(id, on);
        });
        m_stepChecks.insert(step.id, check);
        v->addWidget(check);
        auto* detail = makeWrappedLabel(step.detail, true, box);
        detail->setContentsMargins(24, 0, 0, 0);
        v->addWidget(detail);
    }
    return box;
}

void PresenceStatusDesigner::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The org's statuses are read once the page is first seen, not at start-up.
    if (!m_orgRequested && m_clients->session()->hasProfile()) {
        m_orgRequested = true;
        loadOrg(false);
    }
}

void PresenceStatusDesigner::refresh()
{
    const bool has = m_clients->session()->hasProfile();
    m_designs = has ? PresenceStatusDesigns::fromJson(m_clients->session()->profile().presenceStatusDesigns)
                    : QList<PresenceStatusDesign>{};
    for (QWidget* w : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove),
                       static_cast<QWidget*>(m_export), static_cast<QWidget*>(m_load)})
        w->setEnabled(has);
    rebuildTable();
    m_problems = PresenceStatusDesigns::validate(m_designs, m_org);
    showProblems();
    updateChecklist();
    emit statusesChanged(statusNames());
}

void PresenceStatusDesigner::updateChecklist()
{
    const bool has = m_clients->session()->hasProfile();
    for (auto it = m_stepChecks.cbegin(); it != m_stepChecks.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(has &&
                               m_clients->session()->profile().salesforce.checklistDone.contains(it.key()));
        it.value()->setEnabled(has);
    }
}

void PresenceStatusDesigner::addStatus(const QString& label)
{
    if (!m_clients->session()->hasProfile())
        return;
    PresenceStatusDesign d;
    d.setLabel(label);
    m_designs.append(d);
    rebuildTable();
    m_table->setCurrentCell(int(m_designs.size()) - 1, LabelColumn);
    changed();
}

void PresenceStatusDesigner::rebuildTable()
{
    m_loading = true;
    m_table->setRowCount(int(m_designs.size()));
    for (int row = 0; row < m_designs.size(); ++row)
        fillRow(row);
    m_loading = false;
}

void PresenceStatusDesigner::fillRow(int row)
{
    const PresenceStatusDesign& d = m_designs[row];
    auto text = [&](int column, const QString& value) {
        QTableWidgetItem* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(value);
        return item;
    };
    text(LabelColumn, d.label);
    text(DeveloperNameColumn, d.developerName)->setFont(monospaceFont());
    QTableWidgetItem* problem = text(ProblemColumn, QString());
    problem->setFlags(problem->flags() & ~Qt::ItemIsEditable);

    auto* kind = new QComboBox(m_table);
    kind->setObjectName(QStringLiteral("statusDesignKind_%1").arg(row));
    kind->addItem(tr("Online"), int(PresenceStatusDesign::Kind::Online));
    kind->addItem(tr("Busy"), int(PresenceStatusDesign::Kind::Busy));
    kind->setCurrentIndex(d.kind == PresenceStatusDesign::Kind::Busy ? 1 : 0);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind](int index) {
        const int r = m_table->indexAt(kind->pos()).row();
        if (r < 0 || r >= m_designs.size())
            return;
        m_designs[r].kind =
            index == 1 ? PresenceStatusDesign::Kind::Busy : PresenceStatusDesign::Kind::Online;
        // A Busy status takes no work: its channels go (Salesforce would make it away anyway).
        if (m_designs[r].kind == PresenceStatusDesign::Kind::Busy)
            m_designs[r].channels.clear();
        m_loading = true;
        fillRow(r);
        m_loading = false;
        changed();
    });
    m_table->setCellWidget(row, KindColumn, kind);
    comboCells::nameCell(m_table, row, KindColumn, kind);

    // The checkable picker: the org's channels once loaded (else the standard ones) and whatever
    // the design already names.
    auto* channels = new QToolButton(m_table);
    channels->setObjectName(QStringLiteral("statusDesignChannels_%1").arg(row));
    channels->setPopupMode(QToolButton::InstantPopup);
    channels->setToolButtonStyle(Qt::ToolButtonTextOnly);
    channels->setText(d.kind == PresenceStatusDesign::Kind::Busy ? tr("none (Busy)")
                      : d.channels.isEmpty()                     ? tr("Choose…")
                                                                 : d.channels.join(QStringLiteral(", ")));
    channels->setEnabled(d.kind == PresenceStatusDesign::Kind::Online);
    auto* menu = new QMenu(channels);
    menu->setObjectName(QStringLiteral("statusDesignChannelMenu_%1").arg(row));
    for (const QString& c : channelChoices(d)) {
        QAction* a = menu->addAction(c);
        a->setCheckable(true);
        a->setChecked(d.channels.contains(c));
        connect(a, &QAction::toggled, this, [this, channels, c](bool on) {
            const int r = m_table->indexAt(channels->pos()).row();
            if (r < 0 || r >= m_designs.size())
                return;
            QStringList list = m_designs[r].channels;
            if (on && !list.contains(c))
                list.append(c);
            if (!on)
                list.removeAll(c);
            setChannels(r, list);
        });
    }
    channels->setMenu(menu);
    m_table->setCellWidget(row, ChannelsColumn, channels);
    comboCells::nameCell(m_table, row, ChannelsColumn, channels);
}

QStringList PresenceStatusDesigner::channelChoices(const PresenceStatusDesign& design) const
{
    QStringList out = m_org.channelNames ? *m_org.channelNames : kCommonChannels;
    for (const QString& c : design.channels)
        if (!out.contains(c))
            out.append(c);
    return out;
}

void PresenceStatusDesigner::setChannels(int row, const QStringList& channels)
{
    m_designs[row].channels = channels;
    // Rebuilt after the menu closed: the toggled action belongs to the menu being replaced.
    QMetaObject::invokeMethod(
        this,
        [this, row] {
            if (row < m_designs.size()) {
                m_loading = true;
                fillRow(row);
                m_loading = false;
                showProblems();
            }
        },
        Qt::QueuedConnection);
    changed();
}

void PresenceStatusDesigner::onItemChanged(int row, int column)
{
    if (m_loading || row < 0 || row >= m_designs.size())
        return;
    PresenceStatusDesign& d = m_designs[row];
    const QString value = m_table->item(row, column) ? m_table->item(row, column)->text() : QString();
    if (column == LabelColumn) {
        d.setLabel(value);
        const QSignalBlocker block(m_table);
        m_table->item(row, DeveloperNameColumn)->setText(d.developerName);
    } else if (column == DeveloperNameColumn) {
        // Clearing the name hands it back to the label, as Salesforce's form does.
        d.developerNameEdited = !value.trimmed().isEmpty();
        d.developerName = d.developerNameEdited ? value.trimmed() : DeveloperNames::derive(d.label);
        if (d.developerName != value) {
            const QSignalBlocker block(m_table);
            m_table->item(row, DeveloperNameColumn)->setText(d.developerName);
        }
    } else {
        return;
    }
    changed();
}

void PresenceStatusDesigner::changed()
{
    m_clients->session()->setPresenceStatusDesigns(PresenceStatusDesigns::toJson(m_designs));
    m_problems = PresenceStatusDesigns::validate(m_designs, m_org);
    showProblems();
    showOrg(); // the "designed here" marks
    emit statusesChanged(statusNames());
}

void PresenceStatusDesigner::showProblems()
{
    m_problems = PresenceStatusDesigns::validate(m_designs, m_org);
    m_problemList->clear();
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_designs.size() && row < m_table->rowCount(); ++row) {
        const QList<PresenceStatusProblem>& list = m_problems.value(row);
        QTableWidgetItem* item = m_table->item(row, ProblemColumn);
        if (!item)
            continue;
        item->setText(list.isEmpty() ? QString() : list.first().message);
        item->setToolTip(list.isEmpty() ? QString() : list.first().message);
        item->setForeground(list.isEmpty() || list.first().isWarning() ? palette().color(QPalette::Text)
                                                                       : toneText(Tone::Error));
        const QString name =
            m_designs[row].label.isEmpty() ? tr("Row %1").arg(row + 1) : m_designs[row].label;
        for (const PresenceStatusProblem& p : list) {
            auto* entry = new QListWidgetItem(
                (p.isWarning() ? tr("%1 (warning): %2") : tr("%1: %2")).arg(name, p.message), m_problemList);
            entry->setData(Qt::UserRole, row);
        }
    }
    m_export->setEnabled(m_clients->session()->hasProfile() && !m_designs.isEmpty() &&
                         !PresenceStatusDesigns::hasErrors(m_problems));
}

void PresenceStatusDesigner::loadOrg()
{
    // Once the org was read, the button is "Refresh": read it again for every page.
    loadOrg(m_org.statusNames.has_value() || m_org.channelNames.has_value());
}

void PresenceStatusDesigner::loadOrg(bool refresh)
{
    if (!m_clients->session()->hasProfile() || m_pendingLoads > 0)
        return;
    m_pendingLoads = 1;
    m_load->setEnabled(false);
    m_orgState->setText(tr("Loading the org's presence statuses and service channels…"));
    QPointer<PresenceStatusDesigner> self(this);
    const int request = ++m_orgRequest;
    m_clients->salesforceCatalog()->presenceCatalog(
        this,
        [self, request](const Result<SalesforcePresenceCatalog>& r) {
            if (!self || self->m_orgRequest != request)
                return; // asked for another profile's org
            self->m_pendingLoads = 0;
            if (r.ok())
                self->applyCatalog(r.value());
            self->finishLoad(r.ok() ? Error() : r.error());
        },
        refresh);
}

void PresenceStatusDesigner::applyCatalog(const SalesforcePresenceCatalog& catalog)
{
    QStringList names, labels;
    for (const SalesforcePresenceStatus& s : catalog.statuses) {
        names.append(s.developerName);
        labels.append(s.label);
    }
    m_org.statusNames = names;
    m_orgStatusLabels = labels;
    names.clear();
    labels.clear();
    for (const SalesforceServiceChannel& c : catalog.channels) {
        names.append(c.developerName);
        labels.append(c.label);
    }
    m_org.channelNames = names;
    m_orgChannelLabels = labels;
}

void PresenceStatusDesigner::finishLoad(const Error& error)
{
    m_load->setEnabled(m_clients->session()->hasProfile());
    m_load->setText(tr("Refresh"));
    showOrg();
    if (error)
        m_orgState->setText(tr("Could not read the org: %1").arg(error.message));
    rebuildTable(); // the channel pickers offer the org's channels now
    showProblems();
    emit statusesChanged(statusNames());
    emit orgLoaded(error);
}

void PresenceStatusDesigner::onCatalogChanged()
{
    // Another page read the org (its Reload): show the same lists. Our own request, if one
    // runs, is answered first and shows them itself.
    const auto catalog = m_clients->salesforceCatalog()->cached();
    if (!catalog || m_pendingLoads > 0 || !m_clients->session()->hasProfile())
        return;
    m_orgRequested = true; // nothing left to read when the page is first shown
    applyCatalog(*catalog);
    m_load->setText(tr("Refresh"));
    showOrg();
    rebuildTable();
    showProblems();
    emit statusesChanged(statusNames());
}

void PresenceStatusDesigner::showOrg()
{
    m_orgStatuses->clear();
    m_orgChannels->clear();
    QStringList designed;
    for (const PresenceStatusDesign& d : m_designs)
        designed.append(d.developerName);
    if (m_org.statusNames) {
        for (int i = 0; i < m_org.statusNames->size(); ++i) {
            const QString& name = m_org.statusNames->at(i);
            const QString label = m_orgStatusLabels.value(i);
            const bool alsoDesigned = designed.contains(name, Qt::CaseInsensitive);
            auto* item =
                new QListWidgetItem(alsoDesigned ? tr("%1 (%2) — also designed here").arg(name, label)
                                                 : tr("%1 (%2)").arg(name, label),
                                    m_orgStatuses);
            item->setData(Qt::UserRole, name);
            item->setData(Qt::UserRole + 1, alsoDesigned);
        }
    }
    if (m_org.channelNames) {
        for (int i = 0; i < m_org.channelNames->size(); ++i) {
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(m_org.channelNames->at(i), m_orgChannelLabels.value(i)), m_orgChannels);
            item->setData(Qt::UserRole, m_org.channelNames->at(i));
        }
    }
    if (m_pendingLoads > 0)
        return;
    if (!m_clients->session()->hasProfile())
        m_orgState->setText(tr("Open a profile to read its Salesforce org."));
    else if (m_org.statusNames && m_org.channelNames)
        m_orgState->setText(tr("Presence statuses: %1. Service channels: %2. Designed statuses that already "
                               "exist are marked.")
                                .arg(m_org.statusNames->size())
                                .arg(m_org.channelNames->size()));
    else
        m_orgState->setText(tr("Load reads the org's presence statuses and service channels with the account "
                               "mapping's sign-in."));
}

QStringList PresenceStatusDesigner::statusNames() const
{
    QStringList out = m_org.statusNames ? *m_org.statusNames : QStringList{};
    for (const PresenceStatusDesign& d : m_designs)
        if (!d.developerName.isEmpty() && !out.contains(d.developerName, Qt::CaseInsensitive))
            out.append(d.developerName);
    return out;
}

Error PresenceStatusDesigner::exportZip(const QString& path)
{
    return PresenceStatusDesigns::writeMetadataZip(m_designs, path);
}

} // namespace syncdesk
