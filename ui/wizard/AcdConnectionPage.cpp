#include "AcdConnectionPage.h"

#include "editors/AcdConnectionEditor.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

AcdConnectionPage::AcdConnectionPage(SetupController* controller, AcdConnectionCheck* check, QWidget* parent)
    : SetupPage(controller, parent), m_editor(new AcdConnectionEditor(controller, check, this))
{
    setTitle(tr("Connect to the CXone ACD"));
    setSubTitle(tr("Enter the registered app and the access key, then test the connection. You can skip this "
                   "and come back later in the ACD area."));
    scrollArea()->setObjectName(QStringLiteral("acdConnectionPageView"));
    contentLayout()->addWidget(m_editor);
}

void AcdConnectionPage::refresh()
{
    m_editor->refresh();
}

bool AcdConnectionPage::validatePage()
{
    m_editor->storeEditedSecrets();
    return true;
}

} // namespace syncdesk
