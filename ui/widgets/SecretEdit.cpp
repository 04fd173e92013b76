#include "SecretEdit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace syncdesk {

SecretEdit::SecretEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_toggle(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    connect(m_toggle, &QToolButton::toggled, this, &SecretEdit::setRevealed);
    setFocusProxy(m_edit);
    // As wide as the longer of both captions, so toggling does not shift the field.
    int width = 0;
    for (const bool revealed : {true, false}) {
        setRevealed(revealed);
        width = qMax(width, m_toggle->sizeHint().width());
    }
    m_toggle->setMinimumWidth(width);
}

QString SecretEdit::text() const
{
    return m_edit->text();
}

void SecretEdit::clear()
{
    m_edit->clear();
    setRevealed(false);
}

void SecretEdit::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    // Keep input methods from learning or suggesting the secret in either mode.
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                                (revealed ? Qt::ImhNone : Qt::ImhHiddenText));
    if (m_toggle->isChecked() != revealed) {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(revealed);
    }
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setToolTip(revealed ? tr("Hide the value") : tr("Show the value"));
}

} // namespace syncdesk
