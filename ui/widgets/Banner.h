#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace syncdesk {

// A coloured message strip (keychain warning, test result, restored draft): an icon, a wrapped
// sentence and optional buttons on the right. Colours are explicit so it reads the same on light
// and dark themes.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit Banner(QWidget* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString& text);
    QString text() const;
    void showMessage(Kind kind, const QString& text);
    QLabel* label() const { return m_label; }
    // Adds a widget (usually a button) on the right; the banner does not own its meaning.
    void addWidget(QWidget* widget);

private:
    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_label;
    QHBoxLayout* m_buttons;
};

} // namespace syncdesk
