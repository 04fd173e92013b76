#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace syncdesk {

// Every failure in Syncdesk is one of these: a code to branch on, a translated sentence for
// people (what happened and what to do next) and a technical detail for logs (already redacted).
enum class ErrorCode {
    None,
    Cancelled,
    InvalidInput,
    // network
    HostNotFound,
    ConnectionRefused,
    ConnectionClosed,
    Timeout,
    Tls,
    Network,
    RateLimited,
    ServerError,
    HttpError,
    BadResponse,
    // Zoom
    InvalidClient,
    UnsupportedGrantType,
    InvalidToken,
    NotFound,
    MissingScopes,
    // keychain
    KeychainUnavailable,
    KeychainDenied,
    KeychainEntryNotFound,
    KeychainFailed,
    // files
    FileNotFound,
    FileRead,
    FileWrite,
    DiskFull,
    CorruptProfile,
    NewerSchema,
    // servers we run
    ListenFailed,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // translated, shown to people
    QString detail;  // technical, for logs; never contains secrets
    int httpStatus = 0;
    int serviceCode = 0; // Zoom's numeric "code" where the service gave one

    bool ok() const { return code == ErrorCode::None; }
    explicit operator bool() const { return !ok(); }
    static Error make(ErrorCode code, QString message, QString detail = {})
    {
        Error e;
        e.code = code;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    // "message (detail)" for one-line outputs such as the CLI's stderr.
    QString describe() const;
};

QString errorCodeName(ErrorCode code);

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace syncdesk
