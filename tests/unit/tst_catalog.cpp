#include "catalog/ZoomCatalog.h"

#include <QSet>
#include <QTest>

using namespace syncdesk;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void directorySyncHasTheTwelveSeedEvents()
    {
        const QStringList names = ZoomCatalog::directorySyncEventNames();
        QCOMPARE(names.size(), 12);
        const QStringList expected = {
            QStringLiteral("user.created"), QStringLiteral("user.disassociated"), QStringLiteral("user.deleted"),
            QStringLiteral("user.activated"), QStringLiteral("user.deactivated"), QStringLiteral("user.updated"),
            QStringLiteral("user.settings_updated"), QStringLiteral("user.invitation_accepted"),
            QStringLiteral("user.signed_in"), QStringLiteral("user.signed_out"),
            QStringLiteral("user.presence_status_updated"), QStringLiteral("user.personal_notes_updated")};
        QCOMPARE(QSet<QString>(names.begin(), names.end()), QSet<QString>(expected.begin(), expected.end()));
        for (const auto& e : ZoomCatalog::events(ZoomAppType::DirectorySync)) {
            QVERIFY(!e.label.isEmpty());
            QVERIFY(e.group == QLatin1String("User") || e.group == QLatin1String("User Activity"));
        }
    }

    void presenceSyncHasPresenceAndFourPhoneEvents()
    {
        const QStringList names = ZoomCatalog::presenceSyncEventNames();
        QCOMPARE(names.size(), 5);
        QVERIFY(names.contains(QStringLiteral("user.presence_status_updated")));
        int phone = 0;
        for (const QString& n : names)
            phone += n.startsWith(QLatin1String("phone.")) ? 1 : 0;
        QCOMPARE(phone, 4);
        for (const char* n : {"phone.caller_connected", "phone.callee_answered", "phone.caller_ended",
                              "phone.callee_ended"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
    }

    void fiveScopesWithClassicAndGranularNames()
    {
        const auto scopes = ZoomCatalog::scopes();
        QCOMPARE(scopes.size(), 5);
        QSet<QString> ids;
        for (const auto& s : scopes) {
            ids.insert(s.id);
            QVERIFY(!s.label.isEmpty());
            QVERIFY(s.classic.endsWith(QLatin1String(":admin")));
            QVERIFY(!s.granular.isEmpty());
            for (const QString& g : s.granular)
                QCOMPARE(g.count(QLatin1Char(':')), 3); // service:action:data_claim:level
        }
        QCOMPARE(ids.size(), 5);
    }

    void grantedByClassicOrAllGranular()
    {
        const auto scopes = ZoomCatalog::scopes();
        const auto phone = *std::find_if(scopes.begin(), scopes.end(), [](const auto& s) { return s.id == QLatin1String("phone"); });
        QVERIFY(ZoomCatalog::isGranted(phone, {QStringLiteral("phone:read:admin")}));
        QVERIFY(ZoomCatalog::isGranted(phone, phone.granular));
        QVERIFY(!ZoomCatalog::isGranted(phone, {phone.granular.first()}));
        QVERIFY(!ZoomCatalog::isGranted(phone, {QStringLiteral("user:read:admin")}));

        const QStringList classic = {QStringLiteral("contact:read:admin"), QStringLiteral("phone:read:admin"),
                                     QStringLiteral("user:read:admin"), QStringLiteral("user:write:admin")};
        QVERIFY(ZoomCatalog::missingScopes(classic).isEmpty());
        QStringList withoutPhone = classic;
        withoutPhone.removeAll(QStringLiteral("phone:read:admin"));
        const auto missing = ZoomCatalog::missingScopes(withoutPhone);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().id, QStringLiteral("phone"));
        QCOMPARE(ZoomCatalog::missingScopes({}).size(), 5);
    }

    void endpointUrlIsBuiltFromTheAccountId()
    {
        QCOMPARE(ZoomCatalog::endpointUrl(QStringLiteral(" AbC123_x-Y ")),
                 QStringLiteral("https://presencesync.niceincontact.com/rta/v1/zoom/web-hook-api/AbC123_x-Y"));
        QVERIFY(ZoomCatalog::endpointUrl(QString()).isEmpty());
        QVERIFY(ZoomCatalog::endpointUrlTemplate().endsWith(QLatin1String("<account ID>")));
        QVERIFY(ZoomCatalog::isPlausibleAccountId(QStringLiteral("q1w2e3r4T5Y6u7I8o9P0aa")));
        QVERIFY(!ZoomCatalog::isPlausibleAccountId(QStringLiteral("has space")));
        QVERIFY(!ZoomCatalog::isPlausibleAccountId(QStringLiteral("https://evil/")));
    }

    void stepsAreOrderedAndUnique()
    {
        const auto steps = ZoomCatalog::steps(true, true);
        QVERIFY(steps.size() >= 8);
        QCOMPARE(steps.first().id, QStringLiteral("sign-in"));
        QSet<QString> ids;
        int createApp = -1, secretToken = -1, scopes = -1;
        for (int i = 0; i < steps.size(); ++i) {
            QVERIFY2(!ids.contains(steps[i].id), qPrintable(steps[i].id));
            ids.insert(steps[i].id);
            if (steps[i].id == QLatin1String("create-app"))
                createApp = i;
            if (steps[i].id == QLatin1String("secret-token"))
                secretToken = i;
            if (steps[i].id == QLatin1String("scopes"))
                scopes = i;
        }
        QVERIFY(createApp >= 0 && createApp < secretToken && secretToken < scopes);
        bool hasEndpoint = false;
        for (const auto& s : steps)
            hasEndpoint |= s.copy == ChecklistStep::Copy::EndpointUrl;
        QVERIFY(hasEndpoint);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
