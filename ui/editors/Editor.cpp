#include "Editor.h"

#include "setup/SetupController.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

Editor::Editor(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_content(new QVBoxLayout(this))
{
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(14);
    connect(controller, &SetupController::profileChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void Editor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The same form is also shown elsewhere (setup guide and area): what was edited there shows here.
    refresh();
}

QScrollArea* Editor::hostScrollArea() const
{
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(w))
            return scroll;
    }
    return nullptr;
}

} // namespace syncdesk
