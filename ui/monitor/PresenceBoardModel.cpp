#include "PresenceBoardModel.h"

#include "presence/PresencePrediction.h"

#include <QBrush>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <algorithm>
#include <climits>

namespace syncdesk {

namespace {
QColor presenceColor(PresenceState p)
{
    switch (p) {
    case PresenceState::Available:
    case PresenceState::MobileSignedIn:
        return QColor(46, 125, 50);
    case PresenceState::Away:
        return QColor(240, 160, 0);
    case PresenceState::DoNotDisturb:
    case PresenceState::InMeeting:
    case PresenceState::Presenting:
    case PresenceState::OnPhoneCall:
    case PresenceState::InCalendarEvent:
    case PresenceState::Busy:
        return QColor(198, 40, 40);
    case PresenceState::OutOfOffice:
        return QColor(106, 27, 154);
    case PresenceState::None:
    case PresenceState::Offline:
    case PresenceState::Other:
        break;
    }
    return QColor(150, 150, 150);
}

QIcon presenceIcon(PresenceState p)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(p));
    if (it != cache.cend())
        return it.value();
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(presenceColor(p));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return cache.insert(int(p), QIcon(pm)).value();
}
} // namespace

PresenceBoardModel::PresenceBoardModel(EventStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PresenceBoardModel::tick);
    m_tick.start();
    m_deferred.setSingleShot(true);
    m_deferred.setInterval(0);
    connect(&m_deferred, &QTimer::timeout, this, &PresenceBoardModel::ingest);
    setStore(store);
}

void PresenceBoardModel::setStore(EventStore* store)
{
    if (m_store)
        m_store->disconnect(this);
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_store = store;
    m_nextSeq = store ? store->firstSeq() : 0;
    endResetModel();
    if (!m_store)
        return;
    connect(m_store, &EventStore::appended, this, &PresenceBoardModel::onAppended);
    connect(m_store, &EventStore::cleared, this, &PresenceBoardModel::clear);
    ingest();
}

void PresenceBoardModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_nextSeq = m_store ? m_store->nextSeq() : 0;
    endResetModel();
}

void PresenceBoardModel::setPrediction(PresencePrediction* prediction)
{
    if (m_prediction)
        m_prediction->disconnect(this);
    m_prediction = prediction;
    if (m_prediction) {
        connect(m_prediction, &PresencePrediction::recomputed, this, &PresenceBoardModel::predictionChanged);
    }
    predictionChanged();
}

void PresenceBoardModel::predictionChanged()
{
    // Two columns of the rows on screen are repainted; states are looked up when painted.
    if (!m_rows.empty())
        emit dataChanged(index(0, AcdColumn), index(int(m_rows.size()) - 1, SalesforceColumn),
                         {Qt::DisplayRole});
}

int PresenceBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PresenceBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PresenceBoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int PresenceBoardModel::rowOfUser(const QString& userId) const
{
    return m_rowOf.value(userId, -1);
}

QString PresenceBoardModel::userIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].key : QString();
}

