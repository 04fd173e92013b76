// The engagement-data seed's decision table (one test per row), the flow event script generator and
// seed 004's omni-channel status mapping validation.
#include "cc/CtiSettings.h"
#include "cc/FlowEventScript.h"
#include "cc/IntegrationAdvisor.h"
#include "cc/OmniStatusMapping.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;
using Workspace = AdvisorAnswers::Workspace;

class TestCcAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void unansweredGivesNothing();
    void rowConnectorInSupportedCrm();
    void rowWorkplaceAppOrSmartEmbed();
    void rowMessagingFlow();
    void messagingFlowWithOtherDataStaysOnWebhooks();
    void unsupportedCrmFallsBackToCustom();
    void everyRowReachable();
    void answersRoundTrip();

    void scriptHasTriggersFieldsAndUrl();
    void urlCannotBreakOutOfString();
    void scriptIsStable();
    void urlValidation();
    void scriptPassesNodeCheck();

    void omniProblems();
    void omniSavedInCtiSettings();
};

void TestCcAdvisor::unansweredGivesNothing()
{
    const auto r = IntegrationAdvisor::recommend({});
    QCOMPARE(r.method, IntegrationMethod::None);
    QVERIFY(!IntegrationAdvisor::toProfileJson({}).contains(QStringLiteral("recommendation")));
}

void TestCcAdvisor::rowConnectorInSupportedCrm()
{
    // Seed row 1: the ZCC CTI connector in a supported CRM -> the built-in integration.
    for (const auto& crm : IntegrationAdvisor::supportedCrms()) {
        AdvisorAnswers a;
        a.workspace = Workspace::CrmConnector;
        a.crm = crm.first;
        const auto r = IntegrationAdvisor::recommend(a);
        QCOMPARE(r.method, IntegrationMethod::CtiConnector);
        QCOMPARE(r.rowId, QStringLiteral("connector"));
        QVERIFY(r.considerations.contains(QStringLiteral("No code required.")));
        QVERIFY(r.considerations.join(u' ').contains(QStringLiteral("Integrations > Applications")));
    }
    QCOMPARE(IntegrationAdvisor::supportedCrms().size(), 5);
}

void TestCcAdvisor::rowWorkplaceAppOrSmartEmbed()
{
    // Seed row 2: Zoom Workplace app or Smart Embed -> webhooks with a nightly polling job.
    for (const Workspace w : {Workspace::WorkplaceApp, Workspace::SmartEmbed}) {
        AdvisorAnswers a;
        a.workspace = w;
        const auto r = IntegrationAdvisor::recommend(a);
        QCOMPARE(r.method, IntegrationMethod::WebhooksWithPolling);
        QCOMPARE(r.rowId, QStringLiteral("webhooks"));
        const QString all = r.considerations.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("The most robust custom solution.")));
        // Every data kind with its webhook and what must be enabled.
        QVERIFY(all.contains(QStringLiteral("contact_center.recording_completed")));
        QVERIFY(all.contains(QStringLiteral("contact_center.engagement_note_added")));
        QVERIFY(all.contains(QStringLiteral("call recording to be enabled for the queue")));
    }
    // Only the wanted kinds are listed.
    AdvisorAnswers a;
    a.workspace = Workspace::WorkplaceApp;
    a.data = {QStringLiteral("note")};
    const QString all = IntegrationAdvisor::recommend(a).considerations.join(u'\n');
    QVERIFY(all.contains(QStringLiteral("engagement_note_added")));
    QVERIFY(!all.contains(QStringLiteral("recording_completed")));
}

void TestCcAdvisor::rowMessagingFlow()
{
    // Seed row 3: an inbound messaging flow that must push data -> flow event scripts.
    AdvisorAnswers a;
    a.workspace = Workspace::WorkplaceApp;
    a.messagingFlow = true;
    a.data = {QStringLiteral("messagingTranscript"), QStringLiteral("disposition")};
    const auto r = IntegrationAdvisor::recommend(a);
    QCOMPARE(r.method, IntegrationMethod::FlowEventScripts);
    QCOMPARE(r.rowId, QStringLiteral("flowScripts"));
    QVERIFY(r.considerations.contains(QStringLiteral("Requires JavaScript.")));
    QVERIFY(r.considerations.join(u' ').contains(QStringLiteral("RouteTo")));
    QCOMPARE(r.alsoConsider, QList<IntegrationMethod>{IntegrationMethod::WebhooksWithPolling});
}

