#include "CtiCommands.h"

#include "Output.h"
#include "ZoomCommands.h" // exit codes
#include "cc/CallCenterDefinition.h"
#include "cc/CtiSettings.h"

#include <cstdio>
#include <optional>

namespace syncdesk::cli {

namespace {

int usageError(const QString& message, const QString& sub)
{
    printErr(message);
    printErr(CtiCommands::tr("Run syncdeskctl cti %1 --help for the options.").arg(sub));
    return ExitUsage;
}

// "-" or empty: stdout as is (the XML carries its own final newline); otherwise atomically, so a
// failed write leaves no partial file behind.
int writeOutput(const QByteArray& bytes, const QString& out)
{
    if (out.isEmpty() || out == QLatin1String("-")) {
        const bool ok =
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) &&
            std::fflush(stdout) == 0;
        if (!ok) {
            printErr(CtiCommands::tr("Could not write to stdout. Check the pipe or use --out FILE."));
            return ExitFailure;
        }
        return ExitOk;
    }
    const Error e = CtiSettings::saveFile(out, bytes);
    if (e) {
        printErr(CtiCommands::tr("Error: %1").arg(e.message));
        return ExitFailure;
    }
    printErr(CtiCommands::tr("Written: %1").arg(out));
    return ExitOk;
}

std::optional<int> number(const QCommandLineParser& p, const QString& name)
{
    bool ok = false;
    const int n = p.value(name).trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

void CtiCommands::addOptions(QCommandLineParser& p, const QString& sub)
{
    if (sub == QLatin1String("callcenter-xml")) {
        p.addOption({QStringLiteral("sso"), tr("The SSO variant (adapter on your Zoom vanity host).")});
        p.addOption({QStringLiteral("vanity-url"),
                     tr("With --sso: your Zoom vanity host (e.g. acme.zoom.us), replacing zoom.us in the "
                        "adapter URL."),
                     QStringLiteral("HOST")});
        p.addOption({QStringLiteral("internal-name"),
                     tr("Internal name (letters and digits, at most 40, starting with a letter)."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("display-name"), tr("Display name agents see in Salesforce."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("softphone-width"), tr("Softphone width in pixels (200 to 1920)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("softphone-height"), tr("Softphone height in pixels (240 to 2560)."),
                     QStringLiteral("N")});
    }
    if (sub == QLatin1String("callcenter-xml") || sub == QLatin1String("softphone-layout"))
        p.addOption({QStringLiteral("out"), tr("Write to FILE instead of stdout."), QStringLiteral("FILE"),
                     QStringLiteral("-")});
}

int CtiCommands::run(const QString& sub, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments(); // "cti", sub, …
    if (sub == QLatin1String("callcenter-xml")) {
        if (args.size() != 2)
            return usageError(tr("Usage: syncdeskctl cti callcenter-xml [--sso [--vanity-url HOST]] "
                                 "[--internal-name NAME] [--display-name NAME] [--softphone-width N] "
                                 "[--softphone-height N] [--out FILE]"),
                              sub);
        return callCenterXml(p);
    }
    if (sub == QLatin1String("validate")) {
        if (args.size() != 3)
            return usageError(tr("Usage: syncdeskctl cti validate FILE.xml"), sub);
        return validate(args[2]);
    }
    if (sub == QLatin1String("country-codes")) {
        if (args.size() < 3)
            return usageError(tr("Usage: syncdeskctl cti country-codes CODE… (for example +1 +49 +81)"), sub);
        return countryCodes(args.mid(2));
    }
    if (sub == QLatin1String("softphone-layout")) {
        if (args.size() != 2)
            return usageError(tr("Usage: syncdeskctl cti softphone-layout [--out FILE]"), sub);
        return softphoneLayout(p.value(QStringLiteral("out")));
    }
    if (sub.isEmpty()) {
        printErr(tr("Usage: syncdeskctl cti callcenter-xml|validate|country-codes|softphone-layout …"));
        return ExitUsage;
    }
    printErr(tr("Unknown cti command: %1 (callcenter-xml, validate, country-codes or softphone-layout).")
                 .arg(sub));
    return ExitUsage;
}

int CtiCommands::callCenterXml(const QCommandLineParser& p)
{
    const QString sub = QStringLiteral("callcenter-xml");
    const bool sso = p.isSet(QStringLiteral("sso"));
    const QString host = p.value(QStringLiteral("vanity-url")).trimmed();
    if (p.isSet(QStringLiteral("vanity-url")) && !sso)
        return usageError(tr("--vanity-url belongs to the SSO variant: add --sso."), sub);
    // A URL here would become "https://https://…" in the adapter URL; only the host replaces zoom.us.
    if (sso && p.isSet(QStringLiteral("vanity-url")) &&
        (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(':')) ||
         host.contains(QLatin1Char(' '))))
        return usageError(
            tr("--vanity-url takes a host name such as acme.zoom.us, without https:// or a path."), sub);

    CallCenterDefinition d = sso ? CallCenterDefinition::sso(host) : CallCenterDefinition::standard();
    if (p.isSet(QStringLiteral("internal-name")))
        d.internalName = p.value(QStringLiteral("internal-name"));
    if (p.isSet(QStringLiteral("display-name")))
        d.displayName = p.value(QStringLiteral("display-name"));
    if (p.isSet(QStringLiteral("softphone-width"))) {
        const auto n = number(p, QStringLiteral("softphone-width"));
        if (!n)
            return usageError(tr("--softphone-width takes a whole number of pixels (200 to 1920)."), sub);
        d.softphoneWidth = *n;
    }
    if (p.isSet(QStringLiteral("softphone-height"))) {
        const auto n = number(p, QStringLiteral("softphone-height"));
        if (!n)
            return usageError(tr("--softphone-height takes a whole number of pixels (240 to 2560)."), sub);
        d.softphoneHeight = *n;
    }

    // The seed's SSO file itself names the placeholder host: printing it is what was asked for,
    // so the placeholder is a warning here, every other rule an error.
    int errors = 0;
    bool placeholder = false;
    for (const CtiProblem& problem : d.validate()) {
        if (problem.code == QLatin1String("adapterUrl.placeholder") && sso && host.isEmpty()) {
            placeholder = true;
            continue;
        }
        printErr(problem.message);
        ++errors;
    }
    if (errors > 0) {
        printErr(tr("Problems: %1. Nothing was written; correct the options and run again.").arg(errors));
        return ExitFailure;
    }
    if (placeholder)
        printErr(
            tr("Warning: the adapter URL names the placeholder host %1, as in the seed. Add --vanity-url "
               "HOST (e.g. acme.zoom.us) before importing the file into Salesforce.")
                .arg(CallCenterDefinition::seedSsoPlaceholderHost()));
    return writeOutput(d.toXml(), p.value(QStringLiteral("out")));
}

int CtiCommands::validate(const QString& path)
{
    const CallCenterParseResult r = CtiSettings::parseFile(path);
    for (const CtiProblem& problem : r.problems)
        printOut(problem.message);
    if (r.problems.isEmpty()) {
        printOut(tr("%1 is a valid call-center definition.").arg(path));
        return ExitOk;
    }
    printErr(tr("Problems: %1").arg(r.problems.size()));
    return ExitFailure;
}

int CtiCommands::countryCodes(const QStringList& codes)
{
    const QList<CtiProblem> problems = CtiSettings::validateCountryCodes(codes);
    for (const CtiProblem& problem : problems)
        printOut(problem.message);
    if (problems.isEmpty()) {
        QStringList normalized;
        for (const QString& c : codes)
            normalized.append(CtiSettings::normalizeCountryCode(c));
        printOut(tr("Valid country codes (%1 of at most %2): %3")
                     .arg(codes.size())
                     .arg(CtiSettings::kMaxCountryCodes)
                     .arg(normalized.join(QLatin1Char(' '))));
        return ExitOk;
    }
    printErr(tr("Problems: %1").arg(problems.size()));
    return ExitFailure;
}

int CtiCommands::softphoneLayout(const QString& out)
{
    return writeOutput(CtiSettings().softphoneLayoutXml(), out);
}

} // namespace syncdesk::cli
