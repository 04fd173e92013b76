#include "ReconcileCommand.h"

#include "Output.h"
#include "cc/ContactCenterApi.h"
#include "cc/ReconcileWindow.h"
#include "cc/Reconciler.h"
#include "net/RestClient.h"
#include "sandbox/ContactCenterSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>

namespace syncdesk::cli {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int usageError(const QString& message)
{
    printErr(message);
    printErr(ReconcileCommand::tr("Run syncdeskctl cc reconcile --help for the options."));
    return ExitUsage;
}

// The cursor file: {"window_end":"<ISO 8601 UTC>"}, the end of the last completed window.
std::optional<qint64> readCursor(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ReconcileCommand::tr("Cannot read the cursor file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const auto end = ReconcileCommand::parseDate(o.value(QStringLiteral("window_end")).toString(), false);
    if (!end)
        *error =
            ReconcileCommand::tr("The cursor file %1 has no valid \"window_end\". Fix or delete it (deleting "
                                 "starts again at --from).")
                .arg(path);
    return end;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

QString countsLine(const ReconcileCounts& c)
{
    return ReconcileCommand::tr("received %1, missed %2, webhook only %3")
        .arg(c.received)
        .arg(c.missed)
        .arg(c.webhookOnly);
}

} // namespace

QString ReconcileCommand::description()
{
    return tr("cc reconcile: compare Zoom Contact Center engagement data (recordings, transcripts, notes,\n"
              "dispositions, voicemails) listed by the API for a window with what arrived by webhook.\n"
              "Each artefact is received, missed (only the API has it) or webhook_only.\n\n"
              "DATE is yyyy-MM-dd (UTC; --to includes that whole day) or an ISO 8601 date-time.\n"
              "--events names a capture file (JSON Lines, as `syncdeskctl monitor --out` writes).\n"
              "--cursor FILE: when FILE exists the window starts at the end stored there (--from may\n"
              "then be left out); after a completed run the window's end is stored. --to defaults to now.\n"
              "With --sandbox and no --events, the webhooks are those the sandbox's simulated queue\n"
              "delivered: --sandbox-drop PERCENT (default 20) of them are deliberately not delivered,\n"
              "so the run lists exactly those as missed. Same seed and window, same result.\n"
              "Rows (jsonl keys / csv columns, in this order): status, kind, id, engagement_id, day,\n"
              "time, event, url. A summary goes to stderr.\n"
              "Exit codes: 0 nothing missed, 4 something missed, 1 error, 2 usage.");
}

void ReconcileCommand::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("from"), tr("Start of the window."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), tr("End of the window (default: now)."), QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("events"), tr("Capture file with the webhooks received."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"), tr("Output format: jsonl or csv."), QStringLiteral("FORMAT"),
                 QStringLiteral("jsonl")});
    p.addOption({QStringLiteral("out"), tr("Write to FILE instead of stdout."), QStringLiteral("FILE"),
                 QStringLiteral("-")});
    p.addOption({QStringLiteral("cursor"), tr("Resume from and update the window end stored in FILE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("page-size"), tr("Items per request (max 300)."), QStringLiteral("N"),
                 QStringLiteral("300")});
    p.addOption({QStringLiteral("sandbox-drop"), tr("Sandbox: percentage of webhooks not delivered."),
                 QStringLiteral("PERCENT"), QStringLiteral("20")});
}

std::optional<qint64> ReconcileCommand::parseDate(const QString& text, bool endOfDay)
{
    return ReconcileWindow::parseDate(text, endOfDay); // one copy, shared with the GUI
}

int ReconcileCommand::run(const ZoomSource& source, SecretStore* secrets, const QCommandLineParser& p)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return usageError(tr("--format must be jsonl or csv."));
    bool ok = false;
    const int pageSize = p.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 300)
        return usageError(tr("--page-size must be a number from 1 to 300."));
    const int drop = p.value(QStringLiteral("sandbox-drop")).toInt(&ok);
    if (!ok || drop < 0 || drop > 100)
        return usageError(tr("--sandbox-drop must be a number from 0 to 100."));

    std::optional<qint64> to = p.isSet(QStringLiteral("to"))
                                   ? parseDate(p.value(QStringLiteral("to")), true)
                                   : std::optional<qint64>(QDateTime::currentMSecsSinceEpoch());
    if (!to)
        return usageError(tr("--to: \"%1\" is not a date (yyyy-MM-dd) or an ISO 8601 date-time.")
                              .arg(p.value(QStringLiteral("to"))));
    std::optional<qint64> from;
    if (p.isSet(QStringLiteral("from"))) {
        from = parseDate(p.value(QStringLiteral("from")), false);
        if (!from)
            return usageError(tr("--from: \"%1\" is not a date (yyyy-MM-dd) or an ISO 8601 date-time.")
                                  .arg(p.value(QStringLiteral("from"))));
    }
    const QString cursorPath = p.value(QStringLiteral("cursor"));
    if (!cursorPath.isEmpty()) {
        QString error;
        const auto stored = readCursor(cursorPath, &error);
        if (!error.isEmpty()) {
            printErr(tr("Error: %1").arg(error));
            return ExitFailure;
        }
        if (stored)
            from = stored;
    }
    if (!from)
        return usageError(tr("--from is needed (or a --cursor file from an earlier run)."));
    if (*from >= *to) {
        if (!cursorPath.isEmpty() && QFile::exists(cursorPath)) {
            printErr(tr("Nothing to reconcile: the cursor is already at %1.").arg(iso(*from)));
            return ExitOk;
        }
        return usageError(tr("--from must be before --to."));
    }

    QList<QJsonObject> events;
    const QString eventsPath = p.value(QStringLiteral("events"));
    if (!eventsPath.isEmpty()) {
        if (!QFile::exists(eventsPath)) {
            printErr(tr("Error: the capture file %1 does not exist.").arg(eventsPath));
            return ExitFailure;
        }
        auto read = Reconciler::eventsFromCapture(eventsPath);
        if (!read.ok()) {
            printErr(tr("Error: %1").arg(read.error().describe()));
            return ExitFailure;
        }
        events = read.take();
    }

    auto resolved = ZoomCommands::resolve(source, secrets);
    if (!resolved.ok()) {
        printErr(tr("Error: %1").arg(resolved.error().describe()));
        return resolved.error().code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
    }
    if (resolved.value().sandbox) {
        ContactCenterSandbox& queue = resolved.value().sandbox->contactCenter();
        queue.setDropPercent(drop);
        if (eventsPath.isEmpty()) {
            for (const auto& w : queue.webhooks(*from, *to, resolved.value().sandbox->baseUrl()))
                if (w.delivered)
                    events.append(w.event);
        }
    }

    RestClient client;
    ZoomAuth auth(&client, resolved.value().endpoints, resolved.value().credentials);
    ZoomApi api(&client, &auth);
    ContactCenterApi cc(&client, &auth, &api);
    Reconciler reconciler(&cc);
    QEventLoop loop;
    ReconcileReport report;
    Error error;
    reconciler.run(*from, *to, events, pageSize, &loop, [&](const ReconcileReport& r, const Error& e) {
        report = r;
        error = e;
        loop.quit();
    });
    loop.exec();
    if (!error.ok()) {
        printErr(tr("Error: %1").arg(error.describe()));
        return ExitFailure;
    }

    const QByteArray out =
        format == QLatin1String("csv") ? Reconciler::toCsv(report) : Reconciler::toJsonLines(report);
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath == QLatin1String("-")) {
        if (std::fwrite(out.constData(), 1, size_t(out.size()), stdout) != size_t(out.size()) ||
            std::fflush(stdout)) {
            printErr(tr("Error: writing to stdout failed."));
            return ExitFailure;
        }
    } else {
        QString why;
        if (!writeFile(outPath, out, &why)) {
            printErr(tr("Error: cannot write %1: %2").arg(outPath, why));
            return ExitFailure;
        }
    }
    // Only a completed, written run moves the cursor: a failed night is repeated the next night.
    if (!cursorPath.isEmpty()) {
        QString why;
        const QByteArray cursor = QJsonDocument(QJsonObject{{QStringLiteral("window_end"), iso(*to)}})
                                      .toJson(QJsonDocument::Compact) +
                                  '\n';
        if (!writeFile(cursorPath, cursor, &why)) {
            printErr(tr("Error: cannot write the cursor file %1: %2").arg(cursorPath, why));
            return ExitFailure;
        }
    }

    printErr(tr("Window: %1 to %2").arg(iso(*from), iso(*to)));
    printErr(tr("Webhooks compared: %1").arg(events.size()));
    for (auto it = report.perKind.cbegin(); it != report.perKind.cend(); ++it)
        printErr(QStringLiteral("  %1: %2").arg(it.key(), countsLine(it.value())));
    for (auto it = report.perDay.cbegin(); it != report.perDay.cend(); ++it)
        printErr(QStringLiteral("  %1: %2").arg(it.key(), countsLine(it.value())));
    printErr(tr("Total: %1").arg(countsLine(report.total)));
    for (const ReconcileArtefact& a : report.artefacts)
        if (a.status == ReconcileArtefact::Status::Missed)
            printErr(tr("Missed: %1 %2 (engagement %3)").arg(a.kind, a.id, a.engagementId));
    return report.total.missed > 0 ? ExitMissed : ExitOk;
}

} // namespace syncdesk::cli
