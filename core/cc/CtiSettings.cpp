#include "CtiSettings.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <algorithm>

namespace syncdesk {

namespace {

// ITU-T E.164 assigned country codes: "List of ITU-T Recommendation E.164 assigned country codes",
// the Annex to the ITU Operational Bulletin (position of 2020). Geographic codes plus the global
// services (800, 808, 870, 881-883, 888, 979) and shared codes; spare and reserved codes are
// left out. Zoom's country-code setting looks up related records by the caller's number, so a
// code that is not in this list can never match.
constexpr int kItuCountryCodes[] = {
    1,   7,   20,  27,  30,  31,  32,  33,  34,  36,  39,  40,  41,  43,  44,  45,  46,  47,  48,  49,
    51,  52,  53,  54,  55,  56,  57,  58,  60,  61,  62,  63,  64,  65,  66,  81,  82,  84,  86,  90,
    91,  92,  93,  94,  95,  98,  211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228,
    229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248,
    249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269,
    290, 291, 297, 298, 299, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374,
    375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 388, 389, 420, 421, 423, 500, 501, 502,
    503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 670, 672, 673,
    674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690, 691, 692, 800, 808,
    850, 852, 853, 855, 856, 870, 880, 881, 882, 883, 886, 888, 960, 961, 962, 963, 964, 965, 966, 967,
    968, 970, 971, 972, 973, 974, 975, 976, 977, 979, 992, 993, 994, 995, 996, 998};

QStringList sortedList(const QSet<QString>& set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l;
}

} // namespace

QString CtiSettings::normalizeCountryCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^\\+?([0-9]{1,3})$"));
    const auto m = re.match(code.trimmed());
    return m.hasMatch() ? QStringLiteral("+") + m.captured(1) : QString();
}

bool CtiSettings::isAssignedCountryCode(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('0')))
        return false;
    bool ok = false;
    const int v = digits.toInt(&ok);
    return ok && std::binary_search(std::begin(kItuCountryCodes), std::end(kItuCountryCodes), v);
}

QList<CtiProblem> CtiSettings::validateCountryCodes(const QStringList& codes)
{
    QList<CtiProblem> out;
    if (codes.size() > kMaxCountryCodes)
        out.append({QStringLiteral("countryCodes.tooMany"),
                    tr("%1 country codes are listed; Zoom accepts at most %2: remove some.")
                        .arg(codes.size())
                        .arg(kMaxCountryCodes),
                    {},
                    0});
    QSet<QString> seen;
    for (const QString& raw : codes) {
        const QString code = normalizeCountryCode(raw);
        if (code.isEmpty() || !isAssignedCountryCode(code.mid(1))) {
            out.append(
                {QStringLiteral("countryCode.unknown"),
                 tr("\"%1\" is not an ITU calling code (for example +1, +44, +81).").arg(raw.trimmed()),
                 raw.trimmed(), 0});
            continue;
        }
        if (seen.contains(code))
            out.append({QStringLiteral("countryCode.duplicate"),
                        tr("The country code %1 is listed twice: keep one.").arg(code), code, 0});
        seen.insert(code);
    }
    return out;
}

QList<CtiProblem> CtiSettings::validateUtilityItem() const
{
    QList<CtiProblem> out;
    if (utilityItem.panelWidth < 1 || utilityItem.panelHeight < 1)
        out.append({QStringLiteral("utilityItem.size"),
                    tr("The panel width and height must be at least 1 pixel."),
                    {},
                    0});
    return out;
}

