#include "Banner.h"

#include "TextStyles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace syncdesk {

Banner::Banner(QWidget* parent) : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    setAttribute(Qt::WA_StyledBackground, true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    setKind(Kind::Info);
}

void Banner::setKind(Kind kind)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Tone tone = Tone::Info;
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        tone = Tone::Ok;
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tone = Tone::Warning;
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tone = Tone::Error;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // Class selector, so an objectName given by a page does not break the style. Tinted colours
    // follow the palette's lightness, so the text stays readable on dark themes too.
    const QString text =
        isDarkPalette() ? palette().color(QPalette::WindowText).name() : QStringLiteral("#1b1b1b");
    setStyleSheet(
        QStringLiteral("syncdesk--Banner { background-color: %1; border: 1px solid %2; border-radius: 4px; }"
                       " syncdesk--Banner > QLabel { color: %3; background: transparent; }")
            .arg(toneBackground(tone).name(), toneBorder(tone).name(), text));
    setProperty("kind", QVariant::fromValue(kind));
}

void Banner::setText(const QString& text)
{
    m_label->setText(text);
}

QString Banner::text() const
{
    return m_label->text();
}

void Banner::showMessage(Kind kind, const QString& text)
{
    setKind(kind);
    setText(text);
    show();
}

void Banner::addWidget(QWidget* widget)
{
    m_buttons->addWidget(widget, 0, Qt::AlignVCenter);
}

} // namespace syncdesk
