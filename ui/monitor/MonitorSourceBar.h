#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace syncdesk {

class MonitorController;

// The monitor's source controls: where the webhook receiver listens (host, port, path, clock
// tolerance) and the WebSocket subscription, each with Start/Stop and a state line with a dot.
class MonitorSourceBar : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorSourceBar(MonitorController* controller, QWidget* parent = nullptr);

    // Fields from the open profile's settings.
    void loadSettings();
    // Fields into the open profile's settings (as an unsaved change).
    void storeSettings();
    // Buttons, enabled fields and state lines from the controller.
    void updateState();

signals:
    // The user starts a source: an earlier error no longer applies.
    void starting();

private:
    MonitorController* m_controller;
    QLineEdit* m_hostEdit;
    QSpinBox* m_portSpin;
    QLineEdit* m_pathEdit;
    QSpinBox* m_toleranceSpin;
    QPushButton* m_webhookButton;
    QLineEdit* m_subscriptionEdit;
    QPushButton* m_webSocketButton;
    QLabel* m_webhookStateLabel;
    QLabel* m_webSocketStateLabel;
    QLabel* m_webhookDot;
    QLabel* m_webSocketDot;
};

} // namespace syncdesk
