#include "AddressBookCsv.h"

#include "common/CsvWriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <csv.h>

namespace syncdesk {

namespace {

const QString kExternalId = QStringLiteral("externalId");

struct Record
{
    int line = 0;
    QList<QByteArray> cells;
};

struct ParseState
{
    QList<Record> records;
    Record current;
    int line = 0;         // the physical line being fed
    int recordStart = -1; // where the record being read began; -1 between records
};

void onField(void* s, size_t len, void* data)
{
    auto* st = static_cast<ParseState*>(data);
    st->current.cells.append(QByteArray(static_cast<const char*>(s), qsizetype(len)));
}

void onRecordEnd(int, void* data)
{
    auto* st = static_cast<ParseState*>(data);
    st->current.line = st->recordStart > 0 ? st->recordStart : st->line;
    st->records.append(std::move(st->current));
    st->current = {};
    st->recordStart = -1;
}

// Every record of `utf8` with the line it starts on. libcsv reports fields and record ends but no
// positions, so the data is fed one physical line at a time: a record starts on the first
// non-blank line after the previous one ended, however many lines its quoted cells span.
bool parseRecords(const QByteArray& utf8, char delimiter, int firstLine, QList<Record>* out, int* errorLine)
{
    csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return false;
    csv_set_delim(&p, static_cast<unsigned char>(delimiter));
    ParseState st;
    st.line = firstLine - 1;
    qsizetype pos = 0;
    bool ok = true;
    while (pos < utf8.size()) {
        qsizetype nl = utf8.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? utf8.size() : nl + 1;
        ++st.line;
        const QByteArray chunk = utf8.mid(pos, end - pos);
        if (st.recordStart < 0 && !chunk.trimmed().isEmpty())
            st.recordStart = st.line;
        if (csv_parse(&p, chunk.constData(), size_t(chunk.size()), onField, onRecordEnd, &st) !=
            size_t(chunk.size())) {
            ok = false;
            break;
        }
        pos = end;
    }
    if (ok && csv_fini(&p, onField, onRecordEnd, &st) != 0)
        ok = false;
    if (!ok)
        *errorLine = st.recordStart > 0 ? st.recordStart : st.line;
    csv_free(&p);
    *out = std::move(st.records);
    return ok;
}

QString normalizedHeader(const QString& h)
{
    QString n;
    for (const QChar c : h)
        if (!c.isSpace() && c != u'_' && c != u'-' && c != u'.')
            n.append(c.toLower());
    return n;
}

// Header spellings people's files use: our own export, Outlook/Google style "First Name", German
// and Japanese spreadsheets.
QString fieldForHeader(const QString& header)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const QString& field, std::initializer_list<const char*> names) {
            for (const char* n : names)
                m.insert(QString::fromUtf8(n), field);
        };
        add(QStringLiteral("firstName"), {"firstname", "givenname", "first", "vorname", "名"});
        add(QStringLiteral("middleName"),
            {"middlename", "middle", "middlenames", "additionalname", "zweitervorname", "ミドルネーム"});
        add(QStringLiteral("lastName"), {"lastname", "surname", "familyname", "last", "nachname", "姓"});
        add(QStringLiteral("company"), {"company", "organization", "organisation", "companyname", "firma",
                                        "unternehmen", "会社", "会社名"});
        add(QStringLiteral("phone"), {"phone", "phonenumber", "telephone", "businessphone", "workphone",
                                      "tel", "telefon", "telefonnummer", "電話", "電話番号"});
        add(QStringLiteral("mobile"), {"mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "handy",
                                       "mobil", "mobiltelefon", "携帯", "携帯電話"});
        add(QStringLiteral("email"),
            {"email", "emailaddress", "mail", "emailadresse", "メール", "メールアドレス"});
        add(kExternalId, {"externalid"});
        return m;
    }();
    return map.value(normalizedHeader(header));
}

