#include "SetupWizard.h"

#include "AcdAccountMappingPage.h"
#include "AcdConnectionPage.h"
#include "ProfilePage.h"
#include "SalesforceAccountMappingPage.h"
#include "ZoomAppChecklistPage.h"
#include "ZoomCredentialsPage.h"
#include "editors/AcdAccountMappingEditor.h"
#include "editors/ZoomAppChecklistEditor.h"
#include "setup/SetupController.h"

#include <QAbstractButton>

namespace syncdesk {

SetupWizard::SetupWizard(SetupController* controller, SessionClients* clients, AcdConnectionCheck* check,
                         QWidget* parent)
    : QWizard(parent), m_controller(controller)
{
    setWindowFlags(Qt::Widget);
    // ModernStyle everywhere: a title/subtitle header and a plain page, which looks the same on
    // Windows, macOS and Linux (AeroStyle and MacStyle assume a top-level dialog).
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoDefaultButton, false);
    setButtonText(QWizard::FinishButton, tr("Save and finish"));

    addSetupPage(Page_Profile, new ProfilePage(controller, this));
    addSetupPage(Page_Checklist, new ZoomAppChecklistPage(controller, this));
    addSetupPage(Page_Credentials, new ZoomCredentialsPage(controller, this));
    // The seed's order: the ACD side (account mapping) after the Zoom app exists.
    addSetupPage(Page_AcdConnection, new AcdConnectionPage(controller, check, this));
    addSetupPage(Page_AcdMapping, new AcdAccountMappingPage(controller, clients, this));
    // Optional: a site without Salesforce goes past it (the page never holds Next back).
    addSetupPage(Page_SalesforceMapping, new SalesforceAccountMappingPage(controller, clients, this));
    setStartId(Page_Profile);

    // QWizard only initializes a page when it is entered forwards; going Back must also show
    // the current state (e.g. the account ID typed on a later page).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (SetupPage* p = setupPage(id))
            p->refresh();
    });
    // The locked endpoint step links to the mapping sheet, and the finished sheet back to it.
    connect(checklistPage()->editor(), &ZoomAppChecklistEditor::acdMappingRequested, this,
            [this] { goToPage(Page_AcdMapping); });
    connect(acdMappingPage()->editor(), &AcdAccountMappingEditor::zoomChecklistRequested, this,
            [this] { goToPage(Page_Checklist); });
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
}

void SetupWizard::addSetupPage(PageId id, SetupPage* page)
{
    page->moveSubTitleIntoContent();
    setPage(id, page);
}

SetupPage* SetupWizard::setupPage(int id) const
{
    return qobject_cast<SetupPage*>(page(id));
}

ProfilePage* SetupWizard::profilePage() const
{
    return static_cast<ProfilePage*>(page(Page_Profile));
}

ZoomAppChecklistPage* SetupWizard::checklistPage() const
{
    return static_cast<ZoomAppChecklistPage*>(page(Page_Checklist));
}

ZoomCredentialsPage* SetupWizard::credentialsPage() const
{
    return static_cast<ZoomCredentialsPage*>(page(Page_Credentials));
}

AcdConnectionPage* SetupWizard::acdConnectionPage() const
{
    return static_cast<AcdConnectionPage*>(page(Page_AcdConnection));
}

AcdAccountMappingPage* SetupWizard::acdMappingPage() const
{
    return static_cast<AcdAccountMappingPage*>(page(Page_AcdMapping));
}

SalesforceAccountMappingPage* SetupWizard::salesforceMappingPage() const
{
    return static_cast<SalesforceAccountMappingPage*>(page(Page_SalesforceMapping));
}

bool SetupWizard::goToPage(int id)
{
    if (currentId() == -1)
        restart();
    // Each step either reaches the page or is refused (validatePage/isComplete), so this ends.
    for (int guard = 0; guard < pageIds().size() && currentId() != id; ++guard) {
        const int before = currentId();
        if (visitedIds().contains(id) && id < before)
            back();
        else
            next();
        if (currentId() == before)
            break;
    }
    return currentId() == id;
}

void SetupWizard::done(int result)
{
    if (result == QDialog::Accepted && validateCurrentPage())
        emit finishRequested();
    // Stay on the current page: the wizard is the main window's content, not a dialog.
}

} // namespace syncdesk
