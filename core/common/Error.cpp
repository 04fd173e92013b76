#include "Error.h"

namespace syncdesk {

QString Error::describe() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    if (service == Service::Unspecified)
        return QStringLiteral("%1 (%2)").arg(message, detail);
    return QStringLiteral("%1 (%2: %3)").arg(message, serviceName(service), detail);
}

Service Error::defaultService(ErrorCode code)
{
    switch (code) {
    case ErrorCode::HostNotFound:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::ConnectionClosed:
    case ErrorCode::Timeout:
    case ErrorCode::Tls:
    case ErrorCode::Network:
    case ErrorCode::RateLimited:
    case ErrorCode::ServerError:
    case ErrorCode::HttpError:
    case ErrorCode::BadResponse:
    case ErrorCode::CrossOriginRedirect:
    case ErrorCode::InsecureRedirect:
    case ErrorCode::TooManyRedirects:
        return Service::Network;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainDenied:
    case ErrorCode::KeychainEntryNotFound:
    case ErrorCode::KeychainFailed:
        return Service::Keychain;
    case ErrorCode::FileNotFound:
    case ErrorCode::FileRead:
    case ErrorCode::FileWrite:
    case ErrorCode::DiskFull:
    case ErrorCode::CorruptProfile:
    case ErrorCode::NewerSchema:
        return Service::File;
    // OAuth and API answers mean the same for every vendor: only the caller knows whose.
    case ErrorCode::InvalidClient:
    case ErrorCode::UnsupportedGrantType:
    case ErrorCode::InvalidToken:
    case ErrorCode::NotFound:
    case ErrorCode::MissingScopes:
    case ErrorCode::None:
    case ErrorCode::Cancelled:
    case ErrorCode::InvalidInput:
    case ErrorCode::ListenFailed:
        break;
    }
    return Service::Unspecified;
}

QString serviceName(Service service)
{
    switch (service) {
    case Service::Unspecified: return QStringLiteral("unspecified");
    case Service::Zoom: return QStringLiteral("zoom");
    case Service::Acd: return QStringLiteral("acd");
    case Service::Salesforce: return QStringLiteral("salesforce");
    case Service::ContactCenter: return QStringLiteral("contact_center");
    case Service::Keychain: return QStringLiteral("keychain");
    case Service::File: return QStringLiteral("file");
    case Service::Network: return QStringLiteral("network");
    case Service::Sandbox: return QStringLiteral("sandbox");
    case Service::Monitor: return QStringLiteral("monitor");
    }
    return QStringLiteral("unspecified");
}

QString serviceDisplayName(Service service)
{
    switch (service) {
    case Service::Unspecified: return {};
    case Service::Zoom: return QStringLiteral("Zoom");
    case Service::Acd: return QStringLiteral("CXone ACD");
    case Service::Salesforce: return QStringLiteral("Salesforce");
    case Service::ContactCenter: return QStringLiteral("Contact Center");
    case Service::Keychain: return QCoreApplication::translate("syncdesk::Error", "the keychain");
    case Service::File: return QCoreApplication::translate("syncdesk::Error", "a file");
    case Service::Network: return QCoreApplication::translate("syncdesk::Error", "the network");
    case Service::Sandbox: return QCoreApplication::translate("syncdesk::Error", "the sandbox");
    case Service::Monitor: return QCoreApplication::translate("syncdesk::Error", "the event monitor");
    }
    return {};
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::HostNotFound: return QStringLiteral("host_not_found");
    case ErrorCode::ConnectionRefused: return QStringLiteral("connection_refused");
    case ErrorCode::ConnectionClosed: return QStringLiteral("connection_closed");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Tls: return QStringLiteral("tls");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCode::ServerError: return QStringLiteral("server_error");
    case ErrorCode::HttpError: return QStringLiteral("http_error");
    case ErrorCode::BadResponse: return QStringLiteral("bad_response");
    case ErrorCode::CrossOriginRedirect: return QStringLiteral("cross_origin_redirect");
    case ErrorCode::InsecureRedirect: return QStringLiteral("insecure_redirect");
    case ErrorCode::TooManyRedirects: return QStringLiteral("too_many_redirects");
    case ErrorCode::InvalidClient: return QStringLiteral("invalid_client");
    case ErrorCode::UnsupportedGrantType: return QStringLiteral("unsupported_grant_type");
    case ErrorCode::InvalidToken: return QStringLiteral("invalid_token");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::MissingScopes: return QStringLiteral("missing_scopes");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case ErrorCode::KeychainDenied: return QStringLiteral("keychain_denied");
    case ErrorCode::KeychainEntryNotFound: return QStringLiteral("keychain_entry_not_found");
    case ErrorCode::KeychainFailed: return QStringLiteral("keychain_failed");
    case ErrorCode::FileNotFound: return QStringLiteral("file_not_found");
    case ErrorCode::FileRead: return QStringLiteral("file_read");
    case ErrorCode::FileWrite: return QStringLiteral("file_write");
    case ErrorCode::DiskFull: return QStringLiteral("disk_full");
    case ErrorCode::CorruptProfile: return QStringLiteral("corrupt_profile");
    case ErrorCode::NewerSchema: return QStringLiteral("newer_schema");
    case ErrorCode::ListenFailed: return QStringLiteral("listen_failed");
    }
    return QStringLiteral("unknown");
}

} // namespace syncdesk
