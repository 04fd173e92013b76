#include "EventTableModel.h"

#include "widgets/TextStyles.h"

#include "presence/PresencePrediction.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace syncdesk {

namespace {
QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).time().toString(QStringLiteral("hh:mm:ss.zzz"));
}

// Amber, readable on light and dark themes alike because both colours are explicit.
QColor kGapBackground() { return toneBackground(Tone::Warning); }
QColor kGapForeground() { return toneText(Tone::Warning); }
} // namespace

EventTableModel::EventTableModel(EventStore* store, QObject* parent) : QAbstractTableModel(parent)
{
    setStore(store);
}

void EventTableModel::setStore(EventStore* store)
{
    beginResetModel();
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::evicted, this, &EventTableModel::onEvicted);
        connect(m_store, &EventStore::appended, this, &EventTableModel::onAppended);
        connect(m_store, &EventStore::cleared, this, &EventTableModel::onCleared);
        // Whatever the store holds now counts as announced; later batches are told by seq range,
        // so an announcement that arrives for these cannot add them twice.
        m_knownEnd = m_store->nextSeq();
        m_base = m_store->firstSeq();
        m_rows = m_filtered ? 0 : qsizetype(m_knownEnd - m_base);
    } else {
        m_knownEnd = m_base = 0;
        m_rows = 0;
    }
    m_visible.clear();
    m_pending.clear();
    if (m_store && m_filtered) {
        const QVector<qint32> indices = m_store->filter(m_filter);
        m_visible.reserve(indices.size());
        for (qint32 i : indices)
            m_visible.append(m_store->at(i).seq);
    }
    endResetModel();
    emit backlogChanged(backlog());
}

void EventTableModel::setPrediction(PresencePrediction* prediction)
{
    if (m_prediction)
        m_prediction->disconnect(this);
    m_prediction = prediction;
    auto refresh = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, PredictedColumn), index(rowCount() - 1, PredictedColumn));
        emit headerDataChanged(Qt::Horizontal, PredictedColumn, PredictedColumn);
    };
    if (m_prediction) {
        // A new rule (or its replay finishing) changes every row's prediction; live events are
        // predicted before their rows are painted (prediction() catches up).
        connect(m_prediction, &PresencePrediction::recomputed, this, refresh);
    }
    refresh();
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filtered ? m_visible.size() : m_rows);
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

quint64 EventTableModel::seqAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_filtered ? m_visible[row] : m_base + quint64(row);
}

int EventTableModel::rowOfSeq(quint64 seq) const
{
    if (!m_filtered)
        return seq >= m_base && seq < m_base + quint64(m_rows) ? int(seq - m_base) : -1;
    const auto it = std::lower_bound(m_visible.cbegin(), m_visible.cend(), seq);
    return it != m_visible.cend() && *it == seq ? int(it - m_visible.cbegin()) : -1;
}

qsizetype EventTableModel::storeIndex(int row) const
{
    if (!m_store || row < 0 || row >= rowCount())
        return -1;
    return m_store->indexOf(seqAt(row));
}

qsizetype EventTableModel::backlog() const
{
    if (m_filtered)
        return m_pending.size();
    return qsizetype(m_knownEnd - std::min(m_knownEnd, m_base + quint64(m_rows)));
}

