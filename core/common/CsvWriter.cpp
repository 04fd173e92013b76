#include "CsvWriter.h"

namespace syncdesk {

bool CsvWriter::isFormulaLike(QStringView v)
{
    if (v.isEmpty())
        return false;
    const QChar c = v.front();
    if (c == u'=' || c == u'@' || c == u'\t' || c == u'\r')
        return true;
    if (c != u'+' && c != u'-')
        return false;
    // "+1 (555) 010-0100" and "-3.5" are numbers; anything else after a sign may be a formula.
    if (v.size() == 1)
        return true;
    for (qsizetype i = 1; i < v.size(); ++i) {
        const QChar x = v.at(i);
        if (!(x.isDigit() || x == u' ' || x == u'(' || x == u')' || x == u'-' || x == u'.'))
            return true;
    }
    return false;
}

void CsvWriter::appendCell(QByteArray* out, QStringView value)
{
    QByteArray utf8;
    if (isFormulaLike(value))
        utf8 = QByteArray("'") + value.toUtf8();
    else
        utf8 = value.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote) {
        out->append(utf8);
        return;
    }
    out->append('"');
    for (char ch : utf8) {
        if (ch == '"')
            out->append('"');
        out->append(ch);
    }
    out->append('"');
}

CsvWriter& CsvWriter::cell(QStringView value)
{
    if (m_rowStarted)
        m_out->append(',');
    m_rowStarted = true;
    appendCell(m_out, value);
    return *this;
}

CsvWriter& CsvWriter::row(const QStringList& cells)
{
    for (const QString& c : cells)
        cell(c);
    endRow();
    return *this;
}

void CsvWriter::endRow()
{
    m_out->append("\r\n");
    m_rowStarted = false;
}

} // namespace syncdesk
