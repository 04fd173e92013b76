// The Contact Center area's Engagements and Reconciliation tabs on the sandbox profile, driven like
// a user would: the monitor receives the simulated team's signed webhooks (with the queue's
// contact_center.* events, a share of them held back on purpose), the timeline groups what arrived
// per engagement and opens an event in the monitor, a reconciliation over yesterday lists exactly
// the held-back artefacts as missed, the export is CSV a spreadsheet reads, and Download writes the
// fetched recording to the file chosen and nowhere else.
#include "MainWindow.h"
#include "areas/ContactCenterArea.h"
#include "areas/EngagementTimelinePage.h"
#include "areas/ReconcilePage.h"
#include "cc/EngagementTimeline.h"
#include "cc/ReconcileWindow.h"
#include "cc/Reconciler.h"
#include "connect/ProfileSession.h"
#include "monitor/EventDetailPane.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace syncdesk;

namespace {
QString key(const QString& kind, const QString& id)
{
    return kind + QLatin1Char(' ') + id;
}

// RFC 4180 fields of one line (quotes doubled inside quoted fields).
QStringList csvFields(const QString& line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.append(cur);
    return out;
}
} // namespace

class TestContactCenterTimelineGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void timelineGroupsEventsPerEngagement();
    void reconciliationFindsExactlyTheHeldBackArtefacts();
    void cancelStopsTheRun();

private:
    ContactCenterArea* area() const
    {
        return dynamic_cast<ContactCenterArea*>(m_window->area(QStringLiteral("contactcenter")));
    }
    template <typename T> T* page() const { return m_window->findChild<T*>(); }
    // Starts the monitor's webhooks on the sandbox and waits for the queue's events of yesterday
    // and today so far; returns every webhook the queue made for them (delivered or held back).
    QList<ContactCenterSandbox::Webhook> receiveSandboxEvents();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestContactCenterTimelineGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskContactCenterTimelineTest"));
}

void TestContactCenterTimelineGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const Error e = m_controller->openSandbox();
    QVERIFY2(e.ok(), qPrintable(e.describe()));
    QVERIFY(m_window->showArea(QStringLiteral("contactcenter")));
    QVERIFY(area()->sectionIds().contains(QStringLiteral("timeline")));
    QVERIFY(area()->sectionIds().contains(QStringLiteral("reconcile")));
}

void TestContactCenterTimelineGui::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    QSettings().clear();
}

QList<ContactCenterSandbox::Webhook> TestContactCenterTimelineGui::receiveSandboxEvents()
{
    MonitorController* monitor = m_window->monitor();
    monitor->setSandboxRate(20);
    monitor->startWebhooks();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(monitor->webhookState(), MonitorController::SourceState::Running, 10000);
    }();
    if (QTest::currentTestFailed())
        return {};
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(monitor->simulator() && monitor->simulator()->contactCenterSentUntil() > 0,
                                 10000);
    }();
    if (QTest::currentTestFailed())
        return {};
    const qint64 from = ReconcileWindow::yesterday().fromMs;
    const qint64 until = monitor->simulator()->contactCenterSentUntil();
    const auto hooks =
        m_controller->sandbox()->contactCenter().webhooks(from, until, m_controller->sandbox()->baseUrl());
    int delivered = 0;
    for (const auto& h : hooks)
        delivered += h.delivered ? 1 : 0;
    EngagementTimeline* timeline = page<EngagementTimelinePage>()->timeline();
    // Later artefacts of today may arrive meanwhile: at least these.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(timeline->eventCount() >= delivered, 15000); }();
    return hooks;
}

