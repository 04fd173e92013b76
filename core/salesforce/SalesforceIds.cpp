#include "SalesforceIds.h"

#include <cstring>

namespace syncdesk {

namespace {

// Reference §B5: each 5-bit chunk number indexes this alphabet.
constexpr char ChecksumAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isAsciiLetter(QChar c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}
bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// A character as people can read it in a message: a space or control character is invisible
// between quotes, so it is named by its code point instead.
QString visible(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("\"%1\"").arg(c);
    return QStringLiteral("U+%1").arg(
        QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

const QString kOrgPrefix = QStringLiteral("00D");

} // namespace

QString SalesforceIds::checksum(QStringView id15)
{
    QString out;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int n = 0;
        for (int bit = 0; bit < 5; ++bit) {
            const int i = chunk * 5 + bit;
            if (i < id15.size() && isAsciiUpper(id15[i]))
                n |= 1 << bit;
        }
        out.append(QLatin1Char(ChecksumAlphabet[n]));
    }
    return out;
}

OrgIdCheck SalesforceIds::checkOrgId(const QString& typed)
{
    OrgIdCheck r;
    const QString id = typed.trimmed();
    if (id.isEmpty()) {
        r.problem = OrgIdCheck::Problem::Empty;
        return r;
    }
    for (int i = 0; i < id.size(); ++i) {
        if (!isAsciiAlnum(id[i])) {
            r.problem = OrgIdCheck::Problem::BadCharacter;
            r.position = i + 1;
            r.character = id[i];
            return r;
        }
    }
    // A 15-character ID is case-sensitive: "00d…" is another record. Any other length is compared
    // without case here so a wrong length is reported as such rather than as a wrong prefix.
    const Qt::CaseSensitivity prefixCase = id.size() == 15 ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (id.size() >= 3 && !id.startsWith(kOrgPrefix, prefixCase)) {
        r.problem = OrgIdCheck::Problem::NotOrganization;
        r.prefix = id.left(3);
        return r;
    }
    if (id.size() != 15 && id.size() != 18) {
        r.problem = OrgIdCheck::Problem::WrongLength;
        r.length = int(id.size());
        return r;
    }
    if (id.size() == 15) {
        r.id18 = id + checksum(id);
        return r;
    }

    // 18 characters are case-insensitive (§B5): the checksum records which of the first 15 are
    // capitals, so an ID that went through an upper- or lower-casing tool is restored from it. It
    // is wrong when it asks for a capital where a digit stands, or restores a prefix other than 00D.
    const QString suffix = id.right(3).toUpper();
    QString restored = id.left(15);
    bool consistent = true;
    for (int chunk = 0; chunk < 3 && consistent; ++chunk) {
        const char* hit =
            suffix[chunk].unicode() < 128 ? std::strchr(ChecksumAlphabet, suffix[chunk].toLatin1()) : nullptr;
        if (!hit || !*hit) {
            consistent = false;
            break;
        }
        const int n = int(hit - ChecksumAlphabet);
        for (int bit = 0; bit < 5; ++bit) {
            QChar& c = restored[chunk * 5 + bit];
            if (n & (1 << bit)) {
                if (!isAsciiLetter(c)) {
                    consistent = false;
                    break;
                }
                c = c.toUpper();
            } else {
                c = c.toLower();
            }
        }
    }
    if (consistent && restored.startsWith(kOrgPrefix)) {
        r.id18 = restored + suffix;
        return r;
    }
    r.problem = OrgIdCheck::Problem::WrongChecksum;
    r.typedChecksum = id.right(3);
    r.expectedChecksum = checksum(id.left(15));
    return r;
}

Result<QString> SalesforceIds::orgId18(const QString& id)
{
    const OrgIdCheck c = checkOrgId(id);
    if (!c.ok())
        return c.error();
    return c.id18;
}

Error OrgIdCheck::error() const
{
    const QString where =
        SalesforceIds::tr("Copy the Salesforce Org ID again from Setup > Company Information.");
    QString message;
    QString detail;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        message = SalesforceIds::tr("Enter the org ID: 15 or 18 letters and digits starting with 00D. %1")
                      .arg(where);
        detail = QStringLiteral("org_id_empty");
        break;
    case Problem::BadCharacter:
        message =
            SalesforceIds::tr("The org ID has a character that is not allowed at position %1 (%2): an org ID "
                              "has only the letters A-Z and a-z and the digits 0-9. Remove it, or %3")
                .arg(position)
                .arg(visible(character.isEmpty() ? QChar() : character.front()),
                     SalesforceIds::tr("copy the Salesforce Org ID again from Setup > Company Information."));
        detail = QStringLiteral("org_id_bad_character");
        break;
    case Problem::NotOrganization:
        if (prefix == QLatin1String("005"))
            message =
                SalesforceIds::tr("This is a user ID (it starts with 005), not an org ID (which starts with "
                                  "00D). %1")
                    .arg(where);
        else if (prefix.compare(kOrgPrefix, Qt::CaseInsensitive) == 0)
            message =
                SalesforceIds::tr("The org ID must start with 00D, with a capital D: a 15-character ID is "
                                  "case-sensitive, so %1 starts another kind of record. %2")
                    .arg(prefix, where);
        else
            message = SalesforceIds::tr("The org ID must start with 00D, but this one starts with %1, so it "
                                        "identifies another kind of record. %2")
                          .arg(prefix, where);
        detail = QStringLiteral("org_id_not_00D");
        break;
    case Problem::WrongLength:
        message =
            SalesforceIds::tr("The org ID must have 15 or 18 characters, not %1. %2").arg(length).arg(where);
        detail = QStringLiteral("org_id_wrong_length");
        break;
    case Problem::WrongChecksum:
        message =
            SalesforceIds::tr(
                "The checksum of the 18-character org ID is wrong: expected %1 from the first 15 "
                "characters, but it ends in %2. A character was mistyped; %3")
                .arg(expectedChecksum, typedChecksum,
                     SalesforceIds::tr("copy the Salesforce Org ID again from Setup > Company Information."));
        detail = QStringLiteral("org_id_wrong_checksum");
        break;
    }
    return Error::make(Service::Salesforce, ErrorCode::InvalidInput, message, detail);
}

QString DeveloperNames::derive(const QString& label)
{
    // Umlauts first: decomposition would turn "ä" into "a" + a mark, but Germans spell it "ae".
    QString spelled;
    for (QChar c : label) {
        switch (c.unicode()) {
        case 0x00E4:
            spelled += QLatin1String("ae");
            break;
        case 0x00F6:
            spelled += QLatin1String("oe");
            break;
        case 0x00FC:
            spelled += QLatin1String("ue");
            break;
        case 0x00C4:
            spelled += QLatin1String("Ae");
            break;
        case 0x00D6:
            spelled += QLatin1String("Oe");
            break;
        case 0x00DC:
            spelled += QLatin1String("Ue");
            break;
        case 0x00DF:
            spelled += QLatin1String("ss");
            break;
        case 0x1E9E:
            spelled += QLatin1String("SS");
            break;
        default:
            spelled += c;
        }
    }
    // Compatibility decomposition: full-width "Ａ１" becomes "A1", "é" becomes "e" + a mark.
    const QString decomposed = spelled.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingSeparator = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        if (isAsciiAlnum(c)) {
            if (pendingSeparator && !out.isEmpty())
                out += QLatin1Char('_');
            pendingSeparator = false;
            out += c;
        } else {
            pendingSeparator = true; // spaces, punctuation, other scripts: one underscore per run
        }
    }
    if (!out.isEmpty() && isAsciiDigit(out.front()))
        out.prepend(QLatin1Char('X'));
    if (out.size() > MaxLength) {
        out.truncate(MaxLength);
        while (out.endsWith(QLatin1Char('_')))
            out.chop(1);
    }
    return out;
}