QString EventTableModel::widthSample(Column column)
{
    auto longest = [](const QStringList& list) {
        QString best;
        for (const QString& s : list) {
            if (s.size() > best.size())
                best = s;
        }
        return best;
    };
    switch (column) {
    case TimeColumn:
        return QStringLiteral("00:00:00.000");
    case SourceColumn:
        return longest({sourceKindLabel(EventSourceKind::Webhook),
                        sourceKindLabel(EventSourceKind::WebSocket),
                        sourceKindLabel(EventSourceKind::Replay)});
    case EventColumn: {
        QStringList labels{tr("Possible gap")};
        for (int t = 0; t < int(ZoomEventType::Count_); ++t)
            labels.append(ZoomEventParser::typeLabel(ZoomEventType(t)));
        return longest(labels);
    }
    case UserColumn:
        return QStringLiteral("Alexandra Montgomery");
    case EmailColumn:
        return QStringLiteral("alexandra.montgomery@example.com");
    case StateColumn: {
        QStringList labels;
        for (auto p : {PresenceState::Available, PresenceState::Away, PresenceState::DoNotDisturb,
                       PresenceState::InMeeting, PresenceState::OnPhoneCall, PresenceState::Busy,
                       PresenceState::Offline})
            labels.append(ZoomEventParser::presenceLabel(p));
        labels.append(ZoomEventParser::callStateLabel(CallState::Connected));
        return longest(labels);
    }
    case PredictedColumn:
        // Measured, never shown: an ACD state and a Salesforce developer name are the tenant's
        // data, shown as they come, in no language of ours.
        return QStringLiteral("Zoom call / Busy_On_Call ·");
    case SummaryColumn:
    case ColumnCount:
        break;
    }
    return QStringLiteral("+49 30 1234567 → +49 30 7654321");
}

QString EventTableModel::text(const EventRecord& r, int column) const
{
    const bool gap = r.type == ZoomEventType::Gap;
    switch (column) {
    case TimeColumn:
        return localTime(r.receivedAtMs);
    case SourceColumn:
        return sourceKindLabel(r.source);
    case EventColumn:
        if (gap)
            return tr("Possible gap");
        if (r.type == ZoomEventType::Unknown) {
            const QString name = m_store->string(r.eventName);
            return name.isEmpty() ? ZoomEventParser::typeLabel(r.type) : name;
        }
        return ZoomEventParser::typeLabel(r.type);
    case UserColumn:
        return r.userName ? m_store->string(r.userName) : m_store->string(r.userId);
    case EmailColumn:
        return m_store->string(r.email);
    case StateColumn:
        if (r.presence != PresenceState::None)
            return ZoomEventParser::presenceLabel(r.presence);
        return ZoomEventParser::callStateLabel(r.callState);
    case PredictedColumn: {
        if (!m_prediction || !m_prediction->hasRule())
            return {};
        const EventPrediction p = m_prediction->prediction(r.seq);
        if (p.status != EventPrediction::Status::Agent)
            return {};
        //: Predicted column: "<ACD state> / <Salesforce status>"
        QString t = tr("%1 / %2").arg(p.acd, p.salesforce.isEmpty() ? QStringLiteral("–") : p.salesforce);
        if (p.note != PresenceSimNote::None)
            //: Predicted column: the prediction followed by its note, e.g. "Away / Away_SF · Unmapped"
            t = tr("%1 · %2").arg(t, PresenceSimulator::noteLabel(p.note));
        return t;
    }
    case SummaryColumn:
        return m_store->string(r.summary);
    default:
        return {};
    }
}

