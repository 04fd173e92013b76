#include "PresencePrediction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <limits>

namespace syncdesk {

PresencePrediction::PresencePrediction(EventStore* store, QObject* parent) : QObject(parent)
{
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &PresencePrediction::recomputeSlice);
    setStore(store);
}

PresencePrediction::~PresencePrediction() = default;

void PresencePrediction::setStore(EventStore* store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::appended, this, &PresencePrediction::onAppended);
        connect(m_store, &EventStore::cleared, this, &PresencePrediction::onCleared);
    }
    restart();
}

std::optional<PresenceRule> PresencePrediction::activeRule(const QJsonArray& rules, const QString& activeName)
{
    if (activeName.isEmpty())
        return std::nullopt;
    for (const QJsonValue& value : rules) {
        if (!value.isObject() || value.toObject().value(QStringLiteral("name")).toString() != activeName)
            continue;
        Result<PresenceRule> rule = PresenceRules::fromJson(value.toObject());
        if (rule.ok())
            return rule.value();
        return std::nullopt;
    }
    return std::nullopt;
}

void PresencePrediction::setRule(const std::optional<PresenceRule>& rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    restart();
}

void PresencePrediction::setUserEmails(const QHash<QString, QString>& emailOfUserId)
{
    if (emailOfUserId == m_userEmails)
        return;
    m_userEmails = emailOfUserId;
    restart(); // earlier calls of these users get their predictions now
}

void PresencePrediction::restart()
{
    m_slice.stop();
    m_predictions.clear();
    m_simulator.reset();
    m_baseSeq = m_nextSeq = m_store ? m_store->firstSeq() : 0;
    m_recomputing = false;
    if (!m_rule || !m_store) {
        emit recomputed();
        return;
    }
    m_simulator = std::make_unique<PresenceSimulator>(*m_rule);
    for (auto it = m_userEmails.cbegin(); it != m_userEmails.cend(); ++it)
        m_simulator->learnUser(it.key(), it.value());
    // Interned names stay valid for the rule's lifetime only; a new rule starts a new table.
    m_names = QStringList{QString()};
    m_idOf.clear();
    if (m_store->size() == 0) {
        emit recomputed();
        return;
    }
    m_recomputing = true;
    if (m_sliceMs <= 0)
        recomputeSlice();
    else
        m_slice.start();
}

void PresencePrediction::recomputeSlice()
{
    catchUp(m_sliceMs > 0 ? m_sliceMs : -1);
    if (m_store && m_nextSeq < m_store->nextSeq()) {
        m_slice.start();
        return;
    }
    m_recomputing = false;
    emit recomputed();
}

void PresencePrediction::onAppended()
{
    if (m_recomputing || !m_simulator)
        return; // the slices pick the new events up
    catchUp(-1);
    emit updated();
}

void PresencePrediction::onCleared()
{
    // The held events are gone; the agents start over with the next ones (as a restart would).
    restart();
}

void PresencePrediction::dropEvicted()
{
    const quint64 first = m_store->firstSeq();
    if (first <= m_baseSeq)
        return;
    const quint64 gone = std::min<quint64>(first - m_baseSeq, m_predictions.size());
    m_predictions.erase(m_predictions.begin(), m_predictions.begin() + qsizetype(gone));
    m_baseSeq = first;
    if (m_nextSeq < first)
        m_nextSeq = first; // appended and evicted before we looked: never predicted
}

quint16 PresencePrediction::intern(const QString& name)
{
    if (name.isEmpty())
        return 0;
    const auto it = m_idOf.constFind(name);
    if (it != m_idOf.constEnd())
        return *it;
    if (m_names.size() > std::numeric_limits<quint16>::max())
        return 0; // cannot happen with a rule's handful of states; shown empty rather than wrong
    const auto id = quint16(m_names.size());
    m_names.append(name);
    m_idOf.insert(name, id);
    return id;
}

PresenceSimInput PresencePrediction::inputFor(const EventStore& store, const EventRecord& r)
{
    PresenceSimInput in;
    in.event = store.string(r.eventName);
    in.email = store.string(r.email);
    in.userId = store.string(r.userId);
    if (r.type == ZoomEventType::UserPresenceStatusUpdated) {
        in.kind = PresenceSimInput::Kind::ZoomPresence;
        in.presence = r.presence;
    } else if (r.callState != CallState::None) {
        in.kind = PresenceSimInput::Kind::ZoomPhone;
        in.call = r.callState;
    }
    return in;
}

void PresencePrediction::catchUp(qint64 budgetMs)
{
    if (!m_store || !m_simulator)
        return;
    dropEvicted();
    const quint64 end = m_store->nextSeq();
    QElapsedTimer clock;
    clock.start();
    int sinceCheck = 0;
    while (m_nextSeq < end) {
        const EventRecord& r = m_store->at(m_store->indexOf(m_nextSeq));
        Compact c;
        if (r.type != ZoomEventType::Gap) {
            const PresenceSimInput in = inputFor(*m_store, r);
            const PresenceSimStep step = m_simulator->apply(in);
            if (in.kind != PresenceSimInput::Kind::Other) {
                if (step.isAgent) {
                    c.status = quint8(EventPrediction::Status::Agent) | (step.acdChanged ? 0x10 : 0);
                    c.acd = intern(step.acd);
                    c.salesforce = intern(step.salesforce);
                    c.note = quint8(step.note);
                } else {
                    c.status = quint8(EventPrediction::Status::NotAgent);
                }
            }
        }
        m_predictions.push_back(c);
        ++m_nextSeq;
        if (budgetMs >= 0 && ++sinceCheck == 1024) {
            sinceCheck = 0;
            if (clock.elapsed() >= budgetMs)
                break;
        }
    }
}

EventPrediction PresencePrediction::prediction(quint64 seq)
{
    EventPrediction p;
    if (!m_simulator || !m_store)
        return p;
    if (seq >= m_nextSeq && !m_recomputing)
        catchUp(-1);
    if (seq < m_baseSeq || seq >= m_nextSeq)
        return p;
    const Compact& c = m_predictions[size_t(seq - m_baseSeq)];
    p.status = EventPrediction::Status(c.status & 0x0f);
    p.acdChanged = c.status & 0x10;
    p.note = PresenceSimNote(c.note);
    p.acd = m_names.value(c.acd);
    p.salesforce = m_names.value(c.salesforce);
    return p;
}

std::optional<PresenceSimulator::Agent> PresencePrediction::agent(const QString& email)
{
    if (!m_simulator)
        return std::nullopt;
    if (!m_recomputing && m_store && m_nextSeq < m_store->nextSeq())
        catchUp(-1);
    return m_simulator->agent(email);
}

qint64 PresencePrediction::approximateMemoryBytes() const
{
    return qint64(m_predictions.size()) * qint64(sizeof(Compact));
}

} // namespace syncdesk
