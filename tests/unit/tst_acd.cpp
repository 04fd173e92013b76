#include "acd/AcdApi.h"
#include "acd/AcdAuth.h"
#include "connect/AcdConnectionResolver.h"
#include "net/RestClient.h"
#include "profile/Profile.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/SandboxDirectory.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace syncdesk;

class TestAcd : public QObject
{
    Q_OBJECT
    std::unique_ptr<AcdSandbox> m_sandbox;
    std::unique_ptr<RestClient> m_client;

    AcdEndpoints endpoints() const
    {
        AcdEndpoints e;
        e.issuer = m_sandbox->issuerUrl();
        return e;
    }
    AcdCredentials creds() const
    {
        const auto c = m_sandbox->credentials();
        return {c.clientId, c.clientSecret, c.accessKeyId, c.accessKeySecret};
    }
    struct TokenResult
    {
        bool called = false;
        AcdToken token;
        Error error;
    };
    static TokenResult waitToken(AcdAuth& auth)
    {
        TokenResult r;
        auth.token(nullptr, [&](const AcdToken& t, const Error& e) {
            r.called = true;
            r.token = t;
            r.error = e;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.called, 10000); }();
        return r;
    }
    template <typename T> static Result<T> wait(const std::function<void(AcdApi::Callback<T>)>& start)
    {
        std::optional<Result<T>> out;
        start([&](const Result<T>& r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(Result<T>(Error::make(ErrorCode::Timeout, QStringLiteral("no answer"))));
    }
    static Error waitDone(const std::function<void(AcdApi::DoneCallback)>& start)
    {
        std::optional<Error> out;
        start([&](const Error& e) { out = e; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(Error::make(ErrorCode::Timeout, QStringLiteral("no answer")));
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<AcdSandbox>();
        QVERIFY(m_sandbox->start().ok());
        m_client = std::make_unique<RestClient>();
        RestClient::Policy p;
        p.baseBackoffMs = 10;
        p.maxBackoffMs = 50;
        m_client->setPolicy(p);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void accessKeySecretIsPercentEncoded()
    {
        const QByteArray body =
            AcdAuth::passwordGrantBody(QStringLiteral("KEYID"), QStringLiteral("ABC2===="));
        QCOMPARE(body, QByteArray("grant_type=password&username=KEYID&password=ABC2%3D%3D%3D%3D"));
        QVERIFY(creds().accessKeySecret.endsWith(QLatin1String("====")));

        // The sandbox reads the form strictly, as a real server may: the same secret with raw '='
        // is refused, so the sign-in below passing means the encoding reached the wire.
        RestRequest raw;
        raw.method = "POST";
        raw.url = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/auth/token")));
        raw.contentType = "application/x-www-form-urlencoded";
        raw.body = "grant_type=password&username=" + creds().accessKeyId.toLatin1() +
                   "&password=" + creds().accessKeySecret.toLatin1();
        raw.headers.append(
            {"Authorization",
             "Basic " + (creds().clientId + QLatin1Char(':') + creds().clientSecret).toUtf8().toBase64()});
        std::optional<RestResponse> r;
        m_client->send(raw, nullptr, [&](const RestResponse& resp) { r = resp; });
        QTRY_VERIFY(r.has_value());
        QCOMPARE(r->status, 400);

        AcdAuth auth(m_client.get(), endpoints(), creds());
        const auto t = waitToken(auth);
        QVERIFY2(t.error.ok(), qPrintable(t.error.describe()));
        QVERIFY(!t.token.accessToken.isEmpty());
    }

    void discoveryFindsTenantAndApiBase()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        const auto t = waitToken(auth);
        QVERIFY2(t.error.ok(), qPrintable(t.error.describe()));
        QCOMPARE(t.token.tenantId, m_sandbox->credentials().tenantId);
        QCOMPARE(t.token.issuer, m_sandbox->issuerUrl().toString());
        QCOMPARE(t.token.apiBase, m_sandbox->apiEndpoint());
        QCOMPARE(auth.servicesBase().path(), QStringLiteral("/incontactapi/services/v34.0/"));
        QCOMPARE(m_sandbox->discoveryRequestCount(), 2); // openid-configuration + cxone-configuration
        const QJsonObject claims = AcdAuth::jwtClaims(QByteArray("a.") + QByteArray("{}").toBase64() + ".c");
        QVERIFY(claims.isEmpty());
    }

    void explicitApiUrlSkipsTenantDiscovery()
    {
        AcdEndpoints e = endpoints();
        e.apiBase = m_sandbox->apiEndpoint();
        AcdAuth auth(m_client.get(), e, creds());
        QVERIFY(waitToken(auth).error.ok());
        QCOMPARE(m_sandbox->discoveryRequestCount(), 1);
    }

    void wrongCredentialsAreSaidAsAcdErrors()
    {
        AcdCredentials c = creds();
        c.clientSecret = QStringLiteral("wrong");
        AcdAuth auth(m_client.get(), endpoints(), c);
        auto t = waitToken(auth);
        QCOMPARE(t.error.code, ErrorCode::InvalidClient);
        QCOMPARE(t.error.service, Service::Acd);
        QVERIFY(t.error.message.contains(QLatin1String("client ID")));

        c = creds();
        c.accessKeySecret = QStringLiteral("AAAA====");
        AcdAuth auth2(m_client.get(), endpoints(), c);
        t = waitToken(auth2);
        QCOMPARE(t.error.code, ErrorCode::InvalidClient);
        QVERIFY(t.error.message.contains(QLatin1String("access key")));
    }

    void tokenIsCachedUntilTwoMinutesBeforeExpiry()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        QDateTime now = QDateTime::currentDateTimeUtc();
        auth.setClock([&] { return now; });
        // Two callers at once share one sign-in.
        int answered = 0;
        auth.token(nullptr, [&](const AcdToken&, const Error& e) { answered += e.ok(); });
        auth.token(nullptr, [&](const AcdToken&, const Error& e) { answered += e.ok(); });
        QTRY_COMPARE(answered, 2);
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        QVERIFY(waitToken(auth).error.ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        now = now.addSecs(3600 - 121);
        QVERIFY(waitToken(auth).error.ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        now = now.addSecs(2); // 119 s left: renew
        QVERIFY(waitToken(auth).error.ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
    }

    void unauthorizedMidRunSignsInOnceAndRetries()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        auto teams = wait<QList<AcdTeam>>([&](auto cb) { api.teams(nullptr, cb); });
        QVERIFY2(teams.ok(), qPrintable(teams.error().describe()));
        QCOMPARE(teams.value().size(), m_sandbox->teamCount());
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);

        m_sandbox->invalidateTokens(); // revoked while the token still looks valid
        teams = wait<QList<AcdTeam>>([&](auto cb) { api.teams(nullptr, cb); });
        QVERIFY2(teams.ok(), qPrintable(teams.error().describe()));
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);

        // A token that is refused again right after a fresh sign-in is an error, not a loop.
        m_sandbox->setTokenTtl(0);
        m_sandbox->invalidateTokens();
        teams = wait<QList<AcdTeam>>([&](auto cb) { api.teams(nullptr, cb); });
        QVERIFY(!teams.ok());
        QCOMPARE(teams.error().httpStatus, 401);
        QCOMPARE(teams.error().service, Service::Acd);
        QCOMPARE(m_sandbox->tokenRequestCount(), 3);
    }

    void agentsArePagedWithSkipAndTop()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        QVERIFY(waitToken(auth).error.ok());
        const int before = m_sandbox->apiRequestCount();
        QStringList ids;
        int pages = 0, total = -2;
        std::optional<Error> done;
        api.agents(
            7, nullptr,
            [&](const QList<QJsonObject>& items) {
                ++pages;
                for (const auto& a : items)
                    ids.append(QString::number(a.value(QStringLiteral("agentId")).toInt()));
                return true;
            },
            [&](int, int t, const Error& e) {
                total = t;
                done = e;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        QVERIFY2(done->ok(), qPrintable(done->describe()));
        QCOMPARE(ids.size(), m_sandbox->agentCount());
        QCOMPARE(total, m_sandbox->agentCount());
        QCOMPARE(ids.removeDuplicates(), 0);
        QCOMPARE(pages, (m_sandbox->agentCount() + 6) / 7);
        QCOMPARE(m_sandbox->apiRequestCount() - before, pages);
    }

    void unauthorizedInTheMiddleOfAPagedWalk()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        // The token is revoked right after the first page went out: the second page gets 401,
        // the client signs in once more and the walk goes on where it was.
        bool revoked = false;
        connect(m_sandbox.get(), &AcdSandbox::requestServed, this,
                [&](const QString&, const QString& path, int status) {
                    if (!revoked && status == 200 && path.endsWith(QLatin1String("/agents"))) {
                        revoked = true;
                        m_sandbox->invalidateTokens();
                    }
                });
        int delivered = 0;
        std::optional<Error> done;
        api.agents(
            10, nullptr,
            [&](const QList<QJsonObject>& items) {
                delivered += int(items.size());
                return true;
            },
            [&](int, int, const Error& e) { done = e; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        QVERIFY2(done->ok(), qPrintable(done->describe()));
        QVERIFY(revoked);
        QCOMPARE(delivered, m_sandbox->agentCount());
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
        disconnect(m_sandbox.get(), nullptr, this, nullptr);
    }

    void unavailableCodesCarryTheirTeams()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        const auto codes =
            wait<QList<AcdUnavailableCode>>([&](auto cb) { api.unavailableCodes(nullptr, cb); });
        QVERIFY2(codes.ok(), qPrintable(codes.error().describe()));
        QStringList names;
        for (const auto& c : codes.value())
            names.append(c.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Lunch"), QStringLiteral("Break"), QStringLiteral("Meeting"),
                              QStringLiteral("Zoom call"), QStringLiteral("Training")}));
        QCOMPARE(codes.value().at(0).teams.size(), 4);
        QCOMPARE(codes.value().at(3).teams.at(1).name, QStringLiteral("Sales"));
        QVERIFY(!codes.value().at(4).isActive);
        const auto skills = wait<QList<AcdSkill>>([&](auto cb) { api.skills(nullptr, cb); });
        QVERIFY(skills.ok());
        QCOMPARE(skills.value().size(), 5);
    }

    void standardBookEntriesReportPartialFailurePerEntry()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        auto books = wait<QList<AcdAddressBook>>([&](auto cb) { api.addressBooks(nullptr, cb); });
        QVERIFY(books.ok());
        QCOMPARE(books.value().size(), 1);
        QCOMPARE(books.value().at(0).name, QStringLiteral("Corporate Directory"));
        QCOMPARE(books.value().at(0).type, QStringLiteral("Dynamic"));

        const auto created = wait<AcdAddressBook>([&](auto cb) {
            api.createAddressBook(QStringLiteral("Empfang & Büro"), QStringLiteral("Standard"), nullptr, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created.value().name, QStringLiteral("Empfang & Büro"));
        const QString id = created.value().id;

        AcdEntry ok, tooLong, noName;
        ok.firstName = QStringLiteral("Jürgen");
        ok.lastName = QStringLiteral("Weiß");
        ok.phone = QStringLiteral("+4930123456");
        tooLong.firstName = QStringLiteral("花子");
        tooLong.lastName = QStringLiteral("山田");
        tooLong.phone = QStringLiteral("+81 3 1234 5678 ext. 1234567890123"); // 34 characters
        noName.lastName = QStringLiteral("Only");
        const auto added = wait<AcdBatchResult>([&](auto cb) {
            api.addEntries(id, {ok, tooLong, noName}, nullptr, cb);
        });
        QVERIFY2(added.ok(), qPrintable(added.error().describe()));
        QCOMPARE(added.value().results.size(), 3);
        QCOMPARE(added.value().failed(), 2);
        QVERIFY(added.value().results.at(0).success);
        QVERIFY(!added.value().results.at(1).success);
        QCOMPARE(added.value().results.at(1).index, 1);
        QVERIFY(added.value().results.at(1).error.contains(QLatin1String("30")));
        QVERIFY(added.value().results.at(2).error.contains(QLatin1String("firstName")));

        auto entries = wait<QList<AcdEntry>>([&](auto cb) { api.entries(id, nullptr, cb); });
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        AcdEntry e = entries.value().at(0);
        QCOMPARE(e.lastName, QStringLiteral("Weiß"));
        e.company = QStringLiteral("Syncdesk GmbH");
        const auto updated = wait<AcdBatchResult>([&](auto cb) { api.updateEntries(id, {e}, nullptr, cb); });
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().failed(), 0);
        entries = wait<QList<AcdEntry>>([&](auto cb) { api.entries(id, nullptr, cb); });
        QCOMPARE(entries.value().at(0).company, QStringLiteral("Syncdesk GmbH"));

        QVERIFY(waitDone([&](auto cb) { api.deleteEntry(id, e.id, nullptr, cb); }).ok());
        entries = wait<QList<AcdEntry>>([&](auto cb) { api.entries(id, nullptr, cb); });
        QCOMPARE(entries.value().size(), 0);
        QVERIFY(waitDone([&](auto cb) { api.deleteAddressBook(id, nullptr, cb); }).ok());
        books = wait<QList<AcdAddressBook>>([&](auto cb) { api.addressBooks(nullptr, cb); });
        QCOMPARE(books.value().size(), 1);
    }

    void entryResultsAreMatchedToTheEntriesSent()
    {
        QList<AcdEntry> sent(3);
        sent[0].externalId = QStringLiteral("a");
        sent[1].externalId = QStringLiteral("b");
        sent[2].externalId = QStringLiteral("c");
        // Out of order, one missing, one without a reason.
        const QJsonObject body = QJsonDocument::fromJson(R"({"entryResults":[
            {"success":false,"externalId":"b"},
            {"success":true,"created":true,"externalId":"a","addressBookEntryId":7}]})")
                                     .object();
        const AcdBatchResult r = AcdApi::readEntryResults(body, sent);
        QCOMPARE(r.results.size(), 3);
        QVERIFY(r.results.at(0).success);
        QCOMPARE(r.results.at(0).entryId, QStringLiteral("7"));
        QVERIFY(!r.results.at(1).success);
        QVERIFY(!r.results.at(1).error.isEmpty());
        QVERIFY(!r.results.at(2).success); // the ACD said nothing about "c": not written
        QCOMPARE(r.results.at(2).externalId, QStringLiteral("c"));
        QCOMPARE(r.failed(), 2);
    }

