#include "PresenceStatusDesign.h"

#include <QXmlStreamWriter>

namespace syncdesk {

namespace {

const QString kMetadataNamespace = QStringLiteral("http://soap.sforce.com/2006/04/metadata");

bool containsIgnoringCase(const QStringList& list, const QString& value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

} // namespace

void PresenceStatusDesign::setLabel(const QString& newLabel)
{
    label = newLabel;
    if (!developerNameEdited)
        developerName = DeveloperNames::derive(newLabel);
}

QJsonObject PresenceStatusDesign::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("developerName"), developerName);
    if (developerNameEdited)
        o.insert(QStringLiteral("developerNameEdited"), true);
    o.insert(QStringLiteral("kind"), kind == Kind::Busy ? QStringLiteral("busy") : QStringLiteral("online"));
    if (!channels.isEmpty())
        o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    return o;
}

PresenceStatusDesign PresenceStatusDesign::fromJson(const QJsonObject& o)
{
    PresenceStatusDesign d;
    d.label = o.value(QStringLiteral("label")).toString();
    d.developerName = o.value(QStringLiteral("developerName")).toString();
    d.developerNameEdited = o.value(QStringLiteral("developerNameEdited")).toBool();
    d.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("busy") ? Kind::Busy : Kind::Online;
    for (const QJsonValue& v : o.value(QStringLiteral("channels")).toArray())
        d.channels.append(v.toString());
    return d;
}

QList<QList<PresenceStatusProblem>>
PresenceStatusDesigns::validate(const QList<PresenceStatusDesign>& designs, const PresenceStatusOrgState& org)
{
    QStringList names;
    for (const PresenceStatusDesign& d : designs)
        names.append(d.developerName);
    const QList<QList<DeveloperNameProblem>> nameProblems = DeveloperNames::validateAll(names);

    QList<QList<PresenceStatusProblem>> result;
    for (qsizetype i = 0; i < designs.size(); ++i) {
        const PresenceStatusDesign& d = designs[i];
        QList<PresenceStatusProblem> problems;
        auto add = [&](PresenceStatusProblem::Kind kind, const QString& message) -> PresenceStatusProblem& {
            PresenceStatusProblem p;
            p.kind = kind;
            p.message = message;
            problems.append(p);
            return problems.last();
        };
        if (d.label.trimmed().isEmpty())
            add(PresenceStatusProblem::Kind::EmptyLabel, tr("The status has no label. Enter the name agents "
                                                            "see in Omni-Channel, for example On Break."));
        for (const DeveloperNameProblem& np : nameProblems[i])
            add(PresenceStatusProblem::Kind::DeveloperName, np.message).name = np;
        if (d.kind == PresenceStatusDesign::Kind::Online && d.channels.isEmpty())
            add(PresenceStatusProblem::Kind::OnlineWithoutChannel,
                tr("An Online status needs at least one service channel: Salesforce makes a status without "
                   "channels a Busy (away) status. Pick the channels agents take work on, or make it Busy."));
        if (d.kind == PresenceStatusDesign::Kind::Busy && !d.channels.isEmpty())
            add(PresenceStatusProblem::Kind::BusyWithChannels,
                tr("A Busy status has no service channels (agents get no work in it), but this one has %1. "
                   "Remove the channels, or make it Online.")
                    .arg(d.channels.join(QStringLiteral(", "))));
        if (d.kind == PresenceStatusDesign::Kind::Online && org.channelNames) {
            for (const QString& channel : d.channels) {
                if (!containsIgnoringCase(*org.channelNames, channel))
                    add(PresenceStatusProblem::Kind::UnknownChannel,
                        tr("The org has no service channel %1, so the deploy would fail. Pick one of the "
                           "org's "
                           "channels, or create the channel in Setup > Service Channels first.")
                            .arg(channel))
                        .channel = channel;
            }
        }
        // Last: a warning, not an error.
        if (org.statusNames && !d.developerName.isEmpty() &&
            containsIgnoringCase(*org.statusNames, d.developerName))
            add(PresenceStatusProblem::Kind::ExistsInOrg,
                tr("The org already has a presence status %1. Deploying replaces its label and channels with "
                   "these; rename this one if you meant a new status.")
                    .arg(d.developerName));
        result.append(problems);
    }
    return result;
}