// CsvWriter puts an apostrophe before a cell a spreadsheet would run as a formula; reading our own
// export must give the value back as it was.
QString withoutFormulaGuard(const QString& v)
{
    if (v.startsWith(u'\'') && CsvWriter::isFormulaLike(QStringView(v).mid(1)))
        return v.mid(1);
    return v;
}

void setField(AcdEntry& e, const QString& field, const QString& v)
{
    if (field == QLatin1String("firstName"))
        e.firstName = v;
    else if (field == QLatin1String("middleName"))
        e.middleName = v;
    else if (field == QLatin1String("lastName"))
        e.lastName = v;
    else if (field == QLatin1String("company"))
        e.company = v;
    else if (field == QLatin1String("phone"))
        e.phone = v;
    else if (field == QLatin1String("mobile"))
        e.mobile = v;
    else if (field == QLatin1String("email"))
        e.email = v;
    else if (field == kExternalId)
        e.externalId = v;
}

struct Candidate
{
    char separator = ',';
    bool parsed = false;
    int errorLine = 0;
    QList<Record> records;
    int recognized = 0;
};

} // namespace

QList<AcdEntry> CsvImportPreview::validEntries() const
{
    QList<AcdEntry> out;
    for (const auto& r : rows)
        if (r.ok())
            out.append(r.entry);
    return out;
}

QList<int> CsvImportPreview::validLines() const
{
    QList<int> out;
    for (const auto& r : rows)
        if (r.ok())
            out.append(r.line);
    return out;
}

int CsvImportPreview::invalidCount() const
{
    int n = 0;
    for (const auto& r : rows)
        n += r.ok() ? 0 : 1;
    return n;
}

const QStringList& AddressBookCsv::fieldNames()
{
    static const QStringList names = {QStringLiteral("firstName"), QStringLiteral("middleName"),
                                      QStringLiteral("lastName"),  QStringLiteral("company"),
                                      QStringLiteral("phone"),     QStringLiteral("mobile"),
                                      QStringLiteral("email")};
    return names;
}

QString AddressBookCsv::fieldLabel(const QString& field)
{
    if (field == QLatin1String("firstName"))
        return tr("First name");
    if (field == QLatin1String("middleName"))
        return tr("Middle name");
    if (field == QLatin1String("lastName"))
        return tr("Last name");
    if (field == QLatin1String("company"))
        return tr("Company");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("mobile"))
        return tr("Mobile");
    if (field == QLatin1String("email"))
        return tr("E-mail");
    if (field == kExternalId)
        return tr("External ID");
    return field;
}

bool AddressBookCsv::isValidEmail(const QString& email)
{
    // Practical syntax, not RFC 5322's: one @, no spaces or list separators, a dotted domain whose
    // last label has two characters or more. Internationalised domains (müller.de) are fine.
    static const QRegularExpression re(
        QStringLiteral(
            R"(^[^\s@"<>,;:()\[\]\\]+@[^\s@"<>,;:()\[\]\\.]+(\.[^\s@"<>,;:()\[\]\\.]+)*\.[^\s@"<>,;:()\[\]\\.]{2,}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(email).hasMatch())
        return false;
    const QString local = email.section(u'@', 0, 0);
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(QLatin1String(".."));
}

QList<EntryIssue> AddressBookCsv::validate(const AcdEntry& e, bool dynamic)
{
    QList<EntryIssue> out;
    if (dynamic && e.externalId.trimmed().isEmpty())
        out.append({kExternalId, tr("External ID is required for a Dynamic address book: the ACD matches "
                                    "its entries by it.")});
    if (e.firstName.trimmed().isEmpty())
        out.append({QStringLiteral("firstName"), tr("First name is required.")});
    if (e.lastName.trimmed().isEmpty())
        out.append({QStringLiteral("lastName"), tr("Last name is required.")});
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("phone"), e.phone}, std::pair{QStringLiteral("mobile"), e.mobile}}) {
        if (value.size() > kPhoneLimit)
            out.append({field, tr("%1 has %2 characters; the ACD accepts at most %3. Leave out spaces or "
                                  "extra text.")
                                   .arg(fieldLabel(field))
                                   .arg(value.size())
                                   .arg(kPhoneLimit)});
    }
    if (!e.email.isEmpty() && !isValidEmail(e.email))
        out.append(
            {QStringLiteral("email"),
             tr("E-mail \"%1\" is not a valid address (expected the form name@example.com).").arg(e.email)});
    return out;
}

