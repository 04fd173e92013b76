#include "directory/DirectoryMapping.h"

#include <utility>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace syncdesk {

namespace {

const QString kAttributes = QStringLiteral("attributes");
const QString kAppendExtension = QStringLiteral("appendExtension");
const QString kNumberTranslation = QStringLiteral("numberTranslation");
const QString kInclude = QStringLiteral("include");
const QString kExclude = QStringLiteral("exclude");
const QString kOnlyActive = QStringLiteral("onlyActive");

Error invalid(const QString& message, const QString& detail = {})
{
    return Error::make(Service::File, ErrorCode::InvalidInput, message, detail);
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject filterJson(const DirectoryFilter& f)
{
    // departments and domains always, as in the format; the extra lists only when used,
    // so a default mapping exports exactly the documented shape.
    QJsonObject o{{QStringLiteral("departments"), toArray(f.departments)},
                  {QStringLiteral("domains"), toArray(f.domains)}};
    if (!f.userTypes.isEmpty())
        o.insert(QStringLiteral("userTypes"), toArray(f.userTypes));
    if (!f.statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), toArray(f.statuses));
    return o;
}

Error readFilter(const QJsonValue& v, const QString& key, DirectoryFilter* out)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        return invalid(DirectoryMapping::tr("“%1” must be an object with lists of departments, domains, "
                                            "userTypes and statuses.")
                           .arg(key));
    const QJsonObject o = v.toObject();
    static const QStringList known = {QStringLiteral("departments"), QStringLiteral("domains"),
                                      QStringLiteral("userTypes"), QStringLiteral("statuses")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(DirectoryMapping::tr("“%1” has an unknown list “%2”. Known lists: %3.")
                               .arg(key, it.key(), known.join(QStringLiteral(", "))));
        if (!it.value().isArray())
            return invalid(DirectoryMapping::tr("“%1.%2” must be a list of texts.").arg(key, it.key()));
        QStringList values;
        for (const QJsonValue& item : it.value().toArray()) {
            // userTypes may be written as numbers (Zoom's 1, 2) or as text.
            if (item.isDouble())
                values.append(QString::number(item.toInteger()));
            else if (item.isString() && !item.toString().trimmed().isEmpty())
                values.append(item.toString().trimmed());
            else
                return invalid(
                    DirectoryMapping::tr("“%1.%2” must be a list of texts.").arg(key, it.key()));
        }
        if (it.key() == QLatin1String("departments"))
            out->departments = values;
        else if (it.key() == QLatin1String("domains"))
            out->domains = values;
        else if (it.key() == QLatin1String("userTypes"))
            out->userTypes = values;
        else
            out->statuses = values;
    }
    return {};
}

// The highest \N a replacement refers to (0 when none); "\\" is a literal backslash.
int highestGroupReference(const QString& replace)
{
    int highest = 0;
    for (qsizetype i = 0; i + 1 < replace.size(); ++i) {
        if (replace.at(i) != QLatin1Char('\\'))
            continue;
        const QChar next = replace.at(i + 1);
        if (next.isDigit())
            highest = qMax(highest, next.digitValue());
        ++i;
    }
    return highest;
}

} // namespace

bool DirectoryFilter::isEmpty() const
{
    return departments.isEmpty() && domains.isEmpty() && userTypes.isEmpty() && statuses.isEmpty();
}

const QStringList& DirectoryMapping::acdFields()
{
    static const QStringList fields = {QStringLiteral("firstName"), QStringLiteral("middleName"),
                                       QStringLiteral("lastName"),  QStringLiteral("company"),
                                       QStringLiteral("phone"),     QStringLiteral("mobile"),
                                       QStringLiteral("email")};
    return fields;
}

DirectoryMapping DirectoryMapping::defaults()
{
    DirectoryMapping m;
    for (const QString& f : acdFields())
        m.attributes.append({f, QString()});
    m.setZoomField(QStringLiteral("firstName"), QStringLiteral("first_name"));
    m.setZoomField(QStringLiteral("lastName"), QStringLiteral("last_name"));
    m.setZoomField(QStringLiteral("email"), QStringLiteral("email"));
    m.setZoomField(QStringLiteral("company"), QStringLiteral("dept"));
    m.setZoomField(QStringLiteral("phone"), QStringLiteral("phone"));
    return m;
}

QString DirectoryMapping::zoomFieldFor(const QString& acdField) const
{
    for (const auto& [acd, zoom] : attributes)
        if (acd == acdField)
            return zoom;
    return {};
}

