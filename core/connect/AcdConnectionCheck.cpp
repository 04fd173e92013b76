#include "AcdConnectionCheck.h"

#include "acd/AcdApi.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace syncdesk {

AcdConnectionCheck::AcdConnectionCheck(SessionClients* clients, QObject* parent)
    : ConnectionCheck(clients, parent)
{
}

void AcdConnectionCheck::start()
{
    const std::optional<quint64> begun = beginRun();
    if (!begun)
        return;
    const quint64 run = *begun;
    emit progress(tr("Reading the ACD secrets…"));
    clients()->acdApi(
        this,
        [this, run](AcdApi* api, const Error& error) {
            if (!isCurrent(run))
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
                if (!isCurrent(run))
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
            if (isCurrent(run))
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
            if (!isCurrent(run))
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
    clients()->acdApi(this, [this, run, send](AcdApi* api, const Error& error) {
        if (!isCurrent(run))
            return;
        if (!error.ok())
            return done(run, error);
        m_api = api;
        send(api);
    });
}

void AcdConnectionCheck::done(quint64 run, const Error& error)
{
    if (!endRun(run, error))
        return;
    m_report.elapsedMs = elapsedMs();
    if (error.ok() && !m_report.userName.isEmpty()) {
        // The seed's "Map accounts" dialog asks for this user; the copy sheet shows it.
        ProfileSession* session = clients()->session();
        if (session->profile().acd.accessKeyUser != m_report.userName) {
            AcdSettings acd = session->profile().acd;
            acd.accessKeyUser = m_report.userName;
            session->setAcdSettings(acd);
        }
    }
    emit finished(m_report, lastError());
}

} // namespace syncdesk
