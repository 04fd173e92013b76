#pragma once

#include "common/LogSettings.h"

#include <QDialog>
#include <QMap>

class QComboBox;
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

private:
    void storeLevels();
    void resetLevels();

    QComboBox* m_language = nullptr;
    QTableWidget* m_levels = nullptr;
    QMap<QString, QComboBox*> m_levelCombos;
};

} // namespace syncdesk