void DirectoryMapping::setZoomField(const QString& acdField, const QString& zoomField)
{
    for (auto& pair : attributes) {
        if (pair.first == acdField) {
            pair.second = zoomField;
            return;
        }
    }
    // Keep acdFields() order whatever order fields are set in, so == compares like with like.
    const qsizetype want = acdFields().indexOf(acdField);
    qsizetype at = attributes.size();
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (acdFields().indexOf(attributes.at(i).first) > want) {
            at = i;
            break;
        }
    }
    attributes.insert(at, {acdField, zoomField});
}

QJsonObject DirectoryMapping::toJson() const
{
    QJsonObject attrs;
    for (const QString& f : acdFields()) {
        const QString z = zoomFieldFor(f);
        attrs.insert(f, z.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(z));
    }
    QJsonArray rules;
    for (const NumberRule& r : numberTranslation)
        rules.append(QJsonObject{{QStringLiteral("match"), r.match}, {QStringLiteral("replace"), r.replace}});
    QJsonObject o{{kAttributes, attrs},
                  {kAppendExtension, appendExtension},
                  {kNumberTranslation, rules},
                  {kInclude, filterJson(include)},
                  {kExclude, filterJson(exclude)}};
    if (!onlyActive)
        o.insert(kOnlyActive, false);
    return o;
}

Result<DirectoryMapping> DirectoryMapping::fromJson(const QJsonObject& o)
{
    // Unknown keys are refused, not ignored: a misspelt "exclude" would otherwise sync (or
    // remove) people the admin meant to filter out.
    static const QStringList known = {kAttributes, kAppendExtension, kNumberTranslation,
                                      kInclude,    kExclude,         kOnlyActive};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(tr("The mapping has an unknown key “%1”. Known keys: %2.")
                               .arg(it.key(), known.join(QStringLiteral(", "))));

    // A missing "attributes" object means the default attribute mapping; inside a given object a
    // missing or null field is not mapped.
    DirectoryMapping m = defaults();
    if (o.contains(kAttributes)) {
        const QJsonValue av = o.value(kAttributes);
        if (!av.isObject())
            return invalid(tr("“attributes” must be an object of ACD field → Zoom field."));
        const QJsonObject attrs = av.toObject();
        for (auto it = attrs.begin(); it != attrs.end(); ++it) {
            if (!acdFields().contains(it.key()))
                return invalid(tr("“attributes” names an unknown ACD field “%1”. ACD fields: %2.")
                                   .arg(it.key(), acdFields().join(QStringLiteral(", "))));
            if (!it.value().isNull() && !it.value().isString())
                return invalid(tr("The Zoom field for “%1” must be a text such as \"first_name\", or null.")
                                   .arg(it.key()));
        }
        for (const QString& f : acdFields()) {
            const QString z = attrs.value(f).toString().trimmed();
            if (z.contains(QLatin1Char(' ')))
                return invalid(tr("The Zoom field for “%1” is “%2”: Zoom field names have no spaces "
                                  "(e.g. first_name, dept, phone).")
                                   .arg(f, z));
            m.setZoomField(f, z);
        }
    }

    const QJsonValue ext = o.value(kAppendExtension);
    if (!ext.isUndefined() && !ext.isNull() && !ext.isBool())
        return invalid(tr("“appendExtension” must be true or false."));
    m.appendExtension = ext.toBool(false);

    const QJsonValue active = o.value(kOnlyActive);
    if (!active.isUndefined() && !active.isNull() && !active.isBool())
        return invalid(tr("“onlyActive” must be true or false."));
    m.onlyActive = active.toBool(true);

    const QJsonValue rules = o.value(kNumberTranslation);
    if (!rules.isUndefined() && !rules.isNull()) {
        if (!rules.isArray())
            return invalid(tr("“numberTranslation” must be a list of {\"match\", \"replace\"} rules."));
        int n = 0;
        for (const QJsonValue& v : rules.toArray()) {
            ++n;
            const QJsonObject r = v.toObject();
            if (!v.isObject() || !r.value(QStringLiteral("match")).isString() ||
                r.value(QStringLiteral("match")).toString().isEmpty())
                return invalid(tr("Number translation rule %1 needs a \"match\" pattern.").arg(n));
            const QJsonValue rep = r.value(QStringLiteral("replace"));
            if (!rep.isUndefined() && !rep.isNull() && !rep.isString())
                return invalid(tr("The \"replace\" of number translation rule %1 must be a text.").arg(n));
            m.numberTranslation.append({r.value(QStringLiteral("match")).toString(), rep.toString()});
        }
        auto compiled = NumberTranslator::compile(m.numberTranslation);
        if (!compiled.ok())
            return compiled.error();
    }

    if (Error e = readFilter(o.value(kInclude), kInclude, &m.include))
        return e;
    if (Error e = readFilter(o.value(kExclude), kExclude, &m.exclude))
        return e;
    return m;
}

