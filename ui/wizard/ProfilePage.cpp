#include "ProfilePage.h"

#include "editors/ProfileEditor.h"
#include "setup/SetupController.h"

#include <QVBoxLayout>

namespace syncdesk {

ProfilePage::ProfilePage(SetupController* controller, QWidget* parent)
    : SetupPage(controller, parent), m_editor(new ProfileEditor(controller, this))
{
    setTitle(tr("Choose a profile"));
    setSubTitle(tr("A profile holds the settings of one customer's integration. Secrets are kept in the "
                   "system keychain, never in the profile file."));
    contentLayout()->addWidget(m_editor);
    connect(controller, &SetupController::profileChanged, this, [this] { emit completeChanged(); });
}

void ProfilePage::refresh()
{
    m_editor->refresh();
}

bool ProfilePage::isComplete() const
{
    return controller()->hasProfile();
}

} // namespace syncdesk
