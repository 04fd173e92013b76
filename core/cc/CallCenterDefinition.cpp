#include "CallCenterDefinition.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>

namespace syncdesk {

namespace {

const QString kGeneral = QStringLiteral("reqGeneralInfo");
const QString kDialing = QStringLiteral("reqDialingOptions");

// Open CTI's standard names: the only ones allowed to start with "req" (Salesforce reserves the
// prefix for itself, §B7).
const QSet<QString>& standardNames()
{
    static const QSet<QString> names = {kGeneral,
                                        kDialing,
                                        QStringLiteral("reqInternalName"),
                                        QStringLiteral("reqDisplayName"),
                                        QStringLiteral("reqDescription"),
                                        QStringLiteral("reqAdapterUrl"),
                                        QStringLiteral("reqUseApi"),
                                        QStringLiteral("reqSoftphoneHeight"),
                                        QStringLiteral("reqSoftphoneWidth"),
                                        QStringLiteral("reqSalesforceCompatibilityMode"),
                                        QStringLiteral("reqCanvasNamespace"),
                                        QStringLiteral("reqCanvasApiName"),
                                        QStringLiteral("reqStandbyUrl"),
                                        QStringLiteral("reqTimeout"),
                                        QStringLiteral("reqOutsidePrefix"),
                                        QStringLiteral("reqLongDistPrefix"),
                                        QStringLiteral("reqInternationalPrefix")};
    return names;
}

const QStringList& reservedWords()
{
    static const QStringList words = {QStringLiteral("label"), QStringLiteral("sortOrder"),
                                      QStringLiteral("internalName"), QStringLiteral("displayNameLabel")};
    return words;
}

bool isOpenCtiName(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    return re.match(s).hasMatch();
}

CtiProblem problem(const QString& code, const QString& message, const QString& field, int line)
{
    return CtiProblem{code, message, field, line};
}

void checkSortOrders(const QStringList& orders, const QList<int>& lines, const QList<QString>& names,
                     const QString& scope, int scopeLine, QList<CtiProblem>& out)
{
    QList<int> values;
    bool allNumbers = true;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        bool ok = false;
        const int v = orders[i].trimmed().toInt(&ok);
        if (!ok || v < 0) {
            allNumbers = false;
            out.append(problem(QStringLiteral("sortOrder.invalid"),
                               CallCenterDefinition::tr("The sortOrder of %1 is \"%2\": write a whole number "
                                                        "from 0 up.")
                                   .arg(names[i], orders[i]),
                               names[i], lines[i]));
        } else {
            values.append(v);
        }
    }
    if (!allNumbers)
        return;
    std::sort(values.begin(), values.end());
    for (int i = 0; i < int(values.size()); ++i) {
        if (values[i] != i) {
            out.append(
                problem(QStringLiteral("sortOrder.gap"),
                        CallCenterDefinition::tr("The sortOrder values in %1 must run 0, 1, 2 and so on "
                                                 "without gaps or repeats: renumber them.")
                            .arg(scope),
                        scope, scopeLine));
            return;
        }
    }
}

void checkName(const QString& name, int line, QSet<QString>& seen, QList<CtiProblem>& out)
{
    if (name.isEmpty()) {
        out.append(problem(QStringLiteral("name.missing"),
                           CallCenterDefinition::tr("A section or item has no name: give it one."), name,
                           line));
        return;
    }
    if (name.size() > 40)
        out.append(problem(
            QStringLiteral("name.tooLong"),
            CallCenterDefinition::tr("The name %1 is longer than 40 characters: shorten it.").arg(name), name,
            line));
    if (!isOpenCtiName(name))
        out.append(
            problem(QStringLiteral("name.invalid"),
                    CallCenterDefinition::tr("The name %1 may only contain letters and digits and must "
                                             "start with a letter.")
                        .arg(name),
                    name, line));
    const bool reservedPrefix =
        name.startsWith(QLatin1String("req"), Qt::CaseInsensitive) && !standardNames().contains(name);
    if (reservedPrefix || reservedWords().contains(name, Qt::CaseInsensitive))
        out.append(
            problem(QStringLiteral("name.reserved"),
                    CallCenterDefinition::tr("The name %1 is reserved by Salesforce (names starting with "
                                             "\"req\" other than the standard ones, label, sortOrder, "
                                             "internalName, displayNameLabel): choose another.")
                        .arg(name),
                    name, line));
    if (seen.contains(name))
        out.append(problem(
            QStringLiteral("name.duplicate"),
            CallCenterDefinition::tr("The name %1 is used twice: each name may appear once.").arg(name), name,
            line));
    seen.insert(name);
}

const CallCenterItem* findItem(const CallCenterSection* s, const QString& name)
{
    if (!s)
        return nullptr;
    for (const CallCenterItem& i : s->items) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

} // namespace

CallCenterDefinition CallCenterDefinition::standard()
{
    return CallCenterDefinition();
}

CallCenterDefinition CallCenterDefinition::sso(const QString& vanityHost)
{
    CallCenterDefinition d;
    d.variant = Variant::Sso;
    d.vanityHost = vanityHost;
    d.internalNameLabel = QStringLiteral("ZCCSSO");
    d.internalName = QStringLiteral("zccsso");
    d.displayName = QStringLiteral("ZCC SSO");
    d.adapterUrl = adapterUrlForHost(vanityHost);
    return d;
}

QString CallCenterDefinition::adapterUrlForHost(const QString& host)
{
    // The seed: "replace yourVanityUrl with your Zoom vanity URL" in the zoom.us adapter URL. A
    // pasted https://acme.zoom.us/ is reduced to its host.
    QString h = host.trimmed();
    if (h.contains(QLatin1String("://")))
        h = QUrl(h).host();
    while (h.endsWith(QLatin1Char('/')))
        h.chop(1);
    if (h.isEmpty())
        h = seedSsoPlaceholderHost();
    return QStringLiteral("https://%1/cci/multi/callbar-cti").arg(h);
}

QStringList CallCenterDefinition::compatibilityModes()
{
    return {QStringLiteral("Classic"), QStringLiteral("Lightning"), QStringLiteral("Classic_and_Lightning")};
}

QList<CallCenterSection> CallCenterDefinition::sections() const
{
    auto item = [](int order, const char* name, const QString& label, const QString& value) {
        CallCenterItem i;
        i.sortOrder = QString::number(order);
        i.name = QLatin1String(name);
        i.label = label;
        i.value = value;
        return i;
    };
    // Labels are Salesforce's field labels in the seed's English: never translated.
    CallCenterSection general;
    general.sortOrder = QStringLiteral("0");
    general.name = kGeneral;
    general.label = QStringLiteral("General Info");
    general.items = {
        item(0, "reqInternalName", internalNameLabel, internalName),
        item(1, "reqDisplayName", QStringLiteral("Display Name"), displayName),
        item(2, "reqDescription", QStringLiteral("Description"), description),
        item(3, "reqAdapterUrl", QStringLiteral("CTI Adapter URL"), adapterUrl),
        item(4, "reqUseApi", QStringLiteral("Use CTI API"), useApi),
        item(5, "reqSoftphoneHeight", QStringLiteral("Softphone Height"), QString::number(softphoneHeight)),
        item(6, "reqSoftphoneWidth", QStringLiteral("Softphone Width"), QString::number(softphoneWidth))};
    CallCenterItem mode = item(7, "reqSalesforceCompatibilityMode",
                               QStringLiteral("Salesforce Compatibility Mode"), compatibilityMode);
    mode.labelFirst = true; // as in the seed
    general.items.append(mode);

    CallCenterSection dialing;
    dialing.sortOrder = QStringLiteral("1");
    dialing.name = kDialing;
    dialing.label = QStringLiteral("Dialing Options");
    dialing.items = {
        item(0, "reqOutsidePrefix", QStringLiteral("Outside Prefix"), outsidePrefix),
        item(1, "reqLongDistPrefix", QStringLiteral("Long Distance Prefix"), longDistPrefix),
        item(2, "reqInternationalPrefix", QStringLiteral("International Prefix"), internationalPrefix)};
    return {general, dialing};
}

QByteArray CallCenterDefinition::writeXml(const QList<CallCenterSection>& sections)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    // One element per line without indentation and without a declaration: the seed's layout, so
    // the file can be compared with the seed line by line.
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(0);
    w.writeStartElement(QStringLiteral("callCenter"));
    for (const CallCenterSection& s : sections) {
        w.writeStartElement(QStringLiteral("section"));
        w.writeAttribute(QStringLiteral("sortOrder"), s.sortOrder);
        w.writeAttribute(QStringLiteral("name"), s.name);
        w.writeAttribute(QStringLiteral("label"), s.label);
        for (const CallCenterItem& i : s.items) {
            w.writeStartElement(QStringLiteral("item"));
            if (i.labelFirst) {
                w.writeAttribute(QStringLiteral("label"), i.label);
                w.writeAttribute(QStringLiteral("name"), i.name);
                w.writeAttribute(QStringLiteral("sortOrder"), i.sortOrder);
            } else {
                w.writeAttribute(QStringLiteral("sortOrder"), i.sortOrder);
                w.writeAttribute(QStringLiteral("name"), i.name);
                w.writeAttribute(QStringLiteral("label"), i.label);
            }
            w.writeCharacters(i.value);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    buffer.close();
    // Auto-formatting starts the first element on a new line; the seed's file starts with it.
    if (out.startsWith('\n'))
        out.remove(0, 1);
    out.append('\n');
    return out;
}

QByteArray CallCenterDefinition::toXml() const
{
    return writeXml(sections());
}

QList<CtiProblem> CallCenterDefinition::validate() const
{
    return validateSections(sections());
}

QList<CtiProblem> CallCenterDefinition::validateSections(const QList<CallCenterSection>& sections)
{
    QList<CtiProblem> out;
    if (sections.isEmpty()) {
        out.append(problem(QStringLiteral("callCenter.empty"),
                           tr("The definition has no sections: it needs at least reqGeneralInfo."), {}, 0));
        return out;
    }

    QStringList orders;
    QList<int> lines;
    QList<QString> names;
    QSet<QString> sectionNames;
    const CallCenterSection* general = nullptr;
    for (const CallCenterSection& s : sections) {
        orders.append(s.sortOrder);
        lines.append(s.line);
        names.append(s.name);
        checkName(s.name, s.line, sectionNames, out);
        if (s.label.size() > 1000)
            out.append(problem(QStringLiteral("label.tooLong"),
                               tr("The label of %1 is longer than 1000 characters: shorten it.").arg(s.name),
                               s.name, s.line));
        if (s.name == kGeneral)
            general = &s;

        QStringList itemOrders;
        QList<int> itemLines;
        QList<QString> itemNames;
        QSet<QString> seen;
        for (const CallCenterItem& i : s.items) {
            itemOrders.append(i.sortOrder);
            itemLines.append(i.line);
            itemNames.append(i.name);
            checkName(i.name, i.line, seen, out);
            if (i.label.size() > 1000)
                out.append(
                    problem(QStringLiteral("label.tooLong"),
                            tr("The label of %1 is longer than 1000 characters: shorten it.").arg(i.name),
                            i.name, i.line));
        }
        checkSortOrders(itemOrders, itemLines, itemNames, s.name, s.line, out);
    }
    checkSortOrders(orders, lines, names, QStringLiteral("callCenter"),
                    sections.first().line > 0 ? sections.first().line - 1 : 0, out);

    if (!general) {
        out.append(problem(QStringLiteral("generalInfo.missing"),
                           tr("The section reqGeneralInfo is missing: every call center needs it."), kGeneral,
                           0));
        return out;
    }
    for (const char* required : {"reqInternalName", "reqDisplayName", "reqAdapterUrl", "reqUseApi",
                                 "reqSoftphoneHeight", "reqSoftphoneWidth"}) {
        if (!findItem(general, QLatin1String(required)))
            out.append(problem(
                QStringLiteral("item.missing"),
                tr("The item %1 is missing from reqGeneralInfo: add it.").arg(QLatin1String(required)),
                QLatin1String(required), general->line));
    }

    if (const CallCenterItem* i = findItem(general, QStringLiteral("reqInternalName"))) {
        if (i->sortOrder.trimmed() != QLatin1String("0"))
            out.append(problem(QStringLiteral("internalName.sortOrder"),
                               tr("reqInternalName must have sortOrder 0."), i->name, i->line));
        const QString v = i->value.trimmed();
        if (v.isEmpty() || !isOpenCtiName(v))
            out.append(
                problem(QStringLiteral("internalName.invalid"),
                        tr("The internal name \"%1\" may only contain letters and digits and must start "
                           "with a letter.")
                            .arg(v),
                        i->name, i->line));
        if (v.size() > 40)
            out.append(problem(QStringLiteral("internalName.tooLong"),
                               tr("The internal name is longer than 40 characters: shorten it."), i->name,
                               i->line));
    }
    if (const CallCenterItem* i = findItem(general, QStringLiteral("reqDisplayName"))) {
        if (i->sortOrder.trimmed() != QLatin1String("1"))
            out.append(problem(QStringLiteral("displayName.sortOrder"),
                               tr("reqDisplayName must have sortOrder 1."), i->name, i->line));
        if (i->value.trimmed().isEmpty())
            out.append(problem(QStringLiteral("displayName.missing"),
                               tr("The display name is empty: agents see it in Salesforce, type one."),
                               i->name, i->line));
        else if (i->value.size() > 1000)
            out.append(problem(QStringLiteral("displayName.tooLong"),
                               tr("The display name is longer than 1000 characters: shorten it."), i->name,
                               i->line));
    }

    QString mode = QStringLiteral("Classic"); // Salesforce's default when the item is absent
    if (const CallCenterItem* i = findItem(general, QStringLiteral("reqSalesforceCompatibilityMode"))) {
        mode = i->value.trimmed();
        if (!compatibilityModes().contains(mode))
            out.append(problem(QStringLiteral("compatibilityMode.invalid"),
                               tr("The compatibility mode \"%1\" is not one of Classic, Lightning or "
                                  "Classic_and_Lightning.")
                                   .arg(mode),
                               i->name, i->line));
    }
    const bool lightning = mode.contains(QLatin1String("Lightning"));

    if (const CallCenterItem* i = findItem(general, QStringLiteral("reqAdapterUrl"))) {
        const QString v = i->value.trimmed();
        const QUrl url(v, QUrl::StrictMode);
        if (v.isEmpty()) {
            out.append(problem(QStringLiteral("adapterUrl.missing"),
                               tr("The CTI adapter URL is empty: type the adapter's https address."), i->name,
                               i->line));
        } else if (lightning &&
                   (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())) {
            out.append(problem(
                QStringLiteral("adapterUrl.notHttps"),
                tr("The CTI adapter URL \"%1\" must be a full https:// address for Lightning.").arg(v),
                i->name, i->line));
        } else if (url.host().compare(seedSsoPlaceholderHost(), Qt::CaseInsensitive) == 0) {
            out.append(problem(QStringLiteral("adapterUrl.placeholder"),
                               tr("The CTI adapter URL still names the placeholder %1: type your Zoom vanity "
                                  "host.")
                                   .arg(seedSsoPlaceholderHost()),
                               i->name, i->line));
        }
    }
    if (const CallCenterItem* i = findItem(general, QStringLiteral("reqUseApi"))) {
        const QString v = i->value.trimmed();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            out.append(problem(QStringLiteral("useApi.invalid"),
                               tr("reqUseApi must be true (Open CTI) or false."), i->name, i->line));
    }
    auto checkRange = [&](const char* name, int min, int max, const QString& code, const QString& what) {
        const CallCenterItem* i = findItem(general, QLatin1String(name));
        if (!i)
            return;
        bool ok = false;
        const int v = i->value.trimmed().toInt(&ok);
        if (!ok || v < min || v > max)
            out.append(problem(code,
                               tr("The softphone %1 \"%2\" must be a whole number of pixels from %3 to %4.")
                                   .arg(what, i->value.trimmed())
                                   .arg(min)
                                   .arg(max),
                               i->name, i->line));
    };
    checkRange("reqSoftphoneWidth", 200, 1920, QStringLiteral("softphoneWidth.range"), tr("width"));
    checkRange("reqSoftphoneHeight", 240, 2560, QStringLiteral("softphoneHeight.range"), tr("height"));

    for (const CallCenterSection& s : sections) {
        if (s.name != kDialing)
            continue;
        static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
        for (const CallCenterItem& i : s.items) {
            if (!digits.match(i.value.trimmed()).hasMatch())
                out.append(
                    problem(QStringLiteral("prefix.invalid"),
                            tr("The dialing prefix %1 \"%2\" may only contain digits.").arg(i.name, i.value),
                            i.name, i.line));
        }
    }
    return out;
}

CallCenterParseResult CallCenterDefinition::parse(const QByteArray& xml)
{
    CallCenterParseResult result;
    QXmlStreamReader r(xml);
    bool sawRoot = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const int line = int(r.lineNumber());
        const auto name = r.name();
        if (!sawRoot) {
            sawRoot = true;
            if (name != QLatin1String("callCenter")) {
                result.problems.append(
                    problem(QStringLiteral("xml.root"),
                            tr("Line %1: the file starts with <%2>, not <callCenter>: this is "
                               "not a call-center definition.")
                                .arg(line)
                                .arg(name.toString()),
                            {}, line));
                return result;
            }
            continue;
        }
        const QXmlStreamAttributes a = r.attributes();
        if (name == QLatin1String("section")) {
            CallCenterSection s;
            s.sortOrder = a.value(QLatin1String("sortOrder")).toString();
            s.name = a.value(QLatin1String("name")).toString();
            s.label = a.value(QLatin1String("label")).toString();
            s.line = line;
            result.sections.append(s);
        } else if (name == QLatin1String("item")) {
            CallCenterItem i;
            i.sortOrder = a.value(QLatin1String("sortOrder")).toString();
            i.name = a.value(QLatin1String("name")).toString();
            i.label = a.value(QLatin1String("label")).toString();
            i.labelFirst = !a.isEmpty() && a.first().name() == QLatin1String("label");
            i.line = line;
            i.value = r.readElementText(QXmlStreamReader::IncludeChildElements);
            if (result.sections.isEmpty()) {
                result.problems.append(problem(
                    QStringLiteral("xml.unexpected"),
                    tr("Line %1: an <item> outside a <section>: move it into one.").arg(line), i.name, line));
            } else {
                result.sections.last().items.append(i);
            }
        } else {
            result.problems.append(problem(QStringLiteral("xml.unexpected"),
                                           tr("Line %1: <%2> is not part of a call-center definition (only "
                                              "<section> and <item>).")
                                               .arg(line)
                                               .arg(name.toString()),
                                           {}, line));
        }
    }
    if (r.hasError()) {
        const int line = int(r.lineNumber());
        result.problems.append(
            problem(QStringLiteral("xml.malformed"),
                    tr("Line %1: the XML is not well-formed (%2): fix the file and validate "
                       "again.")
                        .arg(line)
                        .arg(r.errorString()),
                    {}, line));
        return result;
    }
    if (!sawRoot) {
        result.problems.append(problem(QStringLiteral("xml.root"),
                                       tr("Line %1: the file has no <callCenter> element.").arg(1), {}, 1));
        return result;
    }
    // Rule problems of a file name their line first, as the XML errors do.
    for (CtiProblem p : validateSections(result.sections)) {
        if (p.line > 0)
            p.message = tr("Line %1: %2").arg(p.line).arg(p.message);
        result.problems.append(p);
    }
    return result;
}

QJsonObject CallCenterDefinition::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("variant"),
             variant == Variant::Sso ? QStringLiteral("sso") : QStringLiteral("standard"));
    o.insert(QStringLiteral("vanity_host"), vanityHost);
    o.insert(QStringLiteral("internal_name_label"), internalNameLabel);
    o.insert(QStringLiteral("internal_name"), internalName);
    o.insert(QStringLiteral("display_name"), displayName);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("adapter_url"), adapterUrl);
    o.insert(QStringLiteral("use_api"), useApi);
    o.insert(QStringLiteral("softphone_height"), softphoneHeight);
    o.insert(QStringLiteral("softphone_width"), softphoneWidth);
    o.insert(QStringLiteral("compatibility_mode"), compatibilityMode);
    o.insert(QStringLiteral("outside_prefix"), outsidePrefix);
    o.insert(QStringLiteral("long_distance_prefix"), longDistPrefix);
    o.insert(QStringLiteral("international_prefix"), internationalPrefix);
    return o;
}

