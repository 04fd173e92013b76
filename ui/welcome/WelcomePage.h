#pragma once

#include <QDialog>

class QComboBox;
class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace syncdesk {

// The first thing a new user sees: the language, the two ways to begin (the sandbox, or the setup
// guide for a real integration) and where profiles are kept. Shown once on the very first start
// (see shouldShowAtStart) and later from Help → Welcome…. It only asks; the main window acts.
class WelcomePage : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomePage(const QString& profileDirectory, QWidget* parent = nullptr);

    // True on the very first start: the page was never shown and no profile exists yet in
    // `profileDirectory` (someone who already has profiles knows their way).
    static bool shouldShowAtStart(const QString& profileDirectory);
    // Remembers (QSettings) that the page was shown, so the next start goes straight to work.
    static void markShown();

    QComboBox* languageCombo() const { return m_language; }
    QCommandLinkButton* sandboxButton() const { return m_sandbox; }
    QCommandLinkButton* setupButton() const { return m_setup; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    // Shown while the chosen language is not the one on screen.
    QPushButton* restartButton() const { return m_restart; }

signals:
    void sandboxChosen();
    void setupChosen();
    // Restart Now: start again in the chosen language (the main window does it).
    void restartRequested();

private:
    void updateLanguageNote();

    QString m_profileDirectory;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QCommandLinkButton* m_sandbox = nullptr;
    QCommandLinkButton* m_setup = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_restart = nullptr;
};

} // namespace syncdesk
