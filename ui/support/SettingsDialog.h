#pragma once

#include "common/LogSettings.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace syncdesk {

// File → Settings… (the application menu's Preferences on macOS): the interface language and
// the log level of every logging category. Every change is stored and applied at once (the
// language at the next start: the windows are built in one language).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QTableWidget* levelTable() const { return m_levels; }
    // The level combo of a category ("syncdesk.net"), or nullptr.
    QComboBox* levelCombo(const QString& category) const { return m_levelCombos.value(category); }
    // The languages offered, as shown: "English", "Deutsch", "日本語" (not translated: a user who
    // cannot read the current language still finds their own).
    static QString languageDisplayName(const QString& language);
    // Shown while the chosen language is not the one on screen.
    QPushButton* restartButton() const { return m_restart; }

signals:
    // Restart Now: start again in the chosen language (the main window does it).
    void restartRequested();

private:
    void storeLevels();
    void resetLevels();

    QComboBox* m_language = nullptr;
    QPushButton* m_restart = nullptr;
    QTableWidget* m_levels = nullptr;
    QMap<QString, QComboBox*> m_levelCombos;
};

} // namespace syncdesk
