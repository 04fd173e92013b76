#pragma once

#include "Editor.h"
#include "connect/AcdConnectionCheck.h"
#include "secrets/SecretStore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace syncdesk {

class AcdConnectionCheck;
class Banner;
class SecretEdit;

// The CXone ACD connection: the region (issuer) or a custom issuer URL, the registered app's
// client ID and secret, the access key ID and secret (secrets to the keychain, never shown back),
// the API version and an optional API URL; and Test connection, which signs in and shows the
// tenant, business unit, API base, the access-key user and what the ACD holds. Shown by the ACD
// area and the setup guide; both share one AcdConnectionCheck, so a result shows in both.
class AcdConnectionEditor : public Editor
{
    Q_OBJECT
public:
    AcdConnectionEditor(SetupController* controller, AcdConnectionCheck* check, QWidget* parent = nullptr);

    void refresh() override;
    // Hands secrets typed but not yet stored to the keychain (leaving the form).
    void storeEditedSecrets();
    void startTest();
    void cancelTest();

private:
    struct SecretField
    {
        SecretPurpose purpose;
        SecretEdit* edit = nullptr;
        QLabel* status = nullptr;
        bool edited = false;
    };

    QWidget* makeConnectionBox();
    QWidget* makeAdvancedBox();
    QWidget* makeTestBox();
    void setupSecretField(SecretField& field, SecretPurpose purpose, const QString& objectName);
    void storeIfEdited(SecretField& field);
    void updateSecretStatus(SecretField& field, const Error& lastError = {});
    void fillRegions();
    void onRegionChosen();
    void onFieldsEdited();
    void showRunning(bool running);
    void showCheckState();

    AcdConnectionCheck* m_check;
    QString m_shownProfileId;
    Banner* m_sandboxBanner;
    QComboBox* m_regionCombo;
    QLineEdit* m_issuerEdit;
    QLineEdit* m_clientIdEdit;
    SecretField m_clientSecret;
    QLineEdit* m_accessKeyIdEdit;
    SecretField m_accessKeySecret;
    QToolButton* m_advancedToggle;
    QWidget* m_advancedPanel;
    QLineEdit* m_apiVersionEdit;
    QLineEdit* m_apiUrlEdit;

    QPushButton* m_testButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busy;
    QLabel* m_progressLabel;
    Banner* m_statusBanner;
    QLabel* m_detailsLabel;
    QWidget* m_results;
    QLabel* m_tenantLabel;
    QLabel* m_businessUnitLabel;
    QLabel* m_apiBaseLabel;
    QLabel* m_userLabel;
    QLabel* m_agentsLabel;
    QLabel* m_teamsLabel;
    QLabel* m_codesLabel;
};

} // namespace syncdesk
