#pragma once

#include "Editor.h"
#include "setup/SetupController.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace syncdesk {

class Banner;

// The profile chooser: the sandbox (no account needed), an existing profile, a new one, or a file
// elsewhere. Shown by the setup guide's first page.
class ProfileEditor : public Editor
{
    Q_OBJECT
public:
    explicit ProfileEditor(SetupController* controller, QWidget* parent = nullptr);

    void refresh() override;

    // Shows an error from an action started elsewhere (menu, command line).
    void showError(const Error& error);
    void focusNewProfileName();
    // Asks for a profile file and opens it.
    void openFileDialog();
    void startSandbox();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildList();
    void onCurrentRowChanged(int row);
    void createProfile();
    void restoreSelectedBackup();
    void updateSelectionDetails();
    void updateStatus();
    void report(const Error& error);

    QList<ProfileEntry> m_entries;
    Banner* m_draftBanner;
    Banner* m_errorBanner;
    QPushButton* m_sandboxButton;
    QListWidget* m_list;
    Banner* m_brokenBanner;
    QPushButton* m_restoreButton;
    QPushButton* m_openFileButton;
    QLineEdit* m_nameEdit;
    QPushButton* m_createButton;
    QLabel* m_currentLabel;
    QLabel* m_emptyLabel;
};

} // namespace syncdesk