void TestCcAdvisor::messagingFlowWithOtherDataStaysOnWebhooks()
{
    AdvisorAnswers a;
    a.workspace = Workspace::SmartEmbed;
    a.messagingFlow = true;
    a.data = {QStringLiteral("messagingTranscript"), QStringLiteral("recording")};
    const auto r = IntegrationAdvisor::recommend(a);
    QCOMPARE(r.method, IntegrationMethod::WebhooksWithPolling);
    QVERIFY(r.considerations.join(u' ').contains(QStringLiteral("reach only dispositions")));
    // No data chosen means all of it: not a flow-script job either.
    a.data.clear();
    QCOMPARE(IntegrationAdvisor::recommend(a).method, IntegrationMethod::WebhooksWithPolling);
}

void TestCcAdvisor::unsupportedCrmFallsBackToCustom()
{
    AdvisorAnswers a;
    a.workspace = Workspace::CrmConnector;
    a.crm = QStringLiteral("other");
    const auto r = IntegrationAdvisor::recommend(a);
    QCOMPARE(r.method, IntegrationMethod::WebhooksWithPolling);
    QCOMPARE(r.rowId, QStringLiteral("unsupportedCrm"));
}

void TestCcAdvisor::everyRowReachable()
{
    QSet<QString> reached;
    for (const Workspace w : {Workspace::CrmConnector, Workspace::WorkplaceApp, Workspace::SmartEmbed})
        for (const QString& crm : {QStringLiteral("salesforce"), QStringLiteral("other")})
            for (const bool flow : {false, true}) {
                AdvisorAnswers a{w, crm, flow, {QStringLiteral("disposition")}};
                reached.insert(IntegrationAdvisor::recommend(a).rowId);
            }
    for (const AdvisorRow& row : IntegrationAdvisor::rows())
        QVERIFY2(reached.contains(row.id), qPrintable(row.id));
}

void TestCcAdvisor::answersRoundTrip()
{
    AdvisorAnswers a{Workspace::CrmConnector,
                     QStringLiteral("zendesk"),
                     true,
                     {QStringLiteral("note"), QStringLiteral("recording")}};
    QCOMPARE(AdvisorAnswers::fromJson(a.toJson()), a);
    const QJsonObject saved = IntegrationAdvisor::toProfileJson(a);
    QCOMPARE(saved.value(QStringLiteral("recommendation")).toString(), QStringLiteral("ctiConnector"));
    QCOMPARE(AdvisorAnswers::fromJson(saved.value(QStringLiteral("answers")).toObject()), a);
}

void TestCcAdvisor::scriptHasTriggersFieldsAndUrl()
{
    FlowEventScript f;
    f.url = QStringLiteral("https://crm.example.com/zcc/engagements");
    const QString s = f.script();
    QVERIFY(s.contains(QStringLiteral("Engagement Closed")));
    QVERIFY(s.contains(QStringLiteral("Disposition Saved")));
    QVERIFY(s.contains(QStringLiteral("global_system.Engagement.disposition")));
    QVERIFY(s.contains(QStringLiteral("global_system.Engagement.transcript")));
    QVERIFY(s.contains(QStringLiteral("RouteTo")));
    QVERIFY(s.contains(QStringLiteral("\"https://crm.example.com/zcc/engagements\"")));
    f.onEngagementClosed = false;
    f.includeTranscript = false;
    const QString t = f.script();
    QVERIFY(!t.contains(QStringLiteral("Engagement Closed")));
    QVERIFY(!t.contains(QStringLiteral("global_system.Engagement.transcript")));
}

void TestCcAdvisor::urlCannotBreakOutOfString()
{
    FlowEventScript f;
    // Trimmed at the ends, so the newline and U+2028 sit inside.
    f.url = QStringLiteral("https://x.example/\"; steal(); \"\\\n") + QChar(0x2028) + QStringLiteral("x");
    const QString s = f.script();
    const QString line = s.section(u'\n', 4, 4);
    QVERIFY2(line.startsWith(QStringLiteral("    const endpoint = \"")), qPrintable(line));
    QCOMPARE(line, QStringLiteral(
                       "    const endpoint = \"https://x.example/\\\"; steal(); \\\"\\\\\\n\\u2028x\";"));
    QVERIFY(!s.contains(QChar(0x2028)));
}

