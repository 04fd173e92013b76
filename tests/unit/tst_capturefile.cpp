#include "monitor/CaptureFile.h"
#include "monitor/EventStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

namespace {

constexpr qint64 kT0 = 1700000000000; // 2023-11-14T22:13:20Z

// Whole JSON documents only: moc's lexer cannot follow raw strings split around odd quotes.
QByteArray presenceBody(int user, const char* status)
{
    QByteArray b =
        R"({"event":"user.presence_status_updated","event_ts":1700000000000,"payload":{"account_id":"AAAAAABBBB","object":{"date_time":"2024-01-01T10:00:00Z","email":"user%U%@example.com","id":"uid%U%","presence_status":"%S%"}}})";
    return b.replace("%U%", QByteArray::number(user)).replace("%S%", status);
}

MonitoredEvent makeEvent(const QByteArray& body, qint64 receivedAt, HeaderList headers = {},
                         EventSourceKind source = EventSourceKind::Webhook,
                         Verification verification = Verification::SignatureValid)
{
    MonitoredEvent e;
    e.raw.source = source;
    e.raw.verification = verification;
    e.raw.receivedAtMs = receivedAt;
    e.raw.body = body;
    e.raw.headers = std::move(headers);
    e.parsed = ZoomEventParser::parse(body);
    return e;
}

HeaderList headers(int i)
{
    return {{"content-type", "application/json; charset=utf-8"},
            {"x-zm-request-timestamp", QByteArray::number(kT0 / 1000 + i)},
            {"x-zm-signature", "v0=" + QByteArray(64, 'a')},
            {"x-zm-request-id", "req-" + QByteArray::number(i)}};
}

QString writeCapture(const QTemporaryDir& dir, const MonitoredEventBatch& events,
                     const char* name = "c.jsonl")
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    CaptureWriter writer;
    QString error;
    if (!writer.open(path, &error))
        qFatal("%s", qPrintable(error));
    writer.write(events);
    return path;
}

} // namespace

class TestCaptureFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEverythingReceived()
    {
        QTemporaryDir dir;
        MonitoredEventBatch events;
        events.append(makeEvent(presenceBody(1, "Away"), kT0 + 1, headers(1)));
        // Pretty-printed, with escapes, Japanese and a tab: the body must come back byte for byte.
        QByteArray pretty = QJsonDocument::fromJson(presenceBody(2, "Busy")).toJson(QJsonDocument::Indented);
        pretty.replace("user2@", "\\u5c71\\u7530\\t\\\"q\\\"@");
        pretty.insert(1, "\t\"note\": \"山田 \\\\ back\",\r\n");
        events.append(makeEvent(pretty, kT0 + 2, headers(2), EventSourceKind::WebSocket,
                                Verification::TokenAuthenticated));
        // Not UTF-8 at all.
        events.append(makeEvent(QByteArray("\xff\xfe{\"event\":1}\x00", 14), kT0 + 3));
        const QString path = writeCapture(dir, events);

        QList<CaptureLineError> lineErrors;
        QString error;
        const MonitoredEventBatch back = CaptureReader::readAll(path, &lineErrors, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(lineErrors.isEmpty());
        QCOMPARE(back.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(back[i].raw.body, events[i].raw.body);
            QCOMPARE(back[i].raw.receivedAtMs, events[i].raw.receivedAtMs);
            QCOMPARE(back[i].raw.source, events[i].raw.source);
            QCOMPARE(back[i].raw.verification, events[i].raw.verification);
            QCOMPARE(back[i].raw.headers, events[i].raw.headers);
            QCOMPARE(back[i].parsed.valid, events[i].parsed.valid);
            QCOMPARE(back[i].parsed.userId, events[i].parsed.userId);
            QCOMPARE(back[i].parsed.presence, events[i].parsed.presence);
        }
        QCOMPARE(back[1].parsed.email, QString::fromUtf8("山田\t\"q\"@example.com"));
    }

    void linesAreReadableJsonWithTheFieldsPeopleExpect()
    {
        QTemporaryDir dir;
        HeaderList h = headers(1);
        h.append(qMakePair(QByteArray("authorization"), QByteArray("Basic dXNlcjpwYXNz")));
        const QString path = writeCapture(dir, {makeEvent(presenceBody(1, "Away"), kT0 + 123, h)});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(content).object();
        QCOMPARE(o.value(u"received_at").toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("webhook"));
        QCOMPARE(o.value(u"verification").toString(), QStringLiteral("signature_valid"));
        QCOMPARE(o.value(u"headers").toObject().value(u"x-zm-request-id").toString(),
                 QStringLiteral("req-1"));
        QCOMPARE(o.value(u"headers").toObject().value(u"authorization").toString(), QStringLiteral("***"));
        QCOMPARE(o.value(u"body").toString().toUtf8(), presenceBody(1, "Away"));
        QVERIFY(!content.contains("dXNlcjpwYXNz"));
    }

    void writerAppendsAndFlushesAsEventsArrive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.jsonl"));
        CaptureWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.write(makeEvent(presenceBody(1, "Away"), kT0)));
        // Readable by another reader while still open: each write is flushed.
        QCOMPARE(CaptureReader::readAll(path).size(), 1);
        QVERIFY(writer.write(MonitoredEventBatch{makeEvent(presenceBody(2, "Away"), kT0 + 1),
                                                 makeEvent(presenceBody(3, "Away"), kT0 + 2)}));
        QCOMPARE(CaptureReader::readAll(path).size(), 3);
        QCOMPARE(writer.eventsWritten(), 3);
        writer.close();
        // Reopened for appending, not truncated.
        QVERIFY(writer.open(path, nullptr, true));
        QVERIFY(writer.write(makeEvent(presenceBody(4, "Away"), kT0 + 3)));
        writer.close();
        QCOMPARE(CaptureReader::readAll(path).size(), 4);
    }

    void malformedLinesAreReportedWithTheirNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray good = CaptureWriter::toLine(makeEvent(presenceBody(1, "Away"), kT0).raw);
        f.write(good + "\n");   // 1
        f.write("{not json\n"); // 2
        f.write("\n");          // 3 (blank: ignored)
        f.write(R"({"received_at":"yesterday","body":"{}"})"
                "\n"); // 4
        f.write(R"({"received_at":"2024-01-01T00:00:00Z"})"
                "\n"); // 5 (no body)
        f.write(R"({"received_at":"2024-01-01T00:00:00Z","source":"carrier pigeon","body":"{}"})"
                "\n");          // 6
        f.write(good + "\r\n"); // 7 (CRLF)
        f.write(good);          // 8 (no final newline)
        f.close();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        MonitoredEventBatch events = reader.readBatch(100);
        QCOMPARE(events.size(), 3);
        QVERIFY(reader.atEnd());
        QList<qint64> lines;
        for (const CaptureLineError& e : reader.errors()) {
            lines.append(e.line);
            QVERIFY(e.message.contains(QString::number(e.line)));
        }
        QCOMPARE(lines, (QList<qint64>{2, 4, 5, 6}));
        QCOMPARE(events.last().raw.body, presenceBody(1, "Away"));
    }

    void handWrittenCapturesAreAccepted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hand.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Body as an object, headers as pairs, time as epoch ms, no source or verification.
        f.write(
            R"({"received_at":1700000000000,"headers":[["x-zm-request-id","r1"]],"body":{"event":"user.signed_in","payload":{"object":{"id":"u9"}}}})"
            "\n");
        f.close();
        const MonitoredEventBatch events = CaptureReader::readAll(path);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].raw.receivedAtMs, kT0);
        QCOMPARE(events[0].raw.headers, (HeaderList{{"x-zm-request-id", "r1"}}));
        QCOMPARE(events[0].parsed.type, ZoomEventType::UserSignedIn);
        QCOMPARE(events[0].parsed.userId, QStringLiteral("u9"));
    }

    // 5i: a capture cut mid-line (SIGKILL, full disk) is resumed on a new line, and readers skip
    // the cut line with a warning instead of losing the event written after it.
    void cutLastLineIsSkippedAndAppendingStartsANewLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.jsonl"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray second = CaptureWriter::toLine(makeEvent(presenceBody(2, "Away"), kT0 + 1).raw);
            f.write(CaptureWriter::toLine(makeEvent(presenceBody(1, "Away"), kT0).raw) + "\n");
            f.write(second.left(second.size() / 2)); // the writer died here
        }
        QList<CaptureLineError> errors;
        MonitoredEventBatch events = CaptureReader::readAll(path, &errors);
        QCOMPARE(events.size(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 2);
        QVERIFY2(errors[0].message.contains(QLatin1String("cut off")), qPrintable(errors[0].message));

        CaptureWriter writer;
        QVERIFY(writer.open(path, nullptr, true));
        QVERIFY(writer.write(makeEvent(presenceBody(3, "Available"), kT0 + 2)));
        writer.close();
        errors.clear();
        events = CaptureReader::readAll(path, &errors);
        QCOMPARE(events.size(), 2); // the appended event was not glued to the fragment
        QCOMPARE(events[1].parsed.userId, QStringLiteral("uid3"));
        QCOMPARE(errors.size(), 1); // the fragment, now a complete but malformed line
        QCOMPARE(errors[0].line, 2);
    }

    // 5l: a body Qt's parser rejects is written as received and marked.
    void irregularBodiesAreKeptAndMarked()
    {
        const QByteArray body = R"({"event":"user.updated","payload":{"object":{"id":"u1","x":1e400}}})";
        const MonitoredEvent e = makeEvent(body, kT0);
        QVERIFY(e.parsed.bodyInvalidJson);
        const QByteArray line = CaptureWriter::toLine(e.raw, e.parsed.bodyInvalidJson);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"body").toString().toUtf8(), body);
        QCOMPARE(o.value(u"body_invalid_json").toBool(), true);
    }

    void unreadableFilesSayWhy()
    {
        QString error;
        CaptureReader reader;
        QVERIFY(!reader.open(QStringLiteral("/nonexistent/dir/capture.jsonl"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/capture.jsonl")));
        CaptureWriter writer;
        error.clear();
        QVERIFY(!writer.open(QStringLiteral("/nonexistent/dir/capture.jsonl"), &error));
        QVERIFY(!error.isEmpty());
        CaptureReplayer replayer;
        error.clear();
        QVERIFY(!replayer.start(QStringLiteral("/nonexistent/x.jsonl"),
                                CaptureReplayer::Pace::AsFastAsPossible, 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!replayer.isRunning());
    }

    void replayAsFastAsPossibleInBatches()
    {
        QTemporaryDir dir;
        MonitoredEventBatch events;
        for (int i = 0; i < 5000; ++i)
            events.append(makeEvent(presenceBody(i, "Away"), kT0 + qint64(i) * 60000)); // a minute apart
        const QString path = writeCapture(dir, events);

        CaptureReplayer replayer;
        replayer.setFastBatchLimits(700, 50);
        QSignalSpy finished(&replayer, &CaptureReplayer::finished);
        EventStore store(10000);
        int batches = 0;
        connect(&replayer, &CaptureReplayer::eventsReceived, this, [&](const MonitoredEventBatch& batch) {
            ++batches;
            QVERIFY(batch.size() <= 700);
            for (const MonitoredEvent& e : batch) {
                QCOMPARE(e.raw.source, EventSourceKind::Replay);
                QCOMPARE(e.raw.verification, Verification::NotChecked);
                store.append(e.raw, e.parsed);
            }
        });
        QElapsedTimer t;
        t.start();
        QVERIFY(replayer.start(path, CaptureReplayer::Pace::AsFastAsPossible));
        QCOMPARE(batches, 0); // nothing before the caller is back in the event loop
        QVERIFY(finished.wait(10000));
        QVERIFY2(t.elapsed() < 5000,
                 "five thousand events spaced a minute apart replay in well under a second");
        QCOMPARE(store.size(), 5000);
        QVERIFY(batches >= 8); // several turns, not one blocking burst
        QCOMPARE(replayer.replayedCount(), 5000);
        QVERIFY(!replayer.isRunning());
        // Original times are kept.
        QCOMPARE(store.at(4999).receivedAtMs, kT0 + 4999LL * 60000);
        QCOMPARE(store.string(store.at(17).userId), QStringLiteral("uid17"));
    }

    void replayAtOriginalPaceScaled()
    {
        QTemporaryDir dir;
        // Received at 0, 0, 400, 800 and 1200 ms; at speed 4 they are due at 0, 0, 100, 200, 300 ms.
        const qint64 offsets[] = {0, 0, 400, 800, 1200};
        MonitoredEventBatch events;
        for (int i = 0; i < 5; ++i)
            events.append(makeEvent(presenceBody(i, "Away"), kT0 + offsets[i]));
        const QString path = writeCapture(dir, events);

        CaptureReplayer replayer;
        QSignalSpy finished(&replayer, &CaptureReplayer::finished);
        QElapsedTimer clock;
        QList<QPair<qint64, qsizetype>> arrivals; // (ms since start, batch size)
        connect(&replayer, &CaptureReplayer::eventsReceived, this, [&](const MonitoredEventBatch& batch) {
            arrivals.append({clock.elapsed(), batch.size()});
        });
        clock.start();
        QVERIFY(replayer.start(path, CaptureReplayer::Pace::Original, 4.0));
        QVERIFY(finished.wait(5000));
        QCOMPARE(arrivals.size(), 4);
        QCOMPARE(arrivals[0].second, 2); // the two simultaneous events arrive together
        // Never early; late only by scheduling noise (a loaded CI machine), and clearly scaled:
        // unscaled, the last event would come after 1.2 s.
        const qint64 due[] = {0, 100, 200, 300};
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(arrivals[i].first >= due[i] - 2, qPrintable(QString::number(arrivals[i].first)));
            QVERIFY2(arrivals[i].first < due[i] + 250, qPrintable(QString::number(arrivals[i].first)));
        }
        for (int i = 1; i < 4; ++i)
            QVERIFY(arrivals[i].first > arrivals[i - 1].first);
        QCOMPARE(replayer.replayedCount(), 5);
    }

    void replayReportsMalformedLinesAndCanBeStopped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(CaptureWriter::toLine(makeEvent(presenceBody(1, "Away"), kT0).raw) + "\n");
        f.write("garbage\n");
        f.write(CaptureWriter::toLine(makeEvent(presenceBody(2, "Away"), kT0 + 60000).raw) + "\n");
        f.close();

        CaptureReplayer replayer;
        QSignalSpy lineErrors(&replayer, &CaptureReplayer::lineError);
        QSignalSpy arrived(&replayer, &CaptureReplayer::eventsReceived);
        QSignalSpy finished(&replayer, &CaptureReplayer::finished);
        QVERIFY(replayer.start(path, CaptureReplayer::Pace::Original, 1.0));
        QTRY_COMPARE(arrived.count(), 1);
        QTRY_COMPARE(lineErrors.count(), 1); // reported as soon as it is read past
        QCOMPARE(lineErrors.at(0).at(0).toLongLong(), 2);
        QVERIFY(replayer.isRunning()); // the second event is due in a minute
        replayer.stop();
        QVERIFY(!replayer.isRunning());
        QTest::qWait(50);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "tst_capturefile.moc"
