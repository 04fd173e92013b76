// The Syncdesk console: argument parsing and wiring only; everything else is in syncdesk_ui/core.
#include "MainWindow.h"
#include "common/Translations.h"
#include "profile/ProfileStore.h"
#include "connect/ProfileSession.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/SetupController.h"
#include "wizard/CredentialsPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

using namespace syncdesk;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("main", text);
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

// Renders the window into `file` once it is shown (and, if asked, once Test connection is done).
void scheduleScreenshot(MainWindow* window, SetupController* controller, const QString& file,
                        bool testConnection, int delayMs)
{
    auto grab = [window, file] {
        const bool ok = window->grab().save(file);
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(tr("Could not write the screenshot to %1.").arg(file)));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QTimer::singleShot(delayMs, window, [=] {
        if (!testConnection) {
            grab();
            return;
        }
        QObject::connect(controller, &SetupController::testFinished, window,
                         [grab, window] { QTimer::singleShot(300, window, grab); });
        window->wizard()->credentialsPage()->startTest();
    });
}
} // namespace

int main(int argc, char* argv[])
{
    Q_INIT_RESOURCE(syncdesk); // lives in the static syncdesk_ui library
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Syncdesk"));
    QApplication::setApplicationName(QStringLiteral("syncdesk"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/syncdesk.svg")));
    installTranslations(languageArgument(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set up and check Zoom, NICE CXone and Salesforce integrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("User interface language: en, de or ja."),
                                  QStringLiteral("language"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Open the sandbox profile (a simulated Zoom account) at start."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Open this profile file at start."),
                                     QStringLiteral("file"));
    const QCommandLineOption profileDir(QStringLiteral("profile-dir"), tr("Folder that holds the profiles."),
                                        QStringLiteral("dir"), ProfileStore::defaultDirectory());
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to this PNG file and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Page to show: profile, checklist or credentials."),
                                  QStringLiteral("page"));
    const QCommandLineOption testConnection(
        QStringLiteral("test-connection"),
        tr("With --screenshot: run Test connection first and wait for it."));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size, for example 1000x700."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption monitor(QStringLiteral("monitor"),
                                     tr("Show the live event monitor at start (with --sandbox it receives the "
                                        "simulated team's events)."));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             tr("With --screenshot: wait this many milliseconds first, so the "
                                                "monitor has live data."),
                                             QStringLiteral("ms"), QStringLiteral("300"));
    parser.addOptions(
        {lang, sandbox, profile, profileDir, screenshot, page, testConnection, size, monitor, screenshotDelay});
    parser.process(app);

    const QHash<QString, int> pages{{QStringLiteral("profile"), SetupWizard::Page_Profile},
                                    {QStringLiteral("checklist"), SetupWizard::Page_Checklist},
                                    {QStringLiteral("credentials"), SetupWizard::Page_Credentials}};
    if (parser.isSet(page) && !pages.contains(parser.value(page))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("Unknown page %1. Use profile, checklist or credentials.").arg(parser.value(page))));
        return 2;
    }

    KeychainSecretStore secrets;
    // One open profile, its secrets and the sandbox, shared by every area of the console.
    ProfileSession session(&secrets, parser.value(profileDir));
    SetupController controller(&session);
    MainWindow window(&controller);
    bool opened = false;
    if (parser.isSet(sandbox))
        opened = window.openSandbox();
    else if (parser.isSet(profile))
        opened = window.openProfileFile(parser.value(profile));
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    // A first start on the sandbox shows events flowing at once; screenshots of wizard pages ask
    // for the monitor explicitly.
    if (parser.isSet(monitor) || (opened && parser.isSet(sandbox) && !parser.isSet(page) && !parser.isSet(screenshot)))
        window.showMonitor();
    if (parser.isSet(page))
        window.wizard()->goToPage(pages.value(parser.value(page)));
    else if (opened && parser.isSet(sandbox))
        window.wizard()->goToPage(SetupWizard::Page_Credentials);
    if (parser.isSet(screenshot)) {
        bool delayOk = false;
        const int delay = parser.value(screenshotDelay).toInt(&delayOk);
        if (!delayOk || delay < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("--screenshot-delay takes a number of milliseconds, for example 5000.")));
            return 2;
        }
        scheduleScreenshot(&window, &controller, parser.value(screenshot), parser.isSet(testConnection), delay);
    }
    return app.exec();
}