bool PresenceStatusDesigns::hasErrors(const QList<QList<PresenceStatusProblem>>& problems)
{
    for (const auto& list : problems)
        for (const PresenceStatusProblem& p : list)
            if (!p.isWarning())
                return true;
    return false;
}

QJsonArray PresenceStatusDesigns::toJson(const QList<PresenceStatusDesign>& designs)
{
    QJsonArray a;
    for (const PresenceStatusDesign& d : designs)
        a.append(d.toJson());
    return a;
}

QList<PresenceStatusDesign> PresenceStatusDesigns::fromJson(const QJsonArray& array)
{
    QList<PresenceStatusDesign> out;
    for (const QJsonValue& v : array)
        out.append(PresenceStatusDesign::fromJson(v.toObject()));
    return out;
}

QByteArray PresenceStatusDesigns::statusXml(const PresenceStatusDesign& design)
{
    QByteArray out;
    QXmlStreamWriter xml(&out); // escapes &, <, > and quotes in text
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument(); // UTF-8, as the Metadata API expects
    xml.writeStartElement(QStringLiteral("ServicePresenceStatus"));
    xml.writeDefaultNamespace(kMetadataNamespace);
    // The Metadata API reference's sample and retrieved orgs list every channel inside one
    // <channels> element; a Busy status has none (Salesforce marks it IsAway).
    if (design.kind == PresenceStatusDesign::Kind::Online && !design.channels.isEmpty()) {
        xml.writeStartElement(QStringLiteral("channels"));
        for (const QString& channel : design.channels)
            xml.writeTextElement(QStringLiteral("channel"), channel);
        xml.writeEndElement();
    }
    xml.writeTextElement(QStringLiteral("label"), design.label);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray PresenceStatusDesigns::packageXml(const QList<PresenceStatusDesign>& designs)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Package"));
    xml.writeDefaultNamespace(kMetadataNamespace);
    xml.writeStartElement(QStringLiteral("types"));
    for (const PresenceStatusDesign& d : designs)
        xml.writeTextElement(QStringLiteral("members"), d.developerName);
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("ServicePresenceStatus"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("version"), apiVersion());
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QString PresenceStatusDesigns::statusPath(const PresenceStatusDesign& design)
{
    return QStringLiteral("servicePresenceStatuses/%1.servicePresenceStatus").arg(design.developerName);
}

QList<MetadataZip::Entry> PresenceStatusDesigns::metadataEntries(const QList<PresenceStatusDesign>& designs)
{
    QList<MetadataZip::Entry> entries;
    entries.append({QStringLiteral("package.xml"), packageXml(designs)});
    for (const PresenceStatusDesign& d : designs)
        entries.append({statusPath(d), statusXml(d)});
    return entries;
}

Error PresenceStatusDesigns::writeMetadataZip(const QList<PresenceStatusDesign>& designs, const QString& path)
{
    if (designs.isEmpty())
        return Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                           tr("There is no designed status to export. Add one first."));
    // Only the errors matter here; what the org holds was checked on screen.
    const auto problems = validate(designs);
    for (qsizetype i = 0; i < designs.size(); ++i) {
        for (const PresenceStatusProblem& p : problems[i]) {
            if (!p.isWarning())
                return Error::make(
                    Service::Salesforce, ErrorCode::InvalidInput,
                    tr("The status %1 cannot be exported yet: %2")
                        .arg(designs[i].label.isEmpty() ? designs[i].developerName : designs[i].label,
                             p.message));
        }
    }
    return MetadataZip::write(path, metadataEntries(designs));
}

} // namespace syncdesk
