#pragma once

#include "Editor.h"
#include "common/Error.h"
#include "secrets/SecretStore.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace syncdesk {

class Banner;
class CopyButton;
class SessionClients;

// The seed's "Konten zuordnen" (CXone Adapters > Account Mapping > Zoom > Map Accounts) as a
// verified copy sheet: CXone publishes no API for that dialog, so Syncdesk lists every value it
// asks for, filled from the Zoom app (access key ID = Zoom client ID, secret = Zoom client secret,
// feature verification token = Zoom secret token), checks each against the live systems ("Check
// values"), copies each with one click (secrets read from the keychain at that moment and put on
// the clipboard only), and keeps the dialog's steps as a checklist in the profile. Once every
// step is ticked, the Zoom checklist's endpoint validation step unlocks.
class AcdAccountMappingEditor : public Editor
{
    Q_OBJECT
public:
    // The values of the sheet, in the dialog's order; keys of the marks and copy buttons.
    enum class Value
    {
        AccessKeyUser,
        AdapterVersion,
        AccountName,
        AccessKeyId,
        Secret,
        VerificationToken,
        Emails,
    };
    Q_ENUM(Value)

    AcdAccountMappingEditor(SetupController* controller, SessionClients* clients, QWidget* parent = nullptr);

    void refresh() override;
    // Checks every value against Zoom, the keychain and the ACD.
    void checkValues();
    bool isChecking() const { return m_pending > 0; }
    // Whether the last check proved `value` (and it has not changed since).
    bool isVerified(Value value) const;

signals:
    // The mapping is complete: the Zoom checklist's endpoint validation step is next.
    void zoomChecklistRequested();

private:
    enum class Mark
    {
        Unchecked,
        Ok,
        Problem
    };
    struct Row
    {
        QLabel* mark = nullptr;
        QLabel* note = nullptr;
        QPushButton* copy = nullptr;
        Mark state = Mark::Unchecked;
        QString checkedValue; // what was checked; a different value now means unchecked again
        QString problem;
    };

    QWidget* makeValuesBox();
    QWidget* makeStepsBox();
    void addRow(QGridLayout* grid, Value value, const QString& label, QWidget* field, const QString& note);
    QPushButton* makeSecretCopyButton(SecretPurpose purpose, const QString& objectName, QWidget* parent);
    QString currentValue(Value value) const;
    QString suggestedAdapter() const;
    void setMark(Value value, Mark mark, const QString& problem = {});
    void updateMarks();
    void updateSteps();
    void updateSecretMasks();
    void onAdapterChosen();
    void onAccountNameEdited();
    void onEmailsEdited();
    void finishCheck();
    QStringList parseEmails(const QString& text, QStringList* invalid) const;

    SessionClients* m_clients;
    QString m_shownProfileId;
    QHash<int, Row> m_rows;
    QLabel* m_userValue;
    QComboBox* m_adapterCombo;
    QLineEdit* m_accountNameEdit;
    QLineEdit* m_accessKeyIdEdit;
    QLineEdit* m_secretMask;
    QLineEdit* m_tokenMask;
    QLineEdit* m_emailsEdit;
    QLabel* m_emailError;
    QPushButton* m_checkButton;
    QProgressBar* m_checkBusy;
    Banner* m_checkBanner;
    QLabel* m_stepsProgress;
    QList<QCheckBox*> m_stepChecks;
    Banner* m_completeBanner;

    // The check in flight.
    quint64 m_run = 0;
    int m_pending = 0;
    Error m_zoomError, m_tokenError, m_acdError;
};

} // namespace syncdesk
