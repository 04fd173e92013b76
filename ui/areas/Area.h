#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>
#include <QStringList>

class QWidget;

namespace syncdesk {

// One entry of the main window's sidebar: the Overview, a vendor's area (Zoom app, and next the
// CXone ACD, Salesforce, Contact Center) or the event monitor. Adding an area is one call,
// MainWindow::addArea(); the window owns the area's widget from then on.
class Area
{
public:
    virtual ~Area() = default;

    // Stable, lower-case, ASCII: the name for --area and for the remembered last area.
    virtual QString areaId() const = 0;
    // Translated title for the sidebar and the Go menu.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The page shown when the area is selected.
    virtual QWidget* widget() = 0;
    // For example Ctrl+2; shown in the sidebar tooltip and the Go menu.
    virtual QKeySequence shortcut() const = 0;
    // One line for the sidebar tooltip.
    virtual QString toolTip() const { return {}; }
    // Called when the area becomes current: a chance to focus its first field.
    virtual void activated() {}
    // The area's own pages (tabs), stable ASCII ids for `--area ID/SECTION`; empty: one page.
    virtual QStringList sectionIds() const { return {}; }
    virtual void showSectionId(const QString& /*id*/) {}
};

} // namespace syncdesk
