// The Syncdesk console: argument parsing and wiring only; everything else is in syncdesk_ui/core.
#include "MainWindow.h"
#include "areas/Area.h"
#include "common/Log.h"
#include "common/LogFile.h"
#include "common/LogSettings.h"
#include "common/ManPage.h"
#include "common/Translations.h"
#include "common/Versions.h"
#include "connect/ProfileSession.h"
#include "monitor/MonitorController.h"
#include "profile/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/SetupController.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QCommandLineParser>
#include <QDialog>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

using namespace syncdesk;

namespace {
// The translation context of this file's texts (lupdate needs a class to find them in).
class SyncdeskMain
{
    Q_DECLARE_TR_FUNCTIONS(SyncdeskMain)
};

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Syncdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("syncdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
}

// --lang must be known before the parser's own help texts are translated.
QString languageArgument(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return {};
}

// --help and --version need no window: they must work without a display (over SSH, in scripts,
// in packaging checks), so they are answered before QApplication, which needs one, exists.
bool asksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--")
            return false;
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version" ||
            a == "--help-man")
            return true;
    }
    return false;
}

// Every option of the console; the texts are translated, so build it after installTranslations().
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption lang{QStringLiteral("lang"),
                                  SyncdeskMain::tr("User interface language: en, de or ja."),
                                  QStringLiteral("language")};
    const QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        SyncdeskMain::tr("Open the sandbox profile (a simulated Zoom account) at start.")};
    const QCommandLineOption profile{QStringLiteral("profile"),
                                     SyncdeskMain::tr("Open this profile file at start."),
                                     QStringLiteral("file")};
    const QCommandLineOption profileDir{QStringLiteral("profile-dir"),
                                        SyncdeskMain::tr("Folder that holds the profiles."),
                                        QStringLiteral("dir"), ProfileStore::defaultDirectory()};
    const QCommandLineOption area{
        QStringLiteral("area"),
        SyncdeskMain::tr("Area to show at start: overview, zoom, acd, salesforce, contactcenter, monitor or "
                         "setup; a tab as AREA/TAB, for example acd/directory, salesforce/statuses, "
                         "salesforce/rules or contactcenter/cti."),
        QStringLiteral("name")};
    const QCommandLineOption page{
        QStringLiteral("page"),
        SyncdeskMain::tr(
            "Open the setup guide on this page: profile, checklist, credentials, acd-connection, "
            "acd-mapping or salesforce-mapping."),
        QStringLiteral("page")};
    const QCommandLineOption monitor{
        QStringLiteral("monitor"),
        SyncdeskMain::tr("Show the live event monitor at start, like --area monitor (with "
                         "--sandbox it receives the simulated team's events).")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        SyncdeskMain::tr("Save a picture of the window to this PNG file and quit."), QStringLiteral("file")};
    const QCommandLineOption screenshotDelay{
        QStringLiteral("screenshot-delay"),
        SyncdeskMain::tr("With --screenshot: wait this many milliseconds first, so the "
                         "monitor has live data."),
        QStringLiteral("ms"), QStringLiteral("300")};
    const QCommandLineOption testConnection{
        QStringLiteral("test-connection"),
        SyncdeskMain::tr("With --screenshot: run Test connection first and wait for it.")};
    const QCommandLineOption welcome{
        QStringLiteral("welcome"),
        SyncdeskMain::tr("Show the welcome page, as on the very first start (also for --screenshot).")};
    const QCommandLineOption palette{
        QStringLiteral("palette"),
        SyncdeskMain::tr("Colours: dark or light (with the Fusion style), whatever the desktop's theme."),
        QStringLiteral("scheme")};
    const QCommandLineOption size{QStringLiteral("size"),
                                  SyncdeskMain::tr("Window size, for example 1000x700."),
                                  QStringLiteral("WxH")};

    CommandLine()
    {
        parser.setApplicationDescription(
            SyncdeskMain::tr("Set up and check Zoom, NICE CXone and Salesforce integrations."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({lang, sandbox, profile, profileDir, area, page, monitor, screenshot,
                           screenshotDelay, testConnection, palette, size, welcome});
    }
};

// The man page (hidden --help-man; the build writes syncdesk.1 with it): the same options as --help.
QString manPage(const CommandLine& cl)
{
    ManPage page;
    page.name = QStringLiteral("syncdesk");
    page.summary = cl.parser.applicationDescription().chopped(1); // no final dot
    page.version = QStringLiteral("Syncdesk " SYNCDESK_VERSION);
    page.synopsis = {QStringLiteral("[options]")};
    page.description = SyncdeskMain::tr("Set up and check Zoom, NICE CXone and Salesforce integrations.");
    page.sections.append({QStringLiteral("OPTIONS"), {}, manOptionsFromHelp(cl.parser.helpText())});
    page.seeAlso = {QStringLiteral("syncdeskctl(1)")};
    return renderManPage(page);
}

// A dark palette for desktops without a dark theme (and for screenshots); the console's status
// colours follow the palette's lightness (widgets/TextStyles).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x84, 0x88), highlight(0x3d, 0x7a, 0xd6), link(0x8a, 0xb4, 0xf8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa2));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x47));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x54, 0x58));
    return p;
}