CallCenterDefinition CallCenterDefinition::fromJson(const QJsonObject& o)
{
    const bool sso = o.value(QStringLiteral("variant")).toString() == QLatin1String("sso");
    const CallCenterDefinition d =
        sso ? CallCenterDefinition::sso(o.value(QStringLiteral("vanity_host")).toString()) : standard();
    CallCenterDefinition r = d;
    r.vanityHost = o.value(QStringLiteral("vanity_host")).toString();
    r.internalNameLabel = o.value(QStringLiteral("internal_name_label")).toString(d.internalNameLabel);
    r.internalName = o.value(QStringLiteral("internal_name")).toString(d.internalName);
    r.displayName = o.value(QStringLiteral("display_name")).toString(d.displayName);
    r.description = o.value(QStringLiteral("description")).toString(d.description);
    r.adapterUrl = o.value(QStringLiteral("adapter_url")).toString(d.adapterUrl);
    r.useApi = o.value(QStringLiteral("use_api")).toString(d.useApi);
    r.softphoneHeight = o.value(QStringLiteral("softphone_height")).toInt(d.softphoneHeight);
    r.softphoneWidth = o.value(QStringLiteral("softphone_width")).toInt(d.softphoneWidth);
    r.compatibilityMode = o.value(QStringLiteral("compatibility_mode")).toString(d.compatibilityMode);
    r.outsidePrefix = o.value(QStringLiteral("outside_prefix")).toString(d.outsidePrefix);
    r.longDistPrefix = o.value(QStringLiteral("long_distance_prefix")).toString(d.longDistPrefix);
    r.internationalPrefix = o.value(QStringLiteral("international_prefix")).toString(d.internationalPrefix);
    return r;
}

} // namespace syncdesk
