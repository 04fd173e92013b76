// The .deb on a fresh Debian 12: built with cpack from this build tree, installed with apt into a
// minimal bookworm root made by debootstrap, and both programs started there. This is what an
// admin does; it fails when a run-time dependency is missing from Depends (shlibdeps cannot see
// the Qt platform plugins, the SVG plugin or libsecret, which are loaded at run time).
//
// Needs root (debootstrap, chroot, mount) and the debootstrap command; skipped with a message
// otherwise. Everything it makes stays under <build>/tests/package/ and is replaced on the next run.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <unistd.h>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.right(2000)), QString::fromUtf8(err.right(4000)));
    }
};

Run run(const QString& program, const QStringList& args, int timeoutSec, const QString& dir = {})
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start();
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutSec * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out after " + QByteArray::number(timeoutSec) + " s\n";
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.out += p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}
} // namespace

class TestDebInstall : public QObject
{
    Q_OBJECT

    const QString m_work = QStringLiteral(SYNCDESK_BINARY_DIR "/tests/package");
    const QString m_root = m_work + QStringLiteral("/root");
    QStringList m_mounts;

    // Runs COMMAND inside the root with a clean environment (no host variables leak in).
    Run inRoot(const QString& command, int timeoutSec)
    {
        return run(QStringLiteral("chroot"),
                   {m_root, QStringLiteral("/usr/bin/env"), QStringLiteral("-i"),
                    QStringLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), QStringLiteral("HOME=/root"),
                    QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("DEBIAN_FRONTEND=noninteractive"),
                    QStringLiteral("/bin/sh"), QStringLiteral("-c"), command},
                   timeoutSec);
    }

    void unmountAll()
    {
        // Lazy, innermost first: a process left over in the root must not keep a mount alive.
        for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), *it}, 30);
        m_mounts.clear();
    }

    // Stale mounts from an interrupted run, found in /proc/mounts, are dropped before the root is.
    bool removeRoot()
    {
        QFile mounts(QStringLiteral("/proc/mounts"));
        if (mounts.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = mounts.readAll().split('\n');
            for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
                const QString target = QString::fromUtf8(it->split(' ').value(1));
                if (target.startsWith(m_root + QLatin1Char('/')))
                    run(QStringLiteral("umount"), {QStringLiteral("-l"), target}, 30);
            }
        }
        // --one-file-system: never descend into something still mounted (the host's /dev/pts).
        return !QFileInfo::exists(m_root) ||
               run(QStringLiteral("rm"), {QStringLiteral("-rf"), QStringLiteral("--one-file-system"), m_root}, 120)
                       .exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root (debootstrap, chroot and mount): run as root to test the .deb on a fresh Debian 12");
        if (QStandardPaths::findExecutable(QStringLiteral("debootstrap")).isEmpty() &&
            !QFileInfo::exists(QStringLiteral("/usr/sbin/debootstrap")))
            QSKIP("debootstrap is not installed (apt-get install debootstrap): the .deb install test is skipped");
        QVERIFY(QDir().mkpath(m_work));
    }

    void cleanupTestCase()
    {
        unmountAll();
        // The root is kept for a look after a failure; the next run replaces it.
    }

    void installsAndRunsOnFreshBookworm()
    {
        // 1. The package, from this build tree (only what it installs is built).
        const QString bin = QStringLiteral(SYNCDESK_BINARY_DIR);
        Run r = run(QStringLiteral("cmake"),
                    {QStringLiteral("--build"), bin, QStringLiteral("--target"), QStringLiteral("syncdesk"),
                     QStringLiteral("syncdeskctl"), QStringLiteral("syncdesk_linux_data")},
                    900);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("build: ") + r.describe()));
        const QString out = m_work + QStringLiteral("/cpack");
        QDir(out).removeRecursively();
        r = run(QStringLiteral("cpack"),
                {QStringLiteral("--config"), bin + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-G"),
                 QStringLiteral("DEB"), QStringLiteral("-B"), out},
                600, bin);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("cpack: ") + r.describe()));
        const QString debName = QStringLiteral("syncdesk_" SYNCDESK_VERSION_STRING "_amd64.deb");
        QVERIFY2(QFileInfo::exists(out + QLatin1Char('/') + debName),
                 qPrintable(QStringLiteral("no %1 in %2: %3")
                                .arg(debName, out, QDir(out).entryList(QDir::Files).join(QLatin1Char(' ')))));

        // Debian's own package checks: errors and warnings fail (info, e.g. the .comment section that
        // strip leaves, does not). Skipped with a message where lintian is not installed.
        if (QFileInfo::exists(QStringLiteral("/usr/bin/lintian"))) {
            r = run(QStringLiteral("lintian"),
                    {QStringLiteral("--fail-on"), QStringLiteral("error,warning"), QStringLiteral("--tag-display-limit"),
                     QStringLiteral("0"), out + QLatin1Char('/') + debName},
                    300);
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("lintian: ") + r.describe()));
        } else {
            qInfo("lintian is not installed: the package's Debian policy checks are skipped");
        }

        // 2. A fresh, minimal Debian 12 (the mirror the project's machines use).
        QVERIFY2(removeRoot(), "could not remove the previous root");
        r = run(QStringLiteral("debootstrap"),
                {QStringLiteral("--variant=minbase"), QStringLiteral("bookworm"), m_root,
                 QStringLiteral("http://deb.debian.org/debian")},
                600);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("debootstrap: ") + r.describe()));
        for (const auto& [type, target] : {std::pair{QStringLiteral("proc"), QStringLiteral("/proc")},
                                           std::pair{QStringLiteral("devpts"), QStringLiteral("/dev/pts")}}) {
            QDir().mkpath(m_root + target);
            r = run(QStringLiteral("mount"), {QStringLiteral("-t"), type, type, m_root + target}, 30);
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("mount ") + target + QLatin1Char(' ') + r.describe()));
            m_mounts << m_root + target;
        }
        QVERIFY(QFile::copy(out + QLatin1Char('/') + debName, m_root + QStringLiteral("/tmp/") + debName));

        // 3. apt resolves the package's Depends on its own: nothing else is installed first.
        //    Recommends (a Secret Service, CJK fonts) are left out to keep the test short; the
        //    programs must start without them.
        r = inRoot(QStringLiteral("apt-get update -qq && cd /tmp && apt-get install -y -qq --no-install-recommends ./%1")
                       .arg(debName),
                   600);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("apt-get install: ") + r.describe()));

        r = inRoot(QStringLiteral("syncdeskctl --version"), 60);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // "Syncdesk 0.1.0 (Qt 6.4.2, QtKeychain 0.13.2, OpenSSL 3.0.x)": the installed libraries.
        QVERIFY2(r.out.startsWith("Syncdesk " SYNCDESK_VERSION_STRING " (Qt 6."), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("QtKeychain ") && r.out.contains("OpenSSL 3."), qPrintable(r.describe()));

        r = inRoot(QStringLiteral("syncdesk --version"), 60);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith("Syncdesk " SYNCDESK_VERSION_STRING " ("), qPrintable(r.describe()));

        r = inRoot(QStringLiteral("syncdeskctl monitor --sandbox --count 5"), 120);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() == 5, qPrintable(r.describe()));
        for (const QByteArray& line : lines)
            QVERIFY2(line.startsWith('{') && line.endsWith('}'), line.constData());

        // The installed files an admin relies on.
        for (const char* path : {"/usr/share/applications/io.syncdesk.Syncdesk.desktop",
                                 "/usr/share/metainfo/io.syncdesk.Syncdesk.metainfo.xml",
                                 "/usr/share/icons/hicolor/48x48/apps/syncdesk.png",
                                 "/usr/share/icons/hicolor/scalable/apps/syncdesk.svg",
                                 "/usr/share/man/man1/syncdesk.1.gz", "/usr/share/man/man1/syncdeskctl.1.gz",
                                 "/usr/share/syncdesk/translations/syncdesk_de.qm",
                                 "/usr/share/doc/syncdesk/copyright"})
            QVERIFY2(QFileInfo::exists(m_root + QString::fromLatin1(path)), path);

        // 4. The first window under a virtual display (xvfb is the test's, not the package's).
        r = inRoot(QStringLiteral("apt-get install -y -qq --no-install-recommends xvfb xauth"), 600);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("xvfb: ") + r.describe()));
        QFile::remove(m_root + QStringLiteral("/tmp/first.png"));
        r = inRoot(QStringLiteral("xvfb-run -a -s '-screen 0 1400x900x24' syncdesk --sandbox --screenshot "
                                  "/tmp/first.png"),
                   180);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("syncdesk --screenshot: ") + r.describe()));
        const QFileInfo png(m_root + QStringLiteral("/tmp/first.png"));
        QVERIFY2(png.exists() && png.size() > 20000,
                 qPrintable(QStringLiteral("screenshot of %1 bytes").arg(png.exists() ? png.size() : -1)));
        const QString kept = m_work + QStringLiteral("/first-window.png");
        QFile::remove(kept);
        QVERIFY(QFile::copy(png.filePath(), kept));
        qInfo("first window: %s", qPrintable(kept));
    }
};

QTEST_GUILESS_MAIN(TestDebInstall)
#include "tst_deb_install.moc"
