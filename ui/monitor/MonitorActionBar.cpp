#include "MonitorActionBar.h"

#include "widgets/TextStyles.h"
#include "widgets/WrapRow.h"

#include "MonitorBarStyle.h"
#include "RateSparkline.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"

#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace syncdesk {

namespace {

// Counters change every tick. A label whose size can change invalidates the layouts up to the
// window on every setText, and the monitor pane was laid out and repainted whole: slow pane
// repaints of 14–16 ms went from 87 to 1 per 10 s at 10,000 events/s once the counters were fixed
// (bench_gui_ingest --trace-slow). A label of fixed size does not invalidate its parents, so the
// counters get a fixed size that only grows, with slack, when a text no longer fits.
void refitCounter(QLabel* label)
{
    label->ensurePolished(); // a style sheet (bold counters) changes the font
    const QSize hint = label->sizeHint();
    const bool fixed = label->minimumWidth() == label->maximumWidth() &&
                       label->minimumHeight() == label->maximumHeight();
    if (!fixed || hint.width() > label->maximumWidth() || hint.height() != label->maximumHeight())
        label->setFixedSize(hint.width() + label->fontMetrics().averageCharWidth() * 3, hint.height());
}

void setCounterText(QLabel* label, const QString& text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    refitCounter(label);
}

} // namespace

namespace {
QString number(quint64 n)
{
    return QLocale().toString(n);
}
} // namespace

MonitorActionBar::MonitorActionBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitorToolBar"));
    QToolBar* actions = makeMonitorToolBar(this, QStringLiteral("monitorActions"));
    QToolBar* counters = makeMonitorToolBar(this, QStringLiteral("monitorCounters"));

    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Freeze the list to read it; events are still received and counted"));
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool paused) {
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        emit pauseToggled(paused);
    });
    m_backlogLabel = new QLabel(this);
    m_backlogLabel->setObjectName(QStringLiteral("backlogLabel"));
    m_backlogLabel->setContentsMargins(4, 0, 8, 0);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Forget every event held so far and reset the counters"));
    connect(m_clearButton, &QToolButton::clicked, this, &MonitorActionBar::clearRequested);

    // Capture files in one menu: the toolbar must hold its counters in German and Japanese too.
    m_captureButton = new QToolButton(this);
    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_captureButton->setText(tr("Capture"));
    m_captureButton->setToolTip(tr("Save the events exactly as received, or play a saved capture back"));
    m_captureButton->setPopupMode(QToolButton::InstantPopup);
    m_captureMenu = new QMenu(m_captureButton);
    m_saveCaptureAction =
        m_captureMenu->addAction(tr("Save Capture…"), this, &MonitorActionBar::saveCaptureRequested);
    m_saveCaptureAction->setObjectName(QStringLiteral("saveCaptureAction"));
    m_saveCaptureAction->setToolTip(
        tr("Save the events held now, exactly as received, to replay them later"));
    m_captureMenu->addSeparator();
    QAction* original = m_captureMenu->addAction(tr("Open and Replay at Original Pace…"), this,
                                                 [this] { emit openCaptureRequested(false); });
    original->setObjectName(QStringLiteral("replayOriginalAction"));
    QAction* fast = m_captureMenu->addAction(tr("Open and Load All at Once…"), this,
                                             [this] { emit openCaptureRequested(true); });
    fast->setObjectName(QStringLiteral("replayFastAction"));
    m_stopReplayAction = m_captureMenu->addAction(tr("Stop Replay"));
    m_stopReplayAction->setObjectName(QStringLiteral("stopReplayAction"));
    m_captureButton->setMenu(m_captureMenu);

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportMenu = new QMenu(m_exportButton);
    m_exportMenu
        ->addAction(tr("All Events as JSON Lines…"), this, [this] { emit exportRequested(false, false); })
        ->setObjectName(QStringLiteral("exportAllJsonAction"));
    m_exportMenu->addAction(tr("All Events as CSV…"), this, [this] { emit exportRequested(false, true); })
        ->setObjectName(QStringLiteral("exportAllCsvAction"));
    m_exportMenu->addSeparator();
    m_exportFilteredJson = m_exportMenu->addAction(tr("Filtered Events as JSON Lines…"), this,
                                                   [this] { emit exportRequested(true, false); });
    m_exportFilteredJson->setObjectName(QStringLiteral("exportFilteredJsonAction"));
    m_exportFilteredCsv = m_exportMenu->addAction(tr("Filtered Events as CSV…"), this,
                                                  [this] { emit exportRequested(true, true); });
    m_exportFilteredCsv->setObjectName(QStringLiteral("exportFilteredCsvAction"));
    m_exportButton->setMenu(m_exportMenu);
    connect(m_exportMenu, &QMenu::aboutToShow, this, [this] {
        m_exportFilteredJson->setEnabled(m_filterActive);
        m_exportFilteredCsv->setEnabled(m_filterActive);
    });

    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("fileJobProgress"));
    m_jobProgress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_jobProgress->setTextVisible(false);
    m_cancelJobButton = new QToolButton(this);
    m_cancelJobButton->setObjectName(QStringLiteral("cancelFileJobButton"));
    m_cancelJobButton->setText(tr("Cancel"));
    connect(m_cancelJobButton, &QToolButton::clicked, this, &MonitorActionBar::cancelFileJobRequested);

    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_sparkline = new RateSparkline(this);
    m_sparkline->setObjectName(QStringLiteral("rateSparkline"));
    m_acceptedLabel = new QLabel(this);
    m_acceptedLabel->setObjectName(QStringLiteral("acceptedLabel"));
    m_rejectedLabel = new QLabel(this);
    m_rejectedLabel->setObjectName(QStringLiteral("rejectedLabel"));
    m_gapsLabel = new QLabel(this);
    m_gapsLabel->setObjectName(QStringLiteral("gapsLabel"));
    m_heldLabel = new QLabel(this);
    m_heldLabel->setObjectName(QStringLiteral("heldLabel"));
    for (QLabel* l : {m_rateLabel, m_acceptedLabel, m_rejectedLabel, m_gapsLabel, m_heldLabel})
        l->setContentsMargins(6, 0, 6, 0);

    actions->addWidget(m_pauseButton);
    actions->addWidget(m_backlogLabel);
    actions->addWidget(m_clearButton);
    actions->addSeparator();
    actions->addWidget(m_captureButton);
    actions->addWidget(m_exportButton);
    m_jobProgressAction = actions->addWidget(m_jobProgress);
    m_cancelJobAction = actions->addWidget(m_cancelJobButton);
    m_jobProgressAction->setVisible(false);
    m_cancelJobAction->setVisible(false);
    counters->addSeparator();
    counters->addWidget(m_rateLabel);
    counters->addWidget(m_sparkline);
    counters->addWidget(m_acceptedLabel);
    counters->addWidget(m_rejectedLabel);
    counters->addWidget(m_gapsLabel);
    counters->addWidget(m_heldLabel);

    auto* row = new WrapRow(this);
    row->addPart(actions);
    row->addPart(counters);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row);
}

