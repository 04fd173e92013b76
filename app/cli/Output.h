#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace syncdesk::cli {

// Line-oriented output to a file or stdout; each line is flushed so a consumer (a pipe, `tail
// -f`) sees it at once. A failed write (full disk, closed pipe) is remembered, not ignored.
class LineWriter
{
public:
    LineWriter(); // stdout
    ~LineWriter();
    bool open(const QString& path, QString* error); // "-" or empty: stdout
    bool writeLine(const QByteArray& line);
    bool failed() const { return m_failed; }
    QString errorString() const { return m_file.errorString(); }
    qint64 lines() const { return m_lines; }

private:
    QFile m_file;
    bool m_failed = false;
    qint64 m_lines = 0;
};

// Human-readable text to stderr (UTF-8).
void printErr(const QString& text);
void printOut(const QString& text);

} // namespace syncdesk::cli
