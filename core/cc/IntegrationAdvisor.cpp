#include "IntegrationAdvisor.h"

#include <QJsonArray>
#include <algorithm>

namespace syncdesk {

namespace {

using Workspace = AdvisorAnswers::Workspace;

QString workspaceId(Workspace w)
{
    switch (w) {
    case Workspace::CrmConnector:
        return QStringLiteral("crmConnector");
    case Workspace::WorkplaceApp:
        return QStringLiteral("workplaceApp");
    case Workspace::SmartEmbed:
        return QStringLiteral("smartEmbed");
    case Workspace::Unanswered:
        break;
    }
    return QString();
}

Workspace workspaceFromId(const QString& id)
{
    for (const Workspace w : {Workspace::CrmConnector, Workspace::WorkplaceApp, Workspace::SmartEmbed}) {
        if (workspaceId(w) == id)
            return w;
    }
    return Workspace::Unanswered;
}

} // namespace

QJsonObject AdvisorAnswers::toJson() const
{
    QStringList kinds(data.begin(), data.end());
    kinds.sort();
    QJsonObject o{{QStringLiteral("workspace"), workspaceId(workspace)},
                  {QStringLiteral("messagingFlow"), messagingFlow},
                  {QStringLiteral("data"), QJsonArray::fromStringList(kinds)}};
    if (!crm.isEmpty())
        o.insert(QStringLiteral("crm"), crm);
    return o;
}

AdvisorAnswers AdvisorAnswers::fromJson(const QJsonObject& o)
{
    AdvisorAnswers a;
    a.workspace = workspaceFromId(o.value(QStringLiteral("workspace")).toString());
    a.crm = o.value(QStringLiteral("crm")).toString();
    a.messagingFlow = o.value(QStringLiteral("messagingFlow")).toBool();
    const QJsonArray kinds = o.value(QStringLiteral("data")).toArray();
    for (const auto& k : kinds)
        a.data.insert(k.toString());
    return a;
}

QList<QPair<QString, QString>> IntegrationAdvisor::supportedCrms()
{
    // The seed: "Unterstützte CRM-Plattformen" of the ZCC CRM CTI connector.
    return {{QStringLiteral("salesforce"), QStringLiteral("Salesforce")},
            {QStringLiteral("zendesk"), QStringLiteral("Zendesk")},
            {QStringLiteral("servicenow"), QStringLiteral("ServiceNow")},
            {QStringLiteral("dynamics"), QStringLiteral("Microsoft Dynamics")},
            {QStringLiteral("hubspot"), QStringLiteral("HubSpot")}};
}

bool IntegrationAdvisor::isSupportedCrm(const QString& id)
{
    const auto crms = supportedCrms();
    return std::any_of(crms.begin(), crms.end(), [&](const auto& c) { return c.first == id; });
}

QList<AdvisorData> IntegrationAdvisor::dataKinds()
{
    // The seed's polling table and its list of webhook events.
    return {
        {QStringLiteral("recording"), tr("Recording media (voice and video)"),
         QStringLiteral("contact_center.recording_completed"), QStringLiteral("download_url"),
         tr("Requires call recording to be enabled for the queue."), false},
        {QStringLiteral("recordingTranscript"), tr("Recording transcript (voice and video)"),
         QStringLiteral("contact_center.recording_transcript_completed"), QStringLiteral("transcript_url"),
         tr("Requires call recording with transcription to be enabled."), false},
        {QStringLiteral("messagingTranscript"), tr("Transcript (messaging)"),
         QStringLiteral("contact_center.engagement_messaging_transcript_completed"),
         QStringLiteral("transcript_url"), tr("Transcripts are on by default for messaging channels."), true},
        {QStringLiteral("disposition"), tr("Dispositions (all channels)"),
         QStringLiteral("contact_center.engagement_disposition_added"), QStringLiteral("dispositions"),
         tr("An array of disposition objects."), true},
        {QStringLiteral("note"), tr("Notes (all channels)"),
         QStringLiteral("contact_center.engagement_note_added"), QStringLiteral("notes"),
         tr("An array of note objects."), false},
        {QStringLiteral("voicemail"), tr("Voicemail media and transcript"), QString(),
         QStringLiteral("download_url, transcript_url"),
         tr("For voicemails left in a Contact Center inbox; the transcript requires transcription to "
            "be enabled for the inbox."),
         false},
    };
}

QList<AdvisorRow> IntegrationAdvisor::rows()
{
    QList<AdvisorRow> out;
    out.append({QStringLiteral("connector"),
                {Workspace::CrmConnector},
                true,
                false,
                false,
                IntegrationMethod::CtiConnector,
                tr("Agents use the ZCC CTI connector in a supported CRM"),
                {tr("The simplest path."), tr("No code required."), tr("Engagement data sync is built in."),
                 tr("Turn it on in the Zoom admin portal under Contact Center Management > "
                    "Integrations > Applications: find the CRM integration and enable saving data "
                    "to the CRM."),
                 tr("Check that the CRM integration's user has write permission on every object "
                    "concerned.")}});
    out.append({QStringLiteral("flowScripts"),
                {},
                false,
                true,
                true,
                IntegrationMethod::FlowEventScripts,
                tr("An inbound messaging flow whose data must reach another system"),
                {tr("A niche solution, but powerful."), tr("Requires JavaScript."),
                 tr("Works best for sending messaging transcripts and dispositions."),
                 tr("With several flows (a flow that uses RouteTo to reach another flow), configure "
                    "identical event scripts and triggers in every flow.")}});
    out.append({QStringLiteral("webhooks"),
                {Workspace::WorkplaceApp, Workspace::SmartEmbed},
                false,
                false,
                false,
                IntegrationMethod::WebhooksWithPolling,
                tr("Agents use the Zoom Workplace app or Smart Embed"),
                {tr("The most robust custom solution."),
                 tr("Near real-time data with a reliable backup process.")}});
    out.append({QStringLiteral("unsupportedCrm"),
                {Workspace::CrmConnector},
                false,
                false,
                false,
                IntegrationMethod::WebhooksWithPolling,
                tr("Agents work in a CRM the CTI connector does not support"),
                {tr("The CTI connector exists for Salesforce, Zendesk, ServiceNow, Microsoft Dynamics "
                    "and HubSpot only: other systems need the custom solution."),
                 tr("The most robust custom solution."),
                 tr("Near real-time data with a reliable backup process.")}});
    return out;
}

bool IntegrationAdvisor::matches(const AdvisorRow& row, const AdvisorAnswers& a)
{
    if (a.workspace == Workspace::Unanswered)
        return false;
    if (!row.workspaces.isEmpty() && !row.workspaces.contains(a.workspace))
        return false;
    if (row.supportedCrmOnly && !isSupportedCrm(a.crm))
        return false;
    if (row.needsMessagingFlow && !a.messagingFlow)
        return false;
    if (row.flowScriptDataOnly) {
        // No answer on the data means all of it, which a flow script cannot deliver.
        if (a.data.isEmpty())
            return false;
        const auto kinds = dataKinds();
        for (const QString& id : a.data) {
            const auto it =
                std::find_if(kinds.begin(), kinds.end(), [&](const AdvisorData& d) { return d.id == id; });
            if (it == kinds.end() || !it->flowScript)
                return false;
        }
    }
    return true;
}

AdvisorRecommendation IntegrationAdvisor::recommend(const AdvisorAnswers& a)
{
    AdvisorRecommendation r;
    for (const AdvisorRow& row : rows()) {
        if (!matches(row, a))
            continue;
        if (r.method == IntegrationMethod::None) {
            r.method = row.method;
            r.rowId = row.id;
            r.considerations = row.considerations;
        } else if (row.method != r.method && !r.alsoConsider.contains(row.method)) {
            r.alsoConsider.append(row.method);
        }
    }
    if (r.method == IntegrationMethod::None)
        return r;
    if (r.method == IntegrationMethod::WebhooksWithPolling && a.messagingFlow) {
        // The flow row (tried earlier) failed on the data only: say why instead of staying silent.
        r.considerations.append(tr("Flow event scripts reach only dispositions and messaging "
                                   "transcripts; the other data needs webhooks and polling."));
    }
    if (r.method == IntegrationMethod::WebhooksWithPolling) {
        for (const AdvisorData& d : dataKinds()) {
            if (!a.data.isEmpty() && !a.data.contains(d.id))
                continue;
            const QString source = d.webhook.isEmpty()
                                       ? tr("poll the API field %1").arg(d.apiField)
                                       : tr("webhook %1, polled field %2").arg(d.webhook, d.apiField);
            r.considerations.append(tr("%1: %2. %3").arg(d.label, source, d.note));
        }
    }
    return r;
}

QString IntegrationAdvisor::methodId(IntegrationMethod method)
{
    switch (method) {
    case IntegrationMethod::CtiConnector:
        return QStringLiteral("ctiConnector");
    case IntegrationMethod::WebhooksWithPolling:
        return QStringLiteral("webhooksWithPolling");
    case IntegrationMethod::FlowEventScripts:
        return QStringLiteral("flowEventScripts");
    case IntegrationMethod::None:
        break;
    }
    return QString();
}

IntegrationMethod IntegrationAdvisor::methodFromId(const QString& id)
{
    for (const auto m : {IntegrationMethod::CtiConnector, IntegrationMethod::WebhooksWithPolling,
                         IntegrationMethod::FlowEventScripts}) {
        if (methodId(m) == id)
            return m;
    }
    return IntegrationMethod::None;
}

QString IntegrationAdvisor::methodTitle(IntegrationMethod method)
{
    switch (method) {
    case IntegrationMethod::CtiConnector:
        return tr("The built-in integration (ZCC CRM CTI connector)");
    case IntegrationMethod::WebhooksWithPolling:
        return tr("API webhooks with a nightly polling job for reconciliation");
    case IntegrationMethod::FlowEventScripts:
        return tr("Flow event scripts");
    case IntegrationMethod::None:
        break;
    }
    return tr("Answer the questions to get a recommendation.");
}

QJsonObject IntegrationAdvisor::toProfileJson(const AdvisorAnswers& answers)
{
    const AdvisorRecommendation r = recommend(answers);
    QJsonObject o{{QStringLiteral("answers"), answers.toJson()}};
    if (r.method != IntegrationMethod::None) {
        o.insert(QStringLiteral("recommendation"), methodId(r.method));
        o.insert(QStringLiteral("rowId"), r.rowId);
    }
    return o;
}

} // namespace syncdesk
