#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace syncdesk {

// Every failure in Syncdesk is one of these: a code to branch on, the service it concerns, a
// translated sentence for people (what happened and what to do next) and a technical detail for
// logs (already redacted).
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
    CrossOriginRedirect, // an authenticated request was redirected to another origin: not followed
    InsecureRedirect,    // https redirected to plain http: not followed
    TooManyRedirects,
    // what a service's OAuth or API answered (named after Zoom's answers, meaning the same for
    // every vendor; Error::service says whose answer it was)
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

// Which service or part of Syncdesk an error concerns, so one error type serves every vendor:
// the UI and the CLI can say "Salesforce" or "the keychain" without parsing messages.
enum class Service {
    Unspecified,
    Zoom,
    Acd,
    Salesforce,
    ContactCenter,
    Keychain,
    File,
    Network, // a transport failure not attributed to a vendor
    Sandbox,
    Monitor,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    Service service = Service::Unspecified;
    QString message; // translated, shown to people
    QString detail;  // technical, for logs; never contains secrets
    int httpStatus = 0;
    int serviceCode = 0; // the service's own numeric code where it gave one (Zoom's "code")

    bool ok() const { return code == ErrorCode::None; }
    explicit operator bool() const { return !ok(); }
    // The service is derived from the code where the code says it (keychain, file, network codes);
    // code that knows better uses the overload with an explicit service.
    static Error make(ErrorCode code, QString message, QString detail = {})
    {
        return make(defaultService(code), code, std::move(message), std::move(detail));
    }
    static Error make(Service service, ErrorCode code, QString message, QString detail = {})
    {
        Error e;
        e.code = code;
        e.service = service;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    static Service defaultService(ErrorCode code);
    // "message (service: detail)" for one-line outputs such as the CLI's stderr.
    QString describe() const;
};

QString errorCodeName(ErrorCode code);
// Stable, lower-case names ("zoom", "acd", "keychain", ...) for logs and machine-readable output.
QString serviceName(Service service);
// The service as people call it ("Zoom", "the keychain"), translated.
QString serviceDisplayName(Service service);

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
