// End-to-end: the real syncdeskctl binary, `cc reconcile` against its built-in sandbox, whose
// simulated Contact Center queue deliberately does not deliver a share of its webhooks. The run
// must list exactly those as missed, nothing else, and resume from its cursor.
#include "monitor/CaptureFile.h"
#include "sandbox/ContactCenterSandbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestCtlCc : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    Run ctl(QStringList args)
    {
        args.prepend(QStringLiteral("reconcile"));
        args.prepend(QStringLiteral("cc"));
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QList<QJsonObject> rows(const QByteArray& jsonl)
    {
        QList<QJsonObject> out;
        for (const QByteArray& line : jsonl.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError e;
            const QJsonDocument d = QJsonDocument::fromJson(line, &e);
            if (!d.isObject())
                return {}; // callers compare sizes, so a bad line fails them
            out.append(d.object());
        }
        return out;
    }

    static QSet<QString> withStatus(const QList<QJsonObject>& rows, const QString& status)
    {
        QSet<QString> out;
        for (const QJsonObject& r : rows)
            if (r.value(QStringLiteral("status")).toString() == status)
                out.insert(r.value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                           r.value(QStringLiteral("id")).toString());
        return out;
    }

    static qint64 ms(const char* iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    }

    // The sandbox's queue as the command's in-process sandbox builds it (seed 1, 20 % dropped).
    static QList<ContactCenterSandbox::Webhook> queueWebhooks()
    {
        return ContactCenterSandbox(1, 20).webhooks(ms("2026-03-01T00:00:00Z"), ms("2026-03-03T00:00:00Z"),
                                                    QUrl(QStringLiteral("http://127.0.0.1:1")));
    }

    QString capture(const QString& name, bool onlyDelivered)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (const auto& w : queueWebhooks()) {
            if (onlyDelivered && !w.delivered)
                continue;
            RawEvent raw;
            raw.receivedAtMs = w.event.value(QStringLiteral("event_ts")).toInteger();
            raw.body = QJsonDocument(w.event).toJson(QJsonDocument::Compact);
            f.write(CaptureWriter::toLine(raw) + '\n');
        }
        return path;
    }

private slots:
    void sandboxRunFindsExactlyTheUndeliveredWebhooks()
    {
        QSet<QString> undelivered;
        for (const auto& w : queueWebhooks())
            if (!w.delivered)
                undelivered.insert(w.artefactKind + QLatin1Char(':') + w.artefactId);
        QVERIFY(!undelivered.isEmpty());

        const Run r = ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"),
                           QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-02"),
                           QStringLiteral("--page-size"), QStringLiteral("4")});
        QCOMPARE(r.exitCode, 4);
        const auto out = rows(r.out);
        QVERIFY(!out.isEmpty());
        QCOMPARE(withStatus(out, QStringLiteral("missed")), undelivered);
        QVERIFY(withStatus(out, QStringLiteral("webhook_only")).isEmpty());
        for (const QString& k : undelivered) {
            const QString line =
                QStringLiteral("Missed: ") + QString(k).replace(QLatin1Char(':'), QLatin1Char(' '));
            QVERIFY2(r.err.contains(line.toUtf8()), qPrintable(line));
        }
        // Same run from a capture with the same delivered webhooks: same verdict.
        const Run fromCapture =
            ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--events"),
                 capture(QStringLiteral("delivered.jsonl"), true)});
        QCOMPARE(fromCapture.exitCode, 4);
        QCOMPARE(withStatus(rows(fromCapture.out), QStringLiteral("missed")), undelivered);
    }

    void allDeliveredExitsZero()
    {
        const Run r = ctl({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-drop"), QStringLiteral("0"),
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-02")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(withStatus(rows(r.out), QStringLiteral("missed")).isEmpty());
        QVERIFY(!withStatus(rows(r.out), QStringLiteral("received")).isEmpty());
        const Run all =
            ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--events"),
                 capture(QStringLiteral("all.jsonl"), false)});
        QCOMPARE(all.exitCode, 0);
    }

    void cursorResumesWhereTheLastWindowEnded()
    {
        const QString cursor = m_dir.filePath(QStringLiteral("cursor.json"));
        const QStringList base{QStringLiteral("--sandbox"), QStringLiteral("--sandbox-drop"),
                               QStringLiteral("0"), QStringLiteral("--cursor"), cursor};
        Run r = ctl(base + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                       QStringLiteral("--to"), QStringLiteral("2026-03-01")});
        QCOMPARE(r.exitCode, 0);
        QFile f(cursor);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("window_end")).toString(),
                 QStringLiteral("2026-03-02T00:00:00Z"));
        f.close();

        // --from is ignored now: the window starts at the stored end.
        r = ctl(base + QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-02")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Window: 2026-03-02T00:00:00Z to 2026-03-03T00:00:00Z"), r.err.constData());
        const auto out = rows(r.out);
        QVERIFY(!out.isEmpty());
        for (const QJsonObject& o : out)
            QCOMPARE(o.value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-02"));

        r = ctl(base + QStringList{QStringLiteral("--to"), QStringLiteral("2026-03-02")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-02")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"), QStringLiteral("2026-03-03"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-02")})
                     .exitCode,
                 2);
        QCOMPARE(
            ctl({QStringLiteral("--sandbox"), QStringLiteral("--to"), QStringLiteral("2026-03-02")}).exitCode,
            2);
        QCOMPARE(ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        // A capture that is not there is an error, not "everything missed".
        QCOMPARE(ctl({QStringLiteral("--sandbox"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-01"), QStringLiteral("--events"),
                      m_dir.filePath(QStringLiteral("nope.jsonl"))})
                     .exitCode,
                 1);
    }

    void csvAndJsonlDescribeTheSameRows()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("out.csv"));
        const QStringList window{QStringLiteral("--sandbox"), QStringLiteral("--from"),
                                 QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-03-02")};
        const Run csv = ctl(window + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--out"), csvPath});
        QCOMPARE(csv.exitCode, 4);
        QVERIFY(csv.out.isEmpty());
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.first(), QByteArray("status,kind,id,engagement_id,day,time,event,url\r"));
        const Run jsonl = ctl(window);
        const auto out = rows(jsonl.out);
        QCOMPARE(lines.size() - 1, out.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i + 1).split(',');
            QCOMPARE(QString::fromUtf8(cells.at(0)), out.at(i).value(QStringLiteral("status")).toString());
            QCOMPARE(QString::fromUtf8(cells.at(2)), out.at(i).value(QStringLiteral("id")).toString());
        }
        // Keys in the documented order.
        QVERIFY(jsonl.out.startsWith("{\"status\":"));
    }
};

QTEST_GUILESS_MAIN(TestCtlCc)
#include "tst_ctl_cc.moc"
