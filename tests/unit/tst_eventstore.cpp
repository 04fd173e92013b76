#include "common/CsvWriter.h"
#include "common/Redact.h"
#include "monitor/EventExporter.h"
#include "monitor/EventStore.h"
#include "monitor/MonitorPipeline.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace syncdesk;

namespace {

constexpr qint64 kT0 = 1700000000000; // 2023-11-14T22:13:20Z

HeaderList webhookHeaders(int i)
{
    return {
        {"user-agent", "Zoom Marketplace/1.0a"},
        {"content-type", "application/json; charset=utf-8"},
        {"x-zm-request-timestamp", QByteArray::number((kT0 + i) / 1000)},
        {"x-zm-signature", "v0=" + QByteArray::number(quint64(i) * 2654435761u, 16).rightJustified(64, '0')},
        {"x-zm-request-id", "6009d653_d487_445d_" + QByteArray::number(i)},
        {"traceparent", "00-" + QByteArray::number(i, 16).rightJustified(32, '0') + "-00f067aa0ba902b7-01"}};
}

// Templates with %KEY% placeholders: moc's lexer cannot follow raw strings that are split
// around an odd number of quotes, so every literal below is one whole JSON document.
QByteArray subst(QByteArray tpl, std::initializer_list<std::pair<const char*, QByteArray>> values)
{
    for (const auto& [key, value] : values)
        tpl.replace(key, value);
    return tpl;
}

QByteArray presenceBody(int user, const char* status, qint64 ts)
{
    return subst(
        R"({"event":"user.presence_status_updated","event_ts":%TS%,"payload":{"account_id":"AAAAAABBBB","object":{"date_time":"2024-01-01T10:00:00Z","email":"user%U%@example.com","id":"uid%U%","presence_status":"%S%","app":{"type":"desktop","presence_status":"%S%"}}}})",
        {{"%TS%", QByteArray::number(ts)}, {"%U%", QByteArray::number(user)}, {"%S%", status}});
}

QByteArray phoneBody(const char* name, int agent, const char* customer, qint64 ts)
{
    return subst(
        R"({"event":"%N%","event_ts":%TS%,"payload":{"account_id":"AAAAAABBBB","object":{"call_id":"7312345678901234567","caller":{"extension_type":"user","user_id":"uid%A%","name":"Agent %A%","extension_number":%X%},"callee":{"name":"Customer","phone_number":"%C%"}}}})",
        {{"%N%", name},
         {"%TS%", QByteArray::number(ts)},
         {"%A%", QByteArray::number(agent)},
         {"%X%", QByteArray::number(1000 + agent)},
         {"%C%", customer}});
}

MonitoredEvent makeEvent(const QByteArray& body, qint64 receivedAt, HeaderList headers = {})
{
    MonitoredEvent e;
    e.raw.source = EventSourceKind::Webhook;
    e.raw.verification = Verification::SignatureValid;
    e.raw.receivedAtMs = receivedAt;
    e.raw.body = body;
    e.raw.headers = std::move(headers);
    e.parsed = ZoomEventParser::parse(body);
    return e;
}

quint64 append(EventStore& store, const MonitoredEvent& e)
{
    return store.append(e.raw, e.parsed);
}

// A store of n mixed events: user i%50, presence or phone, received 1 s apart.
void fill(EventStore& store, int n, int from = 0)
{
    static const char* const statuses[] = {"Available", "Away", "Do_Not_Disturb", "In_Meeting",
                                           "On_Phone_Call"};
    for (int i = from; i < from + n; ++i) {
        const QByteArray body = i % 3 == 0
                                    ? phoneBody("phone.caller_connected", i % 50,
                                                QByteArray("+1555") + QByteArray::number(100000 + i), kT0 + i)
                                    : presenceBody(i % 50, statuses[i % 5], kT0 + i);
        append(store, makeEvent(body, kT0 + qint64(i) * 1000, webhookHeaders(i)));
    }
}

// RFC 4180 reader, for checking what the export wrote.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// Marks every EventStore string as "translated" so the test can see tr() was used.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        // Q_OBJECT classes translate in their qualified name's context.
        if (QByteArrayView(context) == "syncdesk::EventStore" || QByteArrayView(context) == "EventExporter")
            return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT
private slots:
    void recordsHoldWhatTheParserFound()
    {
        EventStore store(100);
        const MonitoredEvent e = makeEvent(presenceBody(7, "Do_No_Disturb", kT0), kT0 + 5, webhookHeaders(1));
        const quint64 seq = append(store, e);
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.indexOf(seq), 0);
        const EventRecord& r = store.at(0);
        QCOMPARE(r.seq, seq);
        QCOMPARE(r.receivedAtMs, kT0 + 5);
        QCOMPARE(r.eventTsMs, kT0);
        QCOMPARE(r.type, ZoomEventType::UserPresenceStatusUpdated);
        QCOMPARE(r.presence, PresenceState::DoNotDisturb);
        QCOMPARE(store.string(r.userId), QStringLiteral("uid7"));
        QCOMPARE(store.string(r.email), QStringLiteral("user7@example.com"));
        QCOMPARE(store.string(r.eventName), QStringLiteral("user.presence_status_updated"));
        QCOMPARE(store.accountId(r), QStringLiteral("AAAAAABBBB"));
        QCOMPARE(store.string(r.summary), e.parsed.summary);
        QCOMPARE(store.string(0), QString());
        // Interned: the same user twice is the same id.
        append(store, makeEvent(presenceBody(7, "Away", kT0), kT0 + 6));
        QCOMPARE(store.at(1).userId, r.userId);
        QVERIFY(store.at(1).summary != r.summary);
    }

    void rawBodiesSurviveCompressionByteForByte()
    {
        EventStore store(10000);
        QList<QByteArray> bodies;
        QList<HeaderList> headers;
        for (int i = 0; i < 1300; ++i) { // several sealed blocks and an open one
            QByteArray body;
            switch (i % 4) {
            case 0:
                body = presenceBody(i, "Away", kT0 + i);
                break;
            case 1: // pretty-printed, as Zoom's docs show them, with a tab
                body =
                    QJsonDocument::fromJson(presenceBody(i, "Busy", kT0 + i)).toJson(QJsonDocument::Indented);
                body.replace("    ", "\t");
                break;
            case 2: // \u escapes and raw UTF-8 side by side
                body = subst(
                    R"({"event":"user.created","payload":{"object":{"id":"u%I%","first_name":"J\u00fcrgen","last_name":"山田 \ud83d\ude00"}}})",
                    {{"%I%", QByteArray::number(i)}});
                break;
            default:
                body = QByteArray("not json at all \x01\xff\x00 bytes", 25) + QByteArray::number(i);
                break;
            }
            HeaderList h = webhookHeaders(i);
            auto add = [&h](const QByteArray& name, const QByteArray& value) {
                h.append(qMakePair(name, value));
            };
            if (i % 7 == 0) {
                add("x-zm-trackingid", "dup");
                add("x-zm-trackingid", "dup2");
            }
            // Values the header packing must not disturb: hex of odd length, upper case, hex next
            // to the packing's marker bytes, binary, empty, long.
            if (i % 5 == 0) {
                add("x-odd", QByteArray(33, 'a') + "Z" + QByteArray::number(i, 16).repeated(9));
                add("x-upper", "ABCDEF0123456789ABCDEF0123456789");
                add("x-marks", QByteArray("\x01\x02\x01"
                                          "deadbeefdeadbeefdeadbeef"
                                          "\x02",
                                          28));
                add("x-binary", QByteArray("\x00\xff\x80\x01", 4));
                add("x-empty", QByteArray());
            }
            if (i % 100 == 0)
                add("x-long", QByteArray(70000, 'c') + QByteArray(1001, '7'));
            // More distinct names than one block's name table holds, and a name too long for it.
            if (i >= 520 && i < 1032)
                add("x-unique-" + QByteArray::number(i), "v");
            if (i == 600)
                add(QByteArray(300, 'n'), "long name");
            if (i == 601) {
                for (int k = 0; k < 300; ++k) // more headers than fit in a byte
                    add("x-many", QByteArray::number(k));
            }
            if (i % 11 == 0)
                h.clear();
            bodies.append(body);
            headers.append(h);
            append(store, makeEvent(body, kT0 + i, h));
        }
        // Read back out of order so the one-block cache is exercised across blocks.
        for (int pass = 0; pass < 2; ++pass) {
            for (int k = 0; k < 1300; ++k) {
                const int i = pass == 0 ? k : int((quint64(k) * 7919) % 1300);
                const quint64 seq = store.at(i).seq;
                QCOMPARE(store.rawBody(seq), bodies[i]);
                QCOMPARE(store.rawHeaders(seq), headers[i]);
            }
        }
        QCOMPARE(store.rawBody(store.nextSeq()), QByteArray());
        QVERIFY(store.rawHeaders(0).isEmpty());
    }

    void atCapacityTheOldestGo()
    {
        EventStore store(1000);
        fill(store, 2500);
        QCOMPARE(store.size(), 1000);
        QCOMPARE(store.capacity(), 1000);
        QCOMPARE(store.firstSeq(), store.nextSeq() - 1000);
        QCOMPARE(store.at(0).seq, store.firstSeq());
        QCOMPARE(store.at(999).seq, store.nextSeq() - 1);
        // The newest are held, in order, with the right payloads and summaries.
        for (qsizetype i = 0; i < store.size(); ++i) {
            const EventRecord& r = store.at(i);
            QCOMPARE(store.indexOf(r.seq), i);
            QCOMPARE(r.receivedAtMs, kT0 + (1500 + i) * 1000);
            const ZoomEvent reparsed = ZoomEventParser::parse(store.rawBody(r.seq));
            QCOMPARE(reparsed.eventTsMs, r.eventTsMs);
            QCOMPARE(store.string(r.summary), reparsed.summary);
        }
        // Evicted seqs are gone, not aliased onto newer events.
        QCOMPARE(store.indexOf(store.firstSeq() - 1), -1);
        QCOMPARE(store.indexOf(1), -1);
        QCOMPARE(store.indexOf(store.nextSeq()), -1);
        QVERIFY(store.rawBody(store.firstSeq() - 1).isEmpty());
        QVERIFY(store.rawHeaders(store.firstSeq() - 1).isEmpty());
    }

    void signalsAreBatchedPerEventLoopTurn()
    {
        EventStore store(1000);
        QSignalSpy appended(&store, &EventStore::appended);
        QSignalSpy evicted(&store, &EventStore::evicted);
        fill(store, 300);
        QCOMPARE(appended.count(), 0); // nothing until the loop turns
        QCoreApplication::processEvents();
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 300);
        QCOMPARE(evicted.count(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(appended.count(), 1); // no empty emissions

        // More than capacity in one turn: the view had 300 rows and ends with 1000.
        fill(store, 5000, 300);
        QCoreApplication::processEvents();
        QCOMPARE(appended.count(), 2);
        QCOMPARE(evicted.count(), 1);
        QCOMPARE(evicted.at(0).at(0).value<qsizetype>(), 300);
        QCOMPARE(appended.at(1).at(0).value<qsizetype>(), 1000);

        fill(store, 10, 5300);
        QCoreApplication::processEvents();
        QCOMPARE(evicted.at(1).at(0).value<qsizetype>(), 10);
        QCOMPARE(appended.at(2).at(0).value<qsizetype>(), 10);

        // A model following the rules stays the same size as the store.
        qsizetype rows = 0;
        EventStore other(100);
        connect(&other, &EventStore::evicted, this, [&](qsizetype n) {
            QVERIFY(n <= rows);
            rows -= n;
        });
        connect(&other, &EventStore::appended, this, [&](qsizetype n) { rows += n; });
        for (int turn = 0; turn < 20; ++turn) {
            fill(other, int(QRandomGenerator::global()->bounded(250)), turn * 1000);
            QCoreApplication::processEvents();
            QCOMPARE(rows, other.size());
        }
    }

    void clearStartsOverWithNewSeqs()
    {
        EventStore store(100);
        QSignalSpy cleared(&store, &EventStore::cleared);
        QSignalSpy appended(&store, &EventStore::appended);
        fill(store, 150);
        const quint64 next = store.nextSeq();
        store.clear();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.firstSeq(), next);
        QCoreApplication::processEvents();
        QCOMPARE(appended.count(), 0); // the rows before clear() were never announced
        fill(store, 3);
        QCOMPARE(store.at(0).seq, next);
        QCOMPARE(store.string(store.at(0).userId), QStringLiteral("uid0"));
        QCOMPARE(ZoomEventParser::parse(store.rawBody(next)).name, QStringLiteral("phone.caller_connected"));
        QCoreApplication::processEvents();
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 3);
    }

    void filterByText()
    {
        EventStore store(10000);
        fill(store, 3000);
        auto count = [&](const QString& text) {
            EventFilter f;
            f.text = text;
            return store.filter(f).size();
        };
        // user7@example.com, any case: user 7's presence events only (phone events carry no e-mail;
        // user17, user27… have other addresses).
        QCOMPARE(count(QStringLiteral("USER7@example")), 40);
        // In summaries: the customer number of one call.
        QCOMPARE(count(QStringLiteral("+1555100003")), 1);
        QCOMPARE(count(QStringLiteral("agent 7 (1007)")), 20); // i ≡ 7 (mod 150)
        // Presence by its label and by the raw value.
        QCOMPARE(count(QStringLiteral("do not disturb")), count(QStringLiteral("do_not_disturb")));
        QVERIFY(count(QStringLiteral("do not disturb")) > 0);
        // Event name and type label.
        QCOMPARE(count(QStringLiteral("caller_connected")), 1000);
        QCOMPARE(count(QStringLiteral("Caller connected")), 1000);
        QCOMPARE(count(QStringLiteral("no such thing")), 0);
    }

    void filterByTextWithNonAsciiLetters()
    {
        EventStore store(100);
        const QByteArray names[] = {
            R"({"event":"user.created","payload":{"object":{"id":"a","first_name":"山田","last_name":"太郎"}}})",
            R"({"event":"user.personal_notes_updated","payload":{"object":{"id":"b","personal_notes":"Grüße von MÜLLER"}}})",
            R"({"event":"user.personal_notes_updated","payload":{"object":{"id":"c","personal_notes":"plain ascii"}}})",
        };
        for (const QByteArray& b : names)
            append(store, makeEvent(b, kT0));
        EventFilter f;
        f.text = QString::fromUtf8("山田");
        QCOMPARE(store.filter(f), QVector<qint32>{0});
        f.text = QString::fromUtf8("müller"); // in a summary, other case
        QCOMPARE(store.filter(f), QVector<qint32>{1});
        f.text = QString::fromUtf8("GRÜSSE");
        QCOMPARE(store.filter(f).size(), 0); // no ß → ss folding, like QString::contains
        f.text = QStringLiteral("ASCII");
        QCOMPARE(store.filter(f), QVector<qint32>{2});

        // Summaries are full of non-ASCII punctuation (→, ·); a search for Japanese text must still
        // find only the summary that holds it, and a search with an arrow must work too.
        append(
            store,
            makeEvent(
                R"({"event":"user.personal_notes_updated","payload":{"object":{"id":"d","personal_notes":"本日は会議中です"}}})",
                kT0));
        append(store, makeEvent(phoneBody("phone.caller_connected", 1, "+15550199", kT0), kT0));
        f.text = QString::fromUtf8("会議");
        QCOMPARE(store.filter(f), QVector<qint32>{3});
        f.text = QString::fromUtf8("1001) → +1555");
        QCOMPARE(store.filter(f), QVector<qint32>{4});
        for (const QString& text :
             {QString::fromUtf8("会議"), QString::fromUtf8("müller"), QString::fromUtf8("→")}) {
            f.text = text;
            for (qsizetype i = 0; i < store.size(); ++i)
                QCOMPARE(store.matches(store.at(i), f), store.filter(f).contains(qint32(i)));
        }
    }

    // The summary search anchors on a rare byte of the needle; every position must still be found.
    void textSearchFindsEverySubstringOfASummary()
    {
        EventStore store(10);
        const QString note = QStringLiteral("Call (1007) back re: order #A-55, ask for Zoë → +1 555 0100!");
        const QByteArray body = subst(
            R"({"event":"user.personal_notes_updated","payload":{"object":{"id":"u","personal_notes":"%N%"}}})",
            {{"%N%", note.toUtf8()}});
        append(store, makeEvent(body, kT0));
        QCOMPARE(store.string(store.at(0).summary), note);
        EventFilter f;
        for (qsizetype from = 0; from < note.size(); ++from) {
            for (qsizetype len = 1; from + len <= note.size(); ++len) {
                QString needle = note.mid(from, len);
                if (from % 2)
                    needle = needle.toUpper();
                f.text = needle;
                QVERIFY2(store.filter(f).size() == 1, qPrintable(needle));
                QVERIFY(store.matches(store.at(0), f));
            }
        }
        for (const char* absent : {"(1008)", "order #a-56", "zoë →  +1", "0100!!", "CALL  (1007)"}) {
            f.text = QString::fromUtf8(absent);
            QVERIFY2(store.filter(f).isEmpty(), absent);
        }
    }

    void filterByTypeUserAndTime()
    {
        EventStore store(10000);
        fill(store, 3000);
        EventFilter types;
        types.types = {ZoomEventType::PhoneCallerConnected};
        QCOMPARE(store.filter(types).size(), 1000);
        types.types.append(ZoomEventType::UserPresenceStatusUpdated);
        QCOMPARE(store.filter(types).size(), 3000);

        EventFilter user;
        user.user = QStringLiteral("UID7"); // ids compare case-insensitively
        QCOMPARE(store.filter(user).size(), 60);
        user.user = QStringLiteral("user7@EXAMPLE.com");
        QCOMPARE(store.filter(user).size(), 40); // phone events carry no e-mail
        user.user = QStringLiteral("uid");
        QCOMPARE(store.filter(user).size(), 0); // exact, not a substring

        EventFilter time;
        time.fromMs = kT0 + 100000;
        time.toMs = kT0 + 199000;
        const QVector<qint32> hits = store.filter(time);
        QCOMPARE(hits.size(), 100);
        QCOMPARE(hits.first(), 100);
        QCOMPARE(hits.last(), 199);
        time.toMs = 0; // open end
        QCOMPARE(store.filter(time).size(), 2900);

        EventFilter all;
        all.types = {ZoomEventType::PhoneCallerConnected};
        all.user = QStringLiteral("uid9");
        all.text = QStringLiteral("agent 9");
        all.fromMs = kT0 + 1000000;
        const QVector<qint32> combined = store.filter(all);
        QVERIFY(!combined.isEmpty());
        for (qint32 i : combined) {
            const EventRecord& r = store.at(i);
            QCOMPARE(r.type, ZoomEventType::PhoneCallerConnected);
            QCOMPARE(store.string(r.userId), QStringLiteral("uid9"));
            QVERIFY(r.receivedAtMs >= kT0 + 1000000);
        }
        QCOMPARE(combined.size(), 13); // i ≡ 9 (mod 150), 1000 ≤ i < 3000
    }

    void peerOfACallMatchesTheUserFilter()
    {
        EventStore store(10);
        append(
            store,
            makeEvent(
                R"({"event":"phone.caller_connected","payload":{"object":{"caller":{"user_id":"ua","extension_number":1},"callee":{"user_id":"ub","extension_number":2}}}})",
                kT0));
        EventFilter f;
        f.user = QStringLiteral("ub");
        QCOMPARE(store.filter(f).size(), 1);
    }

    // filter() (precomputed, parallel) and matches() (one record) must always agree.
    void filterAndMatchesAgree()
    {
        EventStore store(200000);
        fill(store, 150000); // above the parallel threshold
        store.appendGap(EventSourceKind::WebSocket, kT0 + 10000000, kT0 + 20000000, QStringLiteral("x"));
        const QList<EventFilter> filters = [] {
            QList<EventFilter> list;
            EventFilter f;
            f.text = QStringLiteral("away");
            list.append(f);
            f.types = {ZoomEventType::UserPresenceStatusUpdated};
            list.append(f);
            f = {};
            f.user = QStringLiteral("uid3");
            f.toMs = kT0 + 50000000;
            list.append(f);
            f = {};
            f.text = QStringLiteral("+15551");
            f.fromMs = kT0 + 100000000;
            list.append(f);
            return list;
        }();
        for (const EventFilter& f : filters) {
            const QVector<qint32> hits = store.filter(f);
            QVERIFY(std::is_sorted(hits.begin(), hits.end()));
            QVector<qint32> expected;
            for (qsizetype i = 0; i < store.size(); ++i) {
                if (store.matches(store.at(i), f))
                    expected.append(qint32(i));
            }
            QCOMPARE(hits.size(), expected.size());
            QVERIFY(hits == expected);
        }
        QCOMPARE(store.filter(EventFilter{}).size(), store.size());
    }

    void gapsAreRecordsThatEveryFilterKeeps()
    {
        EventStore store(100);
        fill(store, 5);
        const qint64 from = kT0 + 10000;
        const qint64 to = kT0 + 70000;
        const quint64 seq =
            store.appendGap(EventSourceKind::WebSocket, from, to, QStringLiteral("connection lost"));
        fill(store, 5, 100);
        const EventRecord& gap = store.at(store.indexOf(seq));
        QCOMPARE(gap.type, ZoomEventType::Gap);
        QCOMPARE(gap.source, EventSourceKind::WebSocket);
        const QString hhmmss = QStringLiteral("hh:mm:ss");
        QCOMPARE(store.string(gap.summary),
                 QStringLiteral("Events between %1 and %2 may be missing (connection lost).")
                     .arg(QDateTime::fromMSecsSinceEpoch(from).toString(hhmmss),
                          QDateTime::fromMSecsSinceEpoch(to).toString(hhmmss)));
        EventFilter f;
        f.user = QStringLiteral("uid1");
        QVERIFY(store.filter(f).contains(qint32(store.indexOf(seq))));
        f = {};
        f.types = {ZoomEventType::UserPresenceStatusUpdated};
        QVERIFY(store.filter(f).contains(qint32(store.indexOf(seq))));
        f = {};
        f.fromMs = kT0 + 20000; // overlaps the gap's interval
        f.toMs = kT0 + 30000;
        QCOMPARE(store.filter(f), QVector<qint32>{qint32(store.indexOf(seq))});
        f.fromMs = kT0 + 80000;
        f.toMs = kT0 + 90000;
        QVERIFY(!store.filter(f).contains(qint32(store.indexOf(seq))));
    }

    void gapSummaryIsTranslated()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        EventStore store(10);
        const quint64 seq = store.appendGap(EventSourceKind::WebSocket, kT0, kT0 + 1000, QStringLiteral("r"));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(
            store.string(store.at(store.indexOf(seq)).summary).startsWith(QStringLiteral("«Events between")));
    }

    void exportJsonLines()
    {
        EventStore store(100);
        const QByteArray pretty =
            QJsonDocument::fromJson(presenceBody(3, "Away", kT0)).toJson(QJsonDocument::Indented);
        HeaderList headers = webhookHeaders(3);
        headers.append(qMakePair(QByteArray("authorization"), QByteArray("Basic c2VjcmV0OnNlY3JldA==")));
        append(store, makeEvent(pretty, kT0 + 1234, headers));
        const QByteArray bigNumbers =
            R"({"event":"phone.caller_ended","event_ts":1700000000000,"payload":{"account_id":"ACC","object":{"call_id":7312345678901234567,"caller":{"user_id":"u1","name":"A\u00e9"}}}})";
        append(store, makeEvent(bigNumbers, kT0 + 2000));
        MonitoredEvent notJson = makeEvent("garbage\n{", kT0 + 3000);
        notJson.raw.source = EventSourceKind::WebSocket;
        notJson.raw.verification = Verification::TokenAuthenticated;
        append(store, notJson);
        store.appendGap(EventSourceKind::WebSocket, kT0 + 4000, kT0 + 9000,
                        QStringLiteral("socket \"closed\""));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(EventExporter(store).exportAll(&out, ExportFormat::JsonLines, &error), qPrintable(error));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.size(), 5); // 4 lines and the empty rest after the last newline
        QVERIFY(lines.last().isEmpty());
        QList<QJsonObject> objects;
        for (qsizetype i = 0; i < 4; ++i) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &pe);
            QVERIFY2(pe.error == QJsonParseError::NoError, lines[i].constData());
            objects.append(doc.object());
        }
        const QJsonObject& p = objects[0];
        QCOMPARE(p.value(u"received_at").toString(), QStringLiteral("2023-11-14T22:13:21.234Z"));
        QCOMPARE(p.value(u"source").toString(), QStringLiteral("webhook"));
        QCOMPARE(p.value(u"event").toString(), QStringLiteral("user.presence_status_updated"));
        QCOMPARE(p.value(u"event_ts").toInteger(), kT0);
        QCOMPARE(p.value(u"account_id").toString(), QStringLiteral("AAAAAABBBB"));
        QCOMPARE(p.value(u"user_id").toString(), QStringLiteral("uid3"));
        QCOMPARE(p.value(u"email").toString(), QStringLiteral("user3@example.com"));
        QCOMPARE(p.value(u"verification").toString(), QStringLiteral("signature_valid"));
        QCOMPARE(p.value(u"headers").toObject().value(u"x-zm-request-id").toString(),
                 QStringLiteral("6009d653_d487_445d_3"));
        QCOMPARE(p.value(u"headers").toObject().value(u"authorization").toString(), QStringLiteral("***"));
        QCOMPARE(p.value(u"payload").toObject(),
                 QJsonDocument::fromJson(pretty).object().value(u"payload").toObject());

        // The payload is copied as sent: a 19-digit call id keeps every digit.
        QVERIFY(lines[1].contains(R"("call_id":7312345678901234567)"));
        QVERIFY(lines[1].contains(R"("name":"A\u00e9")"));
        QVERIFY(!objects[1].contains(u"headers") || objects[1].value(u"headers").toObject().isEmpty());

        const QJsonObject& bad = objects[2];
        QCOMPARE(bad.value(u"source").toString(), QStringLiteral("websocket"));
        QCOMPARE(bad.value(u"verification").toString(), QStringLiteral("token_authenticated"));
        QVERIFY(bad.value(u"payload").isNull());
        QCOMPARE(bad.value(u"body_raw").toString(), QStringLiteral("garbage\n{"));
        QCOMPARE(bad.value(u"body_invalid_json").toBool(), true);
        QVERIFY(!bad.contains(u"account_id"));

        const QJsonObject gap = objects[3].value(u"payload").toObject().value(u"gap").toObject();
        QCOMPARE(gap.value(u"from").toString(), QStringLiteral("2023-11-14T22:13:24.000Z"));
        QCOMPARE(gap.value(u"to").toString(), QStringLiteral("2023-11-14T22:13:29.000Z"));
        QCOMPARE(gap.value(u"reason").toString(), QStringLiteral("socket \"closed\""));
        QVERIFY(objects[3].value(u"event").isNull());

        // A selection exports only those rows.
        QBuffer some;
        some.open(QIODevice::WriteOnly);
        QVERIFY(EventExporter(store).exportTo(&some, ExportFormat::JsonLines, {1, 3}));
        QCOMPARE(some.data().count('\n'), 2);
    }

    void exportCsv()
    {
        EventStore store(100);
        append(
            store,
            makeEvent(
                R"({"event":"user.created","event_ts":1700000000000,"payload":{"account_id":"A","object":{"id":"u1","display_name":"Chill, Jill \u0022JJ\u0022\nsecond line","email":"jill@example.com"}}})",
                kT0));
        append(
            store,
            makeEvent(
                R"({"event":"user.created","payload":{"object":{"id":"u2","first_name":"山田","last_name":"太郎"}}})",
                kT0));
        append(
            store,
            makeEvent(
                R"({"event":"user.created","payload":{"object":{"id":"u3","display_name":"=SUM(1,2)+3"}}})",
                kT0));
        append(store, makeEvent(phoneBody("phone.caller_connected", 1, "+15550199", kT0), kT0));

        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const bool ok = EventExporter(store).exportAll(&out, ExportFormat::Csv);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(ok);

        const QByteArray data = out.data();
        QVERIFY(data.startsWith("\xEF\xBB\xBF")); // so spreadsheet programs read UTF-8
        QVERIFY(data.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(data.mid(3)));
        QCOMPARE(rows.size(), 5);
        const QStringList header = rows[0];
        QCOMPARE(header.first(), QStringLiteral("«Received (UTC)»"));
        for (const QString& h : header)
            QVERIFY2(h.startsWith(u'«'), qPrintable(h));
        const qsizetype name = header.indexOf(QStringLiteral("«Name»"));
        const qsizetype user = header.indexOf(QStringLiteral("«User ID»"));
        const qsizetype summary = header.indexOf(QStringLiteral("«Summary»"));
        QVERIFY(name > 0 && user > 0 && summary > 0);
        for (qsizetype r = 1; r < rows.size(); ++r)
            QCOMPARE(rows[r].size(), header.size());
        QCOMPARE(rows[1][name], QStringLiteral("Chill, Jill \"JJ\"\nsecond line"));
        QCOMPARE(rows[1][user], QStringLiteral("u1"));
        QCOMPARE(rows[1][0], QStringLiteral("2023-11-14T22:13:20.000Z"));
        QCOMPARE(rows[2][name], QString::fromUtf8("山田 太郎"));
        QCOMPARE(rows[3][name], QStringLiteral("'=SUM(1,2)+3")); // defused formula
        QCOMPARE(rows[4][summary], QStringLiteral("Agent 1 (1001) → +15550199"));
        // The raw quoting, as RFC 4180 writes it.
        QVERIFY(data.contains("\"Chill, Jill \"\"JJ\"\"\nsecond line\""));
    }

    // 5g: evicted events give their interned strings back. Distinct users streaming through a
    // small store must leave at most the strings of the events still held.
    void internedStringsAreBoundedByCapacity()
    {
        constexpr int capacity = 1000;
        EventStore store(capacity);
        for (int i = 0; i < 20 * capacity; ++i)
            append(store, makeEvent(presenceBody(100000 + i, "Away", kT0 + i), kT0 + i));
        QCOMPARE(store.size(), qsizetype(capacity));
        const EventStore::StringStats s = store.stringStats();
        // Per held event: user id and e-mail (distinct), plus the shared event name and account.
        QVERIFY2(s.count <= 2 * capacity + 4, qPrintable(QString::number(s.count)));
        QVERIFY2(s.allocated <= 2 * capacity + 8, qPrintable(QString::number(s.allocated)));
        QVERIFY2(s.bytes < 2 * capacity * 2 * 32, qPrintable(QString::number(s.bytes)));
        // What is held still resolves, and filters still find the newest users, not the evicted.
        const EventRecord& newest = store.at(store.size() - 1);
        QCOMPARE(store.string(newest.userId), QStringLiteral("uid%1").arg(100000 + 20 * capacity - 1));
        QCOMPARE(store.accountId(newest), QStringLiteral("AAAAAABBBB"));
        EventFilter f;
        f.user = QStringLiteral("uid100000");
        QVERIFY(store.filter(f).isEmpty());
        f.user = QStringLiteral("user%1@example.com").arg(100000 + 20 * capacity - 5);
        QCOMPARE(store.filter(f).size(), 1);
        f = {};
        f.text = QStringLiteral("uid11900");
        QCOMPARE(store.filter(f).size(), 10); // uid119000..uid119009
    }

    // One header-redaction policy for captures, exports, CLI output and the detail pane:
    // Authorization, Proxy-Authorization, Cookie, Set-Cookie and the configured extra header.
    void exportsMaskEveryCredentialHeader()
    {
        redact::addCredentialHeader("X-Syncdesk-Test-Auth");
        EventStore store(10);
        HeaderList headers = webhookHeaders(1);
        for (const char* name : {"Authorization", "proxy-authorization", "cookie", "set-cookie", "x-syncdesk-test-auth"})
            headers.append(qMakePair(QByteArray(name), QByteArray("secret-value-") + name));
        append(store, makeEvent(presenceBody(1, "Away", kT0), kT0, headers));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(EventExporter(store).exportAll(&out, ExportFormat::JsonLines));
        QVERIFY2(!out.data().contains("secret-value"), out.data().constData());
        const QJsonObject h = QJsonDocument::fromJson(out.data()).object().value(u"headers").toObject();
        QCOMPARE(h.value(u"set-cookie").toString(), QStringLiteral("***"));
        QCOMPARE(h.value(u"x-syncdesk-test-auth").toString(), QStringLiteral("***"));
        QVERIFY(!h.value(u"x-zm-signature").toString().isEmpty()); // an HMAC, kept for re-verification
        QVERIFY(h.value(u"x-zm-signature").toString() != QStringLiteral("***"));
    }

    // 5h: the project's one CSV writer (also behind `syncdeskctl zoom users --format csv`).
    void csvWriterDefusesFormulas()
    {
        QByteArray out;
        CsvWriter w(&out);
        w.row({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+SUM(A1)"), QStringLiteral("-2+3*cmd|' /C calc'!A0"),
               QStringLiteral("@me"), QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("+1 (555) 010-0100"),
               QStringLiteral("-3.5"), QStringLiteral("plain")});
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(out));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0],
                 QStringList({QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("'+SUM(A1)"),
                              QStringLiteral("'-2+3*cmd|' /C calc'!A0"), QStringLiteral("'@me"), QStringLiteral("'\tx"),
                              QStringLiteral("'\rx"), QStringLiteral("+1 (555) 010-0100"), QStringLiteral("-3.5"),
                              QStringLiteral("plain")}));
    }

    void exportReportsWriteFailures()
    {
        EventStore store(10);
        fill(store, 3);
        QBuffer closed;
        QString error;
        QVERIFY(!EventExporter(store).exportAll(&closed, ExportFormat::JsonLines, &error));
        QVERIFY(!error.isEmpty());
    }

    // Memory is what makes a million events possible: typical webhook events (bodies and six
    // headers, ~900 bytes raw) must cost a small fraction of that.
    void typicalEventsAreStoredCompactly()
    {
        EventStore store(100000);
        const qint64 before = store.approximateMemoryBytes();
        fill(store, 20480);
        const double perEvent = double(store.approximateMemoryBytes() - before) / 20480;
        qInfo("approximate bytes per event: %.0f", perEvent);
        QVERIFY2(perEvent < 250, qPrintable(QString::number(perEvent)));
    }

    void pipelineFeedsTheStoreAndCounts()
    {
        EventStore store(100);
        MonitorPipeline pipeline(&store);
        QSignalSpy ingested(&pipeline, &MonitorPipeline::ingested);
        MonitoredEventBatch batch;
        batch.append(makeEvent(presenceBody(1, "Away", kT0), kT0));
        batch.append(makeEvent(
            R"({"payload":{"plainToken":"abc"},"event_ts":1654503849680,"event":"endpoint.url_validation"})",
            kT0));
        batch.append(makeEvent(phoneBody("phone.callee_ended", 2, "+1", kT0), kT0));
        pipeline.ingest(batch);
        QCOMPARE(store.size(), 3);
        QCOMPARE(ingested.count(), 1);
        QCOMPARE(pipeline.counters().accepted, 2u);
        QCOMPARE(pipeline.counters().validations, 1u);
        QCOMPARE(pipeline.counters().byType[size_t(ZoomEventType::PhoneCalleeEnded)], 1u);
        pipeline.addGap(EventSourceKind::WebSocket, kT0, kT0 + 1, QStringLiteral("down"));
        QCOMPARE(store.size(), 4);
        QCOMPARE(pipeline.counters().gaps, 1u);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
