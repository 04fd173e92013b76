#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace syncdesk {

// A password field with a Show/Hide toggle. The value only lives in this widget until the page
// hands it to the keychain; copying is impossible while it is hidden.
class SecretEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SecretEdit(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* toggleButton() const { return m_toggle; }
    QString text() const;
    void clear();
    void setRevealed(bool revealed);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLineEdit* m_edit;
    QToolButton* m_toggle;
};

} // namespace syncdesk
