#include "TextStyles.h"

#include <QFontDatabase>
#include <QGuiApplication>
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

bool isDarkPalette()
{
    const QPalette pal = QGuiApplication::palette();
    return pal.color(QPalette::Window).lightness() < pal.color(QPalette::WindowText).lightness();
}

QColor toneText(Tone tone)
{
    // Light palette: dark shades (contrast above 4.5:1 on white); dark palette: light shades
    // (above 4.5:1 on #2a2a2a-like backgrounds).
    const bool dark = isDarkPalette();
    switch (tone) {
    case Tone::Ok:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x2a);
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0d, 0x47, 0xa1);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x7a, 0x4f, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0xc8, 0xcc, 0xd0) : QColor(0x37, 0x47, 0x4f);
}

QColor toneBackground(Tone tone)
{
    const bool dark = isDarkPalette();
    switch (tone) {
    case Tone::Ok:
        return dark ? QColor(0x1e, 0x3a, 0x24) : QColor(0xe3, 0xf4, 0xe1);
    case Tone::Info:
        return dark ? QColor(0x1c, 0x2f, 0x4a) : QColor(0xe8, 0xf1, 0xfb);
    case Tone::Warning:
        return dark ? QColor(0x45, 0x36, 0x10) : QColor(0xff, 0xf4, 0xd1);
    case Tone::Error:
        return dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xe4, 0xe4);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x3a, 0x3f, 0x44) : QColor(0xec, 0xef, 0xf1);
}

QColor toneBorder(Tone tone)
{
    const bool dark = isDarkPalette();
    switch (tone) {
    case Tone::Ok:
        return dark ? QColor(0x4e, 0x9a, 0x45) : QColor(0x4e, 0x9a, 0x45);
    case Tone::Info:
        return dark ? QColor(0x4a, 0x78, 0xb0) : QColor(0x7a, 0xa7, 0xd9);
    case Tone::Warning:
        return dark ? QColor(0xb0, 0x86, 0x10) : QColor(0xd4, 0xa2, 0x1b);
    case Tone::Error:
        return dark ? QColor(0xc9, 0x30, 0x2c) : QColor(0xc9, 0x30, 0x2c);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x60, 0x66, 0x6c) : QColor(0xb0, 0xbe, 0xc5);
}

QString toneTextCss(Tone tone)
{
    return QStringLiteral("color: %1;").arg(toneText(tone).name());
}

} // namespace syncdesk
