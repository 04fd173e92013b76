#include "MonitorSourceBar.h"

#include "MonitorBarStyle.h"
#include "monitor/MonitorController.h"
#include "widgets/WrapRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
// Green running, amber starting or reconnecting, grey stopped: readable at a glance.
QPixmap stateDot(MonitorController::SourceState state, int size)
{
    QColor color(150, 150, 150);
    if (state == MonitorController::SourceState::Running)
        color = QColor(46, 125, 50);
    else if (state == MonitorController::SourceState::Starting)
        color = QColor(240, 160, 0);
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pm;
}
} // namespace

MonitorSourceBar::MonitorSourceBar(MonitorController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("sourceBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    QToolBar* bar = makeMonitorToolBar(this, QStringLiteral("sourceToolBar"));
    bar->addWidget(makeBoldLabel(tr("Webhooks"), bar));
    m_hostEdit = new QLineEdit(bar);
    m_hostEdit->setObjectName(QStringLiteral("listenHostEdit"));
    m_hostEdit->setAccessibleName(tr("Webhook listen address"));
    m_hostEdit->setToolTip(
        tr("Address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network"));
    m_hostEdit->setFixedWidth(m_hostEdit->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) +
                              16);
    m_portSpin = new QSpinBox(bar);
    m_portSpin->setObjectName(QStringLiteral("listenPortSpin"));
    m_portSpin->setAccessibleName(tr("Webhook listen port"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setToolTip(tr("Port to listen on"));
    m_pathEdit = new QLineEdit(bar);
    m_pathEdit->setObjectName(QStringLiteral("webhookPathEdit"));
    m_pathEdit->setAccessibleName(tr("Webhook path"));
    m_pathEdit->setToolTip(tr("Path of the event notification endpoint, for example /webhook"));
    m_pathEdit->setFixedWidth(m_pathEdit->fontMetrics().horizontalAdvance(QStringLiteral("/zoom/webhook")) +
                              16);
    m_toleranceSpin = new QSpinBox(bar);
    m_toleranceSpin->setObjectName(QStringLiteral("toleranceSpin"));
    m_toleranceSpin->setAccessibleName(tr("Timestamp tolerance"));
    m_toleranceSpin->setRange(5, 3600);
    //: Suffix of a number of seconds, with its leading space
    m_toleranceSpin->setSuffix(tr(" s"));
    m_toleranceSpin->setToolTip(tr("How old a request's x-zm-request-timestamp may be before it is rejected "
                                   "(protects against replayed requests)"));
    m_webhookButton = new QPushButton(bar);
    m_webhookButton->setObjectName(QStringLiteral("webhookStartButton"));
    bar->addWidget(m_hostEdit);
    bar->addWidget(m_portSpin);
    bar->addWidget(m_pathEdit);
    bar->addWidget(m_toleranceSpin);
    bar->addWidget(m_webhookButton);
    QToolBar* wsBar = makeMonitorToolBar(this, QStringLiteral("webSocketToolBar"));
    wsBar->addSeparator();
    wsBar->addWidget(makeBoldLabel(tr("WebSocket"), wsBar));
    m_subscriptionEdit = new QLineEdit(wsBar);
    m_subscriptionEdit->setObjectName(QStringLiteral("subscriptionIdEdit"));
    m_subscriptionEdit->setAccessibleName(tr("WebSocket subscription ID"));
    m_subscriptionEdit->setPlaceholderText(tr("Subscription ID"));
    m_subscriptionEdit->setToolTip(tr("The ID Zoom shows for your app's WebSocket event subscription"));
    m_subscriptionEdit->setFixedWidth(m_subscriptionEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) *
                                      26);
    m_webSocketButton = new QPushButton(wsBar);
    m_webSocketButton->setObjectName(QStringLiteral("webSocketStartButton"));
    wsBar->addWidget(m_subscriptionEdit);
    wsBar->addWidget(m_webSocketButton);
    auto* bars = new WrapRow(this);
    bars->setObjectName(QStringLiteral("sourceBars"));
    bars->addPart(bar);
    bars->addPart(wsBar);

    connect(m_webhookButton, &QPushButton::clicked, this, [this] {
        if (m_controller->webhookState() == MonitorController::SourceState::Stopped) {
            emit starting();
            storeSettings();
            m_controller->startWebhooks();
        } else {
            m_controller->stopWebhooks();
        }
    });
    connect(m_webSocketButton, &QPushButton::clicked, this, [this] {
        if (m_controller->webSocketState() == MonitorController::SourceState::Stopped) {
            emit starting();
            storeSettings();
            m_controller->startWebSocket();
        } else {
            m_controller->stopWebSocket();
        }
    });

    m_webhookStateLabel = new QLabel(this);
    m_webhookStateLabel->setObjectName(QStringLiteral("webhookStateLabel"));
    m_webSocketStateLabel = new QLabel(this);
    m_webSocketStateLabel->setObjectName(QStringLiteral("webSocketStateLabel"));
    for (QLabel* l : {m_webhookStateLabel, m_webSocketStateLabel}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_webhookDot = new QLabel(this);
    m_webhookDot->setObjectName(QStringLiteral("webhookStateDot"));
    m_webSocketDot = new QLabel(this);
    m_webSocketDot->setObjectName(QStringLiteral("webSocketStateDot"));
    auto* states = new QHBoxLayout;
    states->setContentsMargins(6, 0, 6, 0);
    states->addWidget(m_webhookDot, 0, Qt::AlignTop);
    states->addWidget(m_webhookStateLabel, 3);
    states->addSpacing(12);
    states->addWidget(m_webSocketDot, 0, Qt::AlignTop);
    states->addWidget(m_webSocketStateLabel, 2);
    layout->addWidget(bars);
    layout->addLayout(states);
}

void MonitorSourceBar::loadSettings()
{
    const MonitorSettings s = m_controller->settings();
    m_hostEdit->setText(s.listenHost);
    m_portSpin->setValue(s.listenPort);
    m_pathEdit->setText(s.path);
    m_toleranceSpin->setValue(s.toleranceSec);
    m_subscriptionEdit->setText(s.subscriptionId);
}

void MonitorSourceBar::storeSettings()
{
    if (!m_controller->hasProfile())
        return;
    MonitorSettings s = m_controller->settings();
    if (!m_controller->isSandbox()) {
        s.listenHost = m_hostEdit->text().trimmed();
        s.listenPort = m_portSpin->value();
        s.subscriptionId = m_subscriptionEdit->text().trimmed();
    }
    QString path = m_pathEdit->text().trimmed();
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (!path.isEmpty())
        s.path = path;
    s.toleranceSec = m_toleranceSpin->value();
    m_controller->setSettings(s);
    m_pathEdit->setText(s.path);
}

void MonitorSourceBar::updateState()
{
    using State = MonitorController::SourceState;
    const bool profile = m_controller->hasProfile();
    const bool sandbox = m_controller->isSandbox();
    const State hook = m_controller->webhookState();
    const State ws = m_controller->webSocketState();

    m_webhookButton->setText(hook == State::Stopped ? tr("Start") : tr("Stop"));
    m_webhookButton->setToolTip(
        hook == State::Stopped
            ? (sandbox ? tr("Receive the sandbox's simulated webhooks") : tr("Start receiving Zoom webhooks"))
            : tr("Stop receiving webhooks"));
    m_webhookButton->setEnabled(profile);
    m_webSocketButton->setText(ws == State::Stopped ? tr("Connect") : tr("Disconnect"));
    m_webSocketButton->setEnabled(profile);
    const bool hookEditable = profile && hook == State::Stopped;
    m_hostEdit->setEnabled(hookEditable && !sandbox);
    m_portSpin->setEnabled(hookEditable && !sandbox);
    m_pathEdit->setEnabled(hookEditable);
    m_toleranceSpin->setEnabled(hookEditable);
    m_subscriptionEdit->setEnabled(profile && ws == State::Stopped && !sandbox);
    if (sandbox) {
        const QString why = tr("The sandbox uses 127.0.0.1 and a free port chosen at start.");
        m_hostEdit->setToolTip(why);
        m_portSpin->setToolTip(why);
        m_subscriptionEdit->setToolTip(tr("The sandbox provides its own subscription."));
    }

    QString hookText = m_controller->webhookStatus();
    if (hookText.isEmpty())
        hookText = !profile ? tr("Open a profile to receive events.") : tr("Not receiving webhooks.");
    m_webhookStateLabel->setText(hookText);
    QString wsText = m_controller->webSocketStatus();
    if (wsText.isEmpty())
        wsText = tr("WebSocket not connected.");
    m_webSocketStateLabel->setText(wsText);
    const int dot = fontMetrics().height() * 2 / 3;
    m_webhookDot->setPixmap(stateDot(hook, dot));
    m_webSocketDot->setPixmap(stateDot(ws, dot));
    m_webhookDot->setContentsMargins(0, (fontMetrics().height() - dot) / 2, 0, 0);
    m_webSocketDot->setContentsMargins(0, (fontMetrics().height() - dot) / 2, 0, 0);
}

} // namespace syncdesk
