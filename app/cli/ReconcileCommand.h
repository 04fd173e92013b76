#pragma once

#include "ZoomCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace syncdesk {
class SecretStore;
}

namespace syncdesk::cli {

// `syncdeskctl cc reconcile`: the nightly poll that finds the Contact Center engagement data
// whose webhooks never arrived.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)
public:
    static constexpr int ExitMissed = 4; // the run completed and found artefacts that only polling saw

    static QString description(); // the command's help text (what --help prints above the options)
    static void addOptions(QCommandLineParser& p); // besides the Zoom source options
    static int run(const ZoomSource& source, SecretStore* secrets, const QCommandLineParser& p);

    // DATE: yyyy-MM-dd (UTC midnight; as --to, the end of that day) or an ISO 8601 date-time.
    static std::optional<qint64> parseDate(const QString& text, bool endOfDay);
};

} // namespace syncdesk::cli