QString EventTableModel::predictionTooltip(const EventRecord& r) const
{
    if (!m_prediction || !m_prediction->hasRule())
        return {};
    const EventPrediction p = m_prediction->prediction(r.seq);
    const QString rule = m_prediction->rule()->name;
    switch (p.status) {
    case EventPrediction::Status::None:
        if (m_prediction->isRecomputing() &&
            (r.presence != PresenceState::None || r.callState != CallState::None))
            return tr("Rule \"%1\" is being applied to the held events.").arg(rule);
        return {};
    case EventPrediction::Status::NotAgent:
        return tr("Rule \"%1\" does not cover this user (or the call names a user not seen yet).").arg(rule);
    case EventPrediction::Status::Agent:
        break;
    }
    QStringList lines{tr("Rule: %1").arg(rule), tr("ACD state after the event: %1").arg(p.acd),
                      tr("Salesforce status after the event: %1")
                          .arg(p.salesforce.isEmpty() ? tr("(none: no publisher row)") : p.salesforce)};
    if (!p.acdChanged && p.note == PresenceSimNote::None)
        lines.append(tr("The ACD state did not change."));
    switch (p.note) {
    case PresenceSimNote::None:
        break;
    case PresenceSimNote::Unmapped:
        lines.append(tr("Unmapped: the value has no row in its table, or the new ACD state has no "
                        "publisher row; the state it has no row for is left as it was."));
        break;
    case PresenceSimNote::PreviousRestored:
        lines.append(tr("Previous state restored: the rule maps this event to \"previous\"."));
        break;
    case PresenceSimNote::UnavailableFallback:
        lines.append(PresenceSimulator::noteLabel(p.note));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_store || !index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const quint64 seq = seqAt(index.row());
    const qsizetype at = m_store->indexOf(seq);
    if (at < 0)
        return {}; // evicted; the row goes with the next batch
    const EventRecord& r = m_store->at(at);
    const bool gap = r.type == ZoomEventType::Gap;
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.receivedAtMs), QLocale::LongFormat);
        case EventColumn:
            return gap ? text(r, SummaryColumn) : m_store->string(r.eventName);
        case UserColumn:
            return m_store->string(r.userId);
        case SummaryColumn:
        case EmailColumn:
            return text(r, index.column());
        case PredictedColumn:
            return predictionTooltip(r);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return gap ? QVariant(QBrush(kGapBackground())) : QVariant();
    case Qt::ForegroundRole:
        return gap ? QVariant(QBrush(kGapForeground())) : QVariant();
    case Qt::FontRole:
        if (gap) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (gap && index.column() == EventColumn) {
            if (m_gapIcon.isNull())
                m_gapIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return m_gapIcon;
        }
        return {};
    case SeqRole:
        return QVariant::fromValue(r.seq);
    case TypeRole:
        return int(r.type);
    case UserIdRole:
        return r.userId ? m_store->string(r.userId) : m_store->string(r.email);
    case IsGapRole:
        return gap;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == PredictedColumn) {
        if (!m_prediction || !m_prediction->hasRule())
            return tr("No presence rule is active. Choose the active rule under Salesforce › Presence "
                      "rules to see, for each presence and phone event, the ACD state and Salesforce "
                      "status it predicts.");
        return tr("The ACD state and Salesforce status rule \"%1\" predicts after each presence and "
                  "phone event.")
            .arg(m_prediction->rule()->name);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
    case EventColumn:
        return tr("Event");
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("E-mail");
    case StateColumn:
        return tr("Presence / call");
    case PredictedColumn:
        return tr("Predicted (ACD / Salesforce)");
    case SummaryColumn:
        return tr("Details");
    default:
        return {};
    }
}

void EventTableModel::dropEvicted()
{
    const quint64 first = m_store->firstSeq();
    if (m_filtered) {
        const auto end = std::lower_bound(m_visible.begin(), m_visible.end(), first);
        const qsizetype gone = end - m_visible.begin();
        if (gone > 0) {
            beginRemoveRows({}, 0, int(gone - 1));
            m_visible.remove(0, gone);
            endRemoveRows();
        }
        const auto pendingEnd = std::lower_bound(m_pending.begin(), m_pending.end(), first);
        m_pending.remove(0, pendingEnd - m_pending.begin());
        return;
    }
    if (first <= m_base)
        return;
    const qsizetype gone = qsizetype(std::min<quint64>(quint64(m_rows), first - m_base));
    if (gone > 0)
        beginRemoveRows({}, 0, int(gone - 1));
    m_rows -= gone;
    m_base = first;
    if (gone > 0)
        endRemoveRows();
}

void EventTableModel::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred)
        flush();
}

void EventTableModel::flush()
{
    if (!m_stale || !m_store)
        return;
    m_stale = false;
    applyEvicted();
    applyAppended();
}

void EventTableModel::onEvicted()
{
    if (m_deferred) {
        m_stale = true;
        return;
    }
    applyEvicted();
}

void EventTableModel::onAppended()
{
    if (m_deferred) {
        m_stale = true;
        return;
    }
    applyAppended();
}

