#include "Output.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace syncdesk::cli {

void useUtf8Console()
{
#ifdef Q_OS_WIN
    // The code page belongs to the console window, not to this process: put the old one back so
    // the shell and the next program see what they had.
    static const UINT previous = ::GetConsoleOutputCP();
    if (previous != 0 && previous != CP_UTF8 && ::SetConsoleOutputCP(CP_UTF8))
        std::atexit([] { ::SetConsoleOutputCP(previous); });
#endif
}

LineWriter::LineWriter()
{
    m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

LineWriter::~LineWriter()
{
    m_file.flush();
}

bool LineWriter::open(const QString& path, QString* error)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return true;
    m_file.close();
    m_file.setFileName(path);
    // Unbuffered: every write reaches the system at once, so its errno (ENOSPC) is the one read.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

bool LineWriter::writeLine(const QByteArray& line)
{
    if (m_failed)
        return false;
    QByteArray buf = line;
    buf.append('\n');
    const qint64 before = m_file.isSequential() ? -1 : m_file.pos();
    errno = 0;
    const qint64 written = m_file.write(buf);
    const int err = errno;
    if (written != buf.size() || !m_file.flush()) {
        m_failed = true;
        // A partial line would glue itself to whatever is appended later; cut it off again.
        if (before >= 0 && written > 0 && m_file.size() > before)
            m_file.resize(before);
        const QString name = m_file.fileName().isEmpty() ? tr("the standard output") : m_file.fileName();
        if (err == ENOSPC || m_file.error() == QFileDevice::ResourceError) {
            m_error =
                Error::make(ErrorCode::DiskFull,
                            tr("The disk is full: %1 could not be written. Free some space (or write to "
                               "another disk) and run the command again.")
                                .arg(name),
                            QString::fromLocal8Bit(std::strerror(ENOSPC)));
        } else {
            const QString why = err ? QString::fromLocal8Bit(std::strerror(err)) : m_file.errorString();
            m_error = Error::make(
                ErrorCode::FileWrite,
                tr("%1 could not be written: %2. Check the file and its folder.").arg(name, why), why);
        }
        return false;
    }
    ++m_lines;
    return true;
}

void printErr(const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printOut(const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qsizetype terminalWidth(QStringView text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padToWidth(const QString& text, qsizetype width)
{
    const qsizetype missing = width - terminalWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

} // namespace syncdesk::cli
