#include "CopyButton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QStyle>
#include <QStyleOptionButton>

namespace syncdesk {

CopyButton::CopyButton(const QString& label, QWidget* parent) : QPushButton(label, parent), m_label(label)
{
    setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_feedback.setSingleShot(true);
    m_feedback.setInterval(1500);
    connect(&m_feedback, &QTimer::timeout, this, [this] { setText(m_label); });
    connect(this, &QPushButton::clicked, this, &CopyButton::copy);
}

void CopyButton::setLabel(const QString& label)
{
    m_label = label;
    if (!m_feedback.isActive())
        setText(label);
    updateGeometry();
}

QSize CopyButton::sizeHint() const
{
    // Wide enough for both the label and the "Copied" feedback, so the row does not jump.
    QSize best = QPushButton::sizeHint();
    for (const QString& t : {m_label, tr("Copied")}) {
        QStyleOptionButton opt;
        initStyleOption(&opt);
        opt.text = t;
        const QFontMetrics fm = fontMetrics();
        QSize content(fm.horizontalAdvance(t), fm.height());
        if (!icon().isNull())
            content.rwidth() += iconSize().width() + 4;
        best = best.expandedTo(style()->sizeFromContents(QStyle::CT_PushButton, &opt, content, this));
    }
    return best;
}

void CopyButton::copy()
{
    const QString text = m_source ? m_source() : QString();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    setText(tr("Copied"));
    m_feedback.start();
    emit copied(text);
}

} // namespace syncdesk
