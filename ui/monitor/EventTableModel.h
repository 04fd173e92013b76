#pragma once

#include "monitor/EventStore.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>
#include <QVector>

namespace syncdesk {

class PresencePrediction;

// The live event list, Wireshark style: a row is a held event (by seq, so evictions at the front
// never shift what a row means), display strings are built in data() for the rows on screen
// only, new rows arrive in one beginInsertRows per store batch, and a filter rebuilds a vector of
// visible seqs with EventStore::filter() instead of going through a proxy model. While paused,
// ingestion goes on and the new rows wait as a backlog.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        SourceColumn,
        EventColumn,
        UserColumn,
        EmailColumn,
        StateColumn,
        PredictedColumn, // what the active presence rule predicts (ACD / Salesforce)
        SummaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SeqRole = Qt::UserRole + 1, // quint64
        TypeRole,                   // int(ZoomEventType)
        UserIdRole,                 // the user id (or e-mail) the event is about
        IsGapRole,                  // bool
    };

    explicit EventTableModel(EventStore* store, QObject* parent = nullptr);

    void setStore(EventStore* store);
    EventStore* store() const { return m_store; }
    // The active rule's predictions fill PredictedColumn; without one (or without a rule) it stays
    // empty and its header's tooltip says how to get one.
    void setPrediction(PresencePrediction* prediction);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setFilter(const EventFilter& filter);
    const EventFilter& filter() const { return m_filter; }
    bool isFiltered() const { return m_filtered; }

    // Paused: rows stop changing except for events the store no longer holds.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype backlog() const;

    // Deferred: store batches only mark the model stale and flush() applies them, with one removal
    // and one insert at most. The pane flushes on its 100 ms tail timer (Wireshark's update
    // interval): QTableView repaints its whole viewport after every insert, so at 10,000 events/s
    // per-batch inserts would repaint a hundred times a second. Off by default: one insert per
    // store batch.
    void setDeferred(bool deferred);
    bool isDeferred() const { return m_deferred; }
    void flush();

    quint64 seqAt(int row) const;
    int rowOfSeq(quint64 seq) const; // -1 when not shown
    // Index into the store, or -1 when the event is gone.
    qsizetype storeIndex(int row) const;

    // Sample texts the view sizes its columns with (the widest label of the column's kind).
    static QString widthSample(Column column);

signals:
    void backlogChanged(qsizetype backlog);
    void rowsAppended(int count);

private:
    void onAppended();
    void onEvicted();
    void applyAppended();
    void applyEvicted();
    void onCleared();
    void dropEvicted();
    void rebuild();
    QString text(const EventRecord& r, int column) const;
    QString predictionTooltip(const EventRecord& r) const;

    QPointer<EventStore> m_store;
    QPointer<PresencePrediction> m_prediction;
    EventFilter m_filter;
    bool m_filtered = false;
    bool m_paused = false;
    bool m_deferred = false;
    bool m_stale = false;
    // Unfiltered: rows are seqs [m_base, m_base + m_rows); the backlog is [m_base + m_rows, m_knownEnd).
    quint64 m_base = 0;
    qsizetype m_rows = 0;
    // Filtered: the visible seqs, and (paused) the matching ones waiting.
    QVector<quint64> m_visible;
    QVector<quint64> m_pending;
    quint64 m_knownEnd = 0; // one past the newest seq the store announced
    mutable QIcon m_gapIcon;
};

} // namespace syncdesk
