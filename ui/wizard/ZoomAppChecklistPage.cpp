#include "ZoomAppChecklistPage.h"

#include "editors/ZoomAppChecklistEditor.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

ZoomAppChecklistPage::ZoomAppChecklistPage(SetupController* controller, QWidget* parent)
    : SetupPage(controller, parent), m_editor(new ZoomAppChecklistEditor(controller, this))
{
    setTitle(tr("Register the Zoom app"));
    setSubTitle(tr("Follow these steps in the Zoom App Marketplace. Tick each step when it is done; your "
                   "progress is saved with the profile."));
    scrollArea()->setObjectName(QStringLiteral("checklistView"));
    contentLayout()->addWidget(m_editor);
}

void ZoomAppChecklistPage::refresh()
{
    m_editor->refresh();
}

} // namespace syncdesk
