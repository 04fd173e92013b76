#include "ConnectionCheck.h"

#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"

namespace syncdesk {

ConnectionCheck::ConnectionCheck(SessionClients* clients, QObject* parent)
    : QObject(parent), m_clients(clients)
{
    connect(clients->session(), &ProfileSession::profileChanged, this, [this] {
        // What was found says nothing about another profile.
        ++m_run;
        m_running = false;
        m_error = {};
        m_checkedAt = {};
        clearReport();
        emit reset();
    });
}

std::optional<quint64> ConnectionCheck::beginRun()
{
    if (m_running || !m_clients->session()->hasProfile())
        return std::nullopt;
    const quint64 run = ++m_run;
    m_running = true;
    m_error = {};
    clearReport();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    emit started();
    return run;
}

bool ConnectionCheck::endRun(quint64 run, const Error& error)
{
    if (run != m_run)
        return false;
    m_running = false;
    m_error = error;
    m_checkedAt = QDateTime::currentDateTime();
    return true;
}

void ConnectionCheck::abandonRun()
{
    if (!m_running)
        return;
    ++m_run;
    m_running = false;
    emit reset();
}

} // namespace syncdesk
