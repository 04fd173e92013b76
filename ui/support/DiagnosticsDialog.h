#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace syncdesk {

class IntegrationHealth;
class ProfileSession;

// Help → Save diagnostics… and Help → Open log folder.
class DiagnosticsDialog
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsDialog)
public:
    // Asks where to save (syncdesk-diagnostics-YYYYMMDD-HHMM.zip), shows progress while the
    // connectivity checks run (cancellable), then says where the zip is and that no secret is in it.
    static void save(QWidget* parent, const ProfileSession* session, const IntegrationHealth* health);
    // Builds the bundle to `path` without asking (the dialog's second half; tests call it).
    static void saveTo(QWidget* parent, const QString& path, const ProfileSession* session,
                       const IntegrationHealth* health);
    static QString defaultFileName(const QDateTime& now = QDateTime::currentDateTime());
    // Opens the log folder in the file manager, creating it when missing.
    static void openLogFolder(QWidget* parent);
};

} // namespace syncdesk
