#include "EngagementTimelinePage.h"

#include "cc/EngagementTimeline.h"
#include "cc/Reconciler.h"
#include "monitor/MonitorController.h"
#include "zoom/ZoomEvent.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
constexpr int kSeqRole = Qt::UserRole + 1;

enum Column
{
    ColWhat,
    ColKind,
    ColArtefact,
    ColReceived,
    ColTime,
    ColDetail,
    ColumnCount
};

QString localTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QString();
}
} // namespace

EngagementTimelinePage::EngagementTimelinePage(MonitorController* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_timeline(new EngagementTimeline(this)),
      m_tree(new QTreeWidget(this)), m_summary(new QLabel(this)), m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("engagementTimelinePage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Contact Center engagement data as it arrives in the monitor: recordings, "
                                "transcripts, notes, dispositions and voicemails, grouped per engagement. "
                                "Double-click an event to see it in the monitor."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    bar->addWidget(m_summary, 1);
    m_open->setObjectName(QStringLiteral("timelineOpenButton"));
    m_open->setText(tr("Show in monitor"));
    m_open->setEnabled(false);
    bar->addWidget(m_open);
    layout->addLayout(bar);

    m_tree->setObjectName(QStringLiteral("engagementTree"));
    m_tree->setAccessibleName(tr("Engagements"));
    m_tree->setAccessibleDescription(tr("Each engagement with the events and artefacts that belong to it"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Engagement / event"), tr("Kind"), tr("Artefact"), tr("Received"),
                             tr("Artefact time"), tr("URL, note or disposition")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(ColWhat, QHeaderView::Interactive);
    m_tree->setColumnWidth(ColWhat, 320);
    m_tree->setColumnWidth(ColKind, 140);
    m_tree->setColumnWidth(ColArtefact, 160);
    m_tree->setColumnWidth(ColReceived, 150);
    m_tree->setColumnWidth(ColTime, 150);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const quint64 seq = seqOf(item))
            emit openEventRequested(seq);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_open->setEnabled(seqOf(item) != 0); });
    connect(m_open, &QPushButton::clicked, this, &EngagementTimelinePage::openCurrent);
    connect(m_timeline, &EngagementTimeline::updated, this, &EngagementTimelinePage::onUpdated);
    connect(m_timeline, &EngagementTimeline::reset, this, &EngagementTimelinePage::onReset);
    connect(m_monitor, &MonitorController::storeReplaced, this,
            [this] { m_timeline->setStore(m_monitor->store()); });
    m_timeline->setStore(m_monitor->store());
    updateSummary();
}

quint64 EngagementTimelinePage::seqOf(const QTreeWidgetItem* item)
{
    return item ? item->data(ColWhat, kSeqRole).toULongLong() : 0;
}

void EngagementTimelinePage::openCurrent()
{
    if (const quint64 seq = seqOf(m_tree->currentItem()))
        emit openEventRequested(seq);
}

void EngagementTimelinePage::onReset()
{
    m_tree->clear();
    m_items.clear();
    updateSummary();
}

void EngagementTimelinePage::onUpdated(const QStringList& changed, const QStringList& removed)
{
    for (const QString& id : removed)
        delete m_items.take(id);
    for (const QString& id : changed) {
        QTreeWidgetItem*& item = m_items[id];
        if (!item)
            item = new QTreeWidgetItem(m_tree);
        fill(item, id);
    }
    updateSummary();
}

void EngagementTimelinePage::fill(QTreeWidgetItem* item, const QString& engagementId)
{
    const TimelineEngagement* e = m_timeline->engagement(engagementId);
    if (!e)
        return;
    item->setText(ColWhat, engagementId);
    item->setText(ColKind, tr("Events: %1").arg(e->entries.size()));
    item->setText(ColReceived, localTime(e->lastReceivedMs));
    // Only the new events are added: an engagement's list only grows, except when its bound
    // dropped the oldest, and then it is rebuilt.
    int first = item->childCount();
    if (first > e->entries.size() ||
        (first > 0 && seqOf(item->child(first - 1)) != e->entries.at(first - 1).seq)) {
        qDeleteAll(item->takeChildren());
        first = 0;
    }
    for (qsizetype i = first; i < e->entries.size(); ++i) {
        const TimelineEntry& t = e->entries.at(i);
        auto* child = new QTreeWidgetItem(item);
        // The monitor's label for the event (the voicemail events have none: their name then).
        const ZoomEventType type = ZoomEventParser::typeFromName(t.event);
        const QString label = type != ZoomEventType::Unknown ? ZoomEventParser::typeLabel(type) : t.event;
        child->setText(ColWhat, label);
        child->setData(ColWhat, kSeqRole, QVariant::fromValue<qulonglong>(t.seq));
        child->setToolTip(ColWhat, tr("%1 — double-click to show this event in the monitor.").arg(t.event));
        child->setText(ColKind, Reconciler::kindLabel(t.kind));
        child->setToolTip(ColKind, t.kind);
        child->setText(ColArtefact, t.artefactId);
        child->setText(ColReceived, localTime(t.receivedAtMs));
        child->setText(ColTime, localTime(t.artefactTimeMs));
        const QString detail = !t.text.isEmpty() ? t.text : t.url;
        child->setText(ColDetail, detail);
        child->setToolTip(ColDetail, detail);
    }
}

void EngagementTimelinePage::updateSummary()
{
    if (m_timeline->engagementIds().isEmpty()) {
        m_summary->setText(tr("No Contact Center events yet. Start webhooks or the WebSocket in the monitor "
                              "(with the sandbox profile its simulated queue sends them)."));
        return;
    }
    m_summary->setText(tr("Engagements: %1 · Events: %2")
                           .arg(m_timeline->engagementIds().size())
                           .arg(m_timeline->eventCount()));
}

} // namespace syncdesk
