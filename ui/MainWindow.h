#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QDockWidget;
class QLabel;

namespace syncdesk {

class MonitorController;
class MonitorPane;
class SetupController;
class SetupWizard;

// The console's window: the setup wizard in the middle, the open profile and its save state in
// the status bar. Owns no state of its own beyond window geometry; everything else is asked of
// the SetupController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SetupController* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    SetupWizard* wizard() const { return m_wizard; }
    // For docks added later (event monitor, presence board).
    QMenu* viewMenu() const { return m_viewMenu; }
    MonitorController* monitor() const { return m_monitor; }
    MonitorPane* monitorPane() const { return m_monitorPane; }
    QDockWidget* monitorDock() const { return m_monitorDock; }
    // Shows the event monitor dock with most of the window's height.
    void showMonitor();

    // Entry points for the command line and the menus; errors are shown on the profile page.
    bool openSandbox();
    bool openProfileFile(const QString& path);
    bool save();

    // Test seam: answers the "save changes?" question instead of a message box.
    using CloseQuestion = std::function<QMessageBox::StandardButton(const QString& profileName)>;
    void setCloseQuestion(CloseQuestion question) { m_closeQuestion = std::move(question); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createMonitorDock();
    void newProfile();
    void openProfileDialog();
    void showAbout();
    void updateTitleAndStatus();
    void updateKeychainStatus();
    QMessageBox::StandardButton askToSave(const QString& profileName);

    SetupController* m_controller;
    SetupWizard* m_wizard;
    QMenu* m_viewMenu = nullptr;
    MonitorController* m_monitor = nullptr;
    MonitorPane* m_monitorPane = nullptr;
    QDockWidget* m_monitorDock = nullptr;
    QAction* m_saveAction = nullptr;
    QLabel* m_profileLabel;
    QLabel* m_saveStateLabel;
    QLabel* m_keychainLabel;
    CloseQuestion m_closeQuestion;
};

} // namespace syncdesk
