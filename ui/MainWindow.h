#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QLabel;

namespace syncdesk {

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
    void newProfile();
    void openProfileDialog();
    void showAbout();
    void updateTitleAndStatus();
    void updateKeychainStatus();
    QMessageBox::StandardButton askToSave(const QString& profileName);

    SetupController* m_controller;
    SetupWizard* m_wizard;
    QMenu* m_viewMenu = nullptr;
    QAction* m_saveAction = nullptr;
    QLabel* m_profileLabel;
    QLabel* m_saveStateLabel;
    QLabel* m_keychainLabel;
    CloseQuestion m_closeQuestion;
};

} // namespace syncdesk
