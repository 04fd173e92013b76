#pragma once

#include "common/Error.h"
#include "salesforce/SalesforceAuth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace syncdesk {
class SalesforceSandbox;
class SecretStore;
} // namespace syncdesk

namespace syncdesk::cli {

// Where the Salesforce credentials of a command come from: a profile (password, client secret and
// the browser sign-in's refresh token from the keychain under that profile), the in-process
// Salesforce sandbox, or flags (secrets from environment variables the flags name, never from the
// command line). Flags override the profile's values.
struct SalesforceSource
{
    QString profilePath;
    bool sandbox = false;
    QString loginUrl; // empty: https://login.salesforce.com
    QString clientId;
    QString clientSecretEnv;
    QString username;
    QString passwordEnv; // the password with the security token appended
};

struct ResolvedSalesforce
{
    QUrl loginUrl;
    SalesforceCredentials credentials;
    QByteArray refreshToken; // the browser sign-in's, when the profile has one: renews the session
    std::shared_ptr<SalesforceSandbox> sandbox; // kept alive while the command runs
};

// `syncdeskctl salesforce verify [--format json]`: signs in (with the profile's stored refresh
// token when it has one, else with the username-password flow) and prints the org ID (18 characters), user,
// instance URL, API usage, presence statuses and service channels. 0 ok, 1 failure, 2 usage.
class SalesforceVerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceVerifyCommand)
public:
    static void addOptions(QCommandLineParser& parser);
    static SalesforceSource source(const QCommandLineParser& parser);
    // SalesforceConnectionResolver does the work; this only reads the flags' environment variables
    // and starts the sandbox.
    static Result<ResolvedSalesforce> resolve(const SalesforceSource& source, SecretStore* secrets);
    static int run(const SalesforceSource& source, SecretStore* secrets, const QString& format);
};

} // namespace syncdesk::cli
