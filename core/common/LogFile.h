#pragma once

#include <QString>
#include <QStringList>

namespace syncdesk {

// The log file for support: every message that passes the QLoggingCategory filters (the rules
// from the settings dialog, QT_LOGGING_RULES) is written, redacted (redact::line), with time,
// level, program and category, to <AppLocalDataLocation>/logs/syncdesk.log. At 1 MiB the file
// is rotated to syncdesk.1.log … syncdesk.4.log: at most 5 files, 5 MiB. Messages still go to
// the previous handler (stderr, as before: the CLI's stdout stays its output only), redacted too.
//
// Never throws and never stops the program: when the folder cannot be created or a write fails
// (disk full, permissions), writing to the file stops and stderr says so once.
// Thread-safe; each line is written through at once (a crash loses nothing already logged).
// syncdesk and syncdeskctl share the file; the program name on each line tells them apart.

// Installs the handler (once per process) and points it at `dir` (empty: the default folder).
// Call after QCoreApplication::setApplicationName(). Calling again moves to another folder.
void installLogFile(const QString& dir = {});
// The folder written to, or the default folder when installLogFile() was not called.
QString logDirectory();
// The file being written (logDirectory() + "/syncdesk.log").
QString currentLogFile();
// The last `n` lines, oldest first, read across the rotated files.
QStringList lastLogLines(int n);

// Test seam: the size at which the file is rotated and how many files are kept (current included).
void setLogFileLimits(qint64 maxBytes, int maxFiles);
// Whether lines are still written to the file (false after an unwritable folder or a full disk).
bool logFileWritable();

} // namespace syncdesk
