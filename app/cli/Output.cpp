#include "Output.h"

#include <cstdio>

namespace syncdesk::cli {

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
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
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
    if (m_file.write(buf) != buf.size() || !m_file.flush()) {
        m_failed = true;
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

} // namespace syncdesk::cli
