#pragma once

#include "Area.h"
#include "widgets/PageScroll.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTabWidget;

namespace syncdesk {

class Banner;
class SalesforceAccountMappingEditor;
class SetupController;

// Salesforce: the seed's prerequisites and connected-app steps as a checklist saved in the
// profile (OAuth scopes, "require secret" options and the callback URL with copy buttons), the
// account mapping with Verify, and (added by addPage) what later pages bring.
class SalesforceArea : public QWidget, public Area
{
    Q_OBJECT
public:
    enum class Section
    {
        Prerequisites,
        Mapping
    };

    explicit SalesforceArea(SetupController* controller, QWidget* parent = nullptr);

    QString areaId() const override { return QStringLiteral("salesforce"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;

    // Adds a tab after the existing ones; the page scrolls in it when it is not a scroll area
    // itself. The area takes ownership.
    void addPage(QWidget* page, const QString& title, PageFit fit = PageFit::Natural);

    SalesforceAccountMappingEditor* mappingEditor() const { return m_mapping; }
    QTabWidget* tabs() const { return m_tabs; }
    void showSection(Section section);
    QStringList sectionIds() const override; // prerequisites, mapping, statuses, rules, simulator
    void showSectionId(const QString& id) override;
    // The checkbox of a catalog step (SalesforceCatalog ids), for tests and the setup guide.
    QCheckBox* stepCheckBox(const QString& stepId) const { return m_stepChecks.value(stepId); }

signals:
    void setupGuideRequested();

private:
    QWidget* makeChecklist();
    void updateChecklist();
    void updateBanner();

    SetupController* m_controller;
    Banner* m_noProfileBanner;
    QTabWidget* m_tabs;
    QLabel* m_progress = nullptr;
    QHash<QString, QCheckBox*> m_stepChecks;
    SalesforceAccountMappingEditor* m_mapping;
};

} // namespace syncdesk
