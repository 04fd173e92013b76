#pragma once

#include "Area.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace syncdesk {

class MonitorController;
class MonitorPane;
class MonitorWindow;

// The live event monitor as a full area for support staff. It can be detached into a window of
// its own (a second screen) and put back; closing that window puts it back too.
class MonitorArea : public QWidget, public Area
{
    Q_OBJECT
public:
    explicit MonitorArea(MonitorController* controller, QWidget* parent = nullptr);
    ~MonitorArea() override;

    QString areaId() const override { return QStringLiteral("monitor"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;

    MonitorPane* pane() const { return m_pane; }
    bool isDetached() const { return m_window != nullptr; }
    // The separate window while detached, else null.
    QWidget* detachedWindow() const;
    void detach();
    void attach();

signals:
    void detachedChanged(bool detached);

private:
    MonitorPane* m_pane;
    QStackedLayout* m_stack;
    QWidget* m_attachedPage;
    QWidget* m_placeholder;
    QPushButton* m_detachButton;
    QPointer<MonitorWindow> m_window;
};

// The top-level window that holds the monitor while it is detached.
class MonitorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorWindow(QWidget* parent = nullptr);

signals:
    void closing();

protected:
    void closeEvent(QCloseEvent* event) override;
};

} // namespace syncdesk