QByteArray CtiSettings::softphoneLayoutXml() const
{
    // Salesforce does not expose softphone layouts through its APIs (describeSoftphoneLayout:
    // "layout objects are not exposed via the API"), so this file records the layout for review
    // and re-entry in Setup > Softphone Layouts. Its element names follow the screenPopSettings of
    // Open CTI's getSoftphoneLayout(): screenPopsOpenWithin ExistingWindow/NewWindow and, per
    // match type, screenPopType (PopToEntity, PopToSearch) with screenPopData.
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(4);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("SoftphoneLayout"));
    w.writeTextElement(QStringLiteral("name"), softphoneLayoutName);
    w.writeTextElement(QStringLiteral("isDefault"), QStringLiteral("true"));
    w.writeStartElement(QStringLiteral("callType"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Inbound"));
    w.writeStartElement(QStringLiteral("objects"));
    for (const QString& o : relatedObjects)
        w.writeTextElement(QStringLiteral("object"), o);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("screenPopSettings"));
    w.writeTextElement(QStringLiteral("screenPopsOpenWithin"), screenPop.openWithin);
    auto match = [&w](const char* element, const QString& action) {
        w.writeStartElement(QLatin1String(element));
        if (action == QLatin1String("DoNotPop")) {
            w.writeTextElement(QStringLiteral("screenPopType"), QStringLiteral("DoNotPop"));
        } else if (action.startsWith(QLatin1String("PopToNew"))) {
            w.writeTextElement(QStringLiteral("screenPopType"), QStringLiteral("PopToEntity"));
            w.writeTextElement(QStringLiteral("screenPopData"), action.mid(8)); // Contact, Account, Lead
        } else if (action == QLatin1String("PopToSearch")) {
            w.writeTextElement(QStringLiteral("screenPopType"), QStringLiteral("PopToSearch"));
        } else {
            w.writeTextElement(QStringLiteral("screenPopType"), QStringLiteral("PopToEntity"));
        }
        w.writeEndElement();
    };
    match("NoMatch", screenPop.noMatch);
    match("SingleMatch", screenPop.singleMatch);
    match("MultipleMatches", screenPop.multipleMatches);
    w.writeEndElement(); // screenPopSettings
    w.writeEndElement(); // callType
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QJsonObject CtiSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("checklist_done"), QJsonArray::fromStringList(sortedList(checklistDone)));
    o.insert(QStringLiteral("call_center"), definition.toJson());
    o.insert(QStringLiteral("country_codes"), QJsonArray::fromStringList(countryCodes));
    o.insert(QStringLiteral("related_objects"), QJsonArray::fromStringList(relatedObjects));
    QJsonObject pop;
    pop.insert(QStringLiteral("layout_name"), softphoneLayoutName);
    pop.insert(QStringLiteral("open_within"), screenPop.openWithin);
    pop.insert(QStringLiteral("no_match"), screenPop.noMatch);
    pop.insert(QStringLiteral("single_match"), screenPop.singleMatch);
    pop.insert(QStringLiteral("multiple_matches"), screenPop.multipleMatches);
    o.insert(QStringLiteral("screen_pop"), pop);
    QJsonObject u;
    u.insert(QStringLiteral("label"), utilityItem.label);
    u.insert(QStringLiteral("icon"), utilityItem.icon);
    u.insert(QStringLiteral("panel_width"), utilityItem.panelWidth);
    u.insert(QStringLiteral("panel_height"), utilityItem.panelHeight);
    u.insert(QStringLiteral("start_automatically"), utilityItem.startAutomatically);
    o.insert(QStringLiteral("utility_item"), u);
    o.insert(QStringLiteral("omni_channel"), omniChannel.toJson());
    return o;
}

CtiSettings CtiSettings::fromJson(const QJsonObject& o)
{
    CtiSettings s;
    for (const QJsonValue& v : o.value(QStringLiteral("checklist_done")).toArray())
        s.checklistDone.insert(v.toString());
    if (o.contains(QStringLiteral("call_center")))
        s.definition = CallCenterDefinition::fromJson(o.value(QStringLiteral("call_center")).toObject());
    if (o.contains(QStringLiteral("country_codes"))) {
        s.countryCodes.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("country_codes")).toArray())
            s.countryCodes.append(v.toString());
    }
    if (o.contains(QStringLiteral("related_objects"))) {
        s.relatedObjects.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("related_objects")).toArray())
            s.relatedObjects.append(v.toString());
    }
    const QJsonObject pop = o.value(QStringLiteral("screen_pop")).toObject();
    const CtiSettings d;
    s.softphoneLayoutName = pop.value(QStringLiteral("layout_name")).toString(d.softphoneLayoutName);
    s.screenPop.openWithin = pop.value(QStringLiteral("open_within")).toString(d.screenPop.openWithin);
    s.screenPop.noMatch = pop.value(QStringLiteral("no_match")).toString(d.screenPop.noMatch);
    s.screenPop.singleMatch = pop.value(QStringLiteral("single_match")).toString(d.screenPop.singleMatch);
    s.screenPop.multipleMatches =
        pop.value(QStringLiteral("multiple_matches")).toString(d.screenPop.multipleMatches);
    const QJsonObject u = o.value(QStringLiteral("utility_item")).toObject();
    s.utilityItem.label = u.value(QStringLiteral("label")).toString();
    s.utilityItem.icon = u.value(QStringLiteral("icon")).toString(d.utilityItem.icon);
    s.utilityItem.panelWidth = u.value(QStringLiteral("panel_width")).toInt(d.utilityItem.panelWidth);
    s.utilityItem.panelHeight = u.value(QStringLiteral("panel_height")).toInt(d.utilityItem.panelHeight);
    s.utilityItem.startAutomatically =
        u.value(QStringLiteral("start_automatically")).toBool(d.utilityItem.startAutomatically);
    s.omniChannel = OmniStatusMapping::fromJson(o.value(QStringLiteral("omni_channel")).toObject());
    return s;
}

