// The first run and the support dialogs as a user meets them: the welcome page on the very first
// start only, its two ways to begin (the sandbox over real sockets, the setup guide), the language
// kept for the next start, About's versions, and Settings' log levels taking effect at once.
#include "MainWindow.h"
#include "common/Log.h"
#include "common/LogSettings.h"
#include "common/Translations.h"
#include "common/Versions.h"
#include "connect/ProfileSession.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "support/AboutDialog.h"
#include "support/SettingsDialog.h"
#include "welcome/WelcomePage.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QMultiMap>
#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QLoggingCategory>
#include <QLabel>
#include "monitor/MonitorController.h"
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeOnFirstStartOnly();
    void welcomeNotShownWhenProfilesExist();
    void sandboxChoiceOpensSandbox();
    void setupChoiceShowsSetupGuide();
    void languageChoicePersists();
    void welcomeAccessibleNames();
    void restartNowFromWelcomeKeepsWhatIsOnScreen();
    void restartNowFromSettings();
    void restartRefusedOnUnsavedChanges();
    void aboutListsComponentVersions();
    void settingsChangeLogLevelAtOnceAndPersist();
    void filterRulesPerLevel();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage(); // last: it installs translators

private:
    void createWindow();
    template<typename T> T* openDialog(const char* actionName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestFirstRun::initTestCase()
{
    Q_INIT_RESOURCE(syncdesk); // the icons, from the static syncdesk_ui library
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskFirstRunTest"));
}

void TestFirstRun::init()
{
    QSettings().clear();
    QLoggingCategory::setFilterRules(QString());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    createWindow();
}

void TestFirstRun::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    QSettings().clear();
    QLoggingCategory::setFilterRules(QString());
}

