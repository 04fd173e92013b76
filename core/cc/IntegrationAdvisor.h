#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace syncdesk {

// The engagement-data seed's decision table ("Zusammenfassung und Empfehlungen") as data: the
// questionnaire's answers, the table's rows (which answers each row matches, the method and its
// considerations) and the recommendation the first matching row gives. Saved in the profile under
// Profile::contactCenter["advisor"].
struct AdvisorAnswers
{
    // Where agents handle their interactions, the seed's key factor.
    enum class Workspace
    {
        Unanswered,
        CrmConnector, // the ZCC CRM CTI connector inside the CRM
        WorkplaceApp, // the Zoom Workplace app
        SmartEmbed    // ZCC Smart Embed
    };
    Workspace workspace = Workspace::Unanswered;
    QString crm; // with the connector: salesforce, zendesk, servicenow, dynamics, hubspot, other
    bool messagingFlow = false; // an inbound messaging flow whose data must reach another system
    QSet<QString> data;         // wanted data kinds (AdvisorData ids); empty: all

    QJsonObject toJson() const;
    static AdvisorAnswers fromJson(const QJsonObject& o);
    bool operator==(const AdvisorAnswers& o) const { return toJson() == o.toJson(); }
};

// One kind of engagement data from the seed's polling table, with the webhook that announces it.
struct AdvisorData
{
    QString id;       // recording, recordingTranscript, messagingTranscript, disposition, note, voicemail
    QString label;    // translated
    QString webhook;  // contact_center.* event; empty when none is named
    QString apiField; // the polled API's field
    QString note;     // translated: what must be enabled
    bool flowScript = false; // reachable from a flow event script (disposition, messaging transcript)
};

enum class IntegrationMethod
{
    None, // the questionnaire is not answered yet
    CtiConnector,
    WebhooksWithPolling,
    FlowEventScripts
};

// One row of the seed's table: when it applies, what it recommends and its considerations.
struct AdvisorRow
{
    QString id;
    QList<AdvisorAnswers::Workspace> workspaces; // empty: any workspace
    bool supportedCrmOnly = false;               // only with a CRM the connector supports
    bool needsMessagingFlow = false;
    bool flowScriptDataOnly = false; // only when every wanted kind is reachable from a flow script
    IntegrationMethod method = IntegrationMethod::None;
    QString condition;          // translated "If your agents …"
    QStringList considerations; // translated
};

struct AdvisorRecommendation
{
    IntegrationMethod method = IntegrationMethod::None;
    QString rowId;                         // the matching row
    QStringList considerations;            // the row's, then what follows from the answers
    QList<IntegrationMethod> alsoConsider; // other rows that match too
};

class IntegrationAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationAdvisor)
public:
    // The rows in the order they are tried.
    static QList<AdvisorRow> rows();
    static QList<AdvisorData> dataKinds();
    // The CRMs the seed lists for the connector (id, display name).
    static QList<QPair<QString, QString>> supportedCrms();
    static bool isSupportedCrm(const QString& id);

    static bool matches(const AdvisorRow& row, const AdvisorAnswers& answers);
    static AdvisorRecommendation recommend(const AdvisorAnswers& answers);

    static QString methodId(IntegrationMethod method);
    static IntegrationMethod methodFromId(const QString& id);
    static QString methodTitle(IntegrationMethod method); // translated

    // {"answers": …, "recommendation": method id, "rowId": …} for the profile.
    static QJsonObject toProfileJson(const AdvisorAnswers& answers);
};

} // namespace syncdesk
