#pragma once

#include "acd/AcdApi.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

// One thing wrong with an entry: the field it concerns ("firstName", "phone"…, as in AcdEntry and
// the ACD's JSON) and a translated sentence that names the field and says what to change.
struct EntryIssue
{
    QString field;
    QString message;
};

// One data row of an imported file: where it starts (1-based line of the file, so people find it
// in their spreadsheet), the entry read from it and what is wrong with it. A row with issues is
// never sent to the ACD.
struct CsvImportRow
{
    int line = 0;
    AcdEntry entry;
    QList<EntryIssue> issues;
    bool ok() const { return issues.isEmpty(); }
};

// The whole file as it would be imported, for review before anything is written.
struct CsvImportPreview
{
    Error error;              // the file as a whole cannot be read (no usable header, broken quoting)
    char separator = ',';     // what the header showed: ',' or ';'
    QString encoding;         // "UTF-8" or the fallback the file was read with
    QStringList notes;        // e.g. columns that are ignored, the file not being UTF-8
    QList<CsvImportRow> rows; // every data row, valid or not, in file order

    QList<AcdEntry> validEntries() const;
    QList<int> validLines() const; // the line of each valid entry, same order
    int invalidCount() const;
};

// Address-book entries in and out of CSV files, and the rules an entry must meet before it is sent
// to the ACD (used by the CLI and by the editor's entry dialog, so both refuse the same things).
//
// Export: UTF-8 with a byte order mark (Excel reads UTF-8 only with one) through CsvWriter, header
// firstName,middleName,lastName,company,phone,mobile,email; a Dynamic book's export adds externalId
// as the last column so the file can be imported again.
// Import: parsed by libcsv (RFC 4180, strict: an unclosed quote is an error rather than a row that
// silently swallows the rest of the file); BOM stripped; ',' or ';' (German Excel) taken from the
// header; headers matched case-insensitively, also "First Name", "E-Mail", "Vorname"…; CsvWriter's
// apostrophe before formula-like cells removed again.
class AddressBookCsv
{
    Q_DECLARE_TR_FUNCTIONS(AddressBookCsv)
public:
    static constexpr int kPhoneLimit = 30; // CXone refuses longer phone and mobile numbers

    // firstName, middleName, lastName, company, phone, mobile, email.
    static const QStringList& fieldNames();
    // The field as the editor labels it ("First name"), translated.
    static QString fieldLabel(const QString& field);

    // Empty when the entry may be sent. `dynamic`: the entry is for a Dynamic book (externalId
    // required then).
    static QList<EntryIssue> validate(const AcdEntry& entry, bool dynamic);
    static bool isValidEmail(const QString& email);

    static QByteArray exportCsv(const QList<AcdEntry>& entries, bool withExternalId = false);
    static CsvImportPreview parse(const QByteArray& data, bool dynamic);
};

} // namespace syncdesk