QByteArray AddressBookCsv::exportCsv(const QList<AcdEntry>& entries, bool withExternalId)
{
    QByteArray out;
    CsvWriter w(&out);
    w.byteOrderMark();
    QStringList header = fieldNames();
    if (withExternalId)
        header.append(kExternalId);
    w.row(header);
    for (const AcdEntry& e : entries) {
        QStringList cells{e.firstName, e.middleName, e.lastName, e.company, e.phone, e.mobile, e.email};
        if (withExternalId)
            cells.append(e.externalId);
        w.row(cells);
    }
    return out;
}

CsvImportPreview AddressBookCsv::parse(const QByteArray& data, bool dynamic)
{
    CsvImportPreview preview;
    QByteArray utf8 = data;
    preview.encoding = QStringLiteral("UTF-8");

    // Everything is turned into UTF-8 first; separators and quotes are ASCII in all of these.
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        utf8.remove(0, 3);
    } else if (utf8.startsWith("\xFF\xFE") || utf8.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text".
        QStringDecoder dec(utf8.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE);
        utf8 = QString(dec(utf8.mid(2))).toUtf8();
        preview.encoding = QStringLiteral("UTF-16");
    } else {
        QStringDecoder dec(QStringConverter::Utf8);
        const QString text = dec(utf8);
        if (dec.hasError()) {
            // Excel's plain "CSV" on Windows writes the ANSI code page; in Germany Windows-1252.
            QStringDecoder ansi("windows-1252");
            preview.encoding = ansi.isValid() ? QStringLiteral("Windows-1252") : QStringLiteral("ISO-8859-1");
            const QString decoded = ansi.isValid() ? QString(ansi(utf8)) : QString::fromLatin1(utf8);
            utf8 = decoded.toUtf8();
            preview.notes.append(tr("The file is not UTF-8; it was read as %1. Check accented letters in the "
                                    "preview, or save the file as \"CSV UTF-8\".")
                                     .arg(preview.encoding));
        }
    }

    int firstLine = 1;
    char forced = 0;
    // Excel honours a first line "sep=;" and so do we.
    {
        const qsizetype nl = utf8.indexOf('\n');
        const QByteArray first = (nl < 0 ? utf8 : utf8.left(nl)).trimmed();
        if (first.size() == 5 && first.startsWith("sep=")) {
            forced = first.at(4);
            utf8 = nl < 0 ? QByteArray() : utf8.mid(nl + 1);
            firstLine = 2;
        }
    }

    // The separator is whichever makes more of the header's names known columns; a file with one
    // column cannot tell, and then ',' (RFC 4180) is assumed.
    QList<Candidate> candidates;
    for (char sep : {',', ';'}) {
        if (forced && sep != forced)
            continue;
        Candidate c;
        c.separator = sep;
        c.parsed = parseRecords(utf8, sep, firstLine, &c.records, &c.errorLine);
        if (!c.records.isEmpty()) {
            for (const QByteArray& h : c.records.first().cells)
                c.recognized += fieldForHeader(QString::fromUtf8(h).trimmed()).isEmpty() ? 0 : 1;
        }
        candidates.append(std::move(c));
    }
    if (candidates.isEmpty()) {
        preview.error = Error::make(Service::File, ErrorCode::InvalidInput,
                                    tr("The first line \"sep=%1\" names a separator Syncdesk does not read; "
                                       "use a comma or a semicolon.")
                                        .arg(QLatin1Char(forced)));
        return preview;
    }
    const Candidate* best = &candidates.first();
    for (const Candidate& c : candidates)
        if (c.recognized > best->recognized)
            best = &c;
    preview.separator = best->separator;
    if (!best->parsed) {
        preview.error =
            Error::make(Service::File, ErrorCode::InvalidInput,
                        tr("The file is not valid CSV near line %1 (a quote that is not closed, or "
                           "a quote inside an unquoted cell). Fix that line and try again.")
                            .arg(best->errorLine));
        return preview;
    }
    if (best->records.isEmpty()) {
        preview.error = Error::make(Service::File, ErrorCode::InvalidInput,
                                    tr("The file is empty. It needs a header line such as "
                                       "firstName,lastName,phone and one line per entry."));
        return preview;
    }

    // Header: which column is which field.
    const Record& head = best->records.first();
    QList<QString> columnField;
    QStringList ignored;
    for (const QByteArray& raw : head.cells) {
        const QString name = QString::fromUtf8(raw).trimmed();
        QString field = fieldForHeader(name);
        if (!field.isEmpty() && columnField.contains(field)) {
            preview.notes.append(tr("Column \"%1\" repeats %2 and is ignored.").arg(name, fieldLabel(field)));
            field.clear();
        } else if (field.isEmpty() && !name.isEmpty()) {
            ignored.append(name);
        }
        columnField.append(field);
    }
    if (!columnField.contains(QStringLiteral("firstName")) ||
        !columnField.contains(QStringLiteral("lastName"))) {
        QStringList found;
        for (const QByteArray& raw : head.cells)
            found.append(QString::fromUtf8(raw).trimmed());
        preview.error = Error::make(
            Service::File, ErrorCode::InvalidInput,
            tr("Line %1 must name the columns, at least firstName and lastName (found: %2). The columns are "
               "firstName, middleName, lastName, company, phone, mobile, email.")
                .arg(head.line)
                .arg(found.join(QStringLiteral(", "))));
        return preview;
    }
    if (dynamic && !columnField.contains(kExternalId)) {
        preview.error =
            Error::make(Service::File, ErrorCode::InvalidInput,
                        tr("A Dynamic address book needs an externalId column: the ACD matches its "
                           "entries by it. Add the column, or import into a Standard book."));
        return preview;
    }
    if (!ignored.isEmpty())
        preview.notes.append(tr("Columns not imported: %1").arg(ignored.join(QStringLiteral(", "))));

    QHash<QString, int> externalIdLine;
    for (qsizetype i = 1; i < best->records.size(); ++i) {
        const Record& rec = best->records.at(i);
        bool blank = true;
        for (const QByteArray& c : rec.cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        CsvImportRow row;
        row.line = rec.line;
        for (qsizetype c = 0; c < rec.cells.size() && c < columnField.size(); ++c) {
            if (!columnField.at(c).isEmpty())
                setField(row.entry, columnField.at(c),
                         withoutFormulaGuard(QString::fromUtf8(rec.cells.at(c)).trimmed()));
        }
        bool extra = false;
        for (qsizetype c = columnField.size(); c < rec.cells.size(); ++c)
            extra = extra || !rec.cells.at(c).trimmed().isEmpty();
        if (extra)
            row.issues.append(
                {QString(), tr("The line has %1 cells but the header names %2 columns; check the "
                               "separator and the quotes.")
                                .arg(rec.cells.size())
                                .arg(columnField.size())});
        row.issues.append(validate(row.entry, dynamic));
        if (dynamic && !row.entry.externalId.isEmpty()) {
            const int seen = externalIdLine.value(row.entry.externalId, 0);
            if (seen > 0)
                row.issues.append({kExternalId, tr("External ID %1 is also on line %2; each entry may appear "
                                                   "once.")
                                                    .arg(row.entry.externalId)
                                                    .arg(seen)});
            else
                externalIdLine.insert(row.entry.externalId, row.line);
        }
        preview.rows.append(row);
    }
    return preview;
}

} // namespace syncdesk
