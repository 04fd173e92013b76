#include "acd/AcdApi.h"
#include "acd/AcdAuth.h"
#include "directory/DirectoryApply.h"
#include "directory/DirectoryDryRun.h"
#include "directory/DirectoryMapping.h"
#include "directory/DirectoryPlan.h"
#include "net/RestClient.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

Q_DECLARE_METATYPE(syncdesk::DirectoryAction)
Q_DECLARE_METATYPE(syncdesk::DirectorySourceUser)

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

DirectoryMapping mappingFrom(const QByteArray& json)
{
    if (json.isEmpty())
        return DirectoryMapping::defaults();
    auto m = DirectoryMapping::fromJson(QJsonDocument::fromJson(json).object());
    if (!m.ok())
        qFatal("bad test mapping: %s", qPrintable(m.error().message));
    return m.value();
}

DirectorySourceUser user(const QString& id, const QString& first, const QString& last, const QString& email,
                         const QString& dept, const QString& phone = {}, const QString& ext = {},
                         const QString& status = QStringLiteral("active"), int type = 2)
{
    DirectorySourceUser u = DirectorySourceUser::fromZoom(QJsonObject{{QStringLiteral("id"), id},
                                                                      {QStringLiteral("first_name"), first},
                                                                      {QStringLiteral("last_name"), last},
                                                                      {QStringLiteral("email"), email},
                                                                      {QStringLiteral("dept"), dept},
                                                                      {QStringLiteral("status"), status},
                                                                      {QStringLiteral("type"), type},
                                                                      {QStringLiteral("job_title"),
                                                                       QStringLiteral("Engineer")}});
    u.phone = phone;
    u.extension = ext;
    return u;
}

