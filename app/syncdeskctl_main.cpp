// syncdeskctl: the scriptable twin of the console. Argument parsing only; the work is in app/cli.
#include "cli/AcdCommands.h"
#include "cli/AddressBookCommands.h"
#include "cli/CtiCommands.h"
#include "cli/DiagnosticsCommand.h"
#include "cli/DirectoryCommands.h"
#include "cli/MonitorCommand.h"
#include "cli/Output.h"
#include "cli/ReconcileCommand.h"
#include "cli/RulesCommands.h"
#include "cli/SalesforceCommands.h"
#include "cli/SalesforceLoginCommand.h"
#include "cli/SalesforceVerifyCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/ZoomCommands.h"
#include "common/LogFile.h"
#include "common/LogSettings.h"
#include "common/ManPage.h"
#include "common/Translations.h"
#include "common/Versions.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace syncdesk;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(syncdeskctl)
};

QString preScanLanguage(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return {};
}

void addZoomSourceOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("profile"), Tr::tr("Read settings from profile FILE (secret from the keychain)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("sandbox"), Tr::tr("Use the built-in sandbox (no account needed).")});
    p.addOption({QStringLiteral("sandbox-users"), Tr::tr("Number of simulated users in the sandbox."),
                 QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("account-id"), Tr::tr("Zoom account ID."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("client-id"), Tr::tr("Client ID of the Server-to-Server OAuth app."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("client-secret-env"),
                 Tr::tr("Name of the environment variable that holds the client secret."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("client-secret-stdin"), Tr::tr("Read the client secret from the first line of stdin.")});
    p.addOption({QStringLiteral("zoom-oauth-url"), Tr::tr("OAuth base URL (default https://zoom.us)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("zoom-api-url"), Tr::tr("API base URL (default https://api.zoom.us)."),
                 QStringLiteral("URL")});
}

cli::ZoomSource zoomSource(const QCommandLineParser& p)
{
    cli::ZoomSource s;
    s.profilePath = p.value(QStringLiteral("profile"));
    s.sandbox = p.isSet(QStringLiteral("sandbox"));
    s.sandboxUsers = p.value(QStringLiteral("sandbox-users")).toInt();
    s.accountId = p.value(QStringLiteral("account-id"));
    s.clientId = p.value(QStringLiteral("client-id"));
    s.clientSecretEnv = p.value(QStringLiteral("client-secret-env"));
    s.clientSecretStdin = p.isSet(QStringLiteral("client-secret-stdin"));
    s.oauthUrl = p.value(QStringLiteral("zoom-oauth-url"));
    s.apiUrl = p.value(QStringLiteral("zoom-api-url"));
    return s;
}

int usage(const QCommandLineParser& p, const QString& message)
{
    if (!message.isEmpty())
        cli::printErr(message);
    cli::printErr(p.helpText());
    return cli::ExitUsage;
}

// The options of one command (`sub` is the second word, e.g. "users" of `zoom users`). Also used
// for the man page, so every command's options are defined here and only here.
void addCommandOptions(QCommandLineParser& p, const QString& command, const QString& sub)
{
    if (command == QLatin1String("zoom")) {
        addZoomSourceOptions(p);
        if (sub == QLatin1String("users")) {
            p.addOption({QStringLiteral("format"), Tr::tr("Output format: jsonl or csv."), QStringLiteral("FORMAT"),
                         QStringLiteral("jsonl")});
            p.addOption({QStringLiteral("status"), Tr::tr("active, inactive or pending."), QStringLiteral("STATUS"),
                         QStringLiteral("active")});
            p.addOption({QStringLiteral("page-size"), Tr::tr("Users per request (max 2000)."), QStringLiteral("N"),
                         QStringLiteral("300")});
            p.addOption({QStringLiteral("out"), Tr::tr("Write to FILE instead of stdout."), QStringLiteral("FILE"),
                         QStringLiteral("-")});
        }
    } else if (command == QLatin1String("acd")) {
        cli::AcdCommands::addSourceOptions(p);
        if (sub == QLatin1String("codes"))
            p.addOption({QStringLiteral("format"), Tr::tr("Output format: json (default: a table)."),
                         QStringLiteral("FORMAT")});
    } else if (command == QLatin1String("salesforce") && sub == QLatin1String("verify")) {
        cli::SalesforceVerifyCommand::addOptions(p);
    } else if (command == QLatin1String("salesforce") && sub == QLatin1String("login")) {
        cli::SalesforceLoginCommand::addOptions(p);
    } else if (command == QLatin1String("directory")) {
        cli::DirectoryCommands::addOptions(p);
    } else if (command == QLatin1String("rules")) {
        cli::RulesCommands::addOptions(p, sub);
    } else if (command == QLatin1String("addressbook")) {
        cli::AddressBookCommands::addOptions(p, sub);
    } else if (command == QLatin1String("cti")) {
        cli::CtiCommands::addOptions(p, sub);
    } else if (command == QLatin1String("diagnostics")) {
        cli::DiagnosticsCommand::addOptions(p);
    } else if (command == QLatin1String("monitor")) {
        addZoomSourceOptions(p);
        p.addOption({QStringLiteral("listen"), Tr::tr("Receive webhooks on HOST:PORT."), QStringLiteral("HOST:PORT")});
        p.addOption({QStringLiteral("path"), Tr::tr("Webhook path."), QStringLiteral("PATH"), QStringLiteral("/webhook")});
        p.addOption({QStringLiteral("tolerance"), Tr::tr("Accepted clock difference of signed requests, in seconds."),
                     QStringLiteral("SECONDS"), QStringLiteral("300")});
        p.addOption({QStringLiteral("secret-token-env"),
                     Tr::tr("Name of the environment variable that holds the webhook secret token."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("secret-token-stdin"), Tr::tr("Read the webhook secret token from stdin.")});
        p.addOption({QStringLiteral("out"), Tr::tr("Write events to FILE instead of stdout."), QStringLiteral("FILE"),
                     QStringLiteral("-")});
        p.addOption({QStringLiteral("websocket"), Tr::tr("Also receive events over Zoom's WebSocket.")});
        p.addOption({QStringLiteral("websocket-url"), Tr::tr("WebSocket URL (default wss://ws.zoom.us/ws)."),
                     QStringLiteral("URL")});
        p.addOption({QStringLiteral("subscription-id"), Tr::tr("WebSocket event subscription ID."), QStringLiteral("ID")});
        p.addOption({QStringLiteral("rate"), Tr::tr("Sandbox: simulated events per second."), QStringLiteral("N"),
                     QStringLiteral("20")});
        p.addOption({QStringLiteral("count"), Tr::tr("Stop after N events."), QStringLiteral("N"), QStringLiteral("0")});
        p.addOption({QStringLiteral("duration"), Tr::tr("Stop after SECONDS."), QStringLiteral("SECONDS"),
                     QStringLiteral("0")});
    } else if (command == QLatin1String("cc") && sub == QLatin1String("reconcile")) {
        p.setApplicationDescription(cli::ReconcileCommand::description());
        addZoomSourceOptions(p);
        cli::ReconcileCommand::addOptions(p);
    } else if (command == QLatin1String("sandbox")) {
        p.addOption({QStringLiteral("users"), Tr::tr("Number of simulated users."), QStringLiteral("N"),
                     QStringLiteral("50")});
        p.addOption({QStringLiteral("seed"), Tr::tr("Seed of the simulated organisation."), QStringLiteral("S"),
                     QStringLiteral("1")});
        p.addOption({QStringLiteral("listen"), Tr::tr("Address to listen on."), QStringLiteral("HOST"),
                     QStringLiteral("127.0.0.1")});
        p.addOption({QStringLiteral("port"), Tr::tr("Port (0: any free port)."), QStringLiteral("PORT"),
                     QStringLiteral("0")});
        p.addOption({QStringLiteral("rate"), Tr::tr("API requests per second before 429 (0: unlimited)."),
                     QStringLiteral("N"), QStringLiteral("30")});
    }
}

// Every command, for the man page (hidden --help-man; the build writes syncdeskctl.1 with it). A
// new command gets a line here and its options in addCommandOptions().
const char* const kCommands[] = {
    "zoom verify",        "zoom users",         "monitor",           "sandbox",
    "acd verify",         "acd codes",          "addressbook list",  "addressbook create",
    "addressbook import", "addressbook export", "directory dry-run", "directory apply",
    "salesforce login",   "salesforce verify",  "salesforce orgid",  "rules validate",
    "rules simulate",     "cc reconcile",       "cti callcenter-xml", "cti validate",
    "cti country-codes",  "cti softphone-layout", "diagnostics",
};

// The man page from the same definitions as --help: the common options of `base`, then one
// section per command with the options addCommandOptions() gives it.
QString manPage(const QCommandLineParser& base)
{
    ManPage page;
    page.name = QStringLiteral("syncdeskctl");
    page.summary = base.applicationDescription().section(QLatin1Char('\n'), 0, 0).chopped(1); // no final dot
    page.version = QStringLiteral("Syncdesk " SYNCDESK_VERSION);
    page.synopsis = {QStringLiteral("[--lang LANG] COMMAND [SUBCOMMAND] [options]"),
                     QStringLiteral("--help | --version")};
    page.description = base.applicationDescription();
    page.sections.append({QStringLiteral("OPTIONS"), {}, manOptionsFromHelp(base.helpText())});
    page.sections.append({QStringLiteral("COMMANDS"), {}, {}});
    for (const char* c : kCommands) {
        const QString words = QString::fromLatin1(c);
        QCommandLineParser cp;
        addCommandOptions(cp, words.section(QLatin1Char(' '), 0, 0), words.section(QLatin1Char(' '), 1));
        ManSection s{words, cp.applicationDescription(), manOptionsFromHelp(cp.helpText()), true};
        page.sections.append(s);
    }
    page.sections.append({QStringLiteral("EXIT STATUS"),
                          QStringLiteral("0 on success, 1 on failure, 2 for a usage error, 3 when a run was "
                                         "incomplete, 4 when cc reconcile found missed data."),
                          {}});
    page.seeAlso = {QStringLiteral("syncdesk(1)")};
    return renderManPage(page);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    cli::useUtf8Console();
    QCoreApplication::setOrganizationName(QStringLiteral("Syncdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("syncdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
    installLogFile(); // the support log (app-data folder); messages still go to stderr only
    installTranslations(preScanLanguage(argc, argv));
    applyStoredLogLevels(); // the console's settings dialog sets them for both programs

    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Syncdesk command line.\n\nCommands:\n"
               "  zoom verify    Get a token and report granted and missing scopes\n"
               "  zoom users     List all users (JSON Lines or CSV)\n"
               "  monitor        Receive Zoom events (webhooks, WebSocket) as JSON Lines\n"
               "  sandbox        Run the emulated Zoom, ACD and Salesforce endpoints\n"
               "  acd verify     Sign in to the CXone ACD and report tenant, API base and counts\n"
               "  acd codes      List the ACD's unavailable codes with their teams\n"
               "  salesforce login   Sign in to Salesforce in the browser and keep the sign-in in the keychain\n"
               "  salesforce verify  Sign in to Salesforce and report org ID, user, API usage, statuses and channels\n"
               "  addressbook list|create|import|export\n"
               "                 ACD address books: list, create, CSV import and export\n"
               "  directory dry-run  Show what Directory Sync would change in an ACD address book\n"
               "  directory apply    Write those changes (--yes)\n"
               "  salesforce orgid ID  Print the 18-character form of an org ID, or why it is invalid\n"
               "  rules validate     Check a presence rule file (--acd-codes CODES.json)\n"
               "  rules simulate     Predict ACD and Salesforce states for events (--rule, --events)\n"
               "  cc reconcile       Find Contact Center data whose webhooks were missed (--from, --to)\n"
               "  cti callcenter-xml Print the Salesforce call-center definition XML (--sso, --vanity-url)\n"
               "  cti validate       Check a call-center definition XML file against the Open CTI rules\n"
               "  cti country-codes  Check a list of country codes (at most 20, ITU, no duplicates)\n"
               "  cti softphone-layout  Print the screen-pop softphone layout\n"
               "  diagnostics        Save a support zip without secrets (--out FILE.zip)\n"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("lang"), Tr::tr("Language of messages: en, de or ja."), QStringLiteral("LANG")});
    p.addPositionalArgument(QStringLiteral("command"), Tr::tr("zoom verify | zoom users | monitor | sandbox | acd verify | acd codes | addressbook | directory dry-run | directory apply | salesforce login | salesforce verify | salesforce orgid | rules validate | rules simulate | cc reconcile | cti callcenter-xml | cti validate | cti country-codes | cti softphone-layout | diagnostics"));
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    const QStringList args = app.arguments();
    QString command;
    QString sub;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1Char('-'))) {
            if (args[i] == QLatin1String("--lang"))
                ++i;
            continue;
        }
        if (command.isEmpty())
            command = args[i];
        else if (sub.isEmpty())
            sub = args[i];
        else
            break;
    }

    if (QCoreApplication::arguments().contains(QStringLiteral("--help-man"))) {
        cli::printOut(manPage(p));
        return 0;
    }
    addCommandOptions(p, command, sub);

    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cli::printOut(p.helpText());
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        cli::printOut(versionLine()); // with the libraries' versions, for support cases
        return 0;
    }

    // Offline, so before the keychain: the ID is the third word (`salesforce orgid ID`).
    if (command == QLatin1String("salesforce") && sub == QLatin1String("orgid")) {
        const QStringList words = p.positionalArguments();
        if (words.size() != 3)
            return usage(p, Tr::tr("Usage: syncdeskctl salesforce orgid ID (15 or 18 characters starting "
                                   "with 00D)."));
        return cli::SalesforceCommands::orgId(words[2]);
    }

    // Offline files and lists: no keychain needed.
    if (command == QLatin1String("cti"))
        return cli::CtiCommands::run(sub, p);

    if (command == QLatin1String("diagnostics")) // reads no secret: no keychain
        return cli::DiagnosticsCommand::run(p);

    KeychainSecretStore secrets;
    if (command == QLatin1String("zoom") && sub == QLatin1String("verify"))
        return cli::ZoomCommands::verify(zoomSource(p), &secrets);
    if (command == QLatin1String("zoom") && sub == QLatin1String("users")) {
        bool ok = false;
        const int pageSize = p.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 2000)
            return usage(p, Tr::tr("--page-size must be a number from 1 to 2000."));
        return cli::ZoomCommands::users(zoomSource(p), &secrets, p.value(QStringLiteral("format")),
                                        p.value(QStringLiteral("status")), pageSize, p.value(QStringLiteral("out")));
    }
    if (command == QLatin1String("acd") && sub == QLatin1String("verify"))
        return cli::AcdCommands::verify(cli::AcdCommands::source(p), &secrets);
    if (command == QLatin1String("acd") && sub == QLatin1String("codes"))
        return cli::AcdCommands::codes(cli::AcdCommands::source(p), &secrets, p.value(QStringLiteral("format")));
    if (command == QLatin1String("salesforce") && sub == QLatin1String("login"))
        return cli::SalesforceLoginCommand::run(p, &secrets);
    if (command == QLatin1String("salesforce") && sub == QLatin1String("verify"))
        return cli::SalesforceVerifyCommand::run(cli::SalesforceVerifyCommand::source(p), &secrets, p.value(QStringLiteral("format")));
    if (command == QLatin1String("directory"))
        return cli::DirectoryCommands::run(sub, p, &secrets);
    if (command == QLatin1String("addressbook"))
        return cli::AddressBookCommands::run(p, &secrets);
    if (command == QLatin1String("rules"))
        return cli::RulesCommands::run(sub, p);
    if (command == QLatin1String("cc") && sub == QLatin1String("reconcile"))
        return cli::ReconcileCommand::run(zoomSource(p), &secrets, p);
    if (command == QLatin1String("monitor")) {
        cli::MonitorOptions o;
        o.zoom = zoomSource(p);
        o.zoom.sandbox = false; // the monitor runs its own sandbox with a simulated team
        o.sandbox = p.isSet(QStringLiteral("sandbox"));
        o.sandboxUsers = p.value(QStringLiteral("sandbox-users")).toInt();
        o.listen = p.value(QStringLiteral("listen"));
        o.path = p.value(QStringLiteral("path"));
        o.secretTokenEnv = p.value(QStringLiteral("secret-token-env"));
        o.secretTokenStdin = p.isSet(QStringLiteral("secret-token-stdin"));
        o.out = p.value(QStringLiteral("out"));
        o.webSocket = p.isSet(QStringLiteral("websocket"));
        o.webSocketUrl = p.value(QStringLiteral("websocket-url"));
        o.subscriptionId = p.value(QStringLiteral("subscription-id"));
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        o.toleranceSec = p.value(QStringLiteral("tolerance")).toInt(&ok1);
        o.sandboxRate = p.value(QStringLiteral("rate")).toDouble(&ok2);
        o.maxEvents = p.value(QStringLiteral("count")).toLongLong(&ok3);
        o.durationSec = p.value(QStringLiteral("duration")).toInt(&ok4);
        if (!ok1 || !ok2 || !ok3 || !ok4 || o.sandboxRate <= 0)
            return usage(p, Tr::tr("--tolerance, --rate, --count and --duration take non-negative numbers."));
        // 0 once meant "no clock check" (a 2001 timestamp was accepted): replays would be unbounded.
        if (o.toleranceSec < 1)
            return usage(p, Tr::tr("--tolerance takes at least 1 second; signed requests older than that are "
                                   "refused as possible replays."));
        return cli::MonitorCommand::run(o, &secrets);
    }
    if (command == QLatin1String("sandbox")) {
        cli::SandboxOptions o;
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        o.users = p.value(QStringLiteral("users")).toInt(&ok1);
        o.seed = p.value(QStringLiteral("seed")).toUInt(&ok2);
        o.port = quint16(p.value(QStringLiteral("port")).toUInt(&ok3));
        o.ratePerSecond = p.value(QStringLiteral("rate")).toInt(&ok4);
        o.host = p.value(QStringLiteral("listen"));
        if (!ok1 || !ok2 || !ok3 || !ok4 || o.users < 0 || o.users > 100000)
            return usage(p, Tr::tr("--users (0 to 100000), --seed, --port and --rate take numbers."));
        return cli::SandboxCommand::run(o);
    }
    if (command.isEmpty())
        return usage(p, {});
    return usage(p, Tr::tr("Unknown command: %1").arg(QStringList{command, sub}.join(QLatin1Char(' ')).trimmed()));
}
