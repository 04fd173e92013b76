// Salesforce org IDs (the 15→18 checksum, case rules, each way an ID is wrong with its message) and
// presence-status developer names (derived from labels in any language, every naming rule).
#include "salesforce/SalesforceIds.h"

#include <QTest>

using namespace syncdesk;
using namespace Qt::StringLiterals;

using Problem = OrgIdCheck::Problem;
using Kind = DeveloperNameProblem::Kind;
Q_DECLARE_METATYPE(Problem)

class TestSalesforceIds : public QObject
{
    Q_OBJECT

    static QList<int> kinds(const QList<DeveloperNameProblem>& problems)
    {
        QList<int> out;
        for (const auto& p : problems)
            out.append(int(p.kind));
        return out;
    }

private slots:
    void checksumOfKnownIds()
    {
        // Salesforce's own samples (reference §B5); the second is a user ID: any key prefix works.
        QCOMPARE(SalesforceIds::checksum(u"00D50000000IZ3Z"), QStringLiteral("EAW"));
        QCOMPARE(SalesforceIds::checksum(u"00550000001fg5O"), QStringLiteral("AAQ"));
        QCOMPARE(SalesforceIds::checksum(u"000000000000000"), QStringLiteral("AAA"));
        QCOMPARE(SalesforceIds::checksum(u"ZZZZZZZZZZZZZZZ"), QStringLiteral("555"));
    }

