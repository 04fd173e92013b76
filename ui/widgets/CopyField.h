#pragma once

#include <QWidget>

class QLineEdit;

namespace syncdesk {

class CopyButton;

// A value to paste elsewhere (the event endpoint URL): read-only, monospace, with a Copy button.
// The field is never narrower than its text, so nothing is hidden behind a scroll.
class CopyField : public QWidget
{
    Q_OBJECT
public:
    explicit CopyField(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // Whether the Copy button copies the text (off while only a template is shown).
    void setCopyEnabled(bool enabled);
    QLineEdit* lineEdit() const { return m_edit; }
    CopyButton* copyButton() const { return m_button; }

private:
    void updateWidth();

    QLineEdit* m_edit;
    CopyButton* m_button;
};

} // namespace syncdesk
