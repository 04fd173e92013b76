// End-to-end: the real syncdeskctl binary, `directory dry-run` and `directory apply`, against its
// in-process sandboxes (--sandbox) and against a Zoom and an ACD sandbox run by this test (flags,
// secrets in environment variables), so what one run writes the next one reads.
#include "profile/ProfileStore.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/ZoomSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestCtlDirectory : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> l;
            for (const QByteArray& line : out.split('\n'))
                if (!line.isEmpty())
                    l.append(QJsonDocument::fromJson(line).object());
            return l;
        }
        int count(const QString& action) const
        {
            int n = 0;
            for (const QJsonObject& o : lines())
                n += o.value(QStringLiteral("action")).toString() == action ? 1 : 0;
            return n;
        }
    };

    std::unique_ptr<ZoomSandbox> m_zoom;
    std::unique_ptr<AcdSandbox> m_acd;
    QTemporaryDir m_dir;

    // Waits with the event loop running, so the sandboxes in this process can answer.
    Run ctl(QStringList args, bool withFlags = true)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (withFlags && m_zoom) {
            e.insert(QStringLiteral("SD_ZOOM_SECRET"), m_zoom->credentials().clientSecret);
            e.insert(QStringLiteral("SD_ACD_CLIENT_SECRET"), m_acd->credentials().clientSecret);
            e.insert(QStringLiteral("SD_ACD_KEY_SECRET"), m_acd->credentials().accessKeySecret);
            args += secretFlags();
            if (!args.contains(QStringLiteral("--profile")))
                args += idFlags();
        }
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QStringList secretFlags() const
    {
        return {QStringLiteral("--client-secret-env"), QStringLiteral("SD_ZOOM_SECRET"),
                QStringLiteral("--acd-client-secret-env"), QStringLiteral("SD_ACD_CLIENT_SECRET"),
                QStringLiteral("--acd-access-key-secret-env"), QStringLiteral("SD_ACD_KEY_SECRET")};
    }
    QStringList idFlags() const
    {
        return {QStringLiteral("--account-id"),        m_zoom->credentials().accountId,
                QStringLiteral("--client-id"),         m_zoom->credentials().clientId,
                QStringLiteral("--zoom-oauth-url"),    m_zoom->oauthUrl().toString(),
                QStringLiteral("--zoom-api-url"),      m_zoom->apiUrl().toString(),
                QStringLiteral("--acd-issuer-url"),    m_acd->issuerUrl().toString(),
                QStringLiteral("--acd-client-id"),     m_acd->credentials().clientId,
                QStringLiteral("--acd-access-key-id"), m_acd->credentials().accessKeyId};
    }
    static QStringList cmd(const QString& sub, const QStringList& more = {})
    {
        return QStringList{QStringLiteral("directory"), sub, QStringLiteral("--address-book"),
                           QStringLiteral("Corporate Directory")} +
               more;
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void init()
    {
        // The same seed and organisation in both, as the console's sandbox profile runs them.
        SandboxConfig cfg;
        cfg.users = 50;
        m_zoom = std::make_unique<ZoomSandbox>(cfg);
        QVERIFY(m_zoom->start().ok());
        m_acd = std::make_unique<AcdSandbox>(cfg.seed, cfg.users);
        QVERIFY(m_acd->start().ok());
    }
    void cleanup()
    {
        m_acd.reset();
        m_zoom.reset();
    }

    void dryRunOnBuiltInSandboxShowsPendingChanges()
    {
        const Run r = ctl(cmd(QStringLiteral("dry-run"), {QStringLiteral("--sandbox")}), false);
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY(r.count(QStringLiteral("add")) > 0);
        QVERIFY(r.count(QStringLiteral("update")) > 0);
        QVERIFY(r.count(QStringLiteral("remove")) >= 2);
        const QStringList fields = {QStringLiteral("firstName"), QStringLiteral("middleName"),
                                    QStringLiteral("lastName"),  QStringLiteral("company"),
                                    QStringLiteral("phone"),     QStringLiteral("mobile"),
                                    QStringLiteral("email")};
        for (const QByteArray& raw : r.out.split('\n')) {
            if (raw.isEmpty())
                continue;
            QVERIFY2(raw.startsWith("{\"action\":\""), raw.constData());
            const QJsonObject o = QJsonDocument::fromJson(raw).object();
            const QString action = o.value(QStringLiteral("action")).toString();
            QVERIFY(!o.value(QStringLiteral("externalId")).toString().isEmpty());
            QCOMPARE(o.contains(QStringLiteral("reason")), action == QLatin1String("skip"));
            QVERIFY(o.value(QStringLiteral("changed")).isArray());
            QCOMPARE(o.value(QStringLiteral("before")).isObject(),
                     action == QLatin1String("update") || action == QLatin1String("remove"));
            QCOMPARE(o.value(QStringLiteral("after")).isObject(),
                     action == QLatin1String("update") || action == QLatin1String("add"));
            for (const char* side : {"before", "after"}) {
                const QJsonObject f = o.value(QLatin1String(side)).toObject();
                if (!f.isEmpty()) {
                    QStringList keys = f.keys();
                    QStringList want = fields;
                    keys.sort();
                    want.sort();
                    QCOMPARE(keys, want);
                }
            }
            if (action == QLatin1String("update"))
                QVERIFY(!o.value(QStringLiteral("changed")).toArray().isEmpty());
        }
        QVERIFY(r.out.contains("\"externalId\":\"departed-user-1\""));
        QVERIFY2(QRegularExpression(QStringLiteral("Add: \\d+, update: \\d+, remove: \\d+, skip: \\d+, unchanged: \\d+"))
                     .match(QString::fromUtf8(r.err))
                     .hasMatch(),
                 r.err.constData());
    }

    void applyWithoutYesWritesNothingThenApplyConverges()
    {
        const Run before = ctl(cmd(QStringLiteral("dry-run")));
        QVERIFY2(before.exitCode == 4, before.err.constData());

        const Run plan = ctl(cmd(QStringLiteral("apply")));
        QCOMPARE(plan.exitCode, 4);
        QCOMPARE(plan.out, before.out); // the plan, exactly as dry-run shows it
        QVERIFY(plan.err.contains("--yes"));
        QCOMPARE(ctl(cmd(QStringLiteral("dry-run"))).out, before.out); // nothing was written

        const Run applied = ctl(cmd(QStringLiteral("apply"), {QStringLiteral("--yes")}));
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const int pending = before.count(QStringLiteral("add")) + before.count(QStringLiteral("update")) +
                            before.count(QStringLiteral("remove"));
        QVERIFY2(applied.err.contains(QStringLiteral("Written: %1, failed: 0").arg(pending).toUtf8()),
                 applied.err.constData());

        const Run after = ctl(cmd(QStringLiteral("dry-run")));
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(after.count(QStringLiteral("add")) + after.count(QStringLiteral("update")) +
                     after.count(QStringLiteral("remove")),
                 0);
        QVERIFY(after.count(QStringLiteral("skip")) > 0); // the pending and inactive users
        // Applying again is harmless.
        QCOMPARE(ctl(cmd(QStringLiteral("apply"), {QStringLiteral("--yes")})).exitCode, 0);
    }

    void removalGuardWritesNothing()
    {
        // A filter no one passes would empty the book.
        const QString mapping =
            writeFile(QStringLiteral("nobody.json"), R"({"include": {"departments": [], "domains": ["nowhere.example"]}})");
        const Run refused = ctl(cmd(QStringLiteral("apply"), {QStringLiteral("--mapping"), mapping, QStringLiteral("--yes")}));
        QVERIFY2(refused.exitCode == 5, refused.err.constData());
        const int removals = refused.count(QStringLiteral("remove"));
        QVERIFY(removals > 10);
        QVERIFY2(refused.err.contains(QStringLiteral("remove %1 of the %1 entries").arg(removals).toUtf8()),
                 refused.err.constData());
        QVERIFY(refused.err.contains("Nothing was written"));
        // Nothing written: the default dry run still sees the seeded book.
        QCOMPARE(ctl(cmd(QStringLiteral("dry-run"))).count(QStringLiteral("remove")), 3);

        const Run allowed = ctl(cmd(QStringLiteral("apply"), {QStringLiteral("--mapping"), mapping, QStringLiteral("--yes"),
                                                             QStringLiteral("--max-removals"), QStringLiteral("100")}));
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QCOMPARE(ctl(cmd(QStringLiteral("dry-run"))).count(QStringLiteral("remove")), 0);
    }

    void csvToAFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("plan.csv"));
        const Run r = ctl(cmd(QStringLiteral("dry-run"), {QStringLiteral("--format"), QStringLiteral("csv"),
                                                           QStringLiteral("--out"), out}));
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "action,externalId,changed,reason,before.firstName,after.firstName"));
        QVERIFY(csv.contains("\r\nremove,departed-user-2,,,花子,"));
        QVERIFY(csv.contains("\r\nadd,"));
    }

    void badInputsExitWithAClearMessage()
    {
        const QString bad = writeFile(QStringLiteral("bad.json"),
                                      "{\"numberTranslation\": [{\"match\": \"^\\\\+49(\\\\d+\", \"replace\": \"0\\\\1\"}]}");
        const Run r = ctl(cmd(QStringLiteral("dry-run"), {QStringLiteral("--mapping"), bad}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.json") && r.err.contains("rule 1"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        const Run missing = ctl(cmd(QStringLiteral("dry-run"), {QStringLiteral("--mapping"), m_dir.filePath(QStringLiteral("none.json"))}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));

        const Run noBook = ctl({QStringLiteral("directory"), QStringLiteral("dry-run"), QStringLiteral("--address-book"),
                                QStringLiteral("Nope")});
        QCOMPARE(noBook.exitCode, 1);
        QVERIFY2(noBook.err.contains("Corporate Directory"), noBook.err.constData()); // names the books there are

        const Run usage = ctl({QStringLiteral("directory"), QStringLiteral("dry-run")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--address-book"));
        QCOMPARE(ctl(cmd(QStringLiteral("dry-run"), {QStringLiteral("--format"), QStringLiteral("xml")})).exitCode, 2);
    }

    void profileMappingAndApplyLog()
    {
        Profile p = Profile::create(QStringLiteral("Büro München"));
        p.zoom.accountId = m_zoom->credentials().accountId;
        p.zoom.clientId = m_zoom->credentials().clientId;
        p.zoom.oauthUrl = m_zoom->oauthUrl().toString();
        p.zoom.apiUrl = m_zoom->apiUrl().toString();
        p.acd.issuerUrl = m_acd->issuerUrl().toString();
        p.acd.clientId = m_acd->credentials().clientId;
        p.acd.accessKeyId = m_acd->credentials().accessKeyId;
        p.directorySync.mapping = QJsonDocument::fromJson(R"({"appendExtension": true})").object();
        const QString path = m_dir.filePath(QStringLiteral("buero.json"));
        QVERIFY(ProfileStore::save(path, p).ok());

        const Run r = ctl(cmd(QStringLiteral("apply"), {QStringLiteral("--profile"), path, QStringLiteral("--yes")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The profile's mapping was used: extensions appended to the last names.
        QVERIFY2(QRegularExpression(QStringLiteral("\"lastName\":\"[^\"]+ \\(\\d{4}\\)\"")).match(QString::fromUtf8(r.out)).hasMatch(),
                 r.out.left(600).constData());

        QFile log(m_dir.filePath(QStringLiteral("buero.apply-log.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one line and the final newline
        const QJsonObject entry = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(entry.value(QStringLiteral("origin")).toString(), QStringLiteral("syncdeskctl"));
        QCOMPARE(entry.value(QStringLiteral("profileName")).toString(), QStringLiteral("Büro München"));
        QCOMPARE(entry.value(QStringLiteral("bookName")).toString(), QStringLiteral("Corporate Directory"));
        QVERIFY(entry.value(QStringLiteral("completed")).toBool());
        QCOMPARE(entry.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(entry.value(QStringLiteral("written")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlDirectory)
#include "tst_ctl_directory.moc"
