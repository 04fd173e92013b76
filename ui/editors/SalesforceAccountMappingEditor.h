#pragma once

#include "Editor.h"
#include "common/Error.h"
#include "secrets/SecretStore.h"

#include <QPointer>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace syncdesk {

class Banner;
class SalesforceApi;

// The seed's "Kontozuordnung in CXone Mpower erstellen" (Adapters > Account Mapping > Salesforce):
// every value CXone's dialog asks for, kept in the profile, each with a copy button. The password
// (with the security token appended) and the client secret go to the keychain and are never shown
// back. The org ID is checked while typing (15 → 18 characters, checksum). Verify signs in with
// the username-password flow, as CXone will, and compares the org the server reports with the one
// typed. Used by the Salesforce area and the setup guide.
class SalesforceAccountMappingEditor : public Editor
{
    Q_OBJECT
public:
    explicit SalesforceAccountMappingEditor(SetupController* controller, QWidget* parent = nullptr);

    void refresh() override;
    // Signs in with the values shown (the sandbox's demo values fill what a sandbox profile lacks).
    void verify();
    bool isVerifying() const { return m_verifying; }
    // Hands typed secrets to the keychain (also done when a secret field loses focus).
    void storeEditedSecrets();

signals:
    void verified(bool ok);

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
    bool m_verifying = false;
    quint64 m_run = 0;
    QPointer<QObject> m_verifyScope; // owns the auth and API of the sign-in in flight
};

} // namespace syncdesk
