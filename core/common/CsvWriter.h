#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace syncdesk {

// The project's one CSV writer (RFC 4180, UTF-8, CRLF), for the monitor's exports and
// `syncdeskctl … --format csv`. Cells come from outside (Zoom payloads, user names an admin typed),
// so a cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
// leading apostrophe. Phone numbers ("+1 555 0100") and negative numbers are data and stay as
// they are.
class CsvWriter
{
public:
    explicit CsvWriter(QByteArray* out) : m_out(out) {}

    // Spreadsheet programs read UTF-8 only with a byte order mark (Excel shows Japanese names as
    // mojibake without it); for files meant for them.
    void byteOrderMark() { m_out->append("\xEF\xBB\xBF"); }
    CsvWriter& cell(QStringView value);
    CsvWriter& row(const QStringList& cells);
    void endRow();

    static void appendCell(QByteArray* out, QStringView value);
    static bool isFormulaLike(QStringView value);

private:
    QByteArray* m_out;
    bool m_rowStarted = false;
};

} // namespace syncdesk
