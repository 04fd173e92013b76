#include "RateSparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace syncdesk {

RateSparkline::RateSparkline(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QSize RateSparkline::sizeHint() const
{
    const int h = fontMetrics().height() + 4;
    return {h * 6, h};
}

QSize RateSparkline::minimumSizeHint() const
{
    return sizeHint();
}

void RateSparkline::setValues(const QVector<int>& perSecond)
{
    if (perSecond == m_values)
        return;
    m_values = perSecond;
    const int peak = m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    const int now = m_values.isEmpty() ? 0 : m_values.back();
    setToolTip(tr("Events per second over the last minute: now %1, peak %2").arg(now).arg(peak));
    update();
}

void RateSparkline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QPalette& pal = palette();
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRect(r);
    if (m_values.size() < 2)
        return;
    const int peak = std::max(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const QRectF area = r.adjusted(1.5, 2.5, -1.5, -1.5);
    const double step = area.width() / double(m_values.size() - 1);
    QPainterPath line;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF pt(area.left() + step * i, area.bottom() - area.height() * double(m_values[i]) / peak);
        if (i == 0)
            line.moveTo(pt);
        else
            line.lineTo(pt);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    fill.closeSubpath();
    QColor accent = pal.color(QPalette::Highlight);
    QColor soft = accent;
    soft.setAlpha(60);
    p.setPen(Qt::NoPen);
    p.setBrush(soft);
    p.drawPath(fill);
    p.setPen(QPen(accent, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
}

} // namespace syncdesk