// syncdesk.exe is a GUI-subsystem program (WIN32 in app/CMakeLists.txt): started from a console
// it has none of its own, so --help, --version and usage errors would be lost (or, for Qt's parser,
// shown in a message box). Attach to the console it was started from, if any, and write there;
// output redirected to a file or pipe already has valid handles and is left alone.
void attachParentConsole()
{
#ifdef Q_OS_WIN
    if (GetFileType(GetStdHandle(STD_OUTPUT_HANDLE)) != FILE_TYPE_UNKNOWN)
        return;
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

int usageError(const QString& message)
{
    attachParentConsole();
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

// The window with its open dialogs (the welcome page, About, Settings) drawn centred on it, as a
// user sees them: QWidget::grab() draws one window only.
QPixmap grabWithDialogs(MainWindow* window)
{
    QPixmap picture = window->grab();
    QPainter painter(&picture);
    const QRect area(QPoint(0, 0), picture.deviceIndependentSize().toSize());
    for (QDialog* dialog : window->findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        if (!dialog->isVisible())
            continue;
        painter.fillRect(area, QColor(0, 0, 0, 60));
        const QPixmap d = dialog->grab();
        QRect at(QPoint(0, 0), d.deviceIndependentSize().toSize());
        at.moveCenter(area.center());
        painter.setPen(window->palette().color(QPalette::Dark));
        painter.drawRect(at.adjusted(-1, -1, 0, 0));
        painter.drawPixmap(at.topLeft(), d);
    }
    return picture;
}

// Renders the window into `file` once it is shown (and, if asked, once Test connection is done).
void scheduleScreenshot(MainWindow* window, SetupController* controller, const QString& file,
                        bool testConnection, int delayMs)
{
    auto grab = [window, file] {
        const bool ok = grabWithDialogs(window).save(file);
        if (!ok)
            std::fprintf(stderr, "%s\n",
                         qPrintable(SyncdeskMain::tr("Could not write the screenshot to %1.").arg(file)));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QTimer::singleShot(delayMs, window, [=] {
        if (!testConnection) {
            grab();
            return;
        }
        QObject::connect(controller, &SetupController::testFinished, window,
                         [grab, window] { QTimer::singleShot(300, window, grab); });
        window->startConnectionTest();
    });
}
} // namespace

// Restart Now: the same program again, in the language now stored. On POSIX the process image is
// replaced (execv): the process id stays, so whatever started Syncdesk (a terminal, the desktop's
// launcher, xvfb-run, dbus-run-session and its keyring) still holds it, with the display and the
// session bus. Elsewhere, or if that fails, a new process is started and this one ends.
int restartSyncdesk(const QStringList& args)
{
    const QString program = QCoreApplication::applicationFilePath();
    std::fflush(stdout);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    QList<QByteArray> encoded{QFile::encodeName(program)};
    for (const QString& a : args)
        encoded << QFile::encodeName(a);
    std::vector<char*> argv;
    for (QByteArray& e : encoded)
        argv.push_back(e.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    const int error = errno; // only reached when execv failed
    qCWarning(lcUi) << "restart: execv failed:" << std::strerror(error) << "- starting a new process";
#endif
    if (QProcess::startDetached(program, args))
        return 0;
    QMessageBox::critical(nullptr, SyncdeskMain::tr("Could Not Restart"),
                          SyncdeskMain::tr("Syncdesk could not start again (%1). Nothing was lost. Start it "
                                           "yourself: it opens in the chosen language.")
                              .arg(QDir::toNativeSeparators(program)));
    return 1;
}

int main(int argc, char* argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        attachParentConsole();
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        installTranslations(languageArgument(QCoreApplication::arguments()));
        CommandLine cl;
        if (QCoreApplication::arguments().contains(QStringLiteral("--help-man"))) {
            std::fputs(manPage(cl).toUtf8().constData(), stdout);
            return 0;
        }
        cl.parser.parse(QCoreApplication::arguments());
        if (cl.parser.isSet(QStringLiteral("version")) && !cl.parser.isSet(QStringLiteral("help"))) {
            // The libraries' versions too: what a support case and the package test need.
            std::printf("%s\n", qPrintable(versionLine()));
            return 0;
        }
        cl.parser.process(app); // prints the help and exits with 0
        return 0;
    }

    Q_INIT_RESOURCE(syncdesk); // lives in the static syncdesk_ui library
    QApplication app(argc, argv);
    setApplicationInfo();
    installLogFile(); // the support log in the app-data folder; stderr as before
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/syncdesk.svg")));
    installTranslations(languageArgument(QCoreApplication::arguments()));
    applyStoredLogLevels(); // the settings dialog's levels per logging category

    CommandLine cl;
    cl.parser.process(app);
    const QCommandLineParser& parser = cl.parser;

    if (parser.isSet(cl.palette)) {
        const QString scheme = parser.value(cl.palette).trimmed().toLower();
        if (scheme != QLatin1String("dark") && scheme != QLatin1String("light"))
            return usageError(SyncdeskMain::tr("Unknown palette %1. Use dark or light.").arg(scheme));
        // Before any window exists, so every widget starts with these colours.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == QLatin1String("dark") ? darkPalette()
                                                                 : QApplication::style()->standardPalette());
    }

    const QHash<QString, int> pages{{QStringLiteral("profile"), SetupWizard::Page_Profile},
                                    {QStringLiteral("checklist"), SetupWizard::Page_Checklist},
                                    {QStringLiteral("credentials"), SetupWizard::Page_Credentials},
                                    {QStringLiteral("acd-connection"), SetupWizard::Page_AcdConnection},
                                    {QStringLiteral("acd-mapping"), SetupWizard::Page_AcdMapping},
                                    {QStringLiteral("salesforce-mapping"), SetupWizard::Page_SalesforceMapping}};
    if (parser.isSet(cl.page) && !pages.contains(parser.value(cl.page))) {
        QStringList names = pages.keys();
        std::sort(names.begin(), names.end(),
                  [&pages](const QString& a, const QString& b) { return pages.value(a) < pages.value(b); });
        return usageError(SyncdeskMain::tr("Unknown page %1. Use one of: %2.")
                              .arg(parser.value(cl.page), names.join(QStringLiteral(", "))));
    }
    int delay = 0;
    if (parser.isSet(cl.screenshot)) {
        bool delayOk = false;
        delay = parser.value(cl.screenshotDelay).toInt(&delayOk);
        if (!delayOk || delay < 0)
            return usageError(
                SyncdeskMain::tr("--screenshot-delay takes a number of milliseconds, for example 5000."));
    }

    // Everything of this run lives in this block, so a restart (Restart Now) begins only after
    // the windows, the profile session and the sandbox's sockets are gone.
    int exitCode = 0;
    std::optional<QStringList> restart;
    {
        KeychainSecretStore secrets;
        // One open profile, its secrets and the sandbox, shared by every area of the console.
        ProfileSession session(&secrets, parser.value(cl.profileDir));
        SetupController controller(&session);
        MainWindow window(&controller);
        // What Restart Now (a new language) keeps of this run; the profile and area are taken as shown.
        QStringList startOptions;
        if (parser.isSet(cl.profileDir))
            startOptions << QStringLiteral("--profile-dir") << parser.value(cl.profileDir);
        if (parser.isSet(cl.palette))
            startOptions << QStringLiteral("--palette") << parser.value(cl.palette);
        window.setStartOptions(startOptions);

        // --area ID or ID/SECTION (a tab of the area, e.g. acd/directory).
        const QString areaArg = parser.value(cl.area).trimmed().toLower();
        const QString area = areaArg.section(QLatin1Char('/'), 0, 0);
        const QString section = areaArg.section(QLatin1Char('/'), 1);
        if (parser.isSet(cl.area) && !window.areaIds().contains(area))
            return usageError(SyncdeskMain::tr("Unknown area %1. Use one of: %2.")
                                  .arg(parser.value(cl.area), window.areaIds().join(QStringLiteral(", "))));
        if (!section.isEmpty() && !window.area(area)->sectionIds().contains(section)) {
            const QStringList ids = window.area(area)->sectionIds();
            return usageError(ids.isEmpty() ? SyncdeskMain::tr("The area %1 has no sections.").arg(area)
                                            : SyncdeskMain::tr("Unknown section %1 of %2. Use one of: %3.")
                                                  .arg(section, area, ids.join(QStringLiteral(", "))));
        }
        if (parser.isSet(cl.area) && parser.isSet(cl.page) && area != QLatin1String("setup"))
            return usageError(
                SyncdeskMain::tr("--page opens the setup guide; it cannot be combined with --area %1.")
                    .arg(area));

        bool opened = false;
        if (parser.isSet(cl.sandbox))
            opened = window.openSandbox();
        else if (parser.isSet(cl.profile))
            opened = window.openProfileFile(parser.value(cl.profile));
        if (parser.isSet(cl.size)) {
            const QStringList wh = parser.value(cl.size).split(QLatin1Char('x'));
            if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
                window.resize(wh[0].toInt(), wh[1].toInt());
        }
        window.show();

        // The sandbox's simulated team starts at once, whichever area is shown: a new user sees events
        // arrive (in the monitor and on the Overview) within seconds.
        if (opened && parser.isSet(cl.sandbox) &&
            window.monitor()->webhookState() == MonitorController::SourceState::Stopped)
            window.monitor()->startWebhooks();

        if (parser.isSet(cl.page))
            window.showSetupGuide(pages.value(parser.value(cl.page)));
        else if (parser.isSet(cl.area)) {
            window.showArea(area);
            if (!section.isEmpty())
                window.area(area)->showSectionId(section);
        }
        else if (parser.isSet(cl.monitor) || (opened && parser.isSet(cl.sandbox)))
            window.showMonitor();
        else if (opened)
            window.restoreLastArea();
        else
            window.showSetupGuide(SetupWizard::Page_Profile); // no profile yet: the guided path

        // The welcome page on the very first start of a person, never in the runs of scripts and tests
        // (which name what they want) unless they ask for it.
        const bool scripted = parser.isSet(cl.sandbox) || parser.isSet(cl.profile) || parser.isSet(cl.area) ||
                              parser.isSet(cl.page) || parser.isSet(cl.monitor) || parser.isSet(cl.screenshot);
        if (parser.isSet(cl.welcome))
            window.showWelcome();
        else if (!scripted)
            window.showWelcomeIfFirstStart();

        if (parser.isSet(cl.screenshot))
            scheduleScreenshot(&window, &controller, parser.value(cl.screenshot), parser.isSet(cl.testConnection),
                               delay);
        exitCode = app.exec();
        restart = window.pendingRestart();
    }
    if (restart)
        return restartSyncdesk(*restart);
    return exitCode;
}
