#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace syncdesk {

class EngagementTimeline;
class MonitorController;

// Contact Center > Engagements: the monitor's contact_center.* events grouped per engagement_id
// (what arrived and when, with the download / transcript URL, note or disposition), live as events
// arrive. Double-clicking an event (or "Show in monitor") asks for it in the monitor's detail pane.
class EngagementTimelinePage : public QWidget
{
    Q_OBJECT
public:
    explicit EngagementTimelinePage(MonitorController* monitor, QWidget* parent = nullptr);

    EngagementTimeline* timeline() const { return m_timeline; }
    QTreeWidget* tree() const { return m_tree; }
    // The store seq of an event row; 0 for an engagement row.
    static quint64 seqOf(const QTreeWidgetItem* item);

signals:
    void openEventRequested(quint64 seq);

private:
    void onUpdated(const QStringList& changed, const QStringList& removed);
    void onReset();
    void fill(QTreeWidgetItem* item, const QString& engagementId);
    void updateSummary();
    void openCurrent();

    MonitorController* m_monitor;
    EngagementTimeline* m_timeline;
    QTreeWidget* m_tree;
    QLabel* m_summary;
    QPushButton* m_open;
    QHash<QString, QTreeWidgetItem*> m_items;
};

} // namespace syncdesk