Result<DirectoryMapping> DirectoryMapping::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(ErrorCode::FileNotFound,
                           tr("The mapping file %1 does not exist. Check the path.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileRead,
                           tr("The mapping file %1 cannot be read: %2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(tr("The mapping file %1 is not valid JSON (at character %2: %3).")
                           .arg(path)
                           .arg(pe.offset)
                           .arg(pe.errorString()));
    if (!doc.isObject())
        return invalid(tr("The mapping file %1 must hold one JSON object.").arg(path));
    auto m = fromJson(doc.object());
    if (!m.ok()) {
        Error e = m.error();
        e.message = tr("The mapping file %1 is not usable: %2").arg(path, e.message);
        return e;
    }
    return m;
}

Error DirectoryMapping::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::FileWrite,
                           tr("The mapping cannot be saved to %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(f.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::FileWrite,
                           tr("The mapping cannot be saved to %1: %2").arg(path, f.errorString()));
    return {};
}

Result<NumberTranslator> NumberTranslator::compile(const QList<NumberRule>& rules)
{
    NumberTranslator t;
    int n = 0;
    for (const NumberRule& r : rules) {
        ++n;
        QRegularExpression re(r.match);
        if (!re.isValid())
            return invalid(tr("Number translation rule %1 (%2) is not a valid regular expression: %3 at "
                              "position %4.")
                               .arg(n)
                               .arg(r.match, re.errorString())
                               .arg(re.patternErrorOffset()));
        const int refs = highestGroupReference(r.replace);
        if (refs > re.captureCount())
            return invalid(tr("Number translation rule %1 (%2) refers to group \\%3, but the pattern has "
                              "only %4 groups.")
                               .arg(n)
                               .arg(r.match)
                               .arg(refs)
                               .arg(re.captureCount()));
        re.optimize();
        Rule rule{re, {}};
        QString literal;
        for (qsizetype k = 0; k < r.replace.size(); ++k) {
            const QChar c = r.replace.at(k);
            if (c == QLatin1Char('\\') && k + 1 < r.replace.size()) {
                const QChar next = r.replace.at(k + 1);
                if (next >= QLatin1Char('0') && next <= QLatin1Char('9')) { // \0 is the whole match
                    if (!literal.isEmpty())
                        rule.pieces.append(Piece{-1, std::exchange(literal, QString())});
                    rule.pieces.append(Piece{next.digitValue(), QString()});
                    ++k;
                    continue;
                }
                if (next == QLatin1Char('\\')) { // \\ is one backslash, as in QString::replace
                    literal.append(next);
                    ++k;
                    continue;
                }
            }
            literal.append(c);
        }
        if (!literal.isEmpty())
            rule.pieces.append(Piece{-1, literal});
        t.m_rules.append(std::move(rule));
    }
    return t;
}

QString NumberTranslator::translate(const QString& number, int* rule) const
{
    if (rule)
        *rule = -1;
    if (number.isEmpty())
        return number;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const Rule& r = m_rules.at(i);
        QRegularExpressionMatch m = r.re.match(number);
        if (!m.hasMatch())
            continue;
        if (rule)
            *rule = int(i);
        // Only this rule applies: every match of this one pattern is replaced (as QString::replace
        // does, so "-" → "" removes every dash), and the result is not offered to later rules.
        QString out;
        out.reserve(number.size() + 8);
        qsizetype copied = 0;
        while (m.hasMatch()) {
            out.append(QStringView(number).mid(copied, m.capturedStart() - copied));
            for (const Piece& p : r.pieces)
                out.append(p.group < 0 ? QStringView(p.text) : m.capturedView(p.group));
            copied = m.capturedEnd();
            if (copied >= number.size())
                break;
            // An empty match would find itself again: look one character further.
            const qsizetype from = m.capturedLength() == 0 ? copied + 1 : copied;
            if (m.capturedLength() == 0)
                out.append(number.at(copied)), copied = from;
            m = r.re.match(number, from);
        }
        out.append(QStringView(number).mid(copied));
        return out;
    }
    return number;
}

} // namespace syncdesk
