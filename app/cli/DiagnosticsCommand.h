#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace syncdesk::cli {

// `syncdeskctl diagnostics --out FILE.zip [--profile FILE | --sandbox]`: the support bundle
// (core/diagnostics/DiagnosticsBundle). Reads no secret: a keychain is never asked.
// Exit codes: 0 written, 1 the bundle could not be written, 2 usage.
class DiagnosticsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)
public:
    static void addOptions(QCommandLineParser& p);
    static int run(const QCommandLineParser& p);
};

} // namespace syncdesk::cli
