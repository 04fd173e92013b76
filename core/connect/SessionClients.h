#pragma once

#include "common/Error.h"
#include "connect/SecretAccess.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace syncdesk {

class AcdApi;
class AcdAuth;
class ProfileSession;
class SalesforceApi;
class SalesforceAuth;
class SalesforceOrgCatalog;
class ZoomApi;
class ZoomAuth;

// The API clients of the open profile, shared by every area (address books, Directory Sync,
// account mapping…): one ZoomApi and one AcdApi, each with its token cache, so pages do not each
// sign in. Every request resolves the connection again (profile edits and new secrets take
// effect at once) and keeps the existing client while endpoints and credentials are unchanged.
class SessionClients : public QObject
{
    Q_OBJECT
public:
    explicit SessionClients(ProfileSession* session, QObject* parent = nullptr);
    ~SessionClients() override;

    ProfileSession* session() const { return m_session; }

    using ZoomCallback = std::function<void(ZoomApi* api, const Error& error)>;
    using AcdCallback = std::function<void(AcdApi* api, const Error& error)>;
    using SalesforceCallback = std::function<void(SalesforceApi* api, const Error& error)>;
    // Answers from the event loop; `api` is owned here and valid until the next request that
    // finds the connection changed (do not keep it across requests). A keychain that takes long
    // is reported through `waiting` (SecretAccess's Retry/Cancel applies).
    void zoomApi(QObject* context, ZoomCallback done, SecretAccess::WaitingCallback waiting = {});
    void acdApi(QObject* context, AcdCallback done, SecretAccess::WaitingCallback waiting = {});
    // Signed in with the browser sign-in's refresh token when one is stored, else with the
    // username-password flow (SalesforceConnectionResolver). The API usage it last saw stays
    // readable on the api (apiUsage()).
    void salesforceApi(QObject* context, SalesforceCallback done, SecretAccess::WaitingCallback waiting = {});
    // Drops the Salesforce client, e.g. after a new browser sign-in stored another refresh token.
    // The org's presence catalog read with it is dropped too.
    void resetSalesforce();
    // A digest of the connection the current Salesforce client was made from (empty before the
    // first salesforceApi() answer): equal keys, same org and sign-in.
    QByteArray salesforceKey() const { return m_sfKey; }
    // The org's presence statuses and service channels, read once for every page.
    SalesforceOrgCatalog* salesforceCatalog() const { return m_sfCatalog; }

private:
    ProfileSession* m_session;
    QByteArray m_zoomKey, m_acdKey; // a digest of what the current clients were made from
    ZoomAuth* m_zoomAuth = nullptr;
    ZoomApi* m_zoom = nullptr;
    AcdAuth* m_acdAuth = nullptr;
    AcdApi* m_acd = nullptr;
    QByteArray m_sfKey;
    SalesforceAuth* m_sfAuth = nullptr;
    SalesforceApi* m_sf = nullptr;
    SalesforceOrgCatalog* m_sfCatalog;
};

} // namespace syncdesk
