#pragma once

#include <QCoreApplication>
#include <QString>

namespace syncdesk::cli {

struct SandboxOptions
{
    int users = 50;
    quint32 seed = 1;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int ratePerSecond = 30;
};

class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
public:
    // Runs the sandbox until SIGINT/SIGTERM; prints its URLs and demo credentials first.
    static int run(const SandboxOptions& options);
};

} // namespace syncdesk::cli
