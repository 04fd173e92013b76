#include "OmniStatusMappingBox.h"

#include "connect/SalesforceOrgCatalog.h"
#include "connect/SessionClients.h"
#include "salesforce/SalesforceApi.h"
#include "widgets/ComboCellTable.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
enum Column
{
    ZoomColumn,
    SalesforceColumn,
    ProblemColumn
};
} // namespace

OmniStatusMappingBox::OmniStatusMappingBox(QWidget* parent)
    : QGroupBox(tr("Omni-channel status mapping"), parent)
{
    setObjectName(QStringLiteral("ctiOmniBox"));
    auto* v = new QVBoxLayout(this);
    v->addWidget(makeWrappedLabel(
        tr("In the Zoom for Lightning settings (Omni-Channel sync tab): when an agent has the Zoom "
           "Contact Center status on the left, Zoom sets their Salesforce status to the one on the "
           "right. Omni-Channel must be turned on in Salesforce first."),
        true, this));
    m_enabled = new QCheckBox(tr("Enable omni-channel sync"), this);
    m_enabled->setObjectName(QStringLiteral("ctiOmniEnabled"));
    v->addWidget(m_enabled);
    m_table = comboCells::makeTable(
        {tr("Zoom Contact Center status"), tr("Salesforce status"), tr("Problem")}, this);
    m_table->setObjectName(QStringLiteral("ctiOmniTable"));
    m_table->setAccessibleName(tr("Omni-channel status mapping"));
    v->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add row"), this);
    m_add->setObjectName(QStringLiteral("ctiOmniAdd"));
    m_remove = new QPushButton(tr("Remove row"), this);
    m_remove->setObjectName(QStringLiteral("ctiOmniRemove"));
    m_load = new QPushButton(tr("Load Salesforce statuses"), this);
    m_load->setObjectName(QStringLiteral("ctiOmniLoad"));
    m_load->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_status = makeWrappedLabel(QString(), true, this);
    m_status->setObjectName(QStringLiteral("ctiOmniStatus"));
    v->addWidget(m_status);

    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emit edited();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        validate();
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row < 0)
            return;
        // Cell names carry the row: rebuild so they stay cell_<row>_<column>.
        OmniStatusMapping m = mapping();
        m.rows.removeAt(row);
        setMapping(m);
        emit edited();
    });
    connect(m_load, &QPushButton::clicked, this, qOverload<>(&OmniStatusMappingBox::loadSalesforceStatuses));
    validate();
}

void OmniStatusMappingBox::setSessionClients(SessionClients* clients)
{
    if (m_clients)
        disconnect(m_clients->salesforceCatalog(), nullptr, this, nullptr);
    m_clients = clients;
    m_load->setEnabled(clients != nullptr);
    if (!clients)
        return;
    // What another page read (or read again) is offered here at once, without a query of our own.
    auto showCached = [this] {
        if (const auto catalog = m_clients->salesforceCatalog()->cached(); catalog && m_load->isEnabled())
            showOrgStatuses(catalog->statusNames());
    };
    connect(clients->salesforceCatalog(), &SalesforceOrgCatalog::catalogChanged, this, showCached);
    showCached();
}

void OmniStatusMappingBox::addRow(const OmniStatusRow& values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (const int column : {ZoomColumn, SalesforceColumn}) {
        QComboBox* combo = comboCells::addCell(
            m_table, row, column, column == ZoomColumn ? OmniStatusMapping::zoomStatuses() : m_salesforce,
            column == ZoomColumn ? values.zoomStatus : values.salesforceStatus);
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            if (m_filling)
                return;
            validate();
            emit edited();
        });
    }
    comboCells::addProblemItem(m_table, row);
}

void OmniStatusMappingBox::setMapping(const OmniStatusMapping& mapping)
{
    m_filling = true;
    m_enabled->setChecked(mapping.enabled);
    m_table->setRowCount(0);
    for (const OmniStatusRow& r : mapping.rows)
        addRow(r);
    m_filling = false;
    validate();
}

OmniStatusMapping OmniStatusMappingBox::mapping() const
{
    OmniStatusMapping m;
    m.enabled = m_enabled->isChecked();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m.rows.append({comboCells::cellText(m_table, r, ZoomColumn),
                       comboCells::cellText(m_table, r, SalesforceColumn)});
    return m;
}

void OmniStatusMappingBox::setSalesforceStatuses(const QStringList& statuses)
{
    m_salesforce = statuses;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(r, SalesforceColumn)))
            comboCells::setSuggestions(combo, statuses);
    }
    validate();
}

void OmniStatusMappingBox::loadSalesforceStatuses()
{
    // Once the org's statuses are here, the button reads the org again for every page.
    loadSalesforceStatuses(m_orgLoaded);
}

void OmniStatusMappingBox::loadSalesforceStatuses(bool refresh)
{
    if (!m_clients)
        return;
    m_load->setEnabled(false);
    m_status->setText(tr("Loading the org's presence statuses…"));
    QPointer<OmniStatusMappingBox> self(this);
    m_clients->salesforceCatalog()->presenceCatalog(
        this,
        [self](const Result<SalesforcePresenceCatalog>& r) {
            if (!self)
                return;
            self->m_load->setEnabled(true);
            if (!r.ok()) {
                self->m_status->setText(r.error().message);
                emit self->salesforceStatusesLoaded(r.error());
                return;
            }
            self->showOrgStatuses(r.value().statusNames());
            emit self->salesforceStatusesLoaded(Error());
        },
        refresh);
}

void OmniStatusMappingBox::showOrgStatuses(const QStringList& names)
{
    m_orgLoaded = true;
    m_load->setText(tr("Reload Salesforce statuses"));
    setSalesforceStatuses(names); // validates
}

void OmniStatusMappingBox::validate()
{
    const OmniStatusMapping m = mapping();
    m_problems = m.validate(m_salesforce);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList messages;
        for (const CtiProblem& p : std::as_const(m_problems))
            if (p.line == r + 1)
                messages.append(p.message);
        comboCells::showRowProblems(m_table, r, messages);
    }
    m_table->resizeRowsToContents();
    QString text;
    if (!m_problems.isEmpty())
        text = tr("Problems: %1").arg(m_problems.size());
    else if (m.rows.isEmpty())
        text = tr("No mapping yet: add a row per Zoom Contact Center status.");
    else
        text = tr("The mapping is complete.");
    if (!m_salesforce.isEmpty())
        text += QLatin1Char(' ') + tr("Salesforce statuses loaded: %1").arg(m_salesforce.size());
    m_status->setText(text);
}

} // namespace syncdesk
