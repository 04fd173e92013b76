#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace syncdesk::cli {

// Line-oriented output to a file or stdout; each line is flushed so a consumer (a pipe, `tail
// -f`) sees it at once. A failed write (full disk, closed pipe) is remembered, not ignored, and
// never leaves half a line in a file: what a failed write put there is cut off again.
class LineWriter
{
    Q_DECLARE_TR_FUNCTIONS(LineWriter)
public:
    LineWriter(); // stdout
    ~LineWriter();
    bool open(const QString& path, QString* error); // "-" or empty: stdout
    bool writeLine(const QByteArray& line);
    bool failed() const { return m_failed; }
    // Why the last write failed: DiskFull when the device said it is full (ENOSPC), with a
    // message that says so and what to do; FileWrite otherwise.
    Error error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    qint64 lines() const { return m_lines; }

private:
    QFile m_file;
    bool m_failed = false;
    Error m_error;
    qint64 m_lines = 0;
};

// Columns on a terminal: East Asian wide characters (kanji, kana, hangul, full-width forms) take
// two cells, so a table padded by QString::size() is ragged in Japanese. No Qt or C++ library gives
// a portable wcwidth(); the ranges below are the wide blocks of Unicode's EastAsianWidth W/F.
qsizetype terminalWidth(QStringView text);
// `text` followed by spaces up to `width` terminal cells.
QString padToWidth(const QString& text, qsizetype width);

// Windows: have the console show the UTF-8 this program writes (German, Japanese) instead of
// reading it in the OEM code page; restores the console's code page at exit. Elsewhere a no-op.
void useUtf8Console();

// Human-readable text to stderr (UTF-8).
void printErr(const QString& text);
void printOut(const QString& text);

} // namespace syncdesk::cli
