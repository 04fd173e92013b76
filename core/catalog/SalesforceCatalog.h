#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace syncdesk {

struct SalesforceSettings;

// A value the admin types or picks in Salesforce's setup exactly as written (an OAuth scope, a
// setting's name, the callback URL): shown verbatim with a copy button, never translated, because
// Salesforce's English setup pages and its API use these spellings.
struct SalesforceCopyValue
{
    QString label; // translated: what it is
    QString value; // verbatim
};

// One step of the seed "Bidirektionale Presence Sync in Salesforce aktivieren" that happens in
// Salesforce's or CXone's own pages (no API for them): ticks are saved in the profile under the id.
struct SalesforceStep
{
    enum class Group
    {
        Prerequisites, // the tenant, licences and permissions the seed requires first
        ConnectedApp,  // the connected app: OAuth scopes, "require secret", callback URL
        SignIn,        // what the account mapping's password flow needs in the org
        ProfileAccess, // the designed presence statuses enabled on profiles (the designer's tab)
    };
    QString id; // stable ASCII key saved in the profile ("adapter-enabled", ...)
    Group group = Group::Prerequisites;
    QString title;  // translated, imperative
    QString detail; // translated, what exactly to do
    QList<SalesforceCopyValue> copyValues;
};

// The Salesforce side of the seeds as data, like AcdCatalog for CXone.
class SalesforceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceCatalog)
public:
    // Every step in the seed's order: prerequisites, connected app, sign-in settings (the
    // Prerequisites tab's list and its count).
    static QList<SalesforceStep> steps();
    // steps() of one group; ProfileAccess gives profileAccessSteps().
    static QList<SalesforceStep> steps(SalesforceStep::Group group);
    // After the designed statuses are deployed: enabling them on profiles. Shown and counted by
    // the presence-status designer, not in steps(), because they only apply once statuses exist.
    static QList<SalesforceStep> profileAccessSteps();
    static QString groupTitle(SalesforceStep::Group group);

    // The connected app's "Selected OAuth Scopes" as Salesforce lists them, with the API names.
    static QList<SalesforceCopyValue> oauthScopes();
    // The scope parameter those scopes give (space-separated API names).
    static QString oauthScopeParameter();
    // The loopback callback URL Syncdesk's browser sign-in registers with the connected app.
    static QString callbackUrl() { return QStringLiteral("http://localhost:1717/OauthRedirect"); }

    // SalesforceSettings::platform values and their login hosts.
    static QString production() { return QStringLiteral("production"); }
    static QString sandbox() { return QStringLiteral("sandbox"); }
    static QString hyperforce() { return QStringLiteral("hyperforce"); }
    static QStringList platforms() { return {production(), sandbox(), hyperforce()}; }
    static QString platformName(const QString& platform); // translated; empty when unknown
    // login.salesforce.com for production and Hyperforce, test.salesforce.com for a sandbox.
    static QUrl defaultLoginUrl(const QString& platform);

    static int stepsDone(const SalesforceSettings& salesforce);
    static bool isComplete(const SalesforceSettings& salesforce);
};

} // namespace syncdesk
