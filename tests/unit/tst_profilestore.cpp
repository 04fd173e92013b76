#include "profile/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace syncdesk;

class TestProfileStore : public QObject
{
    Q_OBJECT
private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    static void writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    // 5i: a profile save on a full disk says the disk is full. A real full file system: a tmpfs
    // of a few kilobytes, filled up. Mounting needs root (CI containers run as root); elsewhere
    // the test is skipped, not faked.
    void saveOnAFullDiskSaysTheDiskIsFull()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tiny tmpfs needs root");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=16k"), QStringLiteral("tmpfs"), dir.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP("tmpfs cannot be mounted here");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {dir.path()}); });
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(ProfileStore::save(path, Profile::create(QStringLiteral("first"))).ok());
        {
            QFile filler(dir.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(1024, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
        Profile big = Profile::create(QStringLiteral("second"));
        big.name = QString(8000, QLatin1Char('n'));
        const Error e = ProfileStore::save(path, big);
        QCOMPARE(e.code, ErrorCode::DiskFull);
        QVERIFY2(e.message.contains(QLatin1String("disk is full")), qPrintable(e.message));
        // The previous version is intact.
        auto back = ProfileStore::load(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().name, QStringLiteral("first"));
    }

    void roundTripKeepsEverythingAndUnknownKeys()
    {
        QTemporaryDir dir;
        Profile p = Profile::create(QStringLiteral("Müller GmbH 東京"));
        p.zoom.accountId = QStringLiteral("acc123456");
        p.zoom.clientId = QStringLiteral("client-1");
        p.zoom.checklistDone = {QStringLiteral("sign-in"), QStringLiteral("create-app")};
        p.monitor.listenPort = 9443;
        p.unknown.insert(QStringLiteral("future_feature"), QJsonObject{{QStringLiteral("x"), 1}});
        const QString path = ProfileStore::pathFor(p, dir.path());
        QVERIFY(path.endsWith(QLatin1String(".json")));
        QVERIFY(ProfileStore::save(path, p).ok());
        auto loaded = ProfileStore::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().describe()));
        QCOMPARE(loaded.value().name, p.name);
        QCOMPARE(loaded.value().zoom.checklistDone, p.zoom.checklistDone);
        QCOMPARE(loaded.value().monitor.listenPort, 9443);
        QVERIFY(loaded.value().unknown.contains(QStringLiteral("future_feature")));
        QVERIFY(loaded.value() == p);
        QCOMPARE(QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("schema")).toInt(), 1);
    }

    void secondSaveKeepsPreviousVersionAsBackup()
    {
        QTemporaryDir dir;
        Profile p = Profile::create(QStringLiteral("A"));
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(ProfileStore::save(path, p).ok());
        QVERIFY(!ProfileStore::hasBackup(path));
        p.zoom.clientId = QStringLiteral("second");
        QVERIFY(ProfileStore::save(path, p).ok());
        QVERIFY(ProfileStore::hasBackup(path));
        QCOMPARE(ProfileStore::loadBackup(path).value().zoom.clientId, QString());
        QCOMPARE(ProfileStore::load(path).value().zoom.clientId, QStringLiteral("second"));
    }

    void corruptFileIsReportedAndBackupOffered()
    {
        QTemporaryDir dir;
        Profile p = Profile::create(QStringLiteral("B"));
        p.zoom.clientId = QStringLiteral("good");
        const QString path = dir.filePath(QStringLiteral("b.json"));
        QVERIFY(ProfileStore::save(path, p).ok());
        QVERIFY(ProfileStore::save(path, p).ok()); // now a backup exists
        const QByteArray good = readAll(path);
        writeAll(path, good.left(good.size() / 2)); // truncated, as after a crash

        auto broken = ProfileStore::load(path);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::CorruptProfile);
        QVERIFY(broken.error().message.contains(QLatin1String("backup")));

        QVERIFY(ProfileStore::restoreBackup(path).ok());
        QCOMPARE(ProfileStore::load(path).value().zoom.clientId, QStringLiteral("good"));
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt"))); // the broken file is kept for inspection
    }

    void emptyFileIsCorruptNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        writeAll(path, QByteArray());
        auto r = ProfileStore::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::CorruptProfile);
        QVERIFY(r.error().message.contains(QLatin1String("empty")));
        writeAll(path, "[1,2,3]");
        QCOMPARE(ProfileStore::load(path).error().code, ErrorCode::CorruptProfile);
    }

    void newerSchemaIsRefusedAndNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.json"));
        const QByteArray future = R"({"schema": 7, "id": "x", "name": "From the future"})";
        writeAll(path, future);
        auto r = ProfileStore::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NewerSchema);
        QVERIFY(r.error().message.contains(QLatin1String("newer version")));
        const Error e = ProfileStore::save(path, Profile::create(QStringLiteral("mine")));
        QCOMPARE(e.code, ErrorCode::NewerSchema);
        QCOMPARE(readAll(path), future);
    }

    void unwritableLocationGivesFileWriteError()
    {
        const Error e = ProfileStore::save(QStringLiteral("/proc/syncdesk-cannot-write/p.json"),
                                           Profile::create(QStringLiteral("x")));
        QVERIFY(!e.ok());
        QVERIFY(e.code == ErrorCode::FileWrite || e.code == ErrorCode::DiskFull);
        QVERIFY(!e.message.isEmpty());
    }

    void savedProfileContainsNoSecretValues()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        SetupController controller(&secrets, dir.path());
        QVERIFY(controller.createProfile(QStringLiteral("Secretive")).ok());
        const QString clientSecret = QStringLiteral("cs-9f8e7d6c5b4a-ZZ");
        const QString secretToken = QStringLiteral("st-0123456789abcdef-YY");
        QSignalSpy stored(&controller, &SetupController::secretStored);
        controller.storeSecret(SecretPurpose::ZoomClientSecret, clientSecret);
        controller.storeSecret(SecretPurpose::ZoomSecretToken, secretToken);
        QTRY_COMPARE(stored.size(), 2);
        ZoomSettings z = controller.profile().zoom;
        z.accountId = QStringLiteral("acc-1");
        z.clientId = QStringLiteral("cid-1");
        controller.setZoomSettings(z);
        QVERIFY(controller.save().ok());
        QVERIFY(controller.profile().zoom.hasClientSecret);
        QVERIFY(controller.profile().zoom.hasSecretToken);
        QVERIFY(secrets.contains(secretKey(controller.profile().id, SecretPurpose::ZoomClientSecret)));

        for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
            const QByteArray bytes = readAll(dir.filePath(f));
            QVERIFY2(!bytes.contains(clientSecret.toUtf8()), qPrintable(f));
            QVERIFY2(!bytes.contains(secretToken.toUtf8()), qPrintable(f));
        }
        QVERIFY(readAll(controller.profilePath()).contains("cid-1"));
    }

    void unsavedEditsSurviveAsDraft()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QString path;
        {
            SetupController controller(&secrets, dir.path());
            controller.setDraftDelayMs(10);
            QVERIFY(controller.createProfile(QStringLiteral("Drafty")).ok());
            path = controller.profilePath();
            ZoomSettings z = controller.profile().zoom;
            z.clientId = QStringLiteral("typed-but-not-saved");
            QSignalSpy drafted(&controller, &SetupController::draftSaved);
            controller.setZoomSettings(z);
            controller.setChecklistStep(QStringLiteral("sign-in"), true);
            QTRY_VERIFY(drafted.size() >= 1);
            QVERIFY(controller.isDirty());
        } // window closed, nothing saved
        QCOMPARE(ProfileStore::load(path).value().zoom.clientId, QString());
        SetupController again(&secrets, dir.path());
        QVERIFY(again.openProfile(path).ok());
        QVERIFY(again.hasRestoredDraft());
        QCOMPARE(again.profile().zoom.clientId, QStringLiteral("typed-but-not-saved"));
        QVERIFY(again.profile().zoom.checklistDone.contains(QStringLiteral("sign-in")));
        QVERIFY(again.save().ok());
        QVERIFY(!QFile::exists(ProfileStore::draftPath(path)));
        QCOMPARE(ProfileStore::load(path).value().zoom.clientId, QStringLiteral("typed-but-not-saved"));
    }

    void editsPendingAtDestructionAreDrafted()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QString path;
        {
            SetupController controller(&secrets, dir.path());
            controller.setDraftDelayMs(60000); // the timer never fires during the test
            QVERIFY(controller.createProfile(QStringLiteral("Quick close")).ok());
            path = controller.profilePath();
            ZoomSettings z = controller.profile().zoom;
            z.accountId = QStringLiteral("closing-fast");
            controller.setZoomSettings(z);
        }
        auto draft = ProfileStore::loadDraft(path);
        QVERIFY(draft.ok());
        QCOMPARE(draft.value().zoom.accountId, QStringLiteral("closing-fast"));
    }

    void profilesListShowsBrokenOnesWithTheirError()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        SetupController controller(&secrets, dir.path());
        QVERIFY(controller.createProfile(QStringLiteral("Good one")).ok());
        writeAll(dir.filePath(QStringLiteral("zz-broken.json")), "{not json");
        const auto list = controller.profiles();
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].error.ok());
        QCOMPARE(list[0].name, QStringLiteral("Good one"));
        QCOMPARE(list[1].error.code, ErrorCode::CorruptProfile);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
