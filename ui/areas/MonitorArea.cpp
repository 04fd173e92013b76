#include "MonitorArea.h"

#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "widgets/TextStyles.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
// Layout only, never anything from a profile.
const QString kDetachedGeometryKey = QStringLiteral("monitorWindow/geometry");
} // namespace

MonitorArea::MonitorArea(MonitorController* controller, QWidget* parent)
    : QWidget(parent), m_pane(new MonitorPane(controller)), m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("monitorArea"));
    m_pane->setAutoStartSandbox(true);

    m_attachedPage = new QWidget(this);
    auto* attached = new QVBoxLayout(m_attachedPage);
    attached->setContentsMargins(4, 4, 4, 0);
    attached->setSpacing(0);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(tr("Event monitor"), m_attachedPage);
    makeHeading(heading, 1.3);
    m_detachButton = new QPushButton(tr("Open in Own Window"), m_attachedPage);
    m_detachButton->setObjectName(QStringLiteral("detachMonitorButton"));
    m_detachButton->setToolTip(tr("Show the monitor in a separate window, for example on a second screen"));
    header->setContentsMargins(4, 0, 4, 0);
    header->addWidget(heading);
    header->addStretch(1);
    header->addWidget(m_detachButton);
    attached->addLayout(header);
    attached->addWidget(m_pane, 1);
    connect(m_detachButton, &QPushButton::clicked, this, &MonitorArea::detach);

    m_placeholder = new QWidget(this);
    m_placeholder->setObjectName(QStringLiteral("monitorDetachedPlaceholder"));
    auto* ph = new QVBoxLayout(m_placeholder);
    ph->addStretch(1);
    auto* note = makeWrappedLabel(tr("The event monitor is open in its own window. Closing that window "
                                     "brings it back here."),
                                  false, m_placeholder);
    note->setAlignment(Qt::AlignCenter);
    ph->addWidget(note);
    auto* attachButton = new QPushButton(tr("Bring Back Here"), m_placeholder);
    attachButton->setObjectName(QStringLiteral("attachMonitorButton"));
    connect(attachButton, &QPushButton::clicked, this, &MonitorArea::attach);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(attachButton);
    row->addStretch(1);
    ph->addLayout(row);
    ph->addStretch(2);

    m_stack->addWidget(m_attachedPage);
    m_stack->addWidget(m_placeholder);
}

MonitorArea::~MonitorArea()
{
    // The pane is ours wherever it is shown; the detached window goes with it.
    delete m_window;
}

QString MonitorArea::title() const
{
    return tr("Event monitor");
}

QIcon MonitorArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-monitor.svg"));
}

QKeySequence MonitorArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_6);
}

QString MonitorArea::toolTip() const
{
    return tr("Live Zoom events, presence and phone states of the people in them");
}

QWidget* MonitorArea::detachedWindow() const
{
    return m_window;
}

void MonitorArea::detach()
{
    if (m_window)
        return;
    m_window = new MonitorWindow;
    m_window->setObjectName(QStringLiteral("monitorWindow"));
    m_window->setWindowTitle(tr("Event monitor — Syncdesk"));
    auto* layout = new QVBoxLayout(m_window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);
    connect(m_window, &MonitorWindow::closing, this, &MonitorArea::attach);
    if (!m_window->restoreGeometry(QSettings().value(kDetachedGeometryKey).toByteArray())) {
        QSize size(1100, 700);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        m_window->resize(size);
    }
    m_stack->setCurrentWidget(m_placeholder);
    m_pane->show();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    emit detachedChanged(true);
}

void MonitorArea::attach()
{
    if (!m_window)
        return;
    MonitorWindow* window = m_window;
    m_window = nullptr;
    QSettings().setValue(kDetachedGeometryKey, window->saveGeometry());
    // Taken back before the window goes, so the pane (and its models) survive.
    m_attachedPage->layout()->addWidget(m_pane);
    m_pane->show();
    disconnect(window, nullptr, this, nullptr);
    window->hide();
    window->deleteLater();
    m_stack->setCurrentWidget(m_attachedPage);
    emit detachedChanged(false);
}

MonitorWindow::MonitorWindow(QWidget* parent) : QWidget(parent, Qt::Window) {}

void MonitorWindow::closeEvent(QCloseEvent* event)
{
    emit closing();
    QWidget::closeEvent(event);
}

} // namespace syncdesk
