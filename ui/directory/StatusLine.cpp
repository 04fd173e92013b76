#include "StatusLine.h"

#include <QPainter>

namespace syncdesk {

StatusLine::StatusLine(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusLine::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    update(); // deliberately no updateGeometry(): the size never depends on the text
}

QSize StatusLine::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() + 4};
}

QSize StatusLine::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height() + 4};
}

void StatusLine::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const QString shown = fontMetrics().elidedText(
        m_text, layoutDirection() == Qt::RightToLeft ? Qt::ElideLeft : Qt::ElideRight, width());
    p.drawText(rect(), int(Qt::AlignVCenter | Qt::AlignLeading), shown);
}

} // namespace syncdesk
