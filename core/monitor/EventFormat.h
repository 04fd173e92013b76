#pragma once

#include "RawEvent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace syncdesk {

// Stable spellings used in files (exports, captures); never translated.
QString verificationName(Verification v); // "signature_valid", "token_authenticated", "not_checked"
std::optional<Verification> verificationFromName(QStringView name);
std::optional<EventSourceKind> sourceKindFromName(QStringView name); // inverse of sourceKindName()

// "2024-01-01T10:00:00.123Z". Hand-rolled because exports format a million of these and
// QDateTime costs ~1 µs each.
void appendIsoUtcMs(QByteArray& out, qint64 msSinceEpoch);
QString isoUtcMs(qint64 msSinceEpoch);
// Any ISO-8601 date-time with a zone (Z or ±hh:mm), with or without milliseconds.
std::optional<qint64> parseIsoMs(QStringView text);

} // namespace syncdesk