void TestFirstRun::createWindow()
{
    m_window.reset();
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

template<typename T> T* TestFirstRun::openDialog(const char* actionName)
{
    auto* action = m_window->findChild<QAction*>(QLatin1String(actionName));
    if (!action)
        return nullptr;
    action->trigger();
    return m_window->findChild<T*>();
}

void TestFirstRun::welcomeOnFirstStartOnly()
{
    QVERIFY(m_window->showWelcomeIfFirstStart());
    QVERIFY(m_window->welcomePage());
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
    QCOMPARE(m_window->welcomePage()->findChild<QLineEdit*>(QStringLiteral("welcomeProfileFolder"))->text(),
             QDir::toNativeSeparators(m_dir->path()));
    // "Skip for now" closes it; the next start goes straight to work.
    m_window->welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeSkipButton"))->click();
    QTRY_VERIFY(!m_window->welcomePage());

    createWindow(); // the second start
    QVERIFY(!m_window->showWelcomeIfFirstStart());
    QVERIFY(!m_window->welcomePage());
    // Still there from the Help menu.
    m_window->findChild<QAction*>(QStringLiteral("welcomeAction"))->trigger();
    QVERIFY(m_window->welcomePage());
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
}

void TestFirstRun::welcomeNotShownWhenProfilesExist()
{
    // Someone who already has profiles (from before the welcome page existed) is not welcomed.
    QFile f(m_dir->filePath(QStringLiteral("mine.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    createWindow();
    QVERIFY(!m_window->showWelcomeIfFirstStart());
}

void TestFirstRun::sandboxChoiceOpensSandbox()
{
    QVERIFY(m_window->showWelcomeIfFirstStart());
    QVERIFY(!m_controller->hasProfile());
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
    QTest::mouseClick(m_window->welcomePage()->sandboxButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->welcomePage());
    QVERIFY(m_controller->hasProfile());
    QVERIFY(m_controller->session()->isSandbox());
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("monitor"));
    QVERIFY(m_window->monitor()->webhookState() != MonitorController::SourceState::Stopped);
}

void TestFirstRun::setupChoiceShowsSetupGuide()
{
    m_window->showArea(QStringLiteral("overview"));
    QVERIFY(m_window->showWelcomeIfFirstStart());
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
    // Keyboard only: Tab from the sandbox choice to the setup choice, Space presses it.
    m_window->welcomePage()->sandboxButton()->setFocus();
    QTest::keyClick(m_window->welcomePage()->sandboxButton(), Qt::Key_Tab);
    QTRY_VERIFY(m_window->welcomePage()->setupButton()->hasFocus());
    QTest::keyClick(m_window->welcomePage()->setupButton(), Qt::Key_Space);
    QTRY_VERIFY(!m_window->welcomePage());
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("setup"));
    QCOMPARE(m_window->wizard()->currentId(), int(SetupWizard::Page_Profile));
    QVERIFY(!m_controller->hasProfile());
}

void TestFirstRun::languageChoicePersists()
{
    QVERIFY(storedLanguage().isEmpty());
    m_window->showWelcome();
    QComboBox* combo = m_window->welcomePage()->languageCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QCOMPARE(storedLanguage(), QStringLiteral("de"));
    QVERIFY(m_window->welcomePage()->findChild<QLabel*>(QStringLiteral("welcomeLanguageNote"))->text().contains(
        QLatin1String("Deutsch")));
    // The settings dialog shows and changes the same choice.
    auto* settings = openDialog<SettingsDialog>("settingsAction");
    QVERIFY(settings);
    QCOMPARE(settings->languageCombo()->currentData().toString(), QStringLiteral("de"));
    settings->languageCombo()->setCurrentIndex(settings->languageCombo()->findData(QStringLiteral("ja")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    // Back to the system's language: nothing stored.
    settings->languageCombo()->setCurrentIndex(0);
    QVERIFY(storedLanguage().isEmpty());
}

void TestFirstRun::restartNowFromWelcomeKeepsWhatIsOnScreen()
{
    m_window->setStartOptions({QStringLiteral("--profile-dir"), m_dir->path()});
    QVERIFY(m_window->openSandbox());
    QVERIFY(m_window->showArea(QStringLiteral("acd")));
    m_window->showWelcome();
    WelcomePage* page = m_window->welcomePage();
    QTRY_VERIFY(page->isVisible());
    // English on screen: no restart until another language is chosen, and none when it is undone.
    QVERIFY(page->restartButton()->isHidden());
    QComboBox* combo = page->languageCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QVERIFY(!page->restartButton()->isHidden());
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QVERIFY(page->restartButton()->isHidden());
    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    QVERIFY(!m_window->pendingRestart());
    QTest::mouseClick(page->restartButton(), Qt::LeftButton);
    // main() starts Syncdesk again with the profile folder, the sandbox, the area on screen and the
    // welcome page; the language is the stored choice, not a --lang that would pin it.
    QVERIFY(m_window->pendingRestart());
    QCOMPARE(*m_window->pendingRestart(),
             (QStringList{QStringLiteral("--profile-dir"), m_dir->path(), QStringLiteral("--sandbox"),
                          QStringLiteral("--area"), QStringLiteral("acd"), QStringLiteral("--welcome")}));
    QCOMPARE(storedLanguage(), QStringLiteral("ja"));
    QVERIFY(!m_window->isVisible());
}

void TestFirstRun::restartNowFromSettings()
{
    // A profile of one's own is opened again by its path.
    QVERIFY(m_controller->createProfile(QStringLiteral("Acme")).ok());
    QVERIFY(m_controller->save().ok());
    const QString path = m_controller->profilePath();
    QVERIFY(m_window->showArea(QStringLiteral("overview")));
    auto* settings = openDialog<SettingsDialog>("settingsAction");
    QVERIFY(settings);
    QVERIFY(settings->restartButton()->isHidden());
    settings->languageCombo()->setCurrentIndex(settings->languageCombo()->findData(QStringLiteral("de")));
    QVERIFY(!settings->restartButton()->isHidden());
    settings->restartButton()->click();
    QVERIFY(m_window->pendingRestart());
    QCOMPARE(*m_window->pendingRestart(),
             (QStringList{QStringLiteral("--profile"), path, QStringLiteral("--area"), QStringLiteral("overview")}));
    QVERIFY(!m_window->isVisible());
}

void TestFirstRun::restartRefusedOnUnsavedChanges()
{
    QString asked;
    m_window->setCloseQuestion([&asked](const QString& name) {
        asked = name;
        return QMessageBox::Cancel;
    });
    QVERIFY(m_controller->createProfile(QStringLiteral("Acme")).ok());
    m_controller->setChecklistStep(QStringLiteral("create-app"), true); // an unsaved change
    QVERIFY(m_controller->isDirty());
    m_window->showWelcome();
    QComboBox* combo = m_window->welcomePage()->languageCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    m_window->welcomePage()->restartButton()->click();
    // The usual question about the unsaved changes; Cancel keeps the window and the changes.
    QCOMPARE(asked, QStringLiteral("Acme"));
    QVERIFY(!m_window->pendingRestart());
    QVERIFY(m_window->isVisible());
    QVERIFY(m_controller->isDirty());
}

void TestFirstRun::welcomeAccessibleNames()
{
    m_window->showWelcome();
    const QList<QWidget*> all = m_window->welcomePage()->findChildren<QWidget*>();
    int interactive = 0;
    for (QWidget* w : all) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(m_window->welcomePage()))
            continue;
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w)) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    QVERIFY(interactive >= 5);
}

void TestFirstRun::aboutListsComponentVersions()
{
    auto* about = openDialog<AboutDialog>("aboutAction");
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QTableWidget* table = about->versionsTable();
    const QList<ComponentVersion> expected = componentVersions();
    QCOMPARE(table->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        names << table->item(row, 0)->text();
        QVERIFY2(!table->item(row, 1)->text().isEmpty(), qPrintable(table->item(row, 0)->text()));
        QCOMPARE(table->item(row, 0)->text(), expected[row].name);
        QCOMPARE(table->item(row, 1)->text(), expected[row].version);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Syncdesk"), QStringLiteral("Qt"), QStringLiteral("QtKeychain"),
                                 QStringLiteral("OpenSSL")}));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral(SYNCDESK_VERSION));
    about->copyButton()->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(versionLine()), qPrintable(copied));
    QVERIFY(copied.contains(QLatin1String("Syncdesk " SYNCDESK_VERSION " (Qt ")));
}

