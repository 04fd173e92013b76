#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace syncdesk::cli {

// `syncdeskctl rules validate RULE.json [--acd-codes CODES.json]`: one problem per line on stdout;
// exit 0 when valid, 1 when not (or the files cannot be read), 2 on usage errors.
// Without --acd-codes only Available and Unavailable are known to be ACD states, so ACD state names
// and team assignment are not checked (stderr says so).
//
// `syncdeskctl rules simulate --rule RULE.json --events EVENTS.jsonl [--format jsonl]`: one JSON
// object per input line, keys in this order:
//   {"seq": n, "email": "…"|null, "event": "…", "acd": "…", "salesforce": "…", "note": "…"}
// E-mails are written lower-case (agents are matched case-insensitively).
// seq counts input lines from 1 (blank lines included, so seq is the line number). email is null when
// the line concerns no agent: an event other than Zoom presence / phone / Salesforce status, a phone
// event of a Zoom user no earlier event named by e-mail, or a line that cannot be read (its reason goes
// to stderr, event ""). An e-mail the rule does not cover (not among its users) keeps its e-mail;
// acd and salesforce are "" whenever the line moves no agent of the rule. Exit 0; 1 when a file cannot
// be read or some lines could not be read.
class RulesCommands
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommands)
public:
    static void addOptions(QCommandLineParser& parser, const QString& sub);
    static int run(const QString& sub, const QCommandLineParser& parser);

    static int validate(const QString& rulePath, const QString& codesPath);
    static int simulate(const QString& rulePath, const QString& eventsPath, const QString& format);
};

} // namespace syncdesk::cli
