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
// A secret shown to people (e.g. "••••••1a2b" for confirmation): only the last 4 characters.
QString hint(const QString& secret);

} // namespace syncdesk::redact
