#include "CopyField.h"

#include "CopyButton.h"
#include "TextStyles.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

namespace syncdesk {

CopyField::CopyField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new CopyButton(tr("Copy"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setReadOnly(true);
    m_edit->setFont(monospaceFont());
    m_edit->setObjectName(QStringLiteral("copyFieldEdit"));
    m_button->setObjectName(QStringLiteral("copyFieldButton"));
    m_button->setSource([this] { return m_edit->text(); });
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
}

void CopyField::setText(const QString& text)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(0);
    m_edit->setToolTip(text);
    updateWidth();
}

QString CopyField::text() const
{
    return m_edit->text();
}

void CopyField::setCopyEnabled(bool enabled)
{
    m_button->setEnabled(enabled);
}

void CopyField::updateWidth()
{
    QStyleOptionFrame opt;
    opt.initFrom(m_edit);
    const int textWidth = m_edit->fontMetrics().horizontalAdvance(m_edit->text()) + 12;
    const QSize needed = m_edit->style()->sizeFromContents(
        QStyle::CT_LineEdit, &opt, QSize(textWidth, m_edit->fontMetrics().height()), m_edit);
    m_edit->setMinimumWidth(needed.width());
}

} // namespace syncdesk
