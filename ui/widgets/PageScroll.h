#pragma once

#include <QString>

class QScrollArea;
class QWidget;

namespace syncdesk {

// How a page sits in its scroll area: at its natural height with space below (forms), or filling
// the viewport and scrolling only below its minimum size (pages with tables).
enum class PageFit
{
    Natural,
    Fill
};

// One tab page of an area (Zoom app, ACD, Salesforce): the page in a frameless scroll area with
// the areas' margins, so long German and Japanese text is never cut off.
QScrollArea* scrollingPage(QWidget* page, const QString& objectName, QWidget* parent,
                           PageFit fit = PageFit::Natural);

} // namespace syncdesk
