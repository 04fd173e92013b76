#pragma once

#include "monitor/EventStore.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace syncdesk {

class PresencePrediction;

// One row per user seen in the events: Zoom presence, phone state from the call events, when it
// last changed and for how long. Rows are sorted by e-mail and keep their place when a status
// changes, so a support person can watch one person without the list jumping; the "for" column
// ticks every second through dataChanged on that column only.
class PresenceBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EmailColumn,
        NameColumn,
        PresenceColumn,
        PhoneColumn,
        AcdColumn,        // the active presence rule's predicted ACD state
        SalesforceColumn, // and Salesforce status, after the person's newest event
        ChangedColumn,
        DurationColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UserIdRole = Qt::UserRole + 1, // the user id (or e-mail when the events had no id)
        PresenceRole,                  // int(PresenceState)
        PhoneRole,                     // int(CallState); Ended = idle
    };
    enum class PhoneState
    {
        Unknown,
        Idle,
        Ringing,
        Connected
    };

    explicit PresenceBoardModel(EventStore* store, QObject* parent = nullptr);

    void setStore(EventStore* store);
    void clear();
    // Fills AcdColumn / SalesforceColumn with the rule's current prediction per person.
    void setPrediction(PresencePrediction* prediction);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // 0: every store batch is applied at once. Otherwise new events are looked at no more often
    // than this, so a burst of thousands of events repaints the board a few times a second.
    void setUpdateInterval(int ms);

    int rowOfUser(const QString& userId) const;
    QString userIdAt(int row) const;

    // Test seam: "now" for the duration column.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    static QString formatDuration(qint64 ms);

private:
    struct Entry
    {
        QString key; // user id, or e-mail
        QString name;
        QString email;
        PresenceState presence = PresenceState::None;
        PhoneState phone = PhoneState::Unknown;
        qint64 phoneAtMs = 0; // event_ts of the call event that set phone
        qint64 changedAtMs = 0;
        // Sorted by e-mail: every presence event has one, while names come only with some events.
        QString display() const { return !email.isEmpty() ? email : !name.isEmpty() ? name : key; }
    };

    void onAppended();
    void ingest();
    int findOrInsert(const QString& key, const QString& name, const QString& email, int* firstChanged,
                     int* lastChanged);
    int positionFor(const Entry& e) const;
    bool lessThan(const Entry& a, const Entry& b) const;
    void reindex(int from, int to);
    void tick();

    void predictionChanged();

    QPointer<EventStore> m_store;
    QPointer<PresencePrediction> m_prediction;
    std::vector<Entry> m_rows;
    QHash<QString, int> m_rowOf;
    quint64 m_nextSeq = 0; // events before this were looked at
    QTimer m_tick;
    QTimer m_deferred;
    QCollator m_collator;
    std::function<qint64()> m_clock;
};

} // namespace syncdesk
