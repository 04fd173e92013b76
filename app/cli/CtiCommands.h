#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace syncdesk::cli {

// `syncdeskctl cti …`: the Salesforce CTI settings of seed 004 (Zoom Contact Center for
// Salesforce), offline. The work is in core/cc (CallCenterDefinition, CtiSettings); this prints.
//
// `cti callcenter-xml [--sso [--vanity-url HOST]] [--internal-name NAME] [--display-name NAME]
//   [--softphone-width N] [--softphone-height N] [--out FILE]`: the call-center definition XML
//   (no options: the seed's standard file byte for byte). A definition that breaks an Open CTI
//   rule is not written: its problems go to stderr, exit 1. --sso without --vanity-url keeps the
//   seed's placeholder host and warns (exit 0).
// `cti validate FILE.xml`: one problem per line on stdout ("Line N: …"), exit 1 when any;
//   exit 0 with one "valid" line.
// `cti country-codes CODE…`: at most 20, each an ITU calling code, no duplicates; one problem
//   per line on stdout, exit 1 when any; exit 0 with one "valid" line.
// `cti softphone-layout [--out FILE]`: the screen-pop softphone layout with the seed's defaults.
// Usage errors exit 2.
class CtiCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtiCommands)
public:
    static void addOptions(QCommandLineParser& parser, const QString& sub);
    static int run(const QString& sub, const QCommandLineParser& parser);

    static int callCenterXml(const QCommandLineParser& parser);
    static int validate(const QString& path);
    static int countryCodes(const QStringList& codes);
    static int softphoneLayout(const QString& out);
};

} // namespace syncdesk::cli
