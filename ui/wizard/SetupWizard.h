#pragma once

#include <QWizard>

namespace syncdesk {

class AcdAccountMappingPage;
class AcdConnectionCheck;
class AcdConnectionPage;
class SessionClients;
class SetupController;
class SetupPage;
class ProfilePage;
class SalesforceAccountMappingPage;
class ZoomAppChecklistPage;
class ZoomCredentialsPage;

// The setup wizard, embedded in the main window (not a dialog). Pages are registered under
// stable ids in the order the seeds' procedures run; later steps (ACD account mapping, Directory
// Sync, Salesforce) are added as further ids.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Page_Profile = 0,
        Page_Checklist = 10,
        Page_Credentials = 20,
        Page_AcdConnection = 30,
        Page_AcdMapping = 40,
        Page_SalesforceMapping = 50,
    };
    Q_ENUM(PageId)

    // `clients` and `check` are the console's shared ones (the ACD pages use them).
    SetupWizard(SetupController* controller, SessionClients* clients, AcdConnectionCheck* check,
                QWidget* parent = nullptr);

    ProfilePage* profilePage() const;
    ZoomAppChecklistPage* checklistPage() const;
    ZoomCredentialsPage* credentialsPage() const;
    AcdConnectionPage* acdConnectionPage() const;
    AcdAccountMappingPage* acdMappingPage() const;
    SalesforceAccountMappingPage* salesforceMappingPage() const;
    SetupPage* setupPage(int id) const;

    // Moves forward or back until `id` is shown; stops early where a page does not let the user
    // on (for example, no profile open yet). Returns whether `id` is now current.
    bool goToPage(int id);

    // The wizard lives inside the main window: finishing or Escape must not hide it.
    void done(int result) override;

signals:
    void finishRequested();

private:
    void addSetupPage(PageId id, SetupPage* page);

    SetupController* m_controller;
};

} // namespace syncdesk
