#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace syncdesk {
class SecretStore;
} // namespace syncdesk

namespace syncdesk::cli {

// `syncdeskctl salesforce login`: the browser sign-in (web-server flow with PKCE). Prints the
// authorize URL on stderr, opens it with xdg-open when a display exists, waits for the answer on
// a loopback port, and stores the refresh token in the keychain under the profile of --profile.
// With --sandbox the in-process Salesforce sandbox signs in; whoever opens the printed URL (a
// person, or a test acting as the browser) answers its consent page. 0 ok, 1 failure, 2 usage.
class SalesforceLoginCommand
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceLoginCommand)
public:
    static void addOptions(QCommandLineParser& parser);
    static int run(const QCommandLineParser& parser, SecretStore* keychain);
};

} // namespace syncdesk::cli