QString PresenceBoardModel::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    //: A duration in seconds, e.g. "42 s"
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QVariant PresenceBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Entry& e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return e.email;
        case NameColumn:
            // Without name or e-mail (a call's other party), the id is all there is to show.
            return !e.name.isEmpty() || !e.email.isEmpty() ? e.name : e.key;
        case PresenceColumn:
            return ZoomEventParser::presenceLabel(e.presence);
        case PhoneColumn:
            switch (e.phone) {
            case PhoneState::Unknown:
                return QString();
            case PhoneState::Idle:
                return tr("Idle");
            case PhoneState::Ringing:
                return ZoomEventParser::callStateLabel(CallState::Ringing);
            case PhoneState::Connected:
                return ZoomEventParser::callStateLabel(CallState::Connected);
            }
            return {};
        case AcdColumn:
        case SalesforceColumn: {
            if (!m_prediction || !m_prediction->hasRule() || e.email.isEmpty())
                return QString();
            const auto agent = m_prediction->agent(e.email);
            if (!agent)
                return QString();
            return index.column() == AcdColumn ? agent->acd : agent->salesforce;
        }
        case ChangedColumn:
            return e.changedAtMs ? QDateTime::fromMSecsSinceEpoch(e.changedAtMs)
                                       .time()
                                       .toString(QStringLiteral("hh:mm:ss"))
                                 : QString();
        case DurationColumn:
            return e.changedAtMs ? formatDuration(m_clock() - e.changedAtMs) : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == PresenceColumn && e.presence != PresenceState::None)
            return presenceIcon(e.presence);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == EmailColumn)
            return tr("User ID: %1").arg(e.key);
        if ((index.column() == AcdColumn || index.column() == SalesforceColumn) && m_prediction &&
            m_prediction->hasRule()) {
            if (e.email.isEmpty() || !m_prediction->agent(e.email))
                return tr("Rule \"%1\" predicts nothing for this person yet (not covered by the rule, "
                          "or no presence or phone event seen).")
                    .arg(m_prediction->rule()->name);
            return tr("Predicted by rule \"%1\"").arg(m_prediction->rule()->name);
        }
        if (index.column() == ChangedColumn && e.changedAtMs)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.changedAtMs), QLocale::LongFormat);
        return {};
    case UserIdRole:
        return e.key;
    case PresenceRole:
        return int(e.presence);
    case PhoneRole:
        return int(e.phone);
    default:
        return {};
    }
}

QVariant PresenceBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case PresenceColumn:
        return tr("Zoom presence");
    case PhoneColumn:
        return tr("Phone");
    case AcdColumn:
        //: Column header: the ACD state the active presence rule predicts
        return tr("ACD");
    case SalesforceColumn:
        //: Column header: the Salesforce presence status the active presence rule predicts
        return tr("Salesforce");
    case ChangedColumn:
        //: Column header: the time the presence or phone state last changed
        return tr("Last change");
    case DurationColumn:
        //: Column header: how long the current state has lasted so far
        return tr("Duration");
    default:
        return {};
    }
}

bool PresenceBoardModel::lessThan(const Entry& a, const Entry& b) const
{
    const int c = m_collator.compare(a.display(), b.display());
    if (c != 0)
        return c < 0;
    return a.key < b.key;
}

int PresenceBoardModel::positionFor(const Entry& e) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), e,
                                     [this](const Entry& a, const Entry& b) { return lessThan(a, b); });
    return int(it - m_rows.begin());
}

void PresenceBoardModel::reindex(int from, int to)
{
    for (int r = std::max(0, from); r <= to && r < int(m_rows.size()); ++r)
        m_rowOf.insert(m_rows[size_t(r)].key, r);
}

int PresenceBoardModel::findOrInsert(const QString& key, const QString& name, const QString& email,
                                     int* firstChanged, int* lastChanged)
{
    auto touch = [&](int row) {
        *firstChanged = std::min(*firstChanged, row);
        *lastChanged = std::max(*lastChanged, row);
    };
    int row = m_rowOf.value(key, -1);
    if (row < 0) {
        Entry e;
        e.key = key;
        e.name = name;
        e.email = email;
        row = positionFor(e);
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, std::move(e));
        reindex(row, int(m_rows.size()) - 1);
        endInsertRows();
        // Rows after the insert moved down; their pending change marks move with them.
        if (*firstChanged != INT_MAX && *firstChanged >= row)
            *firstChanged += 1;
        if (*lastChanged >= row)
            *lastChanged += 1;
        return row;
    }
    Entry& e = m_rows[size_t(row)];
    const bool newEmail = !email.isEmpty() && email != e.email;
    const bool newName = !name.isEmpty() && name != e.name;
    if (!newEmail && !newName)
        return row;
    Entry updated = e;
    if (newEmail)
        updated.email = email;
    if (newName)
        updated.name = name;
    if (updated.display() == e.display()) {
        e = std::move(updated);
        touch(row);
        return row;
    }
    // The sort key changed: find the new place among the others.
    const Entry old = std::move(e);
    m_rows.erase(m_rows.begin() + row);
    const int to = positionFor(updated);
    if (to == row) {
        m_rows.insert(m_rows.begin() + row, std::move(updated));
        touch(row);
        return row;
    }
    m_rows.insert(m_rows.begin() + row, old); // back in place until the move is announced
    // beginMoveRows counts the destination in the old numbering.
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_rows.erase(m_rows.begin() + row);
    m_rows.insert(m_rows.begin() + to, std::move(updated));
    reindex(std::min(row, to), std::max(row, to));
    endMoveRows();
    touch(std::min(row, to));
    touch(std::max(row, to));
    return to;
}

