#include "RulesCommands.h"

#include "Output.h"
#include "ZoomCommands.h" // exit codes
#include "common/JsonWriter.h"
#include "presence/PresenceSimulator.h"

#include <QFile>

namespace syncdesk::cli {

namespace {

bool readFile(const QString& path, QByteArray* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = RulesCommands::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

bool loadRule(const QString& path, PresenceRule* rule)
{
    QByteArray json;
    QString error;
    if (!readFile(path, &json, &error)) {
        printErr(error);
        return false;
    }
    auto r = PresenceRules::fromJson(json);
    if (!r.ok()) {
        printErr(RulesCommands::tr("%1: %2").arg(path, r.error().message));
        return false;
    }
    *rule = r.take();
    return true;
}

} // namespace

void RulesCommands::addOptions(QCommandLineParser& p, const QString& sub)
{
    if (sub == QLatin1String("validate")) {
        p.addOption({QStringLiteral("acd-codes"),
                     tr("The ACD's unavailable codes as `acd codes --format json` prints them."),
                     QStringLiteral("FILE")});
    } else if (sub == QLatin1String("simulate")) {
        p.addOption({QStringLiteral("rule"), tr("The presence rule (JSON)."), QStringLiteral("FILE")});
        p.addOption({QStringLiteral("events"),
                     tr("Monitor capture lines and Salesforce status changes, one JSON object a line (- for "
                        "stdin)."),
                     QStringLiteral("FILE")});
        p.addOption({QStringLiteral("format"), tr("Output format: jsonl."), QStringLiteral("FORMAT"),
                     QStringLiteral("jsonl")});
    }
}

int RulesCommands::run(const QString& sub, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments(); // "rules", sub, …
    if (sub == QLatin1String("validate")) {
        if (args.size() != 3) {
            printErr(tr("Usage: syncdeskctl rules validate RULE.json [--acd-codes CODES.json]"));
            return ExitUsage;
        }
        return validate(args[2], p.value(QStringLiteral("acd-codes")));
    }
    if (sub == QLatin1String("simulate")) {
        if (args.size() != 2 || p.value(QStringLiteral("rule")).isEmpty() ||
            p.value(QStringLiteral("events")).isEmpty()) {
            printErr(tr(
                "Usage: syncdeskctl rules simulate --rule RULE.json --events EVENTS.jsonl [--format jsonl]"));
            return ExitUsage;
        }
        return simulate(p.value(QStringLiteral("rule")), p.value(QStringLiteral("events")),
                        p.value(QStringLiteral("format")));
    }
    printErr(tr("Unknown rules command: %1 (validate or simulate).").arg(sub));
    return ExitUsage;
}

int RulesCommands::validate(const QString& rulePath, const QString& codesPath)
{
    PresenceRule rule;
    if (!loadRule(rulePath, &rule))
        return ExitFailure;
    PresenceRuleContext context;
    if (!codesPath.isEmpty()) {
        QByteArray json;
        QString error;
        if (!readFile(codesPath, &json, &error)) {
            printErr(error);
            return ExitFailure;
        }
        auto c = PresenceRules::contextFromCodesJson(json);
        if (!c.ok()) {
            printErr(tr("%1: %2").arg(codesPath, c.error().message));
            return ExitFailure;
        }
        context = c.take();
    } else {
        printErr(tr("Without --acd-codes, unavailable-code names and their teams are not checked."));
    }
    const QList<RuleProblem> problems = PresenceRules::validate(rule, context);
    for (const RuleProblem& problem : problems)
        printOut(problem.message);
    if (problems.isEmpty()) {
        printErr(tr("The rule \"%1\" is valid.").arg(rule.name));
        return ExitOk;
    }
    printErr(tr("Problems: %1").arg(problems.size()));
    return ExitFailure;
}

int RulesCommands::simulate(const QString& rulePath, const QString& eventsPath, const QString& format)
{
    if (!format.isEmpty() && format != QLatin1String("jsonl")) {
        printErr(tr("Unknown format %1; rules simulate writes jsonl.").arg(format));
        return ExitUsage;
    }
    PresenceRule rule;
    if (!loadRule(rulePath, &rule))
        return ExitFailure;
    QFile in;
    const bool fromStdin = eventsPath == QLatin1String("-");
    const bool opened = fromStdin ? in.open(stdin, QIODevice::ReadOnly)
                                  : (in.setFileName(eventsPath), in.open(QIODevice::ReadOnly));
    if (!opened) {
        printErr(tr("Cannot read %1: %2").arg(eventsPath, in.errorString()));
        return ExitFailure;
    }
    PresenceSimulator sim(rule);
    LineWriter out;
    qint64 seq = 0;
    qint64 unreadable = 0;
    QByteArray line;
    while (!in.atEnd()) {
        QByteArray text = in.readLine();
        if (text.endsWith('\n'))
            text.chop(1);
        if (text.endsWith('\r'))
            text.chop(1);
        ++seq;
        if (text.trimmed().isEmpty())
            continue; // nothing to simulate; seq still counts it so it stays the line number
        PresenceSimInput input;
        QString error;
        PresenceSimStep step;
        if (PresenceSimulator::inputFromLine(text, &input, &error)) {
            step = sim.apply(input);
        } else {
            ++unreadable;
            printErr(tr("%1, line %2: %3").arg(eventsPath).arg(seq).arg(error));
        }
        line.clear();
        JsonWriter w(&line);
        w.number("seq", seq);
        if (step.email.isEmpty())
            w.null("email");
        else
            w.string("email", QStringView(step.email));
        w.string("event", QStringView(input.event));
        w.string("acd", QStringView(step.acd));
        w.string("salesforce", QStringView(step.salesforce));
        w.string("note", QStringView(PresenceSimulator::noteName(step.note)));
        w.end();
        if (!out.writeLine(line)) {
            printErr(out.errorString());
            return ExitFailure;
        }
    }
    if (unreadable > 0) {
        printErr(tr("Lines that could not be read: %1").arg(unreadable));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace syncdesk::cli
