#pragma once

#include "common/Error.h"
#include "salesforce/SalesforceAuth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace syncdesk {
class SalesforceSandbox;
} // namespace syncdesk

namespace syncdesk::cli {

// Where the Salesforce credentials of a command come from: the in-process Salesforce sandbox, or
// flags (secrets from environment variables the flags name, never from the command line).
// Profiles have no Salesforce section yet, so --profile is not offered here.
struct SalesforceSource
{
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
    std::shared_ptr<SalesforceSandbox> sandbox; // kept alive while the command runs
};

// `syncdeskctl salesforce verify [--format json]`: signs in with the username-password flow and
// prints the org ID (18 characters), user, instance URL, API usage, presence statuses and service
// channels. 0 ok, 1 failure, 2 usage.
class SalesforceVerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceVerifyCommand)
public:
    static void addOptions(QCommandLineParser& parser);
    static SalesforceSource source(const QCommandLineParser& parser);
    static Result<ResolvedSalesforce> resolve(const SalesforceSource& source);
    static int run(const SalesforceSource& source, const QString& format);
};

} // namespace syncdesk::cli
