// The README's first command run headless (`xvfb-run -a .ci/quickstart run`) starts its own
// Secret Service through .ci/private-keyring. With an empty keyring password the first secret
// write opened gnome-keyring's "Choose password for new keyring" prompt on the invisible X
// display and "Try it on the sandbox" waited forever. This runs the same script under Xvfb (when
// installed, so a prompt would have a display to block on) and writes and reads a secret through
// libsecret, as QtKeychain does, within a deadline.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestQuickstartKeyring : public QObject
{
    Q_OBJECT

private slots:
    void secretWriteDoesNotPrompt()
    {
        const QString script = QStringLiteral(SYNCDESK_SOURCE_DIR "/.ci/private-keyring");
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("gnome-keyring-daemon and secret-tool are needed (apt-get install gnome-keyring libsecret-tools)");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("XDG_DATA_HOME"));

        // timeout(1) bounds each libsecret call: a prompt shows up as exit 124 instead of a hang.
        const QString inner = QStringLiteral(
            "printf 'demo-secret' | timeout 15 secret-tool store --label=syncdesk-test service syncdesk-test "
            "key quickstart || exit 11; "
            "v=$(timeout 15 secret-tool lookup service syncdesk-test key quickstart) || exit 12; "
            "[ \"$v\" = demo-secret ] || exit 13");
        QString program = script;
        QStringList args{QStringLiteral("sh"), QStringLiteral("-c"), inner};
        if (!QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty()) {
            program = QStringLiteral("xvfb-run");
            args = QStringList{QStringLiteral("-a"), script} + args;
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        QVERIFY(p.waitForStarted(5000));
        QVERIFY2(p.waitForFinished(60000), "the private keyring did not answer within 60 s");
        const QByteArray out = p.readAll();
        QVERIFY2(p.exitCode() != 11, ("storing a secret failed or waited for a prompt:\n" + out).constData());
        QVERIFY2(p.exitCode() != 12, ("reading the secret back failed:\n" + out).constData());
        QVERIFY2(p.exitCode() != 13, "the secret read back differs from the one written");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!out.contains("demo-secret"), "a secret value reached the output");
        // The throwaway keyring is gone afterwards, and the user's own keyrings were not touched.
        QVERIFY(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(!QDir(home.filePath(QStringLiteral(".local/share/keyrings"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestQuickstartKeyring)
#include "tst_quickstart_keyring.moc"
