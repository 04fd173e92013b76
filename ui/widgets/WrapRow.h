#pragma once

#include <QWidget>

class QBoxLayout;

namespace syncdesk {

// A row of parts (toolbars, mostly) that goes to one part per line when the row is narrower than
// the parts side by side. The monitor's bars use it: at 1024 × 700, or in German and Japanese, a
// single QToolBar would hide its last controls behind the » extension button, so the WebSocket
// controls and the counters would be reachable only through a menu.
class WrapRow : public QWidget
{
    Q_OBJECT
public:
    explicit WrapRow(QWidget* parent = nullptr);

    void addPart(QWidget* part);
    // Whether the parts are stacked now (for tests).
    bool isWrapped() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout(int width);

    QBoxLayout* m_layout;
    QList<QWidget*> m_parts;
};

} // namespace syncdesk
