// The whole setup guide with the keyboard alone, on the sandbox: every key goes to the widget that
// has the focus (as a real keyboard's would); no mouse, no setText()/click() on widgets. A page
// that traps the focus, or a control missing from the Tab chain, fails here.
#include "MainWindow.h"
#include "profile/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDebug>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestKeyboardSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeGuideWithKeysOnly();

private:
    static QWidget* focus() { return QApplication::focusWidget(); }
    // Presses Tab (on whatever has the focus) until `name` has it; false when the Tab chain
    // comes back round without reaching it.
    bool tabTo(const QString& name);
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(focus() ? focus() : static_cast<QWidget*>(m_window.get()), k, mods);
    }
    int page() const { return m_window->wizard()->currentId(); }
    // Alt+N, then waits for the page: a mnemonic clicks its button after a short animation.
    void next(int expected)
    {
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(page(), expected);
    }

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardSetup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskKeyboardTest"));
    QVERIFY(m_dir.isValid());
}

bool TestKeyboardSetup::tabTo(const QString& name)
{
    QStringList seen;
    for (int i = 0; i < 400; ++i) {
        if (focus() && focus()->objectName() == name)
            return true;
        key(Qt::Key_Tab);
        if (focus())
            seen << QStringLiteral("%1 %2").arg(QLatin1String(focus()->metaObject()->className()),
                                                focus()->objectName());
    }
    qWarning("Tab never reached %s; the chain was:\n  %s", qPrintable(name),
             qPrintable(seen.mid(0, 80).join(QLatin1String("\n  "))));
    return false;
}

void TestKeyboardSetup::wholeGuideWithKeysOnly()
{
    m_controller = std::make_unique<SetupController>(&m_secrets, m_dir.path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->resize(1024, 700);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+0 opens the guide wherever the focus is.
    key(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("setup"));
    SetupWizard* wizard = m_window->wizard();
    QCOMPARE(page(), int(SetupWizard::Page_Profile));

    // 1. Profile: the sandbox button is reached with Tab and pressed with Space.
    QVERIFY(tabTo(QStringLiteral("sandboxButton")));
    key(Qt::Key_Space);
    QVERIFY(m_controller->hasProfile());
    QVERIFY(m_controller->profile().sandbox);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // The focus stays where the user was (not thrown to the sidebar while the button is busy).
    QCOMPARE(focus()->objectName(), QStringLiteral("sandboxButton"));

    // Alt+N is the Next button's mnemonic, from any field (the button clicks itself a moment later).
    next(SetupWizard::Page_Checklist);

    // 2. Checklist: a step is ticked with Space.
    QVERIFY(tabTo(QStringLiteral("step_sign-in")));
    QVERIFY(!qobject_cast<QCheckBox*>(focus())->isChecked());
    key(Qt::Key_Space);
    QVERIFY(m_controller->profile().zoom.checklistDone.contains(QStringLiteral("sign-in")));

    next(SetupWizard::Page_Credentials);

    // 3. Credentials: Test connection with the keyboard.
    QVERIFY(tabTo(QStringLiteral("testConnectionButton")));
    key(Qt::Key_Space);
    auto* status = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("testStatusLabel"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected.")), 15000);

    next(SetupWizard::Page_AcdConnection);

    // 4. ACD connection: a field typed into, then its connection test.
    QVERIFY(tabTo(QStringLiteral("acdClientIdEdit")));
    key(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), QStringLiteral("keyboard-client"));
    QCOMPARE(m_controller->profile().acd.clientId, QStringLiteral("keyboard-client"));
    QVERIFY(tabTo(QStringLiteral("acdTestConnectionButton")));
    key(Qt::Key_Space);
    auto* acdStatus = wizard->currentPage()->findChild<QWidget*>(QStringLiteral("acdTestStatusBanner"));
    QVERIFY(acdStatus);
    QTRY_VERIFY_WITH_TIMEOUT(acdStatus->isVisible(), 15000);

    next(SetupWizard::Page_AcdMapping);

    next(SetupWizard::Page_SalesforceMapping);

    // 6. Salesforce: the username typed lands in the profile.
    QVERIFY(tabTo(QStringLiteral("sfUsernameEdit")));
    QTest::keyClicks(focus(), QStringLiteral("admin@example.com"));
    QCOMPARE(m_controller->profile().salesforce.username, QStringLiteral("admin@example.com"));

    // The end: "Save and finish" from the Tab chain saves and shows the Overview.
    QSignalSpy finished(wizard, &SetupWizard::finishRequested);
    QVERIFY(tabTo(QStringLiteral("finishButton")));
    key(Qt::Key_Space);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_controller->isDirty());
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("overview"));
    const auto saved = ProfileStore::load(m_controller->profilePath());
    QVERIFY(saved.ok());
    QVERIFY(saved.value().zoom.checklistDone.contains(QStringLiteral("sign-in")));
    QCOMPARE(saved.value().acd.clientId, QStringLiteral("keyboard-client"));
    QCOMPARE(saved.value().salesforce.username, QStringLiteral("admin@example.com"));
}

QTEST_MAIN(TestKeyboardSetup)
#include "tst_keyboard_setup.moc"
