#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

// The outcome of checking an org ID the admin typed: which rule failed (so the account-mapping
// editor can mark the field and a script can branch) and the 18-character form when none did.
struct OrgIdCheck
{
    enum class Problem
    {
        None,
        Empty,
        BadCharacter,    // position (1-based) and character say which
        NotOrganization, // the key prefix is not 00D
        WrongLength,
        WrongChecksum, // expectedChecksum is what the first 15 characters give
    };
    Problem problem = Problem::None;
    QString id18;             // set when problem == None
    int position = 0;         // BadCharacter: 1-based, as people count
    QString character;        // BadCharacter
    QString prefix;           // NotOrganization: the three characters typed
    int length = 0;           // WrongLength
    QString expectedChecksum; // WrongChecksum
    QString typedChecksum;    // WrongChecksum

    bool ok() const { return problem == Problem::None; }
    // Service::Salesforce, InvalidInput, with a translated message naming the rule and what to do.
    Error error() const;
};

// Salesforce record IDs (reference §B5): 15 characters case-sensitive, or 18 characters whose last
// three encode the case of the first 15 so the ID survives case-insensitive tools (Excel, URLs).
class SalesforceIds
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceIds)
public:
    // The three checksum characters of a 15-character ID (any key prefix). Characters past the
    // 15th are ignored; a shorter ID is treated as if padded with digits.
    static QString checksum(QStringView id15);
    // Trims surrounding whitespace (a pasted ID often carries it), then checks every rule.
    static OrgIdCheck checkOrgId(const QString& id);
    // The 18-character form, or the error of checkOrgId().
    static Result<QString> orgId18(const QString& id);
};

// One broken rule of a presence status's DeveloperName (reference §B6), with its translated message.
struct DeveloperNameProblem
{
    enum class Kind
    {
        Empty,
        InvalidCharacter, // position (1-based) and character say which
        StartsWithoutLetter,
        DoubleUnderscore,
        TrailingUnderscore,
        TooLong,
        Duplicate,
    };
    Kind kind = Kind::Empty;
    int position = 0;
    QString character;
    QString message; // translated: what is wrong and how to fix it
};

class DeveloperNames
{
    Q_DECLARE_TR_FUNCTIONS(DeveloperNames)
public:
    static constexpr int MaxLength = 80;

    // What Salesforce's setup form fills in from a label: every run of characters other than
    // letters and digits becomes one underscore, leading and trailing ones are dropped, and a name
    // starting with a digit gets an "X" in front. Beyond that (Salesforce would leave an invalid
    // name for the admin to fix): German umlauts and ß are spelt out (ä → ae), other accents are
    // dropped (é → e), full-width letters and digits become ASCII, other scripts are dropped, and
    // the result is cut to 80 characters. Empty when the label has no Latin letter or digit (a
    // Japanese label): the admin has to type a name, and validate() says so.
    static QString derive(const QString& label);

    // Every rule the name breaks, in the order people read the name; empty when it is valid.
    // `others` are the other names in the same list (or org): a name equal to one of them,
    // ignoring case, is a duplicate.
    static QList<DeveloperNameProblem> validate(const QString& name, const QStringList& others = {});
    // validate() for each name of a list against the rest of it; result[i] belongs to names[i].
    static QList<QList<DeveloperNameProblem>> validateAll(const QStringList& names);
};

} // namespace syncdesk
