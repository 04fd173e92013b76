// The CXone side of the seeds as data: the regions, the Map Accounts steps and when the mapping
// counts as complete (it unlocks Zoom's endpoint validation step), and the e-mail check of the
// notification list.
#include "acd/AcdAuth.h"
#include "catalog/AcdCatalog.h"
#include "catalog/ZoomCatalog.h"
#include "profile/Profile.h"

#include <QRegularExpression>
#include <QTest>

using namespace syncdesk;

class TestAcdCatalog : public QObject
{
    Q_OBJECT

private slots:
    void regionsNameEveryKnownIssuer();
    void mappingStepsHaveStableIds();
    void mappingCompleteOnlyWithEveryStep();
    void endpointStepNeedsTheMapping();
    void emails_data();
    void emails();
};

void TestAcdCatalog::regionsNameEveryKnownIssuer()
{
    const QList<AcdRegion> regions = AcdCatalog::regions();
    QCOMPARE(regions.size(), AcdEndpoints::knownIssuers().size());
    for (const AcdRegion& r : regions) {
        QVERIFY2(!r.name.isEmpty(), qPrintable(r.issuer.toString()));
        QVERIFY(r.name.contains(r.issuer.host()));
    }
    QCOMPARE(regions.first().issuer, AcdEndpoints::defaultIssuer());
    QVERIFY(AcdCatalog::regionName(QUrl(QStringLiteral("https://cxone.example.org"))).isEmpty());
}

void TestAcdCatalog::mappingStepsHaveStableIds()
{
    // Saved in profiles: renaming one loses the admin's ticks.
    QStringList ids;
    for (const AcdMappingStep& s : AcdCatalog::mappingSteps())
        ids.append(s.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("open-adapters"), QStringLiteral("map-accounts"),
                               QStringLiteral("access-key-user"), QStringLiteral("account-details"),
                               QStringLiteral("notifications"), QStringLiteral("map-register")}));
    static const QRegularExpression ascii(QStringLiteral("^[a-z][a-z-]*$"));
    for (const QString& id : ids)
        QVERIFY(ascii.match(id).hasMatch());
}

void TestAcdCatalog::mappingCompleteOnlyWithEveryStep()
{
    AcdSettings acd;
    QVERIFY(!AcdCatalog::isMappingComplete(acd));
    const QList<AcdMappingStep> steps = AcdCatalog::mappingSteps();
    for (int i = 0; i < steps.size(); ++i) {
        QVERIFY(!AcdCatalog::isMappingComplete(acd));
        acd.mappingChecklistDone.insert(steps[i].id);
        QCOMPARE(AcdCatalog::mappingStepsDone(acd), i + 1);
    }
    QVERIFY(AcdCatalog::isMappingComplete(acd));
    acd.mappingChecklistDone.insert(QStringLiteral("unknown-from-a-newer-version"));
    QVERIFY(AcdCatalog::isMappingComplete(acd));
    acd.mappingChecklistDone.remove(QStringLiteral("map-register"));
    QVERIFY(!AcdCatalog::isMappingComplete(acd));
}

void TestAcdCatalog::endpointStepNeedsTheMapping()
{
    QStringList gated;
    for (const ChecklistStep& s : ZoomCatalog::steps(true, true)) {
        if (s.needsAcdMapping)
            gated.append(s.id);
    }
    QCOMPARE(gated, QStringList{QStringLiteral("endpoint")});
}

void TestAcdCatalog::emails_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("ops@example.com") << true;
    QTest::newRow("subdomain") << QStringLiteral("it.alerts+zoom@mail.example.co.jp") << true;
    QTest::newRow("spaces trimmed") << QStringLiteral("  ops@example.de ") << true;
    QTest::newRow("no domain dot") << QStringLiteral("ops@example") << false;
    QTest::newRow("no at") << QStringLiteral("ops.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("ops@@example.com") << false;
    QTest::newRow("space inside") << QStringLiteral("o ps@example.com") << false;
    QTest::newRow("double dot") << QStringLiteral("ops..x@example.com") << false;
    QTest::newRow("hyphen label end") << QStringLiteral("ops@example-.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAcdCatalog::emails()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(AcdCatalog::isValidEmail(address), valid);
}

QTEST_GUILESS_MAIN(TestAcdCatalog)
#include "tst_acdcatalog.moc"
