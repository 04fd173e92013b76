#include "SalesforceCatalog.h"

#include "profile/Profile.h"

namespace syncdesk {

QList<SalesforceCopyValue> SalesforceCatalog::oauthScopes()
{
    // Labels as Salesforce's English setup shows them; the API name in brackets is what every
    // language shows and what a token answer's "scope" lists.
    return {
        {tr("Visualforce pages"), QStringLiteral("Access Visualforce applications (visualforce)")},
        {tr("Full access"), QStringLiteral("Full access (full)")},
        {tr("Data through the API"), QStringLiteral("Manage user data via APIs (api)")},
        {tr("Data through the browser"), QStringLiteral("Manage user data via Web browsers (web)")},
        {tr("Refresh token"), QStringLiteral("Perform requests at any time (refresh_token, offline_access)")},
    };
}

QString SalesforceCatalog::oauthScopeParameter()
{
    return QStringLiteral("visualforce full api web refresh_token offline_access");
}

QList<SalesforceStep> SalesforceCatalog::steps()
{
    using G = SalesforceStep::Group;
    return {
        {QStringLiteral("adapter-enabled"),
         G::Prerequisites,
         tr("Salesforce adapter enabled for the tenant"),
         tr("Your account representative enables Salesforce for your CXone tenant under Applications & "
            "Features > Adapters. Ask them if Adapters shows no Salesforce tab."),
         {}},
        {QStringLiteral("presence-sync-enabled"),
         G::Prerequisites,
         tr("Salesforce Presence Sync enabled for the tenant"),
         tr("Your account representative also enables Salesforce Presence Sync under Applications & Features "
            "> Adapters."),
         {}},
        {QStringLiteral("agent-lightning"),
         G::Prerequisites,
         tr("Agents use Salesforce Agent Lightning"),
         tr("Presence sync works only with the Lightning agent app."),
         {}},
        {QStringLiteral("agent-permission"),
         G::Prerequisites,
         tr("Users have the Agent permission set"),
         tr("In Salesforce: Setup > Setup > Permission Sets. Assign the Agent permission set to every "
            "agent."),
         {}},
        {QStringLiteral("agent-license"),
         G::Prerequisites,
         tr("Users are assigned the NiCE Agent for Salesforce licence"),
         tr("In Salesforce: Setup > Setup > Installed Packages. Assign the package licence to every agent."),
         {}},
        {QStringLiteral("app-manager"),
         G::ConnectedApp,
         tr("Create a new connected app"),
         tr("In Salesforce, search Quick Find for App Manager, open it and click New Connected App at the "
            "top "
            "right."),
         {}},
        {QStringLiteral("app-name"),
         G::ConnectedApp,
         tr("Name the app and enter a contact e-mail"),
         tr("The API name is generated from the name (spaces become underscores). The contact e-mail must be "
            "a valid address."),
         {{tr("Connected app name"), QStringLiteral("Salesforce Connector")}}},
        {QStringLiteral("enable-oauth"),
         G::ConnectedApp,
         tr("Enable OAuth settings and enter the callback URL"),
         tr("Under API (Enable OAuth Settings), select Enable OAuth Settings. Enter the callback URL below: "
            "Syncdesk's browser sign-in receives the authorization code there."),
         {{tr("Callback URL"), callbackUrl()}}},
        {QStringLiteral("oauth-scopes"), G::ConnectedApp, tr("Add the OAuth scopes"),
         tr("Under Selected OAuth Scopes, add each of these scopes and click Add."), oauthScopes()},
        {QStringLiteral("require-secret"),
         G::ConnectedApp,
         tr("Require the secret for both flows"),
         tr("Make sure both options below are selected, then click Save."),
         {{tr("Option"), QStringLiteral("Require Secret for Web Server Flow")},
          {tr("Option"), QStringLiteral("Require Secret for Refresh Token Flow")}}},
        {QStringLiteral("consumer-key"),
         G::ConnectedApp,
         tr("Copy the consumer key and consumer secret"),
         tr("In App Manager, open Actions > View for the app, then Manage Consumer Details (enter the code "
            "sent by e-mail if asked). Paste the key as client ID and the secret as client secret on the "
            "Account mapping tab."),
         {}},
        {QStringLiteral("allow-password-flow"),
         G::SignIn,
         tr("Allow the username-password flow"),
         tr("In Salesforce, search Quick Find for OAuth, open OAuth and OpenID Connect Settings and turn on "
            "the option below. Orgs created since Summer '23 block this flow until you do."),
         {{tr("Setting"), QStringLiteral("Allow OAuth Username-Password Flows")}}},
        {QStringLiteral("ip-range-or-token"),
         G::SignIn,
         tr("Add an IP range or reset the security token"),
         tr("Do only one of these. Either add the login IP range 0.0.0.0 to 255.255.255.255 to the agent's "
            "profile (Profiles > Login IP Ranges > New), or reset the security token (your profile > "
            "Settings > Reset My Security Token) and append the token from the e-mail to the password."),
         {{tr("Start IP address"), QStringLiteral("0.0.0.0")},
          {tr("End IP address"), QStringLiteral("255.255.255.255")}}},
    };
}

QList<SalesforceStep> SalesforceCatalog::profileAccessSteps()
{
    using G = SalesforceStep::Group;
    // Setup's own English labels are copied verbatim: the admin searches for them.
    return {
        {QStringLiteral("status-access-integration-user"),
         G::ProfileAccess,
         tr("Give the integration user's profile access to the statuses"),
         tr("In Salesforce: Setup > Profiles (or Permission Sets), open the profile of the user the account "
            "mapping signs in as, go to Enabled Service Presence Status Access, click Edit and add every "
            "designed status. Without it the presence sync cannot set these statuses."),
         {{tr("Section"), QStringLiteral("Enabled Service Presence Status Access")}}},
        {QStringLiteral("status-access-agents"),
         G::ProfileAccess,
         tr("Give the agents' profiles access to the statuses"),
         tr("Do the same for every profile or permission set your agents have: Setup > Profiles (or "
            "Permission Sets) > Enabled Service Presence Status Access > Edit, add the designed statuses and "
            "save. Agents only see statuses their profile enables."),
         {{tr("Section"), QStringLiteral("Enabled Service Presence Status Access")}}},
    };
}

QList<SalesforceStep> SalesforceCatalog::steps(SalesforceStep::Group group)
{
    if (group == SalesforceStep::Group::ProfileAccess)
        return profileAccessSteps();
    QList<SalesforceStep> out;
    for (const SalesforceStep& s : steps())
        if (s.group == group)
            out.append(s);
    return out;
}

QString SalesforceCatalog::groupTitle(SalesforceStep::Group group)
{
    switch (group) {
    case SalesforceStep::Group::Prerequisites:
        return tr("Prerequisites");
    case SalesforceStep::Group::ConnectedApp:
        return tr("Connected app");
    case SalesforceStep::Group::SignIn:
        return tr("Sign-in settings");
    case SalesforceStep::Group::ProfileAccess:
        return tr("Profile access");
    }
    return {};
}

QString SalesforceCatalog::platformName(const QString& platform)
{
    if (platform == production())
        return tr("Production");
    if (platform == sandbox())
        return tr("Sandbox");
    if (platform == hyperforce())
        return tr("Hyperforce");
    return {};
}

QUrl SalesforceCatalog::defaultLoginUrl(const QString& platform)
{
    return QUrl(platform == sandbox() ? QStringLiteral("https://test.salesforce.com")
                                      : QStringLiteral("https://login.salesforce.com"));
}

int SalesforceCatalog::stepsDone(const SalesforceSettings& salesforce)
{
    int done = 0;
    for (const SalesforceStep& s : steps())
        done += salesforce.checklistDone.contains(s.id) ? 1 : 0;
    return done;
}

bool SalesforceCatalog::isComplete(const SalesforceSettings& salesforce)
{
    return stepsDone(salesforce) == int(steps().size());
}

} // namespace syncdesk