void TestContactCenterTimelineGui::timelineGroupsEventsPerEngagement()
{
    const auto hooks = receiveSandboxEvents();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(hooks.size() > 4);
    auto* timelinePage = page<EngagementTimelinePage>();
    EngagementTimeline* timeline = timelinePage->timeline();

    // Every delivered webhook sits under its engagement; nothing held back shows up.
    QSet<QString> engagements;
    for (const auto& h : hooks) {
        const QString eid =
            h.event[QStringLiteral("payload")][QStringLiteral("object")][QStringLiteral("engagement_id")]
                .toString();
        const TimelineEngagement* e = timeline->engagement(eid);
        bool found = false;
        if (e)
            for (const TimelineEntry& t : e->entries)
                found |= t.kind == h.artefactKind && t.artefactId == h.artefactId;
        QVERIFY2(found == h.delivered, qPrintable(key(h.artefactKind, h.artefactId)));
        if (h.delivered) {
            engagements.insert(eid);
            QVERIFY(!e->entries.isEmpty());
        }
    }
    QVERIFY(timeline->engagementIds().size() >= engagements.size());
    for (const QString& eid : engagements)
        QVERIFY(timeline->engagementIds().contains(eid));

    // The tree: one row per engagement with its events below, URLs and notes visible.
    area()->showSectionId(QStringLiteral("timeline"));
    QTreeWidget* tree = timelinePage->tree();
    QCOMPARE(tree->topLevelItemCount(), int(timeline->engagementIds().size()));
    QTreeWidgetItem* withRecording = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !withRecording; ++i) {
        QTreeWidgetItem* top = tree->topLevelItem(i);
        QCOMPARE(top->childCount(), int(timeline->engagement(top->text(0))->entries.size()));
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->toolTip(1) == QLatin1String("recording")) {
                withRecording = top->child(c);
                QVERIFY(top->child(c)->text(5).startsWith(QLatin1String("http")));
                break;
            }
    }
    QVERIFY(withRecording);

    // Double-click: the monitor opens with that event in its detail pane.
    const quint64 seq = EngagementTimelinePage::seqOf(withRecording);
    QVERIFY(seq > 0);
    withRecording->parent()->setExpanded(true);
    tree->scrollToItem(withRecording);
    tree->setCurrentItem(withRecording);
    QVERIFY(tree->isVisible());
    QTRY_VERIFY(tree->visualItemRect(withRecording).isValid());
    const QRect rect = tree->visualItemRect(withRecording);
    QCOMPARE(tree->itemAt(rect.center()), withRecording);
    QSignalSpy open(timelinePage, &EngagementTimelinePage::openEventRequested);
    // A double-click is a click followed by the double-click event, as a mouse sends it.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toULongLong(), seq);
    QTRY_COMPARE(m_window->currentAreaId(), QStringLiteral("monitor"));
    auto* title =
        m_window->monitorPane()->detailPane()->findChild<QLabel*>(QStringLiteral("detailTitleLabel"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QLatin1String("contact_center.recording_completed")),
             qPrintable(title->text()));
}

