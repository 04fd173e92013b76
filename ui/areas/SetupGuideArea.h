#pragma once

#include "Area.h"

#include <QWidget>

namespace syncdesk {

class AcdConnectionCheck;
class SessionClients;
class SetupController;
class SetupWizard;

// The guided first-run path: the setup wizard, whose pages host the same editors the areas show.
class SetupGuideArea : public QWidget, public Area
{
    Q_OBJECT
public:
    SetupGuideArea(SetupController* controller, SessionClients* clients, AcdConnectionCheck* check,
                   QWidget* parent = nullptr);

    QString areaId() const override { return QStringLiteral("setup"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;

    SetupWizard* wizard() const { return m_wizard; }

private:
    SetupWizard* m_wizard;
};

} // namespace syncdesk
