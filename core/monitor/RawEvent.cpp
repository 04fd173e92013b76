#include "RawEvent.h"

#include <QCoreApplication>

namespace syncdesk {

QString sourceKindName(EventSourceKind kind)
{
    switch (kind) {
    case EventSourceKind::Webhook: return QStringLiteral("webhook");
    case EventSourceKind::WebSocket: return QStringLiteral("websocket");
    case EventSourceKind::Replay: return QStringLiteral("replay");
    }
    return {};
}

QString sourceKindLabel(EventSourceKind kind)
{
    switch (kind) {
    case EventSourceKind::Webhook: return QCoreApplication::translate("RawEvent", "Webhook");
    case EventSourceKind::WebSocket: return QCoreApplication::translate("RawEvent", "WebSocket");
    case EventSourceKind::Replay: return QCoreApplication::translate("RawEvent", "Replay");
    }
    return {};
}

QString verificationLabel(Verification v)
{
    switch (v) {
    case Verification::SignatureValid:
        return QCoreApplication::translate("RawEvent", "Signature valid (x-zm-signature, timestamp within tolerance)");
    case Verification::TokenAuthenticated:
        return QCoreApplication::translate("RawEvent", "Authenticated WebSocket connection (access token)");
    case Verification::NotChecked:
        return QCoreApplication::translate("RawEvent", "Replayed from a capture file; not verified again");
    }
    return {};
}

} // namespace syncdesk