QList<DeveloperNameProblem> DeveloperNames::validate(const QString& name, const QStringList& others)
{
    QList<DeveloperNameProblem> problems;
    auto add = [&](DeveloperNameProblem::Kind kind, QString message, int position = 0,
                   QString character = {}) {
        DeveloperNameProblem p;
        p.kind = kind;
        p.message = std::move(message);
        p.position = position;
        p.character = std::move(character);
        problems.append(std::move(p));
    };
    if (name.isEmpty()) {
        add(DeveloperNameProblem::Kind::Empty,
            tr("The developer name is empty (a label without Latin letters or digits gives none). Enter one "
               "with "
               "letters, digits and underscores that starts with a letter, for example On_Break."));
        return problems;
    }
    if (!isAsciiLetter(name.front()))
        add(DeveloperNameProblem::Kind::StartsWithoutLetter,
            tr("The developer name must start with a letter, not %1. Put a letter in front, for example X.")
                .arg(visible(name.front())),
            1, name.front());
    for (int i = 0; i < name.size(); ++i) {
        if (!isAsciiAlnum(name[i]) && name[i] != QLatin1Char('_')) {
            add(DeveloperNameProblem::Kind::InvalidCharacter,
                tr("The developer name has a character that is not allowed at position %1 (%2): only the "
                   "letters "
                   "A-Z and a-z, the digits 0-9 and underscores are. Replace it, for example with an "
                   "underscore.")
                    .arg(i + 1)
                    .arg(visible(name[i])),
                i + 1, name[i]);
            break; // one message per rule; the next character is reported once this one is fixed
        }
    }
    if (const qsizetype at = name.indexOf(QLatin1String("__")); at >= 0)
        add(DeveloperNameProblem::Kind::DoubleUnderscore,
            tr("The developer name has two underscores in a row at position %1; Salesforce keeps __ for its "
               "own "
               "suffixes such as __c. Use a single underscore.")
                .arg(at + 1),
            int(at + 1));
    if (name.endsWith(QLatin1Char('_')))
        add(DeveloperNameProblem::Kind::TrailingUnderscore,
            tr("The developer name must not end with an underscore. Remove the last one."), int(name.size()));
    if (name.size() > MaxLength)
        add(DeveloperNameProblem::Kind::TooLong,
            tr("The developer name must have at most %1 characters, not %2. Shorten it.")
                .arg(MaxLength)
                .arg(name.size()));
    // Compared without case: Salesforce's API names are, and the exported zip holds one file per
    // name, which collide on Windows and macOS file systems.
    for (const QString& other : others) {
        if (other.compare(name, Qt::CaseInsensitive) == 0) {
            add(DeveloperNameProblem::Kind::Duplicate,
                tr("Another status already has the developer name %1 (names that differ only in capitals "
                   "count as "
                   "the same). Give each status its own developer name.")
                    .arg(other));
            break;
        }
    }
    return problems;
}

QList<QList<DeveloperNameProblem>> DeveloperNames::validateAll(const QStringList& names)
{
    QList<QList<DeveloperNameProblem>> result;
    result.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        QStringList others = names;
        others.removeAt(i);
        result.append(validate(names[i], others));
    }
    return result;
}

} // namespace syncdesk
