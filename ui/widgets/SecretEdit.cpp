#include "SecretEdit.h"

#include <QHBoxLayout>
#include <QLabel>
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
    m_toggle->setAccessibleDescription(tr("Shows or hides the secret as it is typed"));
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

void SecretEdit::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_edit->accessibleName().isEmpty())
        return;
    // A form's label names this widget (or the cell holding it) as its buddy; the line edit inside
    // is what screen readers focus, so it takes the label's text as its own name.
    for (QWidget* w = this; w && w->parentWidget(); w = w->parentWidget()) {
        for (QLabel* label : w->parentWidget()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
            if (label->buddy() != w)
                continue;
            QString name = label->text().remove(QLatin1Char('&')).trimmed();
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            m_edit->setAccessibleName(name);
            m_toggle->setAccessibleName(tr("Show %1").arg(name));
            return;
        }
        if (w != this && w->layout() && w->findChildren<QLineEdit*>().size() > 1)
            return; // past the secret's own cell
    }
}

} // namespace syncdesk
