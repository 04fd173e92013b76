#include "DiagnosticsDialog.h"

#include "common/LogFile.h"
#include "connect/ProfileSession.h"
#include "diagnostics/DiagnosticsBundle.h"
#include "health/IntegrationHealth.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>

namespace syncdesk {

QString DiagnosticsDialog::defaultFileName(const QDateTime& now)
{
    return QStringLiteral("syncdesk-diagnostics-%1.zip").arg(now.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void DiagnosticsDialog::save(QWidget* parent, const ProfileSession* session, const IntegrationHealth* health)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists()) // else the dialog falls back to the working folder
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save Diagnostics"), QDir(dir).filePath(defaultFileName()), tr("Zip files (*.zip)"));
    if (path.isEmpty())
        return;
    saveTo(parent, path, session, health);
}

void DiagnosticsDialog::saveTo(QWidget* parent, const QString& path, const ProfileSession* session,
                               const IntegrationHealth* health)
{
    auto* progress = new QProgressDialog(tr("Checking the connections…"), tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("diagnosticsProgress"));
    progress->setWindowTitle(tr("Save Diagnostics"));
    progress->setAccessibleName(tr("Diagnostics progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);

    auto* bundle = new DiagnosticsBundle(progress);
    bundle->setSession(session);
    if (health) {
        QJsonArray rows;
        for (const HealthItem& item : health->items()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), item.id);
            o.insert(QStringLiteral("title"), item.title);
            o.insert(QStringLiteral("state"), item.stateText);
            o.insert(QStringLiteral("detail"), item.detail);
            if (item.checkedAt.isValid())
                o.insert(QStringLiteral("checked_at"), item.checkedAt.toUTC().toString(Qt::ISODate));
            rows.append(o);
        }
        bundle->setHealth(rows);
    }
    QObject::connect(bundle, &DiagnosticsBundle::progress, progress, &QProgressDialog::setLabelText);
    QObject::connect(progress, &QProgressDialog::canceled, bundle, &DiagnosticsBundle::cancel);
    QObject::connect(
        bundle, &DiagnosticsBundle::finished, progress, [progress, parent, path](const Error& e) {
            progress->close();
            if (e.code == ErrorCode::Cancelled)
                return;
            // Opened, not exec()'d: no nested event loop while the window goes on working.
            auto* box = new QMessageBox(parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowTitle(tr("Save Diagnostics"));
            if (!e.ok()) {
                box->setObjectName(QStringLiteral("diagnosticsFailedMessage"));
                box->setIcon(QMessageBox::Warning);
                box->setText(e.message);
            } else {
                box->setObjectName(QStringLiteral("diagnosticsSavedMessage"));
                box->setIcon(QMessageBox::Information);
                box->setText(tr("The diagnostics were saved to %1.").arg(QDir::toNativeSeparators(path)));
                box->setInformativeText(
                    tr("It holds versions, platform, the profile's settings, the last log lines "
                       "and the connection checks. No password, secret or token is inside: you "
                       "can send it to support."));
            }
            box->open();
        });
    progress->show();
    bundle->start(path);
}

void DiagnosticsDialog::openLogFolder(QWidget* parent)
{
    const QString dir = logDirectory();
    if (QDir().mkpath(dir) && QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        return;
    // No file manager (or no folder): at least say where the files are.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Log Folder"),
                                tr("The log files are in %1.").arg(QDir::toNativeSeparators(dir)),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace syncdesk
