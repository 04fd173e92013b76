#pragma once

#include "Area.h"
#include "widgets/PageScroll.h"

#include <QWidget>

class QTabWidget;

namespace syncdesk {

class CtiSettingsPage;
class SetupController;

// Contact Center (issue 9): Zoom Contact Center with Salesforce. Today the "Salesforce CTI" tab
// (seed 004's settings); addPage() adds the engagement and reconciliation pages.
class ContactCenterArea : public QWidget, public Area
{
    Q_OBJECT
public:
    explicit ContactCenterArea(SetupController* controller, QWidget* parent = nullptr);

    QString areaId() const override { return QStringLiteral("contactcenter"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;
    // advisor, cti, flowscript; pages added later append their ids (addPage's id).
    QStringList sectionIds() const override { return m_sectionIds; }
    void showSectionId(const QString& id) override;

    // Adds a tab after the existing ones under a stable section id; the area takes ownership.
    void addPage(QWidget* page, const QString& id, const QString& title, PageFit fit = PageFit::Natural);

    QTabWidget* tabs() const { return m_tabs; }
    CtiSettingsPage* ctiPage() const { return m_cti; }

private:
    QTabWidget* m_tabs;
    CtiSettingsPage* m_cti;
    QStringList m_sectionIds;
};

} // namespace syncdesk
