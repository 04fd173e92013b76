#include "ZoomCredentialsPage.h"

#include "editors/ZoomCredentialsEditor.h"

#include <QVBoxLayout>

namespace syncdesk {

ZoomCredentialsPage::ZoomCredentialsPage(SetupController* controller, QWidget* parent)
    : SetupPage(controller, parent), m_editor(new ZoomCredentialsEditor(controller, this))
{
    setTitle(tr("Connect to Zoom"));
    setSubTitle(tr("Enter the values from your Server-to-Server OAuth app, then test the connection."));
    contentLayout()->addWidget(m_editor);
}

void ZoomCredentialsPage::refresh()
{
    m_editor->refresh();
}

bool ZoomCredentialsPage::validatePage()
{
    m_editor->storeEditedSecrets();
    return true;
}

void ZoomCredentialsPage::startTest()
{
    m_editor->startTest();
}

} // namespace syncdesk
