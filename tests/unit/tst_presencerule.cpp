// Presence rules: the rule file round-trips in the exact form, malformed files are refused
// with a reason, and every validation problem is reported by name with its table and row.
#include "presence/PresenceRule.h"

#include <QJsonDocument>
#include <QTest>

using namespace syncdesk;

namespace {

const QByteArray kExample =
    "{\"name\": \"EU agents\", \"skipUnavailableValidation\": false, \"publisher\": [{\"acd\": "
    "\"Available\", \"salesforce\": \"Available_for_Chats\"}], \"subscriber\": [{\"salesforce\": "
    "\"Available_for_Chats\", \"acd\": \"Available\"}, {\"salesforce\": \"Busy_On_Case\", \"acd\": "
    "\"previous\"}], \"zoom\": [{\"zoom\": \"Do_Not_Disturb\", \"acd\": \"Meeting\"}, {\"phone\": "
    "\"connected\", \"acd\": \"Zoom call\"}, {\"phone\": \"ended\", \"acd\": \"previous\"}], \"teams\": "
    "[\"Team EU\"], \"users\": [\"anna.lehmann@example.com\"]}";

PresenceRuleContext codes(bool withTeamEu = true)
{
    PresenceRuleContext c;
    c.codesKnown = true;
    const QStringList teams = withTeamEu ? QStringList{QStringLiteral("Team EU"), QStringLiteral("Team US")}
                                         : QStringList{QStringLiteral("Team US")};
    c.codes = {{QStringLiteral("Meeting"), teams, true}, {QStringLiteral("Zoom call"), teams, true}};
    return c;
}

PresenceRule example()
{
    auto r = PresenceRules::fromJson(kExample);
    return r.ok() ? r.value() : PresenceRule{};
}

QList<RuleProblemKind> kinds(const QList<RuleProblem>& problems)
{
    QList<RuleProblemKind> k;
    for (const RuleProblem& p : problems)
        k.append(p.kind);
    return k;
}

} // namespace

