#include "SalesforceOrgCatalog.h"

#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"

#include <QTimer>
#include <memory>

namespace syncdesk {

QStringList SalesforcePresenceCatalog::statusNames() const
{
    QStringList names;
    for (const SalesforcePresenceStatus& s : statuses)
        names.append(s.developerName);
    return names;
}

SalesforceOrgCatalog::SalesforceOrgCatalog(SessionClients* clients, QObject* parent)
    : QObject(parent), m_clients(clients)
{
    // Connected before any page's handler (the pages are made after SessionClients), so a page
    // that asks again on profileChanged already gets the new profile's org.
    connect(m_clients->session(), &ProfileSession::profileChanged, this, &SalesforceOrgCatalog::invalidate);
}

SalesforceOrgCatalog::~SalesforceOrgCatalog() = default;

void SalesforceOrgCatalog::presenceCatalog(QObject* context, Callback done, bool refresh)
{
    m_waiters.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (refresh) {
        if (m_running)
            m_again = true;
        m_refreshWanted = true;
    }
    if (!m_running)
        start();
}

void SalesforceOrgCatalog::invalidate()
{
    m_cache.reset();
    m_cacheKey.clear();
    ++m_generation;
    m_running = false;
    m_again = false;
    m_refreshWanted = false;
    if (!m_waiters.isEmpty())
        start();
}

void SalesforceOrgCatalog::start()
{
    m_running = true;
    const int generation = ++m_generation;
    QPointer<SalesforceOrgCatalog> self(this);
    // Resolving the connection again (no network) tells whether the kept answer still belongs
    // to it: a changed login URL or sign-in makes SessionClients build a new client.
    m_clients->salesforceApi(this, [self, generation](SalesforceApi* api, const Error& error) {
        if (!self || generation != self->m_generation)
            return;
        if (error) {
            self->finish(error);
            return;
        }
        const QByteArray key = self->m_clients->salesforceKey();
        if (self->m_cache && !self->m_refreshWanted && key == self->m_cacheKey) {
            self->finish(*self->m_cache);
            return;
        }
        self->m_refreshWanted = false;
        self->m_again = false; // from here on, the read is newer than every waiting request
        struct Pending
        {
            int left = 2;
            SalesforcePresenceCatalog catalog;
            Error error;
        };
        auto pending = std::make_shared<Pending>();
        auto oneDone = [self, generation, pending, key] {
            if (!self || generation != self->m_generation || --pending->left > 0)
                return;
            if (pending->error) {
                self->finish(pending->error);
                return;
            }
            self->m_cache = pending->catalog;
            self->m_cacheKey = key;
            self->finish(pending->catalog);
            emit self->catalogChanged();
        };
        api->presenceStatuses(self, [pending, oneDone](const Result<QList<SalesforcePresenceStatus>>& r) {
            if (r.ok())
                pending->catalog.statuses = r.value();
            else if (!pending->error)
                pending->error = r.error();
            oneDone();
        });
        api->serviceChannels(self, [pending, oneDone](const Result<QList<SalesforceServiceChannel>>& r) {
            if (r.ok())
                pending->catalog.channels = r.value();
            else if (!pending->error)
                pending->error = r.error();
            oneDone();
        });
    });
}

void SalesforceOrgCatalog::finish(const Result<SalesforcePresenceCatalog>& result)
{
    if (m_again) {
        // A Reload arrived while this read ran: its callers want an answer at least as new.
        m_again = false;
        m_refreshWanted = true;
        start();
        return;
    }
    m_running = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.done(result);
    }
}

} // namespace syncdesk