void MonitorActionBar::setCounters(const MonitorCounters& c)
{
    setCounterText(m_rateLabel, tr("%1 events/s").arg(QLocale().toString(c.eventsPerSecond, 'f', 0)));
    m_sparkline->setValues(c.rateHistory);
    setCounterText(m_acceptedLabel, tr("Accepted: %1").arg(number(c.accepted)));
    m_acceptedLabel->setToolTip(
        tr("Events received and verified. URL validation requests answered: %1").arg(number(c.validations)));
    setCounterText(m_rejectedLabel, tr("Rejected: %1").arg(number(c.rejectedTotal)));
    QStringList reasons;
    for (int r = 0; r < int(RejectReason::Count_); ++r) {
        if (const quint64 n = c.rejected[size_t(r)])
            reasons.append(tr("%1: %2").arg(rejectReasonLabel(RejectReason(r)), number(n)));
    }
    m_rejectedLabel->setToolTip(reasons.isEmpty() ? tr("No request was rejected.")
                                                  : tr("Rejected requests by reason:") + QLatin1Char('\n') +
                                                        reasons.join(QLatin1Char('\n')));
    setStyleSheetIfChanged(
        m_rejectedLabel, c.rejectedTotal ? toneTextCss(Tone::Error) + QStringLiteral(" font-weight: bold;") : QString());
    refitCounter(m_rejectedLabel);
    setCounterText(m_gapsLabel, tr("Gaps: %1").arg(number(c.gaps)));
    m_gapsLabel->setToolTip(tr("Times the WebSocket was down; events in between may be missing"));
    setStyleSheetIfChanged(m_gapsLabel,
                           c.gaps ? toneTextCss(Tone::Warning) + QStringLiteral(" font-weight: bold;") : QString());
    refitCounter(m_gapsLabel);
}

void MonitorActionBar::setHeld(qsizetype size, qsizetype capacity)
{
    setCounterText(m_heldLabel, tr("In memory: %1").arg(number(quint64(size))));
    m_heldLabel->setToolTip(tr("Events kept in memory; above %1 the oldest make room for new ones")
                                .arg(number(quint64(capacity))));
}

void MonitorActionBar::setBacklogText(const QString& text)
{
    m_backlogLabel->setText(text);
}

void MonitorActionBar::setFileJobRunning(bool running)
{
    m_saveCaptureAction->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    if (running && !m_jobProgressAction->isVisible())
        m_jobProgress->setRange(0, 0); // busy until the first progress report
    m_jobProgressAction->setVisible(running);
    m_cancelJobAction->setVisible(running);
}

void MonitorActionBar::setFileJobProgress(qint64 done, qint64 total)
{
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
}

void MonitorActionBar::setReplaying(bool replaying)
{
    m_stopReplayAction->setEnabled(replaying);
}

} // namespace syncdesk
