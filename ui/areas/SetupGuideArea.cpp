#include "SetupGuideArea.h"

#include "wizard/SetupWizard.h"

#include <QVBoxLayout>

namespace syncdesk {

SetupGuideArea::SetupGuideArea(SetupController* controller, SessionClients* clients, AcdConnectionCheck* check,
                               QWidget* parent)
    : QWidget(parent), m_wizard(new SetupWizard(controller, clients, check, this))
{
    setObjectName(QStringLiteral("setupGuideArea"));
    m_wizard->setObjectName(QStringLiteral("setupWizard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_wizard);
}

QString SetupGuideArea::title() const
{
    return tr("Setup guide");
}

QIcon SetupGuideArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-setup.svg"));
}

QKeySequence SetupGuideArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_0);
}

QString SetupGuideArea::toolTip() const
{
    return tr("Step by step: choose a profile, register the Zoom app, connect Zoom and the ACD, map the "
              "Zoom account");
}

} // namespace syncdesk
