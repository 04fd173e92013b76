#include "SetupPage.h"

#include "setup/SetupController.h"
#include "widgets/TextStyles.h"

#include <QLabel>

#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

SetupPage::SetupPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_scroll(new QScrollArea(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // A page container, not a control: as a Tab stop it would take the focus invisibly (no frame).
    // Focusing a field inside still scrolls it into view.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    m_content = new QVBoxLayout(content);
    m_content->setContentsMargins(2, 2, 12, 2); // room for the scroll bar next to text
    m_content->setSpacing(14);
    m_scroll->setWidget(content);
    // The scroll area paints the page background, not the base colour of a view.
    m_scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    outer->addWidget(m_scroll);
    connect(controller, &SetupController::profileChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void SetupPage::moveSubTitleIntoContent()
{
    if (subTitle().isEmpty())
        return;
    QLabel* label = makeWrappedLabel(subTitle(), false, m_scroll->widget());
    label->setObjectName(QStringLiteral("pageSubTitle"));
    m_content->insertWidget(0, label);
    setSubTitle(QString());
}

} // namespace syncdesk
