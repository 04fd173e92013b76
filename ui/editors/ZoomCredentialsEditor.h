#pragma once

#include "Editor.h"
#include "secrets/SecretStore.h"
#include "zoom/ZoomConnectionCheck.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace syncdesk {

class Banner;
class SecretEdit;

// The Zoom app's credentials (IDs in the profile, secrets in the keychain) and Test connection,
// which proves them against Zoom (or the sandbox) and lists granted vs. missing scopes. Shown by
// the setup guide's credentials page and by the Zoom app area.
class ZoomCredentialsEditor : public Editor
{
    Q_OBJECT
public:
    explicit ZoomCredentialsEditor(SetupController* controller, QWidget* parent = nullptr);

    void refresh() override;
    // Hands secrets typed but not yet stored to the keychain (leaving the form).
    void storeEditedSecrets();
    bool isTesting() const { return m_testing; }

    void startTest();
    void cancelTest();

private:
    struct SecretField
    {
        SecretPurpose purpose;
        SecretEdit* edit = nullptr;
        QLabel* status = nullptr;
        bool edited = false;      // typed since it was last handed to the keychain
        bool sessionOnly = false; // the keychain refused it; the controller holds it for this session
    };

    QWidget* makeCredentialsBox();
    QWidget* makeAdvancedBox();
    QWidget* makeTestBox();
    void setupSecretField(SecretField& field, SecretPurpose purpose, const QString& objectName);
    SecretField& fieldFor(SecretPurpose purpose);
    void storeIfEdited(SecretField& field);
    void updateSecretStatus(SecretField& field, const Error& lastError = {});
    void updateKeychainBanner();
    void updateEndpoints();
    void onIdsEdited();
    void onUrlsEdited();
    void setTesting(bool testing);
    void clearResult();
    void showResult(const ZoomConnectionReport& report, const Error& error);
    void fillScopeTable(const ZoomConnectionReport& report);
    void revealResult();

    QString m_shownProfileId;
    Banner* m_keychainBanner;
    Banner* m_sandboxBanner;
    QLineEdit* m_accountIdEdit;
    QLineEdit* m_clientIdEdit;
    SecretField m_clientSecret;
    SecretField m_secretToken;
    QToolButton* m_advancedToggle;
    QWidget* m_advancedPanel;
    QLineEdit* m_oauthUrlEdit;
    QLineEdit* m_apiUrlEdit;
    QCheckBox* m_useTokenApiUrlCheck;
    QLabel* m_advancedNote;

    QPushButton* m_testButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busy;
    QLabel* m_progressLabel;
    Banner* m_statusBanner;
    QToolButton* m_detailsButton;
    QLabel* m_detailsLabel;
    QWidget* m_results;
    QLabel* m_apiHostLabel;
    QLabel* m_userCountLabel;
    QLabel* m_phoneUserCountLabel;
    QLabel* m_tokenExpiryLabel;
    Banner* m_missingBanner;
    QTableWidget* m_scopeTable;
    bool m_testing = false;
};

} // namespace syncdesk
