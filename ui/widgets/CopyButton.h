#pragma once

#include <QPushButton>
#include <QTimer>
#include <functional>

namespace syncdesk {

// A button that puts text on the clipboard and says so for a moment. The text comes from a
// function so it is always the current value (an endpoint URL changes with the account ID).
class CopyButton : public QPushButton
{
    Q_OBJECT
public:
    explicit CopyButton(const QString& label, QWidget* parent = nullptr);

    void setSource(std::function<QString()> source) { m_source = std::move(source); }
    void setLabel(const QString& label);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

public slots:
    void copy();

signals:
    void copied(const QString& text);

private:
    QString m_label;
    std::function<QString()> m_source;
    QTimer m_feedback;
};

} // namespace syncdesk
