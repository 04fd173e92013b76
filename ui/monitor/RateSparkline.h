#pragma once

#include <QVector>
#include <QWidget>

namespace syncdesk {

// Events per second over the last minute as a small filled line, newest on the right. Sized to
// sit in a toolbar row next to the counters.
class RateSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit RateSparkline(QWidget* parent = nullptr);

    void setValues(const QVector<int>& perSecond);
    const QVector<int>& values() const { return m_values; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<int> m_values;
};

} // namespace syncdesk
