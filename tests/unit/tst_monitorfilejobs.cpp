// MonitorFileJobs: captures and exports of the monitor's store written in slices while events keep
// arriving, to real files in a temporary directory.
#include "monitor/CaptureFile.h"
#include "monitor/EventStore.h"
#include "monitor/MonitorFileJobs.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

namespace {

void appendPresence(EventStore& store, int i)
{
    RawEvent raw;
    raw.source = EventSourceKind::Webhook;
    raw.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    raw.body =
        QStringLiteral(R"({"event":"user.presence_status_updated","event_ts":%1,"payload":{"account_id":"a",)"
                       R"("object":{"id":"u%2","email":"u%2@example.com","presence_status":"Away"}}})")
            .arg(raw.receivedAtMs)
            .arg(i % 97)
            .toUtf8();
    raw.headers = {{"x-zm-signature", "v0=00"}, {"authorization", "Basic c2VjcmV0"}};
    store.append(raw, ZoomEventParser::parse(raw.body));
}

QByteArrayList lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestMonitorFileJobs : public QObject
{
    Q_OBJECT

private slots:
    // A capture of 20,000 events takes many slices; events that arrive meanwhile do not stop it,
    // and the file appears only when it is complete.
    void captureInSlicesWhileEventsArrive()
    {
        QTemporaryDir dir;
        EventStore store(100000);
        for (int i = 0; i < 20000; ++i)
            appendPresence(store, i);
        store.appendGap(EventSourceKind::WebSocket, 1, 2, QStringLiteral("down"));
        MonitorFileJobs jobs;
        jobs.setStore(&store);
        jobs.setSliceMs(1);
        QSignalSpy progress(&jobs, &MonitorFileJobs::progress);
        QSignalSpy finished(&jobs, &MonitorFileJobs::finished);
        const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
        QVERIFY(jobs.saveCapture(path).ok());
        QVERIFY(jobs.isRunning());
        QVERIFY(!QFile::exists(path));
        // A second job waits its turn.
        const Error busy = jobs.exportEvents(dir.filePath(QStringLiteral("x.csv")), ExportFormat::Csv);
        QCOMPARE(busy.code, ErrorCode::InvalidInput);
        int appendedDuringJob = 0;
        while (jobs.isRunning() && appendedDuringJob < 100000) {
            appendPresence(store, appendedDuringJob++);
            QTest::qWait(1);
        }
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(progress.count() > 2);
        QVERIFY(appendedDuringJob > 0);
        QVERIFY(finished.first().at(0).value<Error>().ok());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("capture.jsonl")));
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        const QByteArrayList written = lines(path);
        QCOMPARE(written.size(), 20000); // what was held when it started, without the gap
        RawEvent raw;
        QString error;
        QVERIFY2(CaptureReader::parseLine(written.first(), &raw, &error), qPrintable(error));
        QVERIFY(raw.body.contains("user.presence_status_updated"));
        QVERIFY(!written.join('\n').contains("c2VjcmV0")); // the credential header is masked
    }

    // CSV exports keep one header however many slices they take; cancel leaves no file.
    void exportAndCancel()
    {
        QTemporaryDir dir;
        EventStore store(10000);
        for (int i = 0; i < 3000; ++i)
            appendPresence(store, i);
        MonitorFileJobs jobs;
        jobs.setStore(&store);
        jobs.setSliceMs(1);
        QSignalSpy finished(&jobs, &MonitorFileJobs::finished);
        const QString csv = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(jobs.exportEvents(csv, ExportFormat::Csv).ok());
        QTRY_COMPARE(finished.count(), 1);
        const QByteArrayList rows = lines(csv);
        QCOMPARE(rows.size(), 3001);
        QCOMPARE(rows.count(rows.first()), 1);

        const QString cancelled = dir.filePath(QStringLiteral("cancelled.jsonl"));
        QVERIFY(jobs.exportEvents(cancelled, ExportFormat::JsonLines).ok());
        jobs.cancel();
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.last().at(0).value<Error>().code, ErrorCode::Cancelled);
        QVERIFY(!jobs.isRunning());
        QTest::qWait(20);
        QVERIFY(!QFile::exists(cancelled));

        // Another store (another profile opened): the running job is cancelled, nothing written.
        EventStore other(1000);
        QVERIFY(jobs.saveCapture(cancelled).ok());
        jobs.setStore(&other);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(finished.last().at(0).value<Error>().code, ErrorCode::Cancelled);
        QTest::qWait(20);
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_GUILESS_MAIN(TestMonitorFileJobs)
#include "tst_monitorfilejobs.moc"