AcdEntry entry(const QString& externalId, const QString& first, const QString& last, const QString& email,
               const QString& company, const QString& phone)
{
    AcdEntry e;
    e.id = QStringLiteral("9") + externalId;
    e.externalId = externalId;
    e.firstName = first;
    e.lastName = last;
    e.email = email;
    e.company = company;
    e.phone = phone;
    return e;
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<ZoomSandbox> m_zoomSandbox;
    std::unique_ptr<AcdSandbox> m_acdSandbox;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<ZoomAuth> m_zoomAuth;
    std::unique_ptr<ZoomApi> m_zoom;
    std::unique_ptr<AcdAuth> m_acdAuth;
    std::unique_ptr<AcdApi> m_acd;
    QString m_bookId;

    // Both sandboxes with the same seed and organisation, as ProfileSession runs them.
    void startSandboxes(int users)
    {
        SandboxConfig cfg;
        cfg.users = users;
        cfg.seed = 1;
        cfg.ratePerSecond = 0;
        m_zoomSandbox = std::make_unique<ZoomSandbox>(cfg);
        QVERIFY(m_zoomSandbox->start().ok());
        m_acdSandbox = std::make_unique<AcdSandbox>(1, users);
        QVERIFY(m_acdSandbox->start().ok());
        m_client = std::make_unique<RestClient>();
        RestClient::Policy p;
        p.baseBackoffMs = 5;
        p.maxBackoffMs = 20;
        p.maxRetries = 1;
        m_client->setPolicy(p);
        const SandboxCredentials zc = m_zoomSandbox->credentials();
        m_zoomAuth = std::make_unique<ZoomAuth>(m_client.get(),
                                                ZoomEndpoints{m_zoomSandbox->oauthUrl(), m_zoomSandbox->apiUrl(), true},
                                                ZoomCredentials{zc.accountId, zc.clientId, zc.clientSecret});
        m_zoom = std::make_unique<ZoomApi>(m_client.get(), m_zoomAuth.get());
        AcdEndpoints ae;
        ae.issuer = m_acdSandbox->issuerUrl();
        const AcdSandboxCredentials ac = m_acdSandbox->credentials();
        m_acdAuth = std::make_unique<AcdAuth>(
            m_client.get(), ae, AcdCredentials{ac.clientId, ac.clientSecret, ac.accessKeyId, ac.accessKeySecret});
        m_acd = std::make_unique<AcdApi>(m_client.get(), m_acdAuth.get());

        std::optional<Result<QList<AcdAddressBook>>> books;
        m_acd->addressBooks(nullptr, [&](const Result<QList<AcdAddressBook>>& r) { books = r; });
        QTRY_VERIFY_WITH_TIMEOUT(books.has_value(), 10000);
        QVERIFY(books->ok());
        for (const AcdAddressBook& b : books->value())
            if (b.name == QLatin1String("Corporate Directory"))
                m_bookId = b.id;
        QVERIFY(!m_bookId.isEmpty());
    }

    struct DryRunOutcome
    {
        DirectoryPlan plan;
        QList<DirectoryChange> partial;
        Error error;
        int finishedCount = 0;
    };
    DryRunOutcome dryRun(const DirectoryMapping& mapping)
    {
        DryRunOutcome out;
        DirectoryDryRun run(m_zoom.get(), m_acd.get());
        connect(&run, &DirectoryDryRun::partialResults, this,
                [&](const QList<DirectoryChange>& c) { out.partial.append(c); });
        connect(&run, &DirectoryDryRun::finished, this, [&](const Error& e) {
            out.error = e;
            ++out.finishedCount;
        });
        run.start(m_bookId, mapping);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.finishedCount > 0, 30000); }();
        out.plan = run.plan();
        return out;
    }

    struct ApplyOutcome
    {
        QList<DirectoryApplyResult> results;
        Error error;
        bool finished = false;
    };
    ApplyOutcome apply(const DirectoryPlan& plan, bool confirm, int batchSize = 100,
                       const std::function<void(DirectoryApply&)>& onFirstBatch = {})
    {
        ApplyOutcome out;
        DirectoryApply a(m_acd.get());
        a.setBatchSize(batchSize);
        bool first = true;
        connect(&a, &DirectoryApply::resultsArrived, this, [&](const QList<DirectoryApplyResult>&) {
            if (first && onFirstBatch)
                onFirstBatch(a);
            first = false;
        });
        connect(&a, &DirectoryApply::finished, this, [&](const Error& e) {
            out.error = e;
            out.finished = true;
        });
        a.start(m_bookId, plan, 10, confirm);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.finished, 30000); }();
        out.results = a.results();
        return out;
    }

    QList<AcdEntry> bookEntries()
    {
        QList<AcdEntry> out;
        bool done = false;
        m_acd->dynamicEntries(
            m_bookId, 100, nullptr,
            [&](const QList<QJsonObject>& items) {
                for (const QJsonObject& o : items)
                    out.append(AcdEntry::fromJson(o));
                return true;
            },
            [&](int, int, const Error& e) {
                if (!e.ok())
                    qWarning("%s", qPrintable(e.describe()));
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

    static int count(const QList<DirectoryChange>& changes, DirectoryAction a)
    {
        return int(std::count_if(changes.begin(), changes.end(), [a](const DirectoryChange& c) { return c.action == a; }));
    }

private slots:
    void cleanup()
    {
        m_acd.reset();
        m_acdAuth.reset();
        m_zoom.reset();
        m_zoomAuth.reset();
        m_client.reset();
        m_acdSandbox.reset();
        m_zoomSandbox.reset();
        m_bookId.clear();
    }

    // ---- mapping, extension, translation, filters (table-driven) ----

    void mapUser_data()
    {
        QTest::addColumn<DirectorySourceUser>("input");
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<DirectoryAction>("action");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("reason"); // a part of the skip reason

        const auto jurgen = user(QStringLiteral("u1"), QStringLiteral("Jürgen"), QStringLiteral("Weiß"),
                                 QStringLiteral("juergen.weiss@example.de"), QStringLiteral("Vertrieb"),
                                 QStringLiteral("+4930123456789"), QStringLiteral("1234"));
        const auto hanako = user(QStringLiteral("u2"), QStringLiteral("花子"), QStringLiteral("山田"),
                                 QStringLiteral("hanako.yamada@example.jp"), QStringLiteral("営業部"),
                                 QStringLiteral("+81312345678"), QStringLiteral("2001"));
        const QByteArray de = R"({"numberTranslation": [{"match": "^\\+49(\\d+)$", "replace": "0\\1"}]})";
        const QByteArray jp = R"({"numberTranslation": [{"match": "^\\+81", "replace": "0"}]})";

        QTest::newRow("German, defaults") << jurgen << QByteArray() << DirectoryAction::Add << QStringLiteral("Weiß")
                                          << QStringLiteral("+4930123456789") << QStringLiteral("Vertrieb") << QString();
        QTest::newRow("German, +49 to national") << jurgen << de << DirectoryAction::Add << QStringLiteral("Weiß")
                                                 << QStringLiteral("030123456789") << QStringLiteral("Vertrieb")
                                                 << QString();
        QTest::newRow("Japanese, +81 to national")
            << hanako << jp << DirectoryAction::Add << QStringLiteral("山田") << QStringLiteral("0312345678")
            << QStringLiteral("営業部") << QString();
        QTest::newRow("rule for another country leaves the number")
            << hanako << de << DirectoryAction::Add << QStringLiteral("山田") << QStringLiteral("+81312345678")
            << QStringLiteral("営業部") << QString();
        QTest::newRow("first matching rule wins, later rules do not see its result")
            << jurgen
            << QByteArray(R"({"numberTranslation": [{"match": "^\\+(\\d+)$", "replace": "00\\1"},
                                                    {"match": "^00", "replace": "X"},
                                                    {"match": "^\\+49", "replace": "Y"}]})")
            << DirectoryAction::Add << QStringLiteral("Weiß") << QStringLiteral("004930123456789")
            << QStringLiteral("Vertrieb") << QString();
        QTest::newRow("two groups reordered")
            << jurgen
            << QByteArray(R"({"numberTranslation": [{"match": "^\\+49(30)(\\d+)$", "replace": "(0\\1) \\2"}]})")
            << DirectoryAction::Add << QStringLiteral("Weiß") << QStringLiteral("(030) 123456789")
            << QStringLiteral("Vertrieb") << QString();
        QTest::newRow("append extension, German") << jurgen << QByteArray(R"({"appendExtension": true})")
                                                  << DirectoryAction::Add << QStringLiteral("Weiß (1234)")
                                                  << QStringLiteral("+4930123456789") << QStringLiteral("Vertrieb")
                                                  << QString();
        QTest::newRow("append extension, Japanese") << hanako << QByteArray(R"({"appendExtension": true})")
                                                    << DirectoryAction::Add << QStringLiteral("山田 (2001)")
                                                    << QStringLiteral("+81312345678") << QStringLiteral("営業部")
                                                    << QString();
        auto noPhone = jurgen;
        noPhone.phone.clear();
        noPhone.extension.clear();
        QTest::newRow("no Zoom Phone: no extension, empty phone")
            << noPhone << QByteArray(R"({"appendExtension": true})") << DirectoryAction::Add
            << QStringLiteral("Weiß") << QString() << QStringLiteral("Vertrieb") << QString();
        QTest::newRow("company from another Zoom field")
            << jurgen << QByteArray(R"({"attributes": {"firstName": "first_name", "lastName": "last_name",
                                                        "company": "job_title", "phone": "phone",
                                                        "email": "email"}})")
            << DirectoryAction::Add << QStringLiteral("Weiß") << QStringLiteral("+4930123456789")
            << QStringLiteral("Engineer") << QString();

        auto pending = jurgen;
        pending.id.clear();
        pending.status = QStringLiteral("pending");
        QTest::newRow("pending user") << pending << QByteArray() << DirectoryAction::Skip << QString() << QString()
                                      << QString() << QStringLiteral("Pending user");
        auto inactive = hanako;
        inactive.status = QStringLiteral("inactive");
        QTest::newRow("inactive user") << inactive << QByteArray() << DirectoryAction::Skip << QString() << QString()
                                       << QString() << QStringLiteral("Inactive");
        QTest::newRow("inactive user, onlyActive off")
            << inactive << QByteArray(R"({"onlyActive": false})") << DirectoryAction::Add << QStringLiteral("山田")
            << QStringLiteral("+81312345678") << QStringLiteral("営業部") << QString();
        QTest::newRow("excluded department, any case")
            << jurgen << QByteArray(R"({"exclude": {"departments": ["VERTRIEB"], "domains": []}})")
            << DirectoryAction::Skip << QString() << QString() << QString()
            << QStringLiteral("Excluded by the filter on department");
        QTest::newRow("Japanese department excluded")
            << hanako << QByteArray(R"({"exclude": {"departments": ["営業部"]}})") << DirectoryAction::Skip
            << QString() << QString() << QString() << QStringLiteral("営業部");
        QTest::newRow("domain not included") << hanako
                                             << QByteArray(R"({"include": {"departments": [], "domains": ["example.de"]}})")
                                             << DirectoryAction::Skip << QString() << QString() << QString()
                                             << QStringLiteral("e-mail domain");
        QTest::newRow("domain included") << jurgen << QByteArray(R"({"include": {"domains": ["Example.DE"]}})")
                                         << DirectoryAction::Add << QStringLiteral("Weiß")
                                         << QStringLiteral("+4930123456789") << QStringLiteral("Vertrieb") << QString();
        QTest::newRow("user type not included") << jurgen << QByteArray(R"({"include": {"userTypes": [1]}})")
                                                << DirectoryAction::Skip << QString() << QString() << QString()
                                                << QStringLiteral("user type");
        auto nameless = jurgen;
        nameless.firstName.clear();
        nameless.lastName.clear();
        QTest::newRow("no first or last name") << nameless << QByteArray() << DirectoryAction::Skip << QString()
                                               << QString() << QString() << QStringLiteral("No first or last name");
        QTest::newRow("phone longer than 30 after translation")
            << jurgen
            << QByteArray(R"({"numberTranslation": [{"match": "^\\+49(\\d+)$", "replace": "+49 (0) \\1 ext. 0000000"}]})")
            << DirectoryAction::Skip << QString() << QString() << QString() << QStringLiteral("longer than 30");
    }

    void mapUser()
    {
        QFETCH(DirectorySourceUser, input);
        QFETCH(QByteArray, mapping);
        QFETCH(DirectoryAction, action);
        QFETCH(QString, lastName);
        QFETCH(QString, phone);
        QFETCH(QString, company);
        QFETCH(QString, reason);
        const DirectoryMapping m = mappingFrom(mapping);
        const auto t = NumberTranslator::compile(m.numberTranslation);
        QVERIFY(t.ok());
        const DirectoryChange c = DirectoryPlan::mapUser(input, m, t.value());
        QCOMPARE(c.action, action);
        if (action == DirectoryAction::Skip) {
            QVERIFY2(c.reason.contains(reason), qPrintable(c.reason));
            QVERIFY(!c.after);
            QCOMPARE(c.externalId, input.id.isEmpty() ? input.email : input.id);
            return;
        }
        QVERIFY(c.after);
        QCOMPARE(c.externalId, input.id);
        QCOMPARE(c.after->externalId, input.id);
        QCOMPARE(c.after->firstName, input.firstName);
        QCOMPARE(c.after->lastName, lastName);
        QCOMPARE(c.after->phone, phone);
        QCOMPARE(c.after->company, company);
        QCOMPARE(c.after->email, input.email);
        QVERIFY(c.after->middleName.isEmpty());
        QVERIFY(c.after->mobile.isEmpty());
    }

    void translatorReportsRuleThatMatched()
    {
        const auto t = NumberTranslator::compile({{QStringLiteral("^\\+1(\\d+)$"), QStringLiteral("1\\1")},
                                                  {QStringLiteral("^\\+49(\\d+)$"), QStringLiteral("0\\1")}});
        QVERIFY(t.ok());
        int rule = -2;
        QCOMPARE(t.value().translate(QStringLiteral("+49891234"), &rule), QStringLiteral("0891234"));
        QCOMPARE(rule, 1);
        QCOMPARE(t.value().translate(QStringLiteral("+81312345678"), &rule), QStringLiteral("+81312345678"));
        QCOMPARE(rule, -1);
        QCOMPARE(t.value().translate(QString(), &rule), QString());
    }

    // ---- the mapping file ----

    void issueFormatRoundTrips()
    {
        const QJsonObject issue = parse(R"({"attributes": {"firstName": "first_name", "lastName": "last_name",
            "email": "email", "company": "dept", "phone": "phone", "mobile": null, "middleName": null},
            "appendExtension": false, "numberTranslation": [{"match": "^\\+49(\\d+)$", "replace": "0\\1"}],
            "include": {"departments": [], "domains": []}, "exclude": {"departments": [], "domains": []}})");
        const auto m = DirectoryMapping::fromJson(issue);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m.value().toJson(), issue);
        DirectoryMapping expected = DirectoryMapping::defaults();
        expected.numberTranslation = {{QStringLiteral("^\\+49(\\d+)$"), QStringLiteral("0\\1")}};
        QCOMPARE(m.value(), expected);
        QCOMPARE(DirectoryMapping::defaults().zoomFieldFor(QStringLiteral("company")), QStringLiteral("dept"));
        QCOMPARE(DirectoryMapping::defaults().zoomFieldFor(QStringLiteral("mobile")), QString());
    }

    void everySettingSurvivesSaveAndLoad()
    {
        DirectoryMapping m = DirectoryMapping::defaults();
        m.setZoomField(QStringLiteral("mobile"), QStringLiteral("phone"));
        m.setZoomField(QStringLiteral("company"), QString());
        m.appendExtension = true;
        m.onlyActive = false;
        m.numberTranslation = {{QStringLiteral("^\\+81(\\d+)$"), QStringLiteral("0\\1")},
                               {QStringLiteral("^\\+49(\\d+)$"), QStringLiteral("0\\1")}};
        m.include.domains = {QStringLiteral("example.jp")};
        m.include.userTypes = {QStringLiteral("2")};
        m.exclude.departments = {QStringLiteral("営業部"), QStringLiteral("Geschäftsführung")};
        m.exclude.statuses = {QStringLiteral("inactive")};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(m.save(path).ok());
        const auto back = DirectoryMapping::load(path);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), m);
    }

    void badMappingsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("bad regex names the rule")
            // (not a raw string: moc loses track of a raw string with an unbalanced parenthesis)
            << QByteArray("{\"numberTranslation\": [{\"match\": \"^\\\\+49\", \"replace\": \"0\"},"
                          " {\"match\": \"^(\\\\d+\", \"replace\": \"x\"}]}")
            << QStringList{QStringLiteral("rule 2"), QStringLiteral("^(\\d+")};
        QTest::newRow("group the pattern lacks")
            << QByteArray(R"({"numberTranslation": [{"match": "^\\+49(\\d+)$", "replace": "0\\2"}]})")
            << QStringList{QStringLiteral("rule 1"), QStringLiteral("\\2")};
        QTest::newRow("rule without pattern") << QByteArray(R"({"numberTranslation": [{"replace": "0"}]})")
                                              << QStringList{QStringLiteral("rule 1")};
        QTest::newRow("unknown ACD field") << QByteArray(R"({"attributes": {"fax": "phone"}})")
                                           << QStringList{QStringLiteral("fax"), QStringLiteral("firstName")};
        QTest::newRow("misspelt key") << QByteArray(R"({"exlcude": {"departments": ["Sales"]}})")
                                      << QStringList{QStringLiteral("exlcude")};
        QTest::newRow("filter list of numbers in domains") << QByteArray(R"({"include": {"domains": [true]}})")
                                                           << QStringList{QStringLiteral("include.domains")};
        QTest::newRow("unknown filter list") << QByteArray(R"({"exclude": {"titles": []}})")
                                             << QStringList{QStringLiteral("titles")};
        QTest::newRow("appendExtension not a bool") << QByteArray(R"({"appendExtension": "yes"})")
                                                    << QStringList{QStringLiteral("appendExtension")};
    }

    void badMappingsSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const auto m = DirectoryMapping::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::InvalidInput);
        for (const QString& s : mentions)
            QVERIFY2(m.error().message.contains(s), qPrintable(m.error().message));
    }

    void unreadableMappingFiles()
    {
        QTemporaryDir dir;
        auto missing = DirectoryMapping::load(dir.filePath(QStringLiteral("nope.json")));
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"attributes\": ");
        f.close();
        auto broken = DirectoryMapping::load(f.fileName());
        QCOMPARE(broken.error().code, ErrorCode::InvalidInput);
        QVERIFY(broken.error().message.contains(QStringLiteral("not valid JSON")));
    }

    // ---- the diff ----

    void diffFindsEveryKindOfChange()
    {
        const QList<DirectorySourceUser> users = {
            user(QStringLiteral("same"), QStringLiteral("Jörg"), QStringLiteral("Groß"), QStringLiteral("jg@example.de"),
                 QStringLiteral("Einkauf"), QStringLiteral("+49891234567")),
            user(QStringLiteral("moved"), QStringLiteral("太郎"), QStringLiteral("佐藤"), QStringLiteral("ts@example.jp"),
                 QStringLiteral("開発部"), QStringLiteral("+81612345678")),
            user(QStringLiteral("new"), QStringLiteral("Sören"), QStringLiteral("Köhler"), QStringLiteral("sk@example.de"),
                 QStringLiteral("Vertrieb"), QStringLiteral("+4940123456")),
            user(QStringLiteral("left"), QStringLiteral("Uwe"), QStringLiteral("Jäger"), QStringLiteral("uj@example.de"),
                 QStringLiteral("Lager"), {}, {}, QStringLiteral("inactive")),
            user(QStringLiteral("gone-inactive"), QStringLiteral("Anna"), QStringLiteral("Bauer"),
                 QStringLiteral("ab@example.de"), QStringLiteral("Lager"), {}, {}, QStringLiteral("inactive")),
            user(QString(), QStringLiteral("Invited"), QStringLiteral("Person"), QStringLiteral("ip@example.de"),
                 QString(), {}, {}, QStringLiteral("pending")),
        };
        QList<AcdEntry> entries = {
            entry(QStringLiteral("same"), QStringLiteral("Jörg"), QStringLiteral("Groß "), QStringLiteral("JG@example.de"),
                  QStringLiteral("Einkauf"), QStringLiteral("+49891234567")),
            entry(QStringLiteral("moved"), QStringLiteral("太郎"), QStringLiteral("佐藤"), QStringLiteral("ts@example.jp"),
                  QStringLiteral("総務部"), QStringLiteral("+81300000000")),
            entry(QStringLiteral("gone-inactive"), QStringLiteral("Anna"), QStringLiteral("Bauer"),
                  QStringLiteral("ab@example.de"), QStringLiteral("Lager"), {}),
            entry(QStringLiteral("departed"), QStringLiteral("Renate"), QStringLiteral("Lange"),
                  QStringLiteral("rl@example.de"), QString(), {}),
            entry(QString(), QStringLiteral("Empfang"), QStringLiteral("Zentrale"), QString(), QString(),
                  QStringLiteral("+49301111")), // added by hand: left alone
        };
        const DirectoryMapping m = DirectoryMapping::defaults();
        const auto t = NumberTranslator::compile({});
        const DirectoryPlan plan = DirectoryPlan::compute(users, entries, m, t.value());

        QCOMPARE(plan.counts.add, 1);
        QCOMPARE(plan.counts.update, 1);
        QCOMPARE(plan.counts.remove, 2);
        QCOMPARE(plan.counts.skip, 2); // the pending and the inactive user not in the book
        QCOMPARE(plan.counts.unchanged, 1);
        QCOMPARE(plan.counts.bookEntries, 5);
        QCOMPARE(plan.counts.pending(), 4);
        QCOMPARE(plan.counts.removalPercent(), 40.0);
        QCOMPARE(plan.changes.size(), 6);

        QHash<QString, DirectoryChange> byId;
        for (const DirectoryChange& c : plan.changes)
            byId.insert(c.externalId, c);
        QCOMPARE(byId.value(QStringLiteral("new")).action, DirectoryAction::Add);
        const DirectoryChange moved = byId.value(QStringLiteral("moved"));
        QCOMPARE(moved.action, DirectoryAction::Update);
        QCOMPARE(moved.changed, (QStringList{QStringLiteral("company"), QStringLiteral("phone")}));
        QCOMPARE(moved.before->company, QStringLiteral("総務部"));
        QCOMPARE(moved.after->company, QStringLiteral("開発部"));
        QCOMPARE(byId.value(QStringLiteral("departed")).action, DirectoryAction::Remove);
        QCOMPARE(byId.value(QStringLiteral("gone-inactive")).action, DirectoryAction::Remove);
        QVERIFY(byId.value(QStringLiteral("gone-inactive")).reason.contains(QStringLiteral("Inactive")));
        QCOMPARE(byId.value(QStringLiteral("left")).action, DirectoryAction::Skip);
        QCOMPARE(byId.value(QStringLiteral("ip@example.de")).action, DirectoryAction::Skip);
        QVERIFY(!byId.contains(QStringLiteral("same")));
        QVERIFY(!byId.contains(QString()));

        // The JSON Lines the CLI prints: every line has the documented keys, before/after carry
        // all seven fields, "reason" only on skips.
        const QList<QByteArray> lines = plan.toJsonLines().split('\n');
        QCOMPARE(lines.size(), 7); // six lines and the final newline
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < 6; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            const QString action = o.value(QStringLiteral("action")).toString();
            QVERIFY(o.contains(QStringLiteral("externalId")));
            QVERIFY(o.value(QStringLiteral("changed")).isArray());
            QCOMPARE(o.contains(QStringLiteral("reason")), action == QLatin1String("skip"));
            for (const char* side : {"before", "after"}) {
                const QJsonValue v = o.value(QLatin1String(side));
                QVERIFY(v.isNull() || v.isObject());
                if (v.isObject()) {
                    QCOMPARE(v.toObject().keys().size(), 7);
                    for (const QString& f : DirectoryMapping::acdFields())
                        QVERIFY(v.toObject().contains(f));
                }
            }
            QCOMPARE(o.value(QStringLiteral("before")).isNull(), action == QLatin1String("add") || action == QLatin1String("skip"));
            QCOMPARE(o.value(QStringLiteral("after")).isNull(), action == QLatin1String("remove") || action == QLatin1String("skip"));
        }

        const QByteArray csv = plan.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "action,externalId,changed,reason,before.firstName,after.firstName"));
        QVERIFY(csv.contains("update,moved,company phone,,太郎,太郎"));
        QVERIFY(csv.contains(QStringLiteral("Köhler").toUtf8()));
        QCOMPARE(plan.summary(), QStringLiteral("Add: 1, update: 1, remove: 2, skip: 2, unchanged: 1"));
    }

    void userThatCannotBeWrittenKeepsItsEntry()
    {
        // A translation that makes the number too long must not delete the person from the book.
        const QList<DirectorySourceUser> users = {user(QStringLiteral("a"), QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                                       QStringLiteral("lv@example.de"), QString(),
                                                       QStringLiteral("+4930123456789012345678901"))};
        const QList<AcdEntry> entries = {entry(QStringLiteral("a"), QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                               QStringLiteral("lv@example.de"), QString(), QStringLiteral("+4930"))};
        const auto t = NumberTranslator::compile({{QStringLiteral("^\\+49"), QStringLiteral("+49 (0) ")}});
        const DirectoryPlan plan = DirectoryPlan::compute(users, entries, DirectoryMapping::defaults(), t.value());
        QCOMPARE(plan.counts.skip, 1);
        QCOMPARE(plan.counts.remove, 0);
    }

    void removalGuard()
    {
        DirectoryCounts c;
        c.bookEntries = 40;
        c.remove = 4;
        QVERIFY(DirectoryApply::checkRemovals(c, 10).ok()); // exactly 10 %
        c.remove = 5;
        const Error e = DirectoryApply::checkRemovals(c, 10);
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("remove 5 of the 40")), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("12.5%")));
        QVERIFY(DirectoryApply::checkRemovals(c, 50).ok());
        c.bookEntries = 0;
        c.remove = 0;
        QVERIFY(DirectoryApply::checkRemovals(c, 0).ok());
    }

    // ---- against the sandboxes ----

    void dryRunShowsTheOutdatedCorporateDirectory()
    {
        startSandboxes(50);
        const DryRunOutcome out = dryRun(DirectoryMapping::defaults());
        QVERIFY2(out.error.ok(), qPrintable(out.error.describe()));
        QCOMPARE(out.finishedCount, 1);

        // What the seeded book should look like against the organisation (AcdSandbox::seedData):
        // every fifth user missing, some with an old company or phone, two departed people.
        const QList<SandboxUser>& org = m_zoomSandbox->users();
        int adds = 0, updates = 0, removes = 2, unchanged = 0, skips = 0;
        for (int i = 0; i < org.size(); ++i) {
            const SandboxUser& u = org.at(i);
            const bool inBook = i % 5 != 4 && !u.id.isEmpty();
            if (u.status != QLatin1String("active")) {
                inBook ? ++removes : ++skips;
                continue;
            }
            if (!inBook)
                ++adds;
            else if (i % 7 == 3 || (i % 6 == 2 && u.phoneNumber != QLatin1String("+4930000000")))
                ++updates;
            else
                ++unchanged;
        }
        QVERIFY(adds > 0 && updates > 0 && removes > 2);
        QCOMPARE(out.plan.counts.add, adds);
        QCOMPARE(out.plan.counts.update, updates);
        QCOMPARE(out.plan.counts.remove, removes);
        QCOMPARE(out.plan.counts.skip, skips);
        QCOMPARE(out.plan.counts.unchanged, unchanged);
        QCOMPARE(out.plan.counts.bookEntries, int(bookEntries().size()));

        // Everything partialResults announced is the plan, nothing more or less.
        QCOMPARE(out.partial.size(), out.plan.changes.size());
        QCOMPARE(count(out.partial, DirectoryAction::Add), adds);
        QStringList removed;
        for (const DirectoryChange& c : out.plan.changes)
            if (c.action == DirectoryAction::Remove)
                removed << c.externalId;
        QVERIFY(removed.contains(QStringLiteral("departed-user-1")));
        QVERIFY(removed.contains(QStringLiteral("departed-user-2")));
        for (const DirectoryChange& c : out.plan.changes) {
            if (c.action != DirectoryAction::Update)
                continue;
            QVERIFY(!c.changed.isEmpty());
            for (const QString& f : c.changed)
                QVERIFY2(f == QLatin1String("company") || f == QLatin1String("phone"), qPrintable(f));
        }
    }

    void dryRunSurvivesExpiredAcdTokenBetweenPages()
    {
        startSandboxes(300); // ~240 entries: three pages of the book
        int pages = 0;
        connect(m_acdSandbox.get(), &AcdSandbox::requestServed, this,
                [&](const QString&, const QString& path, int status) {
                    if (path.contains(QLatin1String("dynamic-entries")) && status == 200 && ++pages == 1)
                        m_acdSandbox->invalidateTokens();
                });
        const int tokensBefore = m_acdSandbox->tokenRequestCount();
        const DryRunOutcome out = dryRun(DirectoryMapping::defaults());
        QVERIFY2(out.error.ok(), qPrintable(out.error.describe()));
        QVERIFY(pages >= 3);
        QVERIFY(m_acdSandbox->tokenRequestCount() > tokensBefore); // signed in again mid-run
        QCOMPARE(out.plan.counts.bookEntries, int(bookEntries().size()));
        QVERIFY(out.plan.counts.bookEntries > 200);
        QCOMPARE(out.plan.counts.add + out.plan.counts.update + out.plan.counts.unchanged + out.plan.counts.remove,
                 out.plan.counts.bookEntries + out.plan.counts.add);
    }

    void cancelledDryRunFinishesOnce()
    {
        startSandboxes(50);
        DirectoryDryRun run(m_zoom.get(), m_acd.get());
        QSignalSpy finished(&run, &DirectoryDryRun::finished);
        QSignalSpy partial(&run, &DirectoryDryRun::partialResults);
        run.start(m_bookId, DirectoryMapping::defaults());
        QVERIFY(run.isRunning());
        run.cancel();
        QVERIFY(!run.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Error>().code, ErrorCode::Cancelled);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(partial.size(), 0);
    }

    void applyThenNothingIsPending()
    {
        startSandboxes(50);
        const DryRunOutcome first = dryRun(DirectoryMapping::defaults());
        QVERIFY(first.plan.counts.pending() > 0);
        const ApplyOutcome applied = apply(first.plan, true, 7);
        QVERIFY2(applied.error.ok(), qPrintable(applied.error.describe()));
        QCOMPARE(int(applied.results.size()), first.plan.counts.pending());
        for (const DirectoryApplyResult& r : applied.results)
            QVERIFY2(r.success, qPrintable(r.externalId + QLatin1Char(' ') + r.error));

        const DryRunOutcome second = dryRun(DirectoryMapping::defaults());
        QVERIFY2(second.error.ok(), qPrintable(second.error.describe()));
        QCOMPARE(second.plan.counts.pending(), 0);
        QCOMPARE(second.plan.counts.unchanged,
                 first.plan.counts.add + first.plan.counts.update + first.plan.counts.unchanged);
        // The inactive users' entries are gone now, so they are skips; the departed people are gone.
        QCOMPARE(second.plan.counts.skip, first.plan.counts.skip + first.plan.counts.remove - 2);
    }

    void interruptedApplyCompletesOnRerunWithoutDuplicates()
    {
        startSandboxes(50);
        const DryRunOutcome first = dryRun(DirectoryMapping::defaults());
        // Every ACD call after the first batch fails: the apply stops part-way.
        const ApplyOutcome broken = apply(first.plan, true, 3, [this](DirectoryApply&) {
            m_acdSandbox->injectFault(AcdSandboxFault::ServerError, 1000);
        });
        QCOMPARE(broken.error.code, ErrorCode::ServerError);
        int written = 0;
        for (const DirectoryApplyResult& r : broken.results)
            written += r.success ? 1 : 0;
        QCOMPARE(written, 3);
        QVERIFY(broken.results.size() < first.plan.counts.pending());
        m_acdSandbox->clearFaults();

        // Re-run from a fresh dry run, and once more from the stale first plan: both converge.
        const DryRunOutcome again = dryRun(DirectoryMapping::defaults());
        QCOMPARE(again.plan.counts.add + again.plan.counts.update + again.plan.counts.remove,
                 first.plan.counts.pending() - 3);
        QVERIFY(apply(again.plan, true).error.ok());
        const ApplyOutcome stale = apply(first.plan, true);
        QVERIFY2(stale.error.ok(), qPrintable(stale.error.describe()));
        for (const DirectoryApplyResult& r : stale.results)
            QVERIFY2(r.success, qPrintable(r.error)); // removals already done count as done

        const QList<AcdEntry> book = bookEntries();
        QSet<QString> ids;
        for (const AcdEntry& e : book)
            ids.insert(e.externalId);
        QCOMPARE(ids.size(), book.size()); // no duplicates
        QCOMPARE(int(book.size()), first.plan.counts.add + first.plan.counts.update + first.plan.counts.unchanged);
        for (const SandboxUser& u : m_zoomSandbox->users())
            QCOMPARE(ids.contains(u.id), u.status == QLatin1String("active"));
        QCOMPARE(dryRun(DirectoryMapping::defaults()).plan.counts.pending(), 0);
    }

    void cancelledApplyStopsAfterTheBatchInFlight()
    {
        startSandboxes(50);
        const DryRunOutcome first = dryRun(DirectoryMapping::defaults());
        const ApplyOutcome out = apply(first.plan, true, 4, [](DirectoryApply& a) { a.cancel(); });
        QCOMPARE(out.error.code, ErrorCode::Cancelled);
        QCOMPARE(out.results.size(), 4);
        QCOMPARE(dryRun(DirectoryMapping::defaults()).plan.counts.pending(), first.plan.counts.pending() - 4);
    }

    void removalGuardWritesNothingUntilConfirmed()
    {
        startSandboxes(50);
        const DirectoryMapping excludeEveryone =
            mappingFrom(R"({"include": {"domains": ["no-such-domain.example"]}})");
        const DryRunOutcome plan = dryRun(excludeEveryone);
        QCOMPARE(plan.plan.counts.remove, plan.plan.counts.bookEntries);
        const int before = m_acdSandbox->apiRequestCount();
        const ApplyOutcome refused = apply(plan.plan, false);
        QCOMPARE(refused.error.code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error.message.contains(QStringLiteral("remove %1 of the %2")
                                                     .arg(plan.plan.counts.remove)
                                                     .arg(plan.plan.counts.bookEntries)),
                 qPrintable(refused.error.message));
        QVERIFY(refused.results.isEmpty());
        QCOMPARE(m_acdSandbox->apiRequestCount(), before);
        QCOMPARE(int(bookEntries().size()), plan.plan.counts.bookEntries);

        const ApplyOutcome confirmed = apply(plan.plan, true);
        QVERIFY(confirmed.error.ok());
        QCOMPARE(int(confirmed.results.size()), plan.plan.counts.remove);
        QVERIFY(bookEntries().isEmpty());
    }

    void partialFailureIsReportedEntryByEntry()
    {
        startSandboxes(50);
        DirectoryPlan plan = dryRun(DirectoryMapping::defaults()).plan;
        // An entry the ACD refuses (a number over its 30 characters), in the middle of a batch.
        DirectoryChange bad;
        bad.action = DirectoryAction::Add;
        bad.externalId = QStringLiteral("too-long-number");
        AcdEntry e;
        e.firstName = QStringLiteral("Björn");
        e.lastName = QStringLiteral("Strauß");
        e.phone = QStringLiteral("+49 30 1234567890 1234567890 123");
        bad.after = e;
        plan.changes.insert(1, bad);
        ++plan.counts.add;
        const ApplyOutcome out = apply(plan, true, 5);
        QVERIFY(out.error.ok()); // the run as a whole went through
        QCOMPARE(int(out.results.size()), plan.counts.pending());
        int failed = 0;
        for (const DirectoryApplyResult& r : out.results) {
            if (r.success)
                continue;
            ++failed;
            QCOMPARE(r.externalId, QStringLiteral("too-long-number"));
            QCOMPARE(r.action, DirectoryAction::Add);
            QVERIFY2(r.error.contains(QStringLiteral("30 characters")), qPrintable(r.error));
        }
        QCOMPARE(failed, 1);
        QCOMPARE(dryRun(DirectoryMapping::defaults()).plan.counts.pending(), 0);
    }

    // ---- the apply log ----

    void applyLogAppendsAndReadsBack()
    {
        QCOMPARE(DirectoryApplyLog::pathForProfile(QStringLiteral("/home/x/profiles/ACME Prod.json")),
                 QStringLiteral("/home/x/profiles/ACME Prod.apply-log.jsonl"));
        QTemporaryDir dir;
        const QString path = DirectoryApplyLog::pathForProfile(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(DirectoryApplyLog::read(path).value().isEmpty());
        DirectoryApplyLog::Record r;
        r.at = QDateTime::fromString(QStringLiteral("2025-06-01T10:00:00.123Z"), Qt::ISODateWithMs);
        r.profileName = QStringLiteral("Büro München");
        r.profilePath = dir.filePath(QStringLiteral("p.json"));
        r.bookId = QStringLiteral("1001");
        r.bookName = QStringLiteral("社内電話帳");
        r.origin = QStringLiteral("syncdeskctl");
        r.counts.add = 3;
        r.counts.remove = 1;
        r.counts.bookEntries = 40;
        r.written = 4;
        r.completed = true;
        QVERIFY(DirectoryApplyLog::append(path, r).ok());
        r.failed = 2;
        r.completed = false;
        QVERIFY(DirectoryApplyLog::append(path, r).ok());
        const auto back = DirectoryApplyLog::read(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), 2);
        QCOMPARE(back.value().at(0).at, r.at);
        QCOMPARE(back.value().at(0).bookName, r.bookName);
        QCOMPARE(back.value().at(0).profileName, r.profileName);
        QCOMPARE(back.value().at(0).counts.add, 3);
        QCOMPARE(back.value().at(0).counts.bookEntries, 40);
        QVERIFY(back.value().at(0).completed);
        QCOMPARE(back.value().at(1).failed, 2);
        QVERIFY(!back.value().at(1).completed);
    }

    void applyLogOnAFullDisk()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        // QFile seeks to the end when opening for append; a character device cannot.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot call seek")));
        const Error e = DirectoryApplyLog::append(QStringLiteral("/dev/full"), DirectoryApplyLog::Record{});
        QCOMPARE(e.code, ErrorCode::DiskFull);
        QVERIFY(e.message.contains(QStringLiteral("full")));
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