Error CtiSettings::saveFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::make(
            ErrorCode::FileWrite,
            tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()));
    return {};
}

CallCenterParseResult CtiSettings::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CallCenterParseResult r;
        r.problems.append(
            {QStringLiteral("file.read"), tr("Could not read %1: %2.").arg(path, file.errorString()), {}, 0});
        return r;
    }
    return CallCenterDefinition::parse(file.readAll());
}

QList<CtiStep> CtiSettings::steps()
{
    using G = CtiStep::Group;
    return {
        {QStringLiteral("package-installed"), G::Package,
         tr("Install the Zoom Contact Center package from the URL your Zoom contact sent (Install for Admins "
            "Only)")},
        {QStringLiteral("package-listed"), G::Package,
         tr("Check that Zoom Contact Center (ZVC) appears under Apps > Packaging > Installed Packages")},
        {QStringLiteral("product-activated"), G::Package,
         tr("In Zoom for Lightning for admins, activate the Zoom Contact Center product and finish its "
            "steps")},
        {QStringLiteral("call-center-imported"), G::Package,
         tr("Import the call-center definition XML under Feature Settings > Service > Call Center and save")},
        {QStringLiteral("utility-item-added"), G::Package,
         tr("Add the Open CTI Softphone utility item to the Lightning app")},
        {QStringLiteral("permission-sets-assigned"), G::Package,
         tr("Assign users to the Zoom Contact Center Admin or Agent permission set")},
        {QStringLiteral("call-center-users"), G::Package,
         tr("Add the agents as call-center users (Manage Call Center Users)")},
        {QStringLiteral("marketplace-authorized"), G::Authorization,
         tr("In the product's settings, authorize from the Zoom App Marketplace")},
        {QStringLiteral("authorization-confirmed"), G::Authorization,
         tr("Confirm the notice \"Authorized access to Contact Center\" in the Salesforce settings page")},
        {QStringLiteral("integrations-enabled"), G::WebPortal,
         tr("Ask Zoom support to enable the Integrations menu of the web portal")},
        {QStringLiteral("oauth-connected"), G::WebPortal,
         tr("Add the Salesforce application with OAuth under Contact Center Management > Integrations")},
        {QStringLiteral("users-enabled"), G::WebPortal,
         tr("Select Salesforce as the client integration of every agent under Contact Center Management > "
            "Users")},
    };
}

QString CtiSettings::groupTitle(CtiStep::Group group)
{
    switch (group) {
    case CtiStep::Group::Package:
        return tr("Package and Salesforce setup");
    case CtiStep::Group::Authorization:
        return tr("Authorization");
    case CtiStep::Group::WebPortal:
        return tr("Zoom web portal");
    }
    return {};
}

QList<CtiPermissionRow> CtiSettings::permissionSets()
{
    // The seed's lists, in its order.
    const QString sessionHistory = tr("Session History");
    const QString cciConfig = tr("CCI Configuration");
    const QString presenceRelation = tr("CCI Presence State Relation");
    const QString settingRelated = tr("Setting Related Item");
    const QString token = tr("Token");
    const QString productSetting = tr("Zoom Product Setting");
    const QStringList callCenters = {QStringLiteral("Zoom Contact Center"),
                                     QStringLiteral("Zoom Contact Center SSO")};
    return {
        {tr("Tabs"), {tr("Zoom for Lightning for Admins"), tr("Zoom Settings")}, {}},
        {tr("Objects"),
         {tr("Zoom Product Setup"), productSetting, sessionHistory, cciConfig, presenceRelation,
          settingRelated, token},
         {sessionHistory, cciConfig, presenceRelation, settingRelated, token, productSetting}},
        {tr("Call centers"), callCenters, callCenters},
        {tr("Custom metadata"), {tr("CCI App Client"), tr("OAuth Token")}, {}},
        {tr("Custom settings"), {tr("Phone Country Code"), tr("Key")}, {tr("Phone Country Code")}},
    };
}

QList<CtiObject> CtiSettings::assignableObjects()
{
    return {{QStringLiteral("Account"), tr("Account")},
            {QStringLiteral("Contact"), tr("Contact")},
            {QStringLiteral("Case"), tr("Case")},
            {QStringLiteral("Lead"), tr("Lead")},
            {QStringLiteral("Opportunity"), tr("Opportunity")}};
}

} // namespace syncdesk
