#include "Error.h"

namespace syncdesk {

QString Error::describe() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return QStringLiteral("%1 (%2)").arg(message, detail);
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
