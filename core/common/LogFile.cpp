#include "LogFile.h"

#include "Redact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <cstdio>

namespace syncdesk {

namespace {

// 1 MiB per file, 5 files (syncdesk.log and syncdesk.1.log … syncdesk.4.log): 5 MiB at most,
// days of normal use at the default levels, and small enough to attach to a support case.
constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
constexpr int kDefaultMaxFiles = 5;

struct State
{
    QMutex mutex;
    QString dir;
    QFile file;
    qint64 maxBytes = kDefaultMaxBytes;
    int maxFiles = kDefaultMaxFiles;
    bool installed = false;
    bool broken = false; // a write or open failed: the file is left alone from now on
    QtMessageHandler previous = nullptr;
    QByteArray program;
};

// Never destroyed: messages may arrive during static destruction, after main() returned.
State& state()
{
    static State* s = new State;
    return *s;
}

// A message logged while this thread is inside the handler (Qt warning about the file, say)
// goes only to the previous handler, so the mutex is never taken twice.
thread_local bool t_inHandler = false;

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString rotatedPath(const QString& dir, int index)
{
    return index == 0 ? dir + QStringLiteral("/syncdesk.log")
                      : dir + QStringLiteral("/syncdesk.%1.log").arg(index);
}

// Said once, straight to stderr (not through Qt: that would come back here).
void giveUp(State& s, const QString& why)
{
    if (s.broken)
        return;
    s.broken = true;
    s.file.close();
    const QByteArray text = QStringLiteral("syncdesk: the log file in %1 cannot be written (%2); "
                                           "messages go to the console only from now on.\n")
                                .arg(QDir::toNativeSeparators(s.dir), why)
                                .toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

bool openFile(State& s)
{
    if (s.file.isOpen())
        return true;
    if (!QDir().mkpath(s.dir)) {
        giveUp(s, QStringLiteral("the folder cannot be created"));
        return false;
    }
    s.file.setFileName(rotatedPath(s.dir, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        giveUp(s, s.file.errorString());
        return false;
    }
    return true;
}

void rotate(State& s)
{
    const qint64 ours = s.file.size();
    s.file.close();
    // Another process (syncdesk next to syncdeskctl) may have rotated already: then the file at
    // the path is a new, smaller one than ours and is simply appended to.
    if (QFileInfo(rotatedPath(s.dir, 0)).size() < ours)
        return;
    QFile::remove(rotatedPath(s.dir, s.maxFiles - 1));
    for (int i = s.maxFiles - 2; i >= 0; --i)
        QFile::rename(rotatedPath(s.dir, i), rotatedPath(s.dir, i + 1));
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO ";
    case QtWarningMsg:
        return "WARN ";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?    ";
}

void writeLine(State& s, QtMsgType type, const char* category, const QString& message)
{
    if (s.broken || s.dir.isEmpty() || !openFile(s))
        return;
    QString text = message;
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    ")); // continuation lines stay readable
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            levelName(type) + ' ' + s.program + ' ' + (category ? category : "default") +
                            ": " + text.toUtf8() + '\n';
    if (s.file.size() > 0 && s.file.size() + line.size() > s.maxBytes) {
        rotate(s);
        if (!openFile(s))
            return;
    }
    if (s.file.write(line) != line.size())
        giveUp(s, s.file.errorString());
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    const QString redacted = redact::line(message);
    if (!t_inHandler) {
        t_inHandler = true;
        {
            QMutexLocker lock(&s.mutex);
            writeLine(s, type, context.category, redacted);
        }
        t_inHandler = false;
    }
    if (s.previous)
        s.previous(type, context, redacted);
}

} // namespace

void installLogFile(const QString& dir)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.file.close();
        s.dir = dir.isEmpty() ? defaultDirectory() : QDir::cleanPath(dir);
        s.broken = false;
        s.program = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName().toUtf8();
        if (s.program.isEmpty())
            s.program = "syncdesk";
        s.program += '[' + QByteArray::number(QCoreApplication::applicationPid()) + ']';
        if (s.installed)
            return;
        s.installed = true;
    }
    s.previous = qInstallMessageHandler(handler);
}

QString logDirectory()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.dir.isEmpty() ? defaultDirectory() : s.dir;
}

QString currentLogFile()
{
    return rotatedPath(logDirectory(), 0);
}

QStringList lastLogLines(int n)
{
    QStringList lines;
    if (n <= 0)
        return lines;
    State& s = state();
    QMutexLocker lock(&s.mutex);
    const QString dir = s.dir.isEmpty() ? defaultDirectory() : s.dir;
    for (int i = 0; i < s.maxFiles && lines.size() < n; ++i) {
        QFile f(rotatedPath(dir, i));
        if (!f.open(QIODevice::ReadOnly))
            continue; // not rotated that far yet
        QStringList fileLines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        if (!fileLines.isEmpty() && fileLines.last().isEmpty())
            fileLines.removeLast();
        const int take = std::min<qsizetype>(n - lines.size(), fileLines.size());
        lines = fileLines.mid(fileLines.size() - take) + lines;
    }
    return lines;
}

void setLogFileLimits(qint64 maxBytes, int maxFiles)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.maxBytes = maxBytes > 0 ? maxBytes : kDefaultMaxBytes;
    s.maxFiles = maxFiles > 0 ? maxFiles : kDefaultMaxFiles;
}

bool logFileWritable()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return !s.broken;
}

} // namespace syncdesk
