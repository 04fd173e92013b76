#include "SalesforceAccountMappingPage.h"

#include "editors/SalesforceAccountMappingEditor.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

SalesforceAccountMappingPage::SalesforceAccountMappingPage(SetupController* controller,
                                                           SessionClients* clients, QWidget* parent)
    : SetupPage(controller, parent), m_editor(new SalesforceAccountMappingEditor(controller, clients, this))
{
    setTitle(tr("Map the Salesforce account in CXone"));
    setSubTitle(tr("Enter the Salesforce values CXone's account mapping asks for and verify them, or sign in "
                   "with the browser. Skip this step if you do not use Salesforce."));
    scrollArea()->setObjectName(QStringLiteral("salesforceMappingPageView"));
    contentLayout()->addWidget(m_editor);
}

void SalesforceAccountMappingPage::refresh()
{
    m_editor->refresh();
}

bool SalesforceAccountMappingPage::validatePage()
{
    m_editor->storeEditedSecrets();
    return true;
}

void SalesforceAccountMappingPage::cleanupPage()
{
    m_editor->storeEditedSecrets();
}

} // namespace syncdesk