    void validOrgIds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("id18");
        QTest::newRow("known vector, 15") << u"00D50000000IZ3Z"_s << u"00D50000000IZ3ZEAW"_s;
        QTest::newRow("known vector, 18") << u"00D50000000IZ3ZEAW"_s << u"00D50000000IZ3ZEAW"_s;
        QTest::newRow("pasted with spaces") << u"  00D50000000IZ3Z\n"_s << u"00D50000000IZ3ZEAW"_s;
        // 15 characters are case-sensitive: the lower-case letters are another org with another checksum.
        QTest::newRow("15, other case is another org") << u"00D50000000iz3z"_s << u"00D50000000iz3zEAA"_s;
        QTest::newRow("15, all digits after 00D") << u"00D000000000000"_s << u"00D000000000000EAA"_s;
        // 18 characters are case-insensitive: the checksum restores the case of the first 15.
        QTest::newRow("18, lower-cased") << u"00d50000000iz3zeaw"_s << u"00D50000000IZ3ZEAW"_s;
        QTest::newRow("18, upper-cased other org") << u"00D50000000IZ3ZEAA"_s << u"00D50000000iz3zEAA"_s;
        QTest::newRow("18, mixed case typo in a letter")
            << u"00D50000000Iz3ZEAW"_s << u"00D50000000IZ3ZEAW"_s;
        QTest::newRow("18, lower-case checksum") << u"00D50000000IZ3Zeaw"_s << u"00D50000000IZ3ZEAW"_s;
    }
    void validOrgIds()
    {
        QFETCH(QString, typed);
        QFETCH(QString, id18);
        const OrgIdCheck c = SalesforceIds::checkOrgId(typed);
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c.id18, id18);
        QVERIFY(c.error().ok());
        const Result<QString> r = SalesforceIds::orgId18(typed);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), id18);
        // The 18-character form is a fixed point: checking it again gives itself.
        QCOMPARE(SalesforceIds::checkOrgId(id18).id18, id18);
    }

    void invalidOrgIds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QStringList>("messageHas");
        QTest::newRow("empty") << u""_s << Problem::Empty << QStringList{u"00D"_s, u"Company Information"_s};
        QTest::newRow("blank") << u"   "_s << Problem::Empty << QStringList{u"15 or 18"_s};
        QTest::newRow("dash at 4") << u"00D-0000000IZ3Z"_s << Problem::BadCharacter
                                   << QStringList{u"position 4"_s, u"\"-\""_s, u"A-Z"_s,
                                                  u"Company Information"_s};
        QTest::newRow("inner space") << u"00D50000 000IZ3Z"_s << Problem::BadCharacter
                                     << QStringList{u"position 9"_s, u"U+0020"_s};
        QTest::newRow("umlaut") << u"00D50000000IZ3Ä"_s << Problem::BadCharacter
                                << QStringList{u"position 15"_s};
        QTest::newRow("user id") << u"00550000001fg5O"_s << Problem::NotOrganization
                                 << QStringList{u"user ID"_s, u"005"_s, u"00D"_s};
        QTest::newRow("account id") << u"001500000012345"_s << Problem::NotOrganization
                                    << QStringList{u"must start with 00D"_s, u"001"_s};
        QTest::newRow("15, lower-case d") << u"00d50000000IZ3Z"_s << Problem::NotOrganization
                                          << QStringList{u"capital D"_s, u"case-sensitive"_s, u"00d"_s};
        QTest::newRow("18, other prefix")
            << u"00550000001fg5OAAQ"_s << Problem::NotOrganization << QStringList{u"005"_s};
        QTest::newRow("too short") << u"00D50000000IZ3"_s << Problem::WrongLength
                                   << QStringList{u"15 or 18"_s, u"not 14"_s};
        QTest::newRow("16") << u"00D50000000IZ3ZE"_s << Problem::WrongLength << QStringList{u"not 16"_s};
        QTest::newRow("19") << u"00D50000000IZ3ZEAWX"_s << Problem::WrongLength << QStringList{u"not 19"_s};
        QTest::newRow("two characters") << u"00"_s << Problem::WrongLength << QStringList{u"not 2"_s};
        // The checksum would restore "00d…": not an org ID, so a typing error in the checksum.
        QTest::newRow("wrong checksum") << u"00D50000000IZ3ZAAW"_s << Problem::WrongChecksum
                                        << QStringList{u"expected EAW"_s, u"ends in AAW"_s};
        // 5 asks for five capitals where digits stand.
        QTest::newRow("checksum asks capital digit")
            << u"00D50000000IZ3ZE5W"_s << Problem::WrongChecksum << QStringList{u"expected EAW"_s, u"E5W"_s};
        QTest::newRow("checksum outside alphabet")
            << u"00D50000000IZ3ZEA9"_s << Problem::WrongChecksum << QStringList{u"expected EAW"_s};
        QTest::newRow("mistyped digit") << u"00D50000000IZ4ZEAW"_s << Problem::None << QStringList{};
    }
    void invalidOrgIds()
    {
        QFETCH(QString, typed);
        QFETCH(Problem, problem);
        QFETCH(QStringList, messageHas);
        const OrgIdCheck c = SalesforceIds::checkOrgId(typed);
        QCOMPARE(c.problem, problem);
        if (problem == Problem::None) {
            // A checksum only covers the case of letters: a mistyped digit is a valid other ID.
            QCOMPARE(c.id18, QStringLiteral("00D50000000IZ4ZEAW"));
            return;
        }
        QVERIFY(c.id18.isEmpty());
        const Error e = c.error();
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QCOMPARE(e.service, Service::Salesforce);
        QVERIFY(!e.detail.isEmpty());
        for (const QString& part : messageHas)
            QVERIFY2(e.message.contains(part),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(part, e.message)));
        const Result<QString> r = SalesforceIds::orgId18(typed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, e.message);
    }

    void deriveDeveloperName_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::newRow("spaces") << u"Available for Chats"_s << u"Available_for_Chats"_s;
        QTest::newRow("already a name") << u"Busy_On_Case"_s << u"Busy_On_Case"_s;
        QTest::newRow("punctuation run") << u"Busy - On Call!"_s << u"Busy_On_Call"_s;
        QTest::newRow("surrounding spaces") << u"  Lunch  "_s << u"Lunch"_s;
        QTest::newRow("apostrophe") << u"Agent's Break"_s << u"Agent_s_Break"_s;
        QTest::newRow("leading digit") << u"1st Line"_s << u"X1st_Line"_s;
        QTest::newRow("underscores collapse") << u"On__Break_"_s << u"On_Break"_s;
        QTest::newRow("German umlauts") << u"Pause (Büro)"_s << u"Pause_Buero"_s;
        QTest::newRow("German capitals and sharp s")
            << u"Übung Größe Ärger Öl"_s << u"Uebung_Groesse_Aerger_Oel"_s;
        QTest::newRow("German capital sharp s") << u"GRO\u1E9EE"_s << u"GROSSE"_s;
        QTest::newRow("French accents") << u"Café Réunion"_s << u"Cafe_Reunion"_s;
        QTest::newRow("Japanese only") << u"休憩中"_s << u""_s;
        QTest::newRow("Japanese with Latin") << u"電話中 (Zoom)"_s << u"Zoom"_s;
        QTest::newRow("Japanese between Latin") << u"Busy 会議中 Meeting"_s << u"Busy_Meeting"_s;
        QTest::newRow("full-width Latin") << u"ＡＢＣ １２"_s << u"ABC_12"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("80 letters kept") << QString(80, QLatin1Char('A')) << QString(80, QLatin1Char('A'));
        QTest::newRow("cut to 80") << QString(100, QLatin1Char('b')) << QString(80, QLatin1Char('b'));
        QTest::newRow("cut leaves no trailing underscore")
            << QString(79, QLatin1Char('A')) + QStringLiteral(" Break") << QString(79, QLatin1Char('A'));
    }
    void deriveDeveloperName()
    {
        QFETCH(QString, label);
        QFETCH(QString, name);
        const QString derived = DeveloperNames::derive(label);
        QCOMPARE(derived, name);
        // What is derived either passes every rule or is empty, and then the admin is told to type one.
        const QList<DeveloperNameProblem> problems = DeveloperNames::validate(derived);
        if (derived.isEmpty())
            QCOMPARE(kinds(problems), QList<int>{int(Kind::Empty)});
        else
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void validateDeveloperName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("others");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("valid") << u"On_Break"_s << QStringList{u"Busy"_s} << QList<int>{} << 0 << u""_s;
        QTest::newRow("valid with digits") << u"Tier2_Busy"_s << QStringList{} << QList<int>{} << 0 << u""_s;
        QTest::newRow("80 characters")
            << QString(80, QLatin1Char('a')) << QStringList{} << QList<int>{} << 0 << u""_s;
        QTest::newRow("empty") << u""_s << QStringList{} << QList<int>{int(Kind::Empty)} << 0 << u"empty"_s;
        QTest::newRow("starts with digit")
            << u"1st_Line"_s << QStringList{} << QList<int>{int(Kind::StartsWithoutLetter)} << 1
            << u"start with a letter"_s;
        QTest::newRow("starts with underscore")
            << u"_Break"_s << QStringList{} << QList<int>{int(Kind::StartsWithoutLetter)} << 1 << u"\"_\""_s;
        QTest::newRow("space") << u"On Break"_s << QStringList{} << QList<int>{int(Kind::InvalidCharacter)}
                               << 3 << u"position 3"_s;
        QTest::newRow("umlaut") << u"Büro"_s << QStringList{} << QList<int>{int(Kind::InvalidCharacter)} << 2
                                << u"\"ü\""_s;
        QTest::newRow("Japanese") << u"A休憩"_s << QStringList{} << QList<int>{int(Kind::InvalidCharacter)}
                                  << 2 << u"position 2"_s;
        QTest::newRow("hyphen") << u"On-Break"_s << QStringList{} << QList<int>{int(Kind::InvalidCharacter)}
                                << 3 << u"underscores"_s;
        QTest::newRow("double underscore")
            << u"On__Break"_s << QStringList{} << QList<int>{int(Kind::DoubleUnderscore)} << 3
            << u"two underscores"_s;
        QTest::newRow("custom suffix")
            << u"Busy__c"_s << QStringList{} << QList<int>{int(Kind::DoubleUnderscore)} << 5 << u"__c"_s;
        QTest::newRow("trailing underscore")
            << u"Break_"_s << QStringList{} << QList<int>{int(Kind::TrailingUnderscore)} << 6
            << u"end with"_s;
        QTest::newRow("81 characters") << QString(81, QLatin1Char('a')) << QStringList{}
                                       << QList<int>{int(Kind::TooLong)} << 0 << u"at most 80"_s;
        QTest::newRow("duplicate") << u"Busy"_s << QStringList{u"Away"_s, u"Busy"_s}
                                   << QList<int>{int(Kind::Duplicate)} << 0 << u"Busy"_s;
        QTest::newRow("duplicate ignoring case")
            << u"Busy"_s << QStringList{u"BUSY"_s} << QList<int>{int(Kind::Duplicate)} << 0 << u"BUSY"_s;
        QTest::newRow("several rules at once")
            << u"9 to_"_s << QStringList{u"9 TO_"_s}
            << QList<int>{int(Kind::StartsWithoutLetter), int(Kind::InvalidCharacter),
                          int(Kind::TrailingUnderscore), int(Kind::Duplicate)}
            << 1 << u"letter"_s;
    }
    void validateDeveloperName()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, others);
        QFETCH(QList<int>, expected);
        QFETCH(int, position);
        QFETCH(QString, messageHas);
        const QList<DeveloperNameProblem> problems = DeveloperNames::validate(name, others);
        QCOMPARE(kinds(problems), expected);
        if (expected.isEmpty())
            return;
        QCOMPARE(problems.first().position, position);
        QVERIFY2(problems.first().message.contains(messageHas), qPrintable(problems.first().message));
        // Each rule has its own sentence, so the editor can list them all without repeating itself.
        QSet<QString> messages;
        for (const auto& p : problems) {
            QVERIFY(!p.message.isEmpty());
            messages.insert(p.message);
        }
        QCOMPARE(messages.size(), problems.size());
    }

    void validateAllMarksBothDuplicates()
    {
        const auto result = DeveloperNames::validateAll({QStringLiteral("Busy"), QStringLiteral("Away"),
                                                         QStringLiteral("BUSY"), QStringLiteral("Away_")});
        QCOMPARE(result.size(), 4);
        QCOMPARE(kinds(result[0]), QList<int>{int(Kind::Duplicate)});
        QVERIFY(result[0][0].message.contains(QLatin1String("BUSY")));
        QCOMPARE(kinds(result[1]), QList<int>{});
        QCOMPARE(kinds(result[2]), QList<int>{int(Kind::Duplicate)});
        QVERIFY(result[2][0].message.contains(QLatin1String("Busy")));
        // "Away_" breaks a rule but is no duplicate of "Away".
        QCOMPARE(kinds(result[3]), QList<int>{int(Kind::TrailingUnderscore)});
        QVERIFY(DeveloperNames::validateAll({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSalesforceIds)
#include "tst_salesforceids.moc"
