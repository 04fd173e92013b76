#pragma once

#include "ZoomCommands.h"

#include <QCoreApplication>

namespace syncdesk::cli {

struct MonitorOptions
{
    QString listen;                 // HOST:PORT for the webhook receiver; empty = no receiver (unless sandbox)
    QString path = QStringLiteral("/webhook");
    int toleranceSec = 300;
    QString secretTokenEnv;
    bool secretTokenStdin = false;
    QString out = QStringLiteral("-");
    bool webSocket = false;
    QString webSocketUrl;           // default wss://ws.zoom.us/ws (or the sandbox's)
    QString subscriptionId;
    bool sandbox = false;
    double sandboxRate = 20;
    int sandboxUsers = 50;
    qint64 maxEvents = 0;           // stop after this many events (0 = until SIGINT/SIGTERM)
    int durationSec = 0;            // stop after this long (0 = until SIGINT/SIGTERM)
    ZoomSource zoom;                // for --websocket (token) and --profile
};

class MonitorCommand
{
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
public:
    // Writes one JSON object per accepted event per line, flushed per line; counters to stderr at exit.
    static int run(const MonitorOptions& options, SecretStore* secrets);
};

} // namespace syncdesk::cli
