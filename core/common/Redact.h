#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace syncdesk::redact {

// Query keys and header names whose values never reach a log.
bool isSensitiveKey(QStringView key);
// The URL with sensitive query values and any user info replaced by "***".
QString url(const QUrl& url);
// A header value as it may be logged.
QByteArray header(const QByteArray& name, const QByteArray& value);
// The one policy for headers shown to people or written to files (captures, exports, CLI
// output, the detail pane): credentials (Authorization, Proxy-Authorization, Cookie, Set-Cookie
// and the configured extra-authentication header) are masked. x-zm-signature is kept: it is an
// HMAC, not a secret, and lets a recipient re-verify the body with their own copy of the token.
bool isCredentialHeader(QByteArrayView name);
// value, or "***" when name is a credential header.
QByteArray shownHeader(QByteArrayView name, const QByteArray& value);
// Registers the name of the webhook's extra-authentication header (any case) for the process;
// names are only ever added, so a header once configured stays masked. Thread-safe.
void addCredentialHeader(QByteArrayView name);

// One log line (or any free text) as it may be written to a file or shown in a support bundle:
// credentials in the forms they take in our messages are replaced by "***": "Bearer …" and
// "Basic …" tokens, Authorization/Cookie/credential header values, key=value and key: value
// pairs and JSON "key":"value" members whose key names a secret (…secret…, …token…, password,
// api_key, code_verifier, …), and user info in URLs. Text that names no secret is unchanged.
// Best effort by shape: code still never logs a secret on purpose.
QString line(const QString& text);

// A secret shown to people (e.g. "••••••1a2b" for confirmation): only the last 4 characters.
QString hint(const QString& secret);

} // namespace syncdesk::redact
