#pragma once

#include <QLabel>
#include <QToolBar>

namespace syncdesk {

// Shared look of the monitor's bars: text-only, fixed tool bars and bold section labels.
inline QToolBar* makeMonitorToolBar(QWidget* parent, const QString& objectName)
{
    auto* bar = new QToolBar(parent);
    bar->setObjectName(objectName);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setFloatable(false);
    bar->setMovable(false);
    return bar;
}

inline QLabel* makeBoldLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// Setting a style sheet re-polishes the widget even when nothing changed; counters update every second.
inline void setStyleSheetIfChanged(QWidget* w, const QString& sheet)
{
    if (w->styleSheet() != sheet)
        w->setStyleSheet(sheet);
}

} // namespace syncdesk
