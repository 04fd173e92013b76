#pragma once

#include "Editor.h"
#include "common/Error.h"
#include "secrets/SecretStore.h"

#include <QPointer>
#include <QUrl>
#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace syncdesk {

class Banner;
class SalesforceApi;
class SalesforceBrowserLogin;
class SalesforceConnectionCheck;
class SessionClients;
struct SalesforceToken;

// The seed's "Kontozuordnung in CXone Mpower erstellen" (Adapters > Account Mapping > Salesforce):
// every value CXone's dialog asks for, kept in the profile, each with a copy button. The password
// (with the security token appended) and the client secret go to the keychain and are never shown
// back. The org ID is checked while typing (15 → 18 characters, checksum). Verify signs in with
// the username-password flow, as CXone will, and compares the org the server reports with the one
// typed. "Sign in with browser" runs the web-server flow with PKCE instead (for orgs that block
// the password flow) and keeps the refresh token in the keychain, which the shared Salesforce
// client (SessionClients) then uses. Used by the Salesforce area and the setup guide.
class SalesforceAccountMappingEditor : public Editor
{
    Q_OBJECT
public:
    // `clients` may be null: then whoever owns them listens to signedIn().
    explicit SalesforceAccountMappingEditor(SetupController* controller, SessionClients* clients = nullptr,
                                            QWidget* parent = nullptr);

    // Opens the authorize URL in the system browser (QDesktopServices::openUrl). Replaceable so a
    // test can act as the browser itself; returns false when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl& url)>;
    static void setUrlOpener(UrlOpener opener);

    void refresh() override;
    // Signs in with the values shown (the sandbox's demo values fill what a sandbox profile lacks).
    void verify();
    bool isVerifying() const;
    // Verify runs this check, shared with the Overview (one sign-in, one result shown in both);
    // until one is set the editor uses its own.
    void setConnectionCheck(SalesforceConnectionCheck* check);
    SalesforceConnectionCheck* connectionCheck() const { return m_check; }
    // Hands typed secrets to the keychain (also done when a secret field loses focus).
    void storeEditedSecrets();

    // The browser sign-in: listens on a loopback port and opens the authorize page.
    void signInWithBrowser();
    void cancelSignIn();
    bool isSigningIn() const { return m_signingIn; }
    // Removes the stored refresh token; the shared client falls back to the password flow.
    void forgetSignIn();

signals:
    void verified(bool ok);
    // A browser sign-in stored a new refresh token: the shared Salesforce client must be renewed.
    void signedIn();

private:
    QWidget* makeFieldsBox();
    QWidget* makeVerifyBox();
    void addRow(QGridLayout* grid, int& line, const QString& label, QWidget* field, QPushButton* copy,
                QLabel* note = nullptr);
    QPushButton* makeCopyButton(const QString& objectName, std::function<QString()> source);
    QPushButton* makeSecretCopyButton(SecretPurpose purpose, const QString& objectName);
    void storeSecretField(QLineEdit* edit, SecretPurpose purpose);
    void saveSettings();
    void onPlatformChosen();
    void updateOrgIdStatus();
    void updateEmailStatus();
    void updateSecretPlaceholders();
    QWidget* makeSignInBox();
    void startBrowserLogin(const QUrl& login, const QString& clientId, const QString& clientSecret,
                           quint64 run);
    void onSignInFinished(const SalesforceToken& token, const Error& error, quint64 run);
    void showSignInError(const Error& error);
    void updateSignInButtons();
    void retireSignInScope();
    void showCheckState();
    void showVerifyResult(const QString& serverOrgId, const QString& user, const QString& usage,
                          const Error& error);

    QString m_shownProfileId;
    QLabel* m_sandboxNote;
    QComboBox* m_platformCombo;
    QLineEdit* m_loginUrlEdit;
    QLineEdit* m_environmentEdit;
    QLineEdit* m_orgIdEdit;
    QLabel* m_orgIdStatus;
    QLineEdit* m_usernameEdit;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_clientIdEdit;
    QLineEdit* m_clientSecretEdit;
    QLineEdit* m_emailEdit;
    QLabel* m_emailStatus;
    QPushButton* m_verifyButton;
    QProgressBar* m_verifyBusy;
    Banner* m_verifyBanner;
    QLabel* m_typedOrgIdValue;
    QLabel* m_serverOrgIdValue;
    QLabel* m_matchValue;
    QLabel* m_userValue;
    QLabel* m_usageValue;
    SalesforceConnectionCheck* m_check = nullptr;

    SessionClients* m_clients;
    QPushButton* m_signInButton;
    QPushButton* m_signInCancelButton;
    QPushButton* m_forgetSignInButton;
    QProgressBar* m_signInBusy;
    Banner* m_signInBanner;
    QLabel* m_signedInUserValue;
    QLabel* m_signedInOrgIdValue;
    QLabel* m_signedInInstanceValue;
    bool m_signingIn = false;
    bool m_cancelRequested = false;
    quint64 m_signInRun = 0;
    QPointer<QObject> m_signInScope; // owns the browser login, its auth and API
};

} // namespace syncdesk