void PresenceBoardModel::setUpdateInterval(int ms)
{
    m_deferred.setInterval(std::max(0, ms));
}

void PresenceBoardModel::onAppended()
{
    if (m_deferred.interval() == 0)
        ingest();
    else if (!m_deferred.isActive())
        m_deferred.start();
}

void PresenceBoardModel::ingest()
{
    if (!m_store)
        return;
    int first = INT_MAX;
    int last = -1;
    const quint64 end = m_store->nextSeq();
    const bool looked = end > std::max(m_nextSeq, m_store->firstSeq());
    for (quint64 seq = std::max(m_nextSeq, m_store->firstSeq()); seq < end; ++seq) {
        const EventRecord& r = m_store->at(m_store->indexOf(seq));
        if (r.type == ZoomEventType::Gap)
            continue;
        const bool presence = r.presence != PresenceState::None;
        const bool call = r.callState != CallState::None;
        const bool userEvent = r.userName || r.email;
        if (!presence && !call && !userEvent)
            continue;
        QString key = m_store->string(r.userId);
        if (key.isEmpty())
            key = m_store->string(r.email);
        if (key.isEmpty())
            continue;
        const qint64 when = r.eventTsMs ? r.eventTsMs : r.receivedAtMs;
        const int row =
            findOrInsert(key, m_store->string(r.userName), m_store->string(r.email), &first, &last);
        Entry& e = m_rows[size_t(row)];
        bool changed = false;
        if (presence && r.presence != e.presence) {
            e.presence = r.presence;
            changed = true;
        }
        PhoneState phone = PhoneState::Unknown;
        switch (r.callState) {
        case CallState::Ringing:
            phone = PhoneState::Ringing;
            break;
        case CallState::Connected:
            phone = PhoneState::Connected;
            break;
        case CallState::Ended:
            phone = PhoneState::Idle;
            break;
        case CallState::None:
            break;
        }
        // Webhooks may arrive out of order: a call's "connected" that arrives after its "ended"
        // must not leave the person on the phone.
        const bool callIsCurrent = call && !(r.eventTsMs && r.eventTsMs < e.phoneAtMs);
        if (callIsCurrent) {
            e.phoneAtMs = std::max(e.phoneAtMs, r.eventTsMs);
            if (phone != e.phone) {
                e.phone = phone;
                changed = true;
            }
        }
        if (changed) {
            e.changedAtMs = when;
            first = std::min(first, row);
            last = std::max(last, row);
        }
        // The other internal party of a call is on the phone too.
        if (call && r.peerUserId) {
            const QString peer = m_store->string(r.peerUserId);
            const int peerRow = findOrInsert(peer, QString(), QString(), &first, &last);
            Entry& p = m_rows[size_t(peerRow)];
            if (r.eventTsMs && r.eventTsMs < p.phoneAtMs)
                continue;
            p.phoneAtMs = std::max(p.phoneAtMs, r.eventTsMs);
            if (p.phone != phone) {
                p.phone = phone;
                p.changedAtMs = when;
                first = std::min(first, peerRow);
                last = std::max(last, peerRow);
            }
        }
    }
    m_nextSeq = end;
    if (last >= 0) {
        last = std::min(last, int(m_rows.size()) - 1);
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    // Any person's predicted states may have moved (a call names its user by ID only), at the
    // board's own pace rather than per store batch.
    if (looked && m_prediction && m_prediction->hasRule())
        predictionChanged();
}

void PresenceBoardModel::tick()
{
    if (m_rows.empty())
        return;
    emit dataChanged(index(0, DurationColumn), index(int(m_rows.size()) - 1, DurationColumn),
                     {Qt::DisplayRole});
}

} // namespace syncdesk
