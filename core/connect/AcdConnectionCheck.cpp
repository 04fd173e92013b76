#include "AcdConnectionCheck.h"

#include "acd/AcdApi.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace syncdesk {

AcdConnectionCheck::AcdConnectionCheck(SessionClients* clients, QObject* parent)
    : QObject(parent), m_clients(clients)
{
    connect(clients->session(), &ProfileSession::profileChanged, this, [this] {
        // What was found says nothing about another profile.
        ++m_run;
        m_running = false;
        m_report = {};
        m_error = {};
        m_checkedAt = {};
        emit reset();
    });
}

void AcdConnectionCheck::start()
{
    if (m_running || !m_clients->session()->hasProfile())
        return;
    const quint64 run = ++m_run;
    m_running = true;
    m_report = {};
    m_error = {};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    emit started();
    emit progress(tr("Reading the ACD secrets…"));
    m_clients->acdApi(
        this,
        [this, run](AcdApi* api, const Error& error) {
            if (run != m_run)
                return;
            if (!error.ok())
                return done(run, error);
            m_api = api;
            AcdAuth* auth = api->auth();
            // A test proves the credentials as they are now: never answer from a cached token.
            if (const auto cached = auth->cachedToken())
                auth->invalidate(cached->accessToken);
            emit progress(tr("Signing in to the ACD…"));
            auth->token(this, [this, run, auth](const AcdToken& t, const Error& e) {
                if (run != m_run)
                    return;
                if (!e.ok())
                    return done(run, e);
                m_report.tenantId = t.tenantId;
                m_report.businessUnitId = t.businessUnitId;
                m_report.userName = t.userName;
                m_report.apiBase = t.apiBase;
                m_report.servicesBase = auth->servicesBase();
                emit progress(tr("Counting agents, teams and unavailable codes…"));
                count(run, 0);
            });
        },
        [this, run](const Error& waiting) {
            if (run == m_run)
                emit progress(waiting.message);
        });
}

void AcdConnectionCheck::count(quint64 run, int step)
{
    // One small page each: totalRecords where the ACD gives it, so a large tenant is not walked.
    QUrlQuery one;
    one.addQueryItem(QStringLiteral("top"), QStringLiteral("1"));
    one.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
    struct Step
    {
        QString path;
        QUrlQuery query;
        QString listKey;
        int AcdConnectionReport::*out;
    };
    const Step steps[] = {
        {QStringLiteral("agents"), one, QStringLiteral("agents"), &AcdConnectionReport::agentCount},
        {QStringLiteral("teams"), one, QStringLiteral("teams"), &AcdConnectionReport::teamCount},
        {QStringLiteral("unavailable-codes"), QUrlQuery(QStringLiteral("activeOnly=false")),
         QStringLiteral("unavailableCodes"), &AcdConnectionReport::unavailableCodeCount},
    };
    if (step >= int(std::size(steps)))
        return done(run, {});
    const Step s = steps[step];
    auto send = [this, run, step, s](AcdApi* api) {
        api->call("GET", s.path, s.query, {}, this, [this, run, step, s](const RestResponse& r) {
            if (run != m_run)
                return;
            if (!r.ok()) {
                Error e = r.error;
                e.service = Service::Acd;
                return done(run, e);
            }
            const QJsonObject o = r.json().object();
            m_report.*(s.out) = o.contains(QStringLiteral("totalRecords"))
                                    ? o.value(QStringLiteral("totalRecords")).toInt()
                                    : int(o.value(s.listKey).toArray().size());
            count(run, step + 1);
        });
    };
    if (m_api) {
        send(m_api);
        return;
    }
    // The session replaced its client meanwhile (the profile was edited): ask for the new one.
    m_clients->acdApi(this, [this, run, send](AcdApi* api, const Error& error) {
        if (run != m_run)
            return;
        if (!error.ok())
            return done(run, error);
        m_api = api;
        send(api);
    });
}

void AcdConnectionCheck::cancel()
{
    if (!m_running)
        return;
    ++m_run;
    m_running = false;
    emit reset();
}

void AcdConnectionCheck::done(quint64 run, const Error& error)
{
    if (run != m_run)
        return;
    m_running = false;
    m_error = error;
    m_checkedAt = QDateTime::currentDateTime();
    m_report.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    if (error.ok() && !m_report.userName.isEmpty()) {
        // The seed's "Map accounts" dialog asks for this user; the copy sheet shows it.
        ProfileSession* session = m_clients->session();
        if (session->profile().acd.accessKeyUser != m_report.userName) {
            AcdSettings acd = session->profile().acd;
            acd.accessKeyUser = m_report.userName;
            session->setAcdSettings(acd);
        }
    }
    emit finished(m_report, m_error);
}

} // namespace syncdesk
