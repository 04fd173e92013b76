#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace syncdesk {

// One number-translation rule: a regular expression over the whole number and its replacement
// (\1…\9 name the captured groups), e.g. ^\+49(\d+)$ → 0\1. Rules are tried in order; the first
// that matches wins; a number no rule matches is written as it is.
struct NumberRule
{
    QString match;
    QString replace;
    bool operator==(const NumberRule& o) const { return match == o.match && replace == o.replace; }
};

// Include or exclude users. Every list empty means "no condition". Values compare without case;
// domains are the part of the e-mail address after '@'. userTypes are Zoom's numbers as text
// ("1" Basic, "2" Licensed); statuses are Zoom's ("active", "inactive", "pending").
struct DirectoryFilter
{
    QStringList departments, domains, userTypes, statuses;
    bool isEmpty() const;
    bool operator==(const DirectoryFilter& o) const = default;
};

// The Directory Sync configuration: which Zoom field fills which ACD address-book field, the
// extension suffix, number translation and user filters. The JSON form is the `--mapping FILE`
// of `syncdeskctl directory` and what the profile keeps (DirectorySyncSettings::mapping):
//
//   {"attributes": {"firstName": "first_name", "lastName": "last_name", "email": "email",
//                   "company": "dept", "phone": "phone", "mobile": null},
//    "appendExtension": false,
//    "numberTranslation": [{"match": "^\\+49(\\d+)$", "replace": "0\\1"}],
//    "include": {"departments": [], "domains": []},
//    "exclude": {"departments": [], "domains": []}}
//
// Zoom field names are those of GET /v2/users (first_name, last_name, email, dept, job_title,
// display_name, location, …; any string field of a user object may be named); "phone" means the
// user's first Zoom Phone number (phone_numbers[0].number of /v2/phone/users), "extension" the
// Zoom Phone extension number. null or a missing key: the ACD field is not mapped (written empty).
// Extra keys beyond the format, all optional: include/exclude "userTypes" and "statuses",
// and "onlyActive" (default true: inactive users are skipped; pending users are always skipped,
// they have no user ID yet).
struct DirectoryMapping
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryMapping)
public:
    // The ACD entry fields, in the order the CLI and the GUI show them.
    static const QStringList& acdFields(); // firstName, middleName, lastName, company, phone, mobile, email

    QList<QPair<QString, QString>> attributes; // ACD field → Zoom field ("" = not mapped), acdFields() order
    bool appendExtension = false;              // last name + " (1234)"
    QList<NumberRule> numberTranslation;
    DirectoryFilter include, exclude;
    bool onlyActive = true;

    // firstName ← first_name, lastName ← last_name, email ← email, company ← dept, phone ← phone,
    // middleName and mobile not mapped; no extension, no translation, no filters.
    static DirectoryMapping defaults();

    QString zoomFieldFor(const QString& acdField) const; // "" when not mapped
    void setZoomField(const QString& acdField, const QString& zoomField);

    QJsonObject toJson() const;
    // Checks field names and every regular expression; the error names the rule or key at fault.
    static Result<DirectoryMapping> fromJson(const QJsonObject& o);
    static Result<DirectoryMapping> load(const QString& path);
    Error save(const QString& path) const; // atomically (QSaveFile)

    bool operator==(const DirectoryMapping& o) const = default;
};

// Compiled number-translation rules. Built once per run; translate() is cheap enough for 100,000
// numbers inside the diff budget.
class NumberTranslator
{
    Q_DECLARE_TR_FUNCTIONS(NumberTranslator)
public:
    // An invalid pattern is an error naming the rule (1-based) and Qt's message.
    static Result<NumberTranslator> compile(const QList<NumberRule>& rules);
    // The translated number, or the number unchanged when no rule matches. `rule` (optional)
    // receives the 0-based index of the rule that matched, or -1.
    QString translate(const QString& number, int* rule = nullptr) const;

private:
    // A replacement split once into literal text and group references (group -1: literal), so
    // translating 100,000 numbers matches each once instead of once more in QString::replace
    // (that second pass was a fifth of the 100,000-user diff, bench_directory).
    struct Piece
    {
        int group = -1;
        QString text;
    };
    struct Rule
    {
        QRegularExpression re;
        QList<Piece> pieces;
    };
    QList<Rule> m_rules;
};

} // namespace syncdesk
