#include "TextStyles.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPalette>

namespace syncdesk {

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QLabel* makeWrappedLabel(const QString& text, bool secondary, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (secondary) {
        // Blend text and background instead of a fixed grey, so dark themes stay legible.
        QPalette pal = label->palette();
        const QColor fg = pal.color(QPalette::WindowText);
        const QColor bg = pal.color(QPalette::Window);
        const QColor mixed =
            QColor::fromRgbF(fg.redF() * 0.72f + bg.redF() * 0.28f, fg.greenF() * 0.72f + bg.greenF() * 0.28f,
                             fg.blueF() * 0.72f + bg.blueF() * 0.28f);
        pal.setColor(QPalette::WindowText, mixed);
        label->setPalette(pal);
    }
    return label;
}

void makeHeading(QLabel* label, qreal scale)
{
    QFont f = label->font();
    f.setBold(true);
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
}

QLabel* makeIdentifierLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setFont(monospaceFont());
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace syncdesk