void TestCcAdvisor::scriptIsStable()
{
    FlowEventScript f;
    f.url = QStringLiteral("https://a.example/hook");
    FlowEventScript g = FlowEventScript::fromJson(f.toJson());
    QCOMPARE(g, f);
    QCOMPARE(g.script(), f.script());
    QCOMPARE(f.script(), f.script());
}

void TestCcAdvisor::urlValidation()
{
    auto codes = [](const QString& url) {
        FlowEventScript f;
        f.url = url;
        QStringList out;
        for (const auto& p : f.validate())
            out.append(p.code);
        return out;
    };
    QCOMPARE(codes(QString()), QStringList{QStringLiteral("url.empty")});
    QCOMPARE(codes(QStringLiteral("http://a.example/x")), QStringList{QStringLiteral("url.https")});
    QCOMPARE(codes(QStringLiteral("https:// bad host")), QStringList{QStringLiteral("url.invalid")});
    QCOMPARE(codes(QStringLiteral("not a url")), QStringList{QStringLiteral("url.invalid")});
    QVERIFY(codes(QStringLiteral("https://a.example/x")).isEmpty());
    FlowEventScript f;
    f.url = QStringLiteral("https://a.example/x");
    f.onEngagementClosed = f.onDispositionSaved = false;
    QCOMPARE(f.validate().size(), 1);
    QCOMPARE(f.validate().first().code, QStringLiteral("triggers.none"));
}

void TestCcAdvisor::scriptPassesNodeCheck()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed: the JavaScript syntax check is skipped");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const bool transcript : {true, false}) {
        FlowEventScript f;
        f.url = QStringLiteral("https://x.example/\"; steal(); \"\\") + QChar(0x2028);
        f.includeTranscript = transcript;
        const QString path = dir.filePath(QStringLiteral("script%1.js").arg(transcript));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(f.script().toUtf8());
        file.close();
        QProcess p;
        p.start(node, {QStringLiteral("--check"), path});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
}

void TestCcAdvisor::omniProblems()
{
    OmniStatusMapping m;
    m.rows = {{QStringLiteral("Occupied"), QStringLiteral("On_a_Call")},
              {QStringLiteral("Ready"), QStringLiteral("Available")},
              {QStringLiteral("occupied"), QStringLiteral("Busy")},
              {QString(), QStringLiteral("Available")},
              {QStringLiteral("Offline"), QString()}};
    auto codes = [](const QList<CtiProblem>& ps) {
        QStringList out;
        for (const auto& p : ps)
            out.append(QStringLiteral("%1:%2").arg(p.line).arg(p.code));
        return out;
    };
    // Before the org's statuses are loaded any name is accepted.
    QCOMPARE(codes(m.validate()),
             (QStringList{QStringLiteral("3:zoom.duplicate"), QStringLiteral("4:cell.empty"),
                          QStringLiteral("5:cell.empty")}));
    const QStringList org = {QStringLiteral("On_a_Call"), QStringLiteral("Available")};
    QCOMPARE(codes(m.validate(org)),
             (QStringList{QStringLiteral("3:zoom.duplicate"), QStringLiteral("3:salesforce.unknown"),
                          QStringLiteral("4:cell.empty"), QStringLiteral("5:cell.empty")}));
    m.rows = {{QStringLiteral("Occupied"), QStringLiteral("On_a_Call")}};
    QVERIFY(m.validate(org).isEmpty());
}

void TestCcAdvisor::omniSavedInCtiSettings()
{
    CtiSettings s;
    s.omniChannel.enabled = true;
    s.omniChannel.rows = {{QStringLiteral("Occupied"), QStringLiteral("On_a_Call")}};
    const QJsonObject json = s.toJson();
    QVERIFY(json.contains(QStringLiteral("omni_channel")));
    QCOMPARE(CtiSettings::fromJson(json), s);
    QCOMPARE(CtiSettings::fromJson(json).omniChannel.rows.first().salesforceStatus,
             QStringLiteral("On_a_Call"));
    // A profile saved before the mapping existed loads with none.
    QJsonObject old = json;
    old.remove(QStringLiteral("omni_channel"));
    QVERIFY(CtiSettings::fromJson(old).omniChannel.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestCcAdvisor)
#include "tst_ccadvisor.moc"
