#pragma once

#include "Area.h"

#include <QWidget>

class QTabWidget;

namespace syncdesk {

class Banner;
class SetupController;
class ZoomAppChecklistEditor;
class ZoomCredentialsEditor;

// The Zoom app: its credentials with Test connection, and its Marketplace registration checklist.
// The same editors the setup guide's pages show.
class ZoomArea : public QWidget, public Area
{
    Q_OBJECT
public:
    enum class Section
    {
        Credentials,
        Checklist
    };

    explicit ZoomArea(SetupController* controller, QWidget* parent = nullptr);

    QString areaId() const override { return QStringLiteral("zoom"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;

    ZoomCredentialsEditor* credentialsEditor() const { return m_credentials; }
    ZoomAppChecklistEditor* checklistEditor() const { return m_checklist; }
    void showSection(Section section);

signals:
    void setupGuideRequested();
    // The checklist's locked endpoint step links to the ACD account mapping sheet.
    void acdMappingRequested();

private:
    void updateBanner();

    SetupController* m_controller;
    Banner* m_noProfileBanner;
    QTabWidget* m_tabs;
    ZoomCredentialsEditor* m_credentials;
    ZoomAppChecklistEditor* m_checklist;
};

} // namespace syncdesk
