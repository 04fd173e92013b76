#include "WrapRow.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace syncdesk {

WrapRow::WrapRow(QWidget* parent) : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addStretch(1);
}

void WrapRow::addPart(QWidget* part)
{
    m_parts.append(part);
    m_layout->insertWidget(m_layout->count() - 1, part, 0, Qt::AlignLeft);
    relayout(width());
}

bool WrapRow::isWrapped() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

void WrapRow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout(event->size().width());
}

void WrapRow::relayout(int width)
{
    // The parts' preferred widths do not depend on the direction, so this cannot oscillate.
    int needed = 0;
    for (QWidget* part : std::as_const(m_parts))
        if (!part->isHidden())
            needed += part->sizeHint().width();
    const QBoxLayout::Direction direction =
        width >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
}

} // namespace syncdesk
