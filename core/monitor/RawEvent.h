#pragma once

#include "net/RestClient.h" // HeaderList

#include <QByteArray>
#include <QString>

namespace syncdesk {

enum class EventSourceKind : quint8 { Webhook = 0, WebSocket, Replay };

// How the event's authenticity was established.
enum class Verification : quint8 {
    SignatureValid = 0, // webhook: x-zm-signature matched and the timestamp was within tolerance
    TokenAuthenticated, // WebSocket: the connection itself is authenticated by the access token
    NotChecked,         // replayed from a capture file (the capture says how it was verified)
};

// One event as a source delivered it, before parsing. The body is kept byte for byte.
struct RawEvent
{
    EventSourceKind source = EventSourceKind::Webhook;
    Verification verification = Verification::SignatureValid;
    qint64 receivedAtMs = 0;   // ms since epoch, when the last byte arrived
    QByteArray body;           // webhook: the request body as received; WebSocket: the inner "content" JSON
    HeaderList headers;        // webhook request headers, names lowercased; empty for WebSocket
};

QString sourceKindName(EventSourceKind kind);       // "webhook", "websocket", "replay" (stable, for files)
QString sourceKindLabel(EventSourceKind kind);      // translated
QString verificationLabel(Verification v);          // translated

} // namespace syncdesk