class TestPresenceRule : public QObject
{
    Q_OBJECT
private slots:
    void exampleReadsAndRoundTrips()
    {
        const auto r = PresenceRules::fromJson(kExample);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const PresenceRule& rule = r.value();
        QCOMPARE(rule.name, QStringLiteral("EU agents"));
        QCOMPARE(rule.publisher.size(), 1);
        QCOMPARE(rule.subscriber.size(), 2);
        QCOMPARE(rule.subscriber[1].acd, QStringLiteral("previous"));
        QCOMPARE(rule.zoom.size(), 3);
        QCOMPARE(rule.zoom[0].zoom, QStringLiteral("Do_Not_Disturb"));
        QCOMPARE(rule.zoom[1].phone, QStringLiteral("connected"));
        QCOMPARE(rule.teams, QStringList{QStringLiteral("Team EU")});
        QCOMPARE(rule.users, QStringList{QStringLiteral("anna.lehmann@example.com")});

        const QByteArray out = PresenceRules::toJson(rule);
        // Same document, and the keys in the order (a script diffing files relies on it).
        QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(kExample));
        const QList<QByteArray> order = {"\"name\"",      "\"skipUnavailableValidation\"",
                                         "\"publisher\"", "\"subscriber\"",
                                         "\"zoom\"",      "\"teams\"",
                                         "\"users\""};
        qsizetype last = -1;
        for (const QByteArray& key : order) {
            const qsizetype at = out.indexOf(key);
            QVERIFY2(at > last, key.constData());
            last = at;
        }
        QVERIFY(out.indexOf("{\"salesforce\": \"Busy_On_Case\", \"acd\": \"previous\"}") > 0 ||
                out.indexOf("{\"salesforce\":\"Busy_On_Case\",\"acd\":\"previous\"}") > 0);
        const auto again = PresenceRules::fromJson(out);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), rule);
    }

    void exampleIsValidAgainstItsCodes()
    {
        PresenceRuleContext c = codes();
        c.salesforceStatuses =
            QStringList{QStringLiteral("Available_for_Chats"), QStringLiteral("Busy_On_Case")};
        const auto problems = PresenceRules::validate(example(), c);
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    }

    void malformedFilesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("no name") << QByteArray("{\"publisher\": []}") << QStringLiteral("name");
        QTest::newRow("table not a list")
            << QByteArray("{\"name\": \"x\", \"zoom\": {}}") << QStringLiteral("zoom");
        QTest::newRow("row without acd")
            << QByteArray("{\"name\": \"x\", \"publisher\": [{\"salesforce\": \"A\"}]}")
            << QStringLiteral("Row 1");
        QTest::newRow("zoom and phone") << QByteArray("{\"name\": \"x\", \"zoom\": [{\"zoom\": \"Away\", "
                                                      "\"phone\": \"ended\", \"acd\": \"A\"}]}")
                                        << QStringLiteral("Row 1");
        QTest::newRow("unknown key") << QByteArray("{\"name\": \"x\", \"publishers\": []}")
                                     << QStringLiteral("publishers");
        QTest::newRow("skip not bool")
            << QByteArray("{\"name\": \"x\", \"skipUnavailableValidation\": \"no\"}")
            << QStringLiteral("skipUnavailableValidation");
    }
    void malformedFilesSayWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto r = PresenceRules::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void duplicateSourceInEachTable()
    {
        PresenceRule rule = example();
        rule.publisher.append({QStringLiteral("Available"), QStringLiteral("Busy_On_Case")});
        rule.subscriber.append({QStringLiteral("Busy_On_Case"), QStringLiteral("Available")});
        // The REST spelling of the same presence is the same source.
        rule.zoom.append({QStringLiteral("Do not disturb"), {}, QStringLiteral("Meeting")});
        const auto problems = PresenceRules::validate(rule, codes());
        QCOMPARE(kinds(problems),
                 (QList<RuleProblemKind>{RuleProblemKind::DuplicateSource, RuleProblemKind::DuplicateSource,
                                         RuleProblemKind::DuplicateSource}));
        QCOMPARE(problems[0].table, QStringLiteral("publisher"));
        QCOMPARE(problems[0].row, 2);
        QCOMPARE(problems[1].table, QStringLiteral("subscriber"));
        QCOMPARE(problems[1].row, 3);
        QCOMPARE(problems[2].table, QStringLiteral("zoom"));
        QCOMPARE(problems[2].row, 4);
        QVERIFY(problems[2].message.contains(QLatin1String("row 4")));
    }

    void restSpellingIsAccepted()
    {
        PresenceRule rule = example();
        rule.zoom[0].zoom = QStringLiteral("Do not disturb");
        rule.zoom.append({QStringLiteral("In_A_Zoom_Meeting"), {}, QStringLiteral("Meeting")});
        QVERIFY(PresenceRules::validate(rule, codes()).isEmpty());
    }

    void unknownStatesAndValues()
    {
        PresenceRule rule = example();
        rule.zoom[0].acd = QStringLiteral("Lunch"); // no such unavailable code
        rule.zoom.append({QStringLiteral("Sleeping"), {}, QStringLiteral("Meeting")});
        rule.zoom.append({{}, QStringLiteral("on hold"), QStringLiteral("Meeting")});
        PresenceRuleContext c = codes();
        c.salesforceStatuses = QStringList{QStringLiteral("Available_for_Chats")}; // Busy_On_Case missing
        const auto problems = PresenceRules::validate(rule, c);
        QCOMPARE(kinds(problems),
                 (QList<RuleProblemKind>{RuleProblemKind::UnknownSalesforceStatus,
                                         RuleProblemKind::UnknownAcdState, RuleProblemKind::UnknownZoomValue,
                                         RuleProblemKind::UnknownPhoneState}));
        QCOMPARE(problems[0].table, QStringLiteral("subscriber"));
        QCOMPARE(problems[0].row, 2);
        QVERIFY(problems[1].message.contains(QLatin1String("Lunch")));
        QCOMPARE(problems[2].row, 4);
        QCOMPARE(problems[3].row, 5);

        // Without codes, ACD names cannot be checked; without statuses, Salesforce names neither.
        rule.zoom.removeLast();
        rule.zoom.removeLast();
        QVERIFY(PresenceRules::validate(rule).isEmpty());
    }

    void codeNotAssignedToEveryTeamUnlessSkipped()
    {
        PresenceRule rule = example();
        const auto problems = PresenceRules::validate(rule, codes(false));
        QCOMPARE(kinds(problems), (QList<RuleProblemKind>{RuleProblemKind::CodeNotAssignedToTeam,
                                                          RuleProblemKind::CodeNotAssignedToTeam}));
        QCOMPARE(problems[0].table, QStringLiteral("zoom"));
        QCOMPARE(problems[0].row, 1);
        QVERIFY(problems[0].message.contains(QLatin1String("Team EU")));
        rule.skipUnavailableValidation = true;
        QVERIFY(PresenceRules::validate(rule, codes(false)).isEmpty());
    }

    void subscriberRowWithoutPublisherRow()
    {
        PresenceRule rule = example();
        rule.subscriber.append({QStringLiteral("In_Meeting"), QStringLiteral("Meeting")});
        const auto problems = PresenceRules::validate(rule, codes());
        QCOMPARE(kinds(problems), QList<RuleProblemKind>{RuleProblemKind::NoPublisherRow});
        QCOMPARE(problems[0].table, QStringLiteral("subscriber"));
        QCOMPARE(problems[0].row, 3);
        QVERIFY(problems[0].message.contains(QLatin1String("Meeting")));
    }

    void previousInPublisher()
    {
        PresenceRule rule = example();
        rule.publisher.append({QStringLiteral("previous"), QStringLiteral("Busy_On_Case")});
        const auto problems = PresenceRules::validate(rule, codes());
        QCOMPARE(kinds(problems), QList<RuleProblemKind>{RuleProblemKind::PreviousInPublisher});
        QCOMPARE(problems[0].table, QStringLiteral("publisher"));
        QCOMPARE(problems[0].row, 2);
    }

    void emptyCellsAreNamed()
    {
        PresenceRule rule = example();
        rule.publisher.append({QString(), QStringLiteral("Busy_On_Case")});
        const auto problems = PresenceRules::validate(rule, codes());
        QCOMPARE(kinds(problems), QList<RuleProblemKind>{RuleProblemKind::EmptyValue});
        QCOMPARE(problems[0].row, 2);
    }

    void codesJsonAsAcdCodesPrintsIt()
    {
        const auto c = PresenceRules::contextFromCodesJson(
            "[{\"name\":\"Meeting\",\"isActive\":true,\"teams\":[\"Team EU\"]},{\"name\":\"Zoom "
            "call\",\"isActive\":true,\"teams\":[\"Team EU\"]}]");
        QVERIFY(c.ok());
        QVERIFY(c.value().codesKnown);
        QCOMPARE(c.value().codes.size(), 2);
        QVERIFY(PresenceRules::validate(example(), c.value()).isEmpty());
        QVERIFY(!PresenceRules::contextFromCodesJson("{}").ok());
    }
};

QTEST_GUILESS_MAIN(TestPresenceRule)
#include "tst_presencerule.moc"
