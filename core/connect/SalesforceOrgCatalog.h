#pragma once

#include "common/Error.h"
#include "salesforce/SalesforceApi.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace syncdesk {

class SessionClients;

// What the org has for Omni-Channel: its presence statuses and service channels, as
// SalesforceApi::presenceStatuses() and serviceChannels() read them.
struct SalesforcePresenceCatalog
{
    QList<SalesforcePresenceStatus> statuses;
    QList<SalesforceServiceChannel> channels;

    QStringList statusNames() const;
};

// The open profile's presence catalog, read once and shared by every page that offers the org's
// statuses (status designer, presence rules, omni-channel mapping): opening them all costs one
// query per object, not one per page, and the org counts every query against its daily API limit.
// Single flight: callers arriving while a read runs get that read's answer (or its error). The
// answer is kept until a caller asks for refresh, another profile opens, or the Salesforce
// connection (login URL, credentials, sign-in) changes.
class SalesforceOrgCatalog : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<SalesforcePresenceCatalog>& result)>;

    explicit SalesforceOrgCatalog(SessionClients* clients, QObject* parent = nullptr);
    ~SalesforceOrgCatalog() override;

    // Answers from the event loop, never synchronously; nothing once `context` is gone.
    // refresh = true (a Reload button): read the org again even with an answer kept; a read
    // already running when it arrives is followed by a new one, so the answer is not older than
    // the request.
    void presenceCatalog(QObject* context, Callback done, bool refresh = false);
    // The kept answer, if any (no request).
    std::optional<SalesforcePresenceCatalog> cached() const { return m_cache; }
    bool isLoading() const { return m_running; }
    // Forgets the kept answer (another profile, a new sign-in); a running read is dropped and
    // its callers are answered by a new one.
    void invalidate();

signals:
    // A read from the org succeeded: every page shows these statuses, not just the one that asked.
    void catalogChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    void start();
    void finish(const Result<SalesforcePresenceCatalog>& result);

    SessionClients* m_clients;
    QList<Waiter> m_waiters;
    std::optional<SalesforcePresenceCatalog> m_cache;
    QByteArray m_cacheKey; // the connection the kept answer was read with
    bool m_running = false;
    bool m_refreshWanted = false; // the running (or next) read must go to the org
    bool m_again = false;         // a refresh arrived during a read: read once more before answering
    int m_generation = 0;         // answers of a dropped read are ignored
};

} // namespace syncdesk
