#include "AcdAccountMappingPage.h"

#include "editors/AcdAccountMappingEditor.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

AcdAccountMappingPage::AcdAccountMappingPage(SetupController* controller, SessionClients* clients,
                                             QWidget* parent)
    : SetupPage(controller, parent), m_editor(new AcdAccountMappingEditor(controller, clients, this))
{
    setTitle(tr("Map the Zoom account in CXone"));
    setSubTitle(
        tr("Copy these values into CXone's Map Accounts dialog and tick each step. Afterwards Zoom can "
           "validate the event endpoint URL."));
    scrollArea()->setObjectName(QStringLiteral("acdMappingPageView"));
    contentLayout()->addWidget(m_editor);
}

void AcdAccountMappingPage::refresh()
{
    m_editor->refresh();
}

} // namespace syncdesk
