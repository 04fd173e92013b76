#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace syncdesk {

class AcdArea;
class SalesforceArea;
class AcdConnectionCheck;
class SalesforceConnectionCheck;
class Area;
class IntegrationHealth;
class MonitorArea;
class MonitorController;
class MonitorPane;
class OverviewArea;
class SessionClients;
class SetupController;
class SetupGuideArea;
class SetupWizard;
class WelcomePage;
class ZoomArea;

// The console's workspace: a sidebar of areas (Overview, Zoom app, ACD, Event monitor, and the setup
// guide at the bottom) and the selected area's page. The open profile and its save state are in
// the status bar. Owns no state of its own beyond window layout and the last area; everything
// else is asked of the controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SetupController* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adding an area (the next vendors) is this one call: a sidebar entry, a page, a Go menu
    // entry with its shortcut, and a name for --area. The window takes ownership of the widget.
    void addArea(Area* area);

    QStringList areaIds() const;
    QString currentAreaId() const;
    Area* area(const QString& id) const;
    // Shows the area; false for an unknown id.
    bool showArea(const QString& id);
    // The area shown when the window was last closed (Overview the first time).
    void restoreLastArea();
    // The setup guide, on `page` (a SetupWizard::PageId) when given.
    void showSetupGuide(int page = -1);
    void showMonitor();
    // The welcome page (language, sandbox or setup guide, where profiles are kept): on the very
    // first start only, or whenever asked (Help → Welcome…, --welcome). True when shown.
    bool showWelcomeIfFirstStart();
    void showWelcome();
    WelcomePage* welcomePage() const; // while it is open, else nullptr
    // Help → About Syncdesk and File → Settings… (window-modal, returning at once).
    void showAbout();
    void showSettings();

    SetupWizard* wizard() const;
    MonitorController* monitor() const { return m_monitor; }
    MonitorPane* monitorPane() const;
    MonitorArea* monitorArea() const { return m_monitorArea; }
    ZoomArea* zoomArea() const { return m_zoomArea; }
    AcdArea* acdArea() const { return m_acdArea; }
    SalesforceArea* salesforceArea() const { return m_salesforceArea; }
    // The open profile's API clients and the ACD connection test, shared by every area.
    SessionClients* clients() const { return m_clients; }
    AcdConnectionCheck* acdCheck() const { return m_acdCheck; }
    SalesforceConnectionCheck* salesforceCheck() const { return m_sfCheck; }
    OverviewArea* overviewArea() const { return m_overviewArea; }
    IntegrationHealth* health() const { return m_health; }
    QListWidget* sidebar() const { return m_sidebar; }
    QMenu* viewMenu() const { return m_viewMenu; }

    // Entry points for the command line and the menus; errors are shown in the setup guide.
    bool openSandbox();
    bool openProfileFile(const QString& path);
    bool save();
    // Test connection from the credentials form on screen (the setup guide's, else the Zoom app
    // area's, whose results the Overview also shows).
    void startConnectionTest();

    // Restart Now (welcome page, settings): the window closes as always (unsaved changes are asked
    // about), then the event loop ends with pendingRestart() set; main() starts Syncdesk again with
    // those arguments once everything of this run is gone. False when the close was refused.
    bool restartForLanguage(bool withWelcome);
    // The arguments of that restart: the start options (setStartOptions), the open profile, the
    // area on screen and, when asked from there, the welcome page. The language is the stored one.
    QStringList restartArguments(bool withWelcome) const;
    std::optional<QStringList> pendingRestart() const { return m_pendingRestart; }
    // Options of this run a restart keeps (--profile-dir, --palette), set by main().
    void setStartOptions(const QStringList& options) { m_startOptions = options; }

    // Test seam: answers the "save changes?" question instead of a message box.
    using CloseQuestion = std::function<QMessageBox::StandardButton(const QString& profileName)>;
    void setCloseQuestion(CloseQuestion question) { m_closeQuestion = std::move(question); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createSidebar();
    void addAreaAt(Area* area, int row, bool pinned);
    void onFixRequested(const QString& target);
    void newProfile();
    void openProfileDialog();
    void updateTitleAndStatus();
    void updateKeychainStatus();
    QMessageBox::StandardButton askToSave(const QString& profileName);

    SetupController* m_controller;
    MonitorController* m_monitor = nullptr;
    IntegrationHealth* m_health = nullptr;
    SessionClients* m_clients = nullptr;
    AcdConnectionCheck* m_acdCheck = nullptr;
    SalesforceConnectionCheck* m_sfCheck = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Area*> m_areas;  // in sidebar order
    int m_pinnedAreas = 0; // at the bottom of the sidebar (the setup guide)
    OverviewArea* m_overviewArea = nullptr;
    ZoomArea* m_zoomArea = nullptr;
    AcdArea* m_acdArea = nullptr;
    SalesforceArea* m_salesforceArea = nullptr;
    MonitorArea* m_monitorArea = nullptr;
    SetupGuideArea* m_setupArea = nullptr;
    QMenu* m_goMenu = nullptr;
    QAction* m_goSeparator = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_detachAction = nullptr;
    QAction* m_saveAction = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_saveStateLabel = nullptr;
    QLabel* m_keychainLabel = nullptr;
    CloseQuestion m_closeQuestion;
    QStringList m_startOptions;
    std::optional<QStringList> m_pendingRestart;
    QPointer<WelcomePage> m_welcome; // deleted when closed
};

} // namespace syncdesk
