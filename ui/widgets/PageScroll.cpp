#include "PageScroll.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

QScrollArea* scrollingPage(QWidget* page, const QString& objectName, QWidget* parent, PageFit fit)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A page container, not a control: as a Tab stop it would take the focus invisibly (no frame).
    // Focusing a field inside still scrolls it into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    if (fit == PageFit::Natural) {
        layout->setContentsMargins(12, 12, 16, 12); // room for the scroll bar beside text
        layout->addWidget(page);
        layout->addStretch(1);
    } else {
        layout->setContentsMargins(12, 12, 12, 12);
        layout->addWidget(page);
    }
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    return scroll;
}

} // namespace syncdesk
