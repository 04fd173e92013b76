#pragma once

#include <QWidget>

namespace syncdesk {

// One line of status text that changes often (progress of a run): setText() only repaints. A
// QLabel asks its whole window to lay out again on every new text, which on a large page costs
// more than a frame each time. The line is as tall as one line of text and as wide as the layout
// gives it; text that does not fit is elided and shown whole in the tooltip.
class StatusLine : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};

} // namespace syncdesk