void EventTableModel::applyEvicted()
{
    const qsizetype before = backlog();
    dropEvicted();
    if (backlog() != before)
        emit backlogChanged(backlog());
}

void EventTableModel::applyAppended()
{
    // By seq range rather than by count: the store announces what is still held, and the range
    // [m_knownEnd, nextSeq) minus what was evicted is exactly that.
    dropEvicted();
    const quint64 from = std::max(m_knownEnd, m_store->firstSeq());
    m_knownEnd = m_store->nextSeq();
    if (from >= m_knownEnd)
        return;
    if (!m_filtered) {
        if (m_rows == 0 && !m_paused)
            m_base = std::max(m_base, m_store->firstSeq());
        if (m_paused) {
            emit backlogChanged(backlog());
            return;
        }
        const qsizetype add = qsizetype(m_knownEnd - (m_base + quint64(m_rows)));
        if (add <= 0)
            return;
        beginInsertRows({}, int(m_rows), int(m_rows + add - 1));
        m_rows += add;
        endInsertRows();
        emit rowsAppended(int(add));
        return;
    }
    QVector<quint64> matching;
    for (quint64 seq = from; seq < m_knownEnd; ++seq) {
        const qsizetype i = m_store->indexOf(seq);
        if (i >= 0 && m_store->matches(m_store->at(i), m_filter))
            matching.append(seq);
    }
    if (matching.isEmpty())
        return;
    if (m_paused) {
        m_pending.append(matching);
        emit backlogChanged(backlog());
        return;
    }
    const int first = int(m_visible.size());
    beginInsertRows({}, first, first + int(matching.size()) - 1);
    m_visible.append(matching);
    endInsertRows();
    emit rowsAppended(int(matching.size()));
}

void EventTableModel::onCleared()
{
    beginResetModel();
    m_stale = false;
    m_knownEnd = m_store->nextSeq();
    m_base = m_knownEnd;
    m_rows = 0;
    m_visible.clear();
    m_pending.clear();
    endResetModel();
    emit backlogChanged(0);
}

void EventTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused || !m_store)
        return;
    // Catch up in one insert.
    m_stale = false;
    dropEvicted();
    {
        // Announced but not yet applied (deferred): they join the backlog first.
        const bool wasPaused = m_paused;
        m_paused = true;
        applyAppended();
        m_paused = wasPaused;
    }
    if (m_filtered) {
        if (!m_pending.isEmpty()) {
            const int first = int(m_visible.size());
            const int count = int(m_pending.size());
            beginInsertRows({}, first, first + count - 1);
            m_visible.append(m_pending);
            m_pending.clear();
            endInsertRows();
            emit rowsAppended(count);
        }
    } else {
        if (m_rows == 0)
            m_base = std::max(m_base, m_store->firstSeq());
        const qsizetype add = qsizetype(m_knownEnd - std::min(m_knownEnd, m_base + quint64(m_rows)));
        if (add > 0) {
            beginInsertRows({}, int(m_rows), int(m_rows + add - 1));
            m_rows += add;
            endInsertRows();
            emit rowsAppended(int(add));
        }
    }
    emit backlogChanged(0);
}

void EventTableModel::setFilter(const EventFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void EventTableModel::rebuild()
{
    beginResetModel();
    m_filtered = !m_filter.isEmpty();
    m_visible.clear();
    m_pending.clear();
    if (m_store) {
        // Everything held counts from here on, also what a deferred flush or the store's next
        // batch would announce: both go by seq range and find nothing left to add.
        m_stale = false;
        m_knownEnd = m_store->nextSeq();
        const quint64 first = m_store->firstSeq();
        if (m_filtered) {
            const QVector<qint32> indices = m_store->filter(m_filter);
            m_visible.reserve(indices.size());
            for (qint32 i : indices)
                m_visible.append(m_store->at(i).seq);
        } else {
            m_base = first;
            m_rows = m_knownEnd > first ? qsizetype(m_knownEnd - first) : 0;
        }
    }
    endResetModel();
    emit backlogChanged(backlog());
}

} // namespace syncdesk