void TestContactCenterTimelineGui::reconciliationFindsExactlyTheHeldBackArtefacts()
{
    const auto hooks = receiveSandboxEvents();
    QVERIFY(!QTest::currentTestFailed());
    const ReconcileWindow window = ReconcileWindow::yesterday();
    QSet<QString> heldBack, delivered;
    for (const auto& h : hooks) {
        const qint64 t =
            QDateTime::fromString(
                h.event[QStringLiteral("payload")][QStringLiteral("object")][QStringLiteral("date_time")]
                    .toString(),
                Qt::ISODate)
                .toMSecsSinceEpoch();
        if (t < window.fromMs || t >= window.toMs)
            continue;
        (h.delivered ? delivered : heldBack).insert(key(h.artefactKind, h.artefactId));
    }
    QVERIFY2(!heldBack.isEmpty(), "the sandbox holds back a share of yesterday's webhooks");

    area()->showSectionId(QStringLiteral("reconcile"));
    auto* rec = page<ReconcilePage>();
    QVERIFY(rec->isVisible());
    QSignalSpy finished(rec, &ReconcilePage::runFinished);
    auto* run = rec->findChild<QPushButton*>(QStringLiteral("reconcileRun"));
    QTest::mouseClick(run, Qt::LeftButton); // defaults: yesterday, the monitor's events
    QVERIFY(!run->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const Error error = finished.at(0).at(0).value<Error>();
    QVERIFY2(error.ok(), qPrintable(error.describe()));
    QVERIFY(run->isEnabled());

    QSet<QString> missed, received;
    for (const ReconcileArtefact& a : rec->report().artefacts) {
        if (a.status == ReconcileArtefact::Status::Missed)
            missed.insert(key(a.kind, a.id));
        else if (a.status == ReconcileArtefact::Status::Received)
            received.insert(key(a.kind, a.id));
    }
    QCOMPARE(missed, heldBack);
    QCOMPARE(received, delivered);
    QCOMPARE(rec->report().total.webhookOnly, 0);

    // The status filter shows the missed ones only.
    rec->setStatusFilter(QStringLiteral("missed"));
    QCOMPARE(rec->table()->model()->rowCount(), int(heldBack.size()));
    QVERIFY(rec->findChild<QLabel*>(QStringLiteral("reconcileStatus"))
                ->text()
                .contains(QString::number(heldBack.size())));

    // CSV export: the CLI's columns, one parseable row per artefact.
    const QString csvPath = m_dir->filePath(QStringLiteral("reconciliation.csv"));
    rec->setFileChooser([&](ReconcilePage::FileKind kind, const QString&) {
        return kind == ReconcilePage::FileKind::ExportCsv ? csvPath : QString();
    });
    QTest::mouseClick(rec->findChild<QPushButton*>(QStringLiteral("reconcileExportCsv")), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(rec->report().artefacts.size()) + 1);
    QCOMPARE(csvFields(lines.first().trimmed()), Reconciler::columns());
    QSet<QString> missedInCsv;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = csvFields(lines.at(i).trimmed());
        QCOMPARE(f.size(), Reconciler::columns().size());
        if (f.at(0) == QLatin1String("missed"))
            missedInCsv.insert(key(f.at(1), f.at(2)));
    }
    QCOMPARE(missedInCsv, heldBack);

    // Download…: a missed recording, fetched with the token, written to the chosen file only.
    int row = -1;
    QAbstractItemModel* model = rec->table()->model();
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, 1).data(Qt::ToolTipRole).toString() == QLatin1String("recording") ||
            model->index(r, 1).data(Qt::ToolTipRole).toString() == QLatin1String("voicemail"))
            row = r;
    if (row < 0) {
        rec->setStatusFilter(QString());
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            if (model->index(r, 1).data(Qt::ToolTipRole).toString() == QLatin1String("recording"))
                row = r;
    }
    QVERIFY(row >= 0);
    const QString kind = model->index(row, 1).data(Qt::ToolTipRole).toString(); // the stable kind name
    const QString id = model->index(row, 2).data().toString();
    auto* download = rec->findChild<QPushButton*>(QStringLiteral("reconcileDownload"));
    rec->table()->selectRow(row);
    QVERIFY(download->isEnabled());
    const QString target = m_dir->filePath(QStringLiteral("downloads/recording.bin"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("downloads"))));
    QString suggested;
    rec->setFileChooser([&](ReconcilePage::FileKind k, const QString& name) {
        suggested = name;
        return k == ReconcilePage::FileKind::Download ? target : QString();
    });
    QSignalSpy downloaded(rec, &ReconcilePage::downloadFinished);
    QTest::mouseClick(download, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, 10000);
    const Error de = downloaded.at(0).at(0).value<Error>();
    QVERIFY2(de.ok(), qPrintable(de.describe()));
    QVERIFY(suggested.startsWith(id));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QStringLiteral("SANDBOX-MEDIA %1s %2").arg(kind, id).toUtf8());
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("downloads"))).entryList(QDir::Files),
             QStringList{QStringLiteral("recording.bin")});
}

void TestContactCenterTimelineGui::cancelStopsTheRun()
{
    area()->showSectionId(QStringLiteral("reconcile"));
    auto* rec = page<ReconcilePage>();
    QSignalSpy finished(rec, &ReconcilePage::runFinished);
    auto* run = rec->findChild<QPushButton*>(QStringLiteral("reconcileRun"));
    auto* cancel = rec->findChild<QPushButton*>(QStringLiteral("reconcileCancel"));
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(rec->isRunning());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!rec->isRunning());
    QVERIFY(run->isEnabled());
    QVERIFY(rec->findChild<QLabel*>(QStringLiteral("reconcileStatus"))
                ->text()
                .startsWith(QLatin1String("Cancelled")));
    // Nothing of the cancelled run arrives later.
    QTest::qWait(1500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(rec->table()->model()->rowCount(), 0);
    QVERIFY(!rec->findChild<QPushButton*>(QStringLiteral("reconcileExportCsv"))->isEnabled());
}

QTEST_MAIN(TestContactCenterTimelineGui)
#include "tst_contactcenter_timeline_gui.moc"