    void assignmentReportsEachEntity()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        const auto created = wait<AcdAddressBook>([&](auto cb) {
            api.createAddressBook(QStringLiteral("Team book"), QStringLiteral("Standard"), nullptr, cb);
        });
        QVERIFY(created.ok());
        const QString id = created.value().id;
        auto res = wait<QList<AcdAssignResult>>([&](auto cb) {
            api.assign(id, QStringLiteral("Team"), {QStringLiteral("3002"), QStringLiteral("9999")}, nullptr,
                       cb);
        });
        QVERIFY2(res.ok(), qPrintable(res.error().describe()));
        QCOMPARE(res.value().size(), 2);
        QVERIFY(res.value().at(0).success);
        QVERIFY(!res.value().at(1).success);
        QCOMPARE(res.value().at(1).entityId, QStringLiteral("9999"));
        QVERIFY(res.value().at(1).error.contains(QLatin1String("9999")));
        auto agents = wait<QList<AcdAgentRef>>([&](auto cb) { api.assignedAgents(id, nullptr, cb); });
        QVERIFY(agents.ok());
        QCOMPARE(agents.value().size(), 30 / 4 + (30 % 4 > 1 ? 1 : 0)); // the Sales team's agents
        res = wait<QList<AcdAssignResult>>(
            [&](auto cb) { api.assign(id, QStringLiteral("Everyone"), {}, nullptr, cb); });
        QVERIFY(res.ok());
        QCOMPARE(res.value().size(), 1);
        QVERIFY(res.value().at(0).success);
        agents = wait<QList<AcdAgentRef>>([&](auto cb) { api.assignedAgents(id, nullptr, cb); });
        QCOMPARE(agents.value().size(), m_sandbox->agentCount());
    }

    void dynamicEntriesPutListAndDelete()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        const auto created = wait<AcdAddressBook>([&](auto cb) {
            api.createAddressBook(QStringLiteral("Sync"), QStringLiteral("Dynamic"), nullptr, cb);
        });
        QVERIFY(created.ok());
        const QString id = created.value().id;
        QList<AcdEntry> batch;
        for (int i = 0; i < 12; ++i) {
            AcdEntry e;
            e.externalId = QStringLiteral("zoom-user/%1").arg(i);
            e.firstName = QStringLiteral("N%1").arg(i);
            e.lastName = QStringLiteral("Müller");
            e.phone = i == 5 ? QString(31, QLatin1Char('1')) : QStringLiteral("+4930%1").arg(i);
            batch.append(e);
        }
        auto put = wait<AcdBatchResult>([&](auto cb) { api.putDynamicEntries(id, batch, nullptr, cb); });
        QVERIFY2(put.ok(), qPrintable(put.error().describe()));
        QCOMPARE(put.value().failed(), 1);
        QCOMPARE(put.value().results.at(5).externalId, QStringLiteral("zoom-user/5"));
        QVERIFY(!put.value().results.at(5).success);
        QVERIFY(put.value().results.at(0).created);

        // The same put again replaces by externalId: nothing new is created.
        put = wait<AcdBatchResult>([&](auto cb) { api.putDynamicEntries(id, batch, nullptr, cb); });
        QVERIFY(!put.value().results.at(0).created);

        QStringList seen;
        std::optional<Error> done;
        int total = 0;
        api.dynamicEntries(
            id, 4, nullptr,
            [&](const QList<QJsonObject>& items) {
                for (const auto& o : items)
                    seen.append(AcdEntry::fromJson(o).externalId);
                return true;
            },
            [&](int, int t, const Error& e) {
                total = t;
                done = e;
            });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(done->ok(), qPrintable(done->describe()));
        QCOMPARE(seen.size(), 11);
        QCOMPARE(total, 11);

        QVERIFY(waitDone([&](auto cb) {
                    api.deleteDynamicEntry(id, QStringLiteral("zoom-user/3"), nullptr, cb);
                }).ok());
        const Error gone = waitDone(
            [&](auto cb) { api.deleteDynamicEntry(id, QStringLiteral("zoom-user/3"), nullptr, cb); });
        QCOMPARE(gone.code, ErrorCode::NotFound);
        QCOMPARE(gone.service, Service::Acd);
    }

    void faultsAreRetriedOrReported()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        QVERIFY(waitToken(auth).error.ok());
        m_sandbox->injectFault(AcdSandboxFault::RateLimited, 1, 1);
        m_sandbox->injectFault(AcdSandboxFault::ServerError, 1);
        auto teams = wait<QList<AcdTeam>>([&](auto cb) { api.teams(nullptr, cb); });
        QVERIFY2(teams.ok(), qPrintable(teams.error().describe()));

        m_sandbox->injectFault(AcdSandboxFault::ServerError, 10);
        teams = wait<QList<AcdTeam>>([&](auto cb) { api.teams(nullptr, cb); });
        QVERIFY(!teams.ok());
        QCOMPARE(teams.error().code, ErrorCode::ServerError);
        QCOMPARE(teams.error().service, Service::Acd);
        m_sandbox->clearFaults();

        // A batch write (POST) is not resent after a 5xx: it may have been half applied.
        const auto created = wait<AcdAddressBook>([&](auto cb) {
            api.createAddressBook(QStringLiteral("S"), QStringLiteral("Standard"), nullptr, cb);
        });
        QVERIFY(created.ok());
        AcdEntry e;
        e.firstName = QStringLiteral("A");
        e.lastName = QStringLiteral("B");
        m_sandbox->injectFault(AcdSandboxFault::ServerError, 1);
        const int before = m_sandbox->apiRequestCount();
        const auto added =
            wait<AcdBatchResult>([&](auto cb) { api.addEntries(created.value().id, {e}, nullptr, cb); });
        QVERIFY(!added.ok());
        QCOMPARE(m_sandbox->apiRequestCount() - before, 1);
    }

    void corporateDirectoryStartsPartlyOutOfDate()
    {
        AcdAuth auth(m_client.get(), endpoints(), creds());
        AcdApi api(m_client.get(), &auth);
        const auto books = wait<QList<AcdAddressBook>>([&](auto cb) { api.addressBooks(nullptr, cb); });
        QVERIFY(books.ok());
        QHash<QString, AcdEntry> byExternalId;
        std::optional<Error> done;
        api.dynamicEntries(
            books.value().at(0).id, 100, nullptr,
            [&](const QList<QJsonObject>& items) {
                for (const auto& o : items) {
                    const AcdEntry e = AcdEntry::fromJson(o);
                    byExternalId.insert(e.externalId, e);
                }
                return true;
            },
            [&](int, int, const Error& e) { done = e; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());
        // Against the Zoom sandbox's default organisation (50 users, seed 1).
        int missing = 0, stale = 0, current = 0;
        QSet<QString> zoomIds;
        for (const SandboxUser& u : SandboxDirectory::generate(50, 1)) {
            if (u.id.isEmpty())
                continue;
            zoomIds.insert(u.id);
            const auto it = byExternalId.constFind(u.id);
            if (it == byExternalId.cend())
                ++missing;
            else if (it->phone != u.phoneNumber || it->company != u.dept)
                ++stale;
            else
                ++current;
        }
        int departed = 0;
        for (const QString& id : byExternalId.keys())
            departed += zoomIds.contains(id) ? 0 : 1;
        QVERIFY(missing > 0);
        QVERIFY(stale > 0);
        QVERIFY(current > stale);
        QCOMPARE(departed, 2);
    }

    void profileKeepsAcdSettingsAndStaysCompatible()
    {
        Profile zoomOnly = Profile::create(QStringLiteral("Zoom only"));
        QVERIFY(!zoomOnly.toJson().contains(QStringLiteral("acd"))); // old files stay as they were
        Profile p = zoomOnly;
        p.acd.clientId = QStringLiteral("app");
        p.acd.accessKeyId = QStringLiteral("KEY");
        p.acd.issuerUrl = QStringLiteral("https://cxone-gov.niceincontact.com");
        p.acd.hasAccessKeySecret = true;
        const Profile back = Profile::fromJson(p.toJson());
        QCOMPARE(back, p);
        QCOMPARE(back.acd.issuerUrl, QStringLiteral("https://cxone-gov.niceincontact.com"));
        QVERIFY(back.unknown.isEmpty());
        QVERIFY(!p.toJson()
                     .value(QStringLiteral("acd"))
                     .toObject()
                     .contains(QStringLiteral("access_key_secret")));
    }

    void resolverReadsSecretsByPurposeAndSignsIn()
    {
        MemorySecretStore store;
        SecretAccess access(&store);
        Profile p = Profile::create(QStringLiteral("Customer"));
        access.setProfileId(p.id);
        const auto c = m_sandbox->credentials();
        p.acd.issuerUrl = m_sandbox->issuerUrl().toString();
        p.acd.clientId = c.clientId;
        p.acd.accessKeyId = c.accessKeyId;
        QVERIFY(store.writeSync(secretKey(p.id, SecretPurpose::AcdClientSecret), c.clientSecret).ok());

        // The access key secret is missing: said as the keychain's error, not as a wrong key.
        std::optional<Result<AcdConnection>> got;
        AcdConnectionResolver::forProfile(p, nullptr).resolve(&access, nullptr, [&](const auto& r) {
            got = r;
        });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().code, ErrorCode::KeychainEntryNotFound);

        QVERIFY(store.writeSync(secretKey(p.id, SecretPurpose::AcdAccessKeySecret), c.accessKeySecret).ok());
        got.reset();
        AcdConnectionResolver::forProfile(p, nullptr).resolve(&access, nullptr, [&](const auto& r) {
            got = r;
        });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok(), qPrintable(got->error().describe()));
        QCOMPARE(got->value().credentials.accessKeySecret, c.accessKeySecret);
        AcdAuth auth(m_client.get(), got->value().endpoints, got->value().credentials);
        QVERIFY(waitToken(auth).error.ok());

        // A sandbox profile works without a keychain: the sandbox's demo secrets.
        Profile sp = Profile::create(QStringLiteral("Sandbox"));
        sp.sandbox = true;
        store.setUnavailable(true);
        got.reset();
        AcdConnectionResolver::forProfile(sp, m_sandbox.get()).resolve(&access, nullptr, [&](const auto& r) {
            got = r;
        });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok(), qPrintable(got->error().describe()));
        QVERIFY(got->value().sandbox);
        QCOMPARE(got->value().endpoints.issuer, m_sandbox->issuerUrl());

        // Flags alone, incomplete: an input error naming the flags.
        got.reset();
        AcdConnectionFlags f;
        f.clientId = QStringLiteral("x");
        AcdConnectionResolver::forFlags(f).resolve(nullptr, nullptr, [&](const auto& r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().code, ErrorCode::InvalidInput);
        QVERIFY(got->error().message.contains(QLatin1String("--acd-access-key-secret-env")));
    }
};

QTEST_GUILESS_MAIN(TestAcd)
#include "tst_acd.moc"