void TestFirstRun::settingsChangeLogLevelAtOnceAndPersist()
{
    QVERIFY(!lcNet().isDebugEnabled()); // Info by default
    QVERIFY(lcNet().isInfoEnabled());
    auto* settings = openDialog<SettingsDialog>("settingsAction");
    QVERIFY(settings);
    QComboBox* net = settings->levelCombo(QStringLiteral("syncdesk.net"));
    QVERIFY(net);
    QCOMPARE(net->currentData().toString(), QStringLiteral("info"));
    QVERIFY(!net->accessibleName().isEmpty());
    net->setCurrentIndex(net->findData(QStringLiteral("debug")));
    QVERIFY(lcNet().isDebugEnabled());
    QComboBox* zoom = settings->levelCombo(QStringLiteral("syncdesk.zoom"));
    zoom->setCurrentIndex(zoom->findData(QStringLiteral("off")));
    QVERIFY(!lcZoom().isWarningEnabled());
    QVERIFY(!lcZoom().isCriticalEnabled());
    settings->close();

    // Stored: the next start (applyStoredLogLevels in main) and a new dialog show the same.
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!lcNet().isDebugEnabled());
    applyStoredLogLevels();
    QVERIFY(lcNet().isDebugEnabled());
    QVERIFY(!lcZoom().isWarningEnabled());
    QVERIFY(lcSandbox().isWarningEnabled() && !lcSandbox().isInfoEnabled()); // untouched default
    auto* again = openDialog<SettingsDialog>("settingsAction");
    QCOMPARE(again->levelCombo(QStringLiteral("syncdesk.net"))->currentData().toString(),
             QStringLiteral("debug"));

    // Reset brings every category back to its default.
    again->findChild<QPushButton*>(QStringLiteral("settingsResetLogLevelsButton"))->click();
    QVERIFY(!lcNet().isDebugEnabled());
    QVERIFY(lcZoom().isInfoEnabled());
    QCOMPARE(storedLogLevels().value(QStringLiteral("syncdesk.zoom")), LogLevel::Info);
}

void TestFirstRun::filterRulesPerLevel()
{
    const QString rules = filterRules({{QStringLiteral("syncdesk.ui"), LogLevel::Warning}});
    QCOMPARE(rules, QStringLiteral("syncdesk.ui.debug=false\nsyncdesk.ui.info=false\n"
                                   "syncdesk.ui.warning=true\nsyncdesk.ui.critical=true"));
    QVERIFY(filterRules({{QStringLiteral("syncdesk.ui"), LogLevel::Off}}).contains(QLatin1String("critical=false")));
    // Every category declared with Q_LOGGING_CATEGORY in core is offered.
    QStringList names;
    for (const LogCategoryInfo& c : logCategories())
        names << c.name;
    for (const char* n : {"syncdesk.net", "syncdesk.zoom", "syncdesk.secrets", "syncdesk.profile",
                          "syncdesk.sandbox", "syncdesk.monitor", "syncdesk.ui", "syncdesk.acd",
                          "syncdesk.salesforce"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
}

QTEST_MAIN(TestFirstRun)
// The Alt+letter of every button and buddied label of a dialog, as the dialog shows it.
static QMultiMap<QChar, QString> mnemonics(QWidget* dialog)
{
    QMultiMap<QChar, QString> found;
    auto add = [&found](const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != QLatin1Char('&'))
                continue;
            if (text[i + 1] == QLatin1Char('&')) {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            found.insert(text[i + 1].toLower(), text);
            return;
        }
    };
    for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(dialog))
            add(b->text());
    for (QLabel* l : dialog->findChildren<QLabel*>())
        if (l->buddy() && l->isVisibleTo(dialog))
            add(l->text());
    return found;
}

void TestFirstRun::mnemonicsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& lang : supportedLanguages()) // "en" first: nothing installed yet
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestFirstRun::mnemonicsAreUniqueInEveryLanguage()
{
    // Two controls on one Alt+letter: the second is out of reach by keyboard. The dialogs are
    // built in the row's language, with Restart Now shown (another language stored).
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QCOMPARE(installTranslations(language), language);
    storeLanguage(language == QLatin1String("en") ? QStringLiteral("de") : QStringLiteral("en"));
    WelcomePage welcome(m_dir->path());
    SettingsDialog settings;
    AboutDialog about;
    QVERIFY(!welcome.restartButton()->isHidden());
    QVERIFY(!settings.restartButton()->isHidden());
    for (QDialog* dialog : std::initializer_list<QDialog*>{&welcome, &settings, &about}) {
        const QMultiMap<QChar, QString> keys = mnemonics(dialog);
        QVERIFY2(!keys.isEmpty(), qPrintable(dialog->objectName()));
        for (const QChar& key : keys.uniqueKeys()) {
            const QStringList texts = keys.values(key);
            QVERIFY2(texts.size() == 1, qPrintable(QStringLiteral("%1 (%2): Alt+%3 on %4")
                                                       .arg(dialog->objectName(), language, key,
                                                            texts.join(QStringLiteral(", ")))));
        }
    }
}

#include "tst_firstrun_gui.moc"
