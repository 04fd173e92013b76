// The seams every area shares: secrets by purpose (SecretAccess, with its session-only fallback
// and its deadline) and the Zoom connection resolver.
#include "connect/ProfileSession.h"
#include "acd/AcdApi.h"
#include "connect/SecretAccess.h"
#include "connect/SessionClients.h"
#include "zoom/ZoomApi.h"
#include "connect/ZoomConnectionResolver.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace syncdesk;

namespace {
struct ReadAnswer
{
    int calls = 0;
    QString value;
    Error error;
};

Result<ZoomConnection> resolveNow(const ZoomConnectionResolver& resolver, SecretAccess* secrets)
{
    std::optional<Result<ZoomConnection>> out;
    QObject ctx;
    resolver.resolve(secrets, &ctx, [&](const Result<ZoomConnection>& c) { out = c; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return Error::make(ErrorCode::Timeout, QStringLiteral("no answer"));
    return *out;
}

Result<QString> secretTokenNow(const ZoomConnectionResolver& resolver, SecretAccess* secrets)
{
    std::optional<Result<QString>> out;
    QObject ctx;
    resolver.resolveSecretToken(secrets, &ctx, [&](const Result<QString>& t) { out = t; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return Error::make(ErrorCode::Timeout, QStringLiteral("no answer"));
    return *out;
}
} // namespace

class TestConnect : public QObject
{
    Q_OBJECT
private slots:
    void keychainThatNeverAnswersIsReportedAndRetried();
    void cancelledWaitKeepsWrittenValueForTheSession();
    void sessionValuesAreSharedByEveryCaller();
    void readWhileWritingGetsTheNewValue();
    void answersGoOnlyToTheCallerThatAsked();

    void profileEndpointsAndFlags();
    void sandboxProfileUsesSandboxAndDemoSecrets();
    void sandboxProfileWithoutSandbox();
    void missingSecretIsPassedOn();
    void incompleteAndBadUrls();
    void storedSecretsAreFlaggedInTheProfile();
    void sandboxSessionGivesSharedZoomAndAcdClients();
    void acdSettingsAndDirectorySyncSurviveSaving();
};

void TestConnect::keychainThatNeverAnswersIsReportedAndRetried()
{
    MemorySecretStore store;
    SecretAccess access(&store);
    access.setProfileId(QStringLiteral("p1"));
    access.setDeadlineMs(100);
    QVERIFY(
        store
            .writeSync(secretKey(QStringLiteral("p1"), SecretPurpose::ZoomClientSecret), QStringLiteral("s3"))
            .ok());
    store.setStalled(true); // an unlock prompt nobody answers

    QSignalSpy waitingChanged(&access, &SecretAccess::waitingChanged);
    ReadAnswer answer;
    int waitingCalls = 0;
    Error waiting;
    QObject caller;
    access.read(
        SecretPurpose::ZoomClientSecret, &caller,
        [&](const QString& v, const Error& e) {
            ++answer.calls;
            answer.value = v;
            answer.error = e;
        },
        [&](const Error& w) {
            ++waitingCalls;
            waiting = w;
        });
    QVERIFY(!access.isWaiting());
    // The caller is told after the deadline, not left waiting in silence.
    QTRY_COMPARE_WITH_TIMEOUT(waitingCalls, 1, 3000);
    QVERIFY(access.isWaiting());
    QCOMPARE(waitingChanged.size(), 1);
    QCOMPARE(waitingChanged.first().first().toBool(), true);
    QCOMPARE(waiting.code, ErrorCode::Timeout);
    QVERIFY2(waiting.message.contains(QLatin1String("prompt")), qPrintable(waiting.message));
    QCOMPARE(answer.calls, 0);

    // Retry asks again and the wait starts over.
    access.retryWaiting();
    QVERIFY(!access.isWaiting());
    QCOMPARE(store.pendingRequests(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(waitingCalls, 2, 3000);
    QVERIFY(access.isWaiting());

    // The prompt is answered: the caller gets the value once, the second attempt's answer is dropped.
    store.setStalled(false);
    QTRY_COMPARE(answer.calls, 1);
    QVERIFY(answer.error.ok());
    QCOMPARE(answer.value, QStringLiteral("s3"));
    QVERIFY(!access.isWaiting());
    QCOMPARE(waitingChanged.last().first().toBool(), false);
    QTest::qWait(50);
    QCOMPARE(answer.calls, 1);
}

void TestConnect::cancelledWaitKeepsWrittenValueForTheSession()
{
    MemorySecretStore store;
    SecretAccess access(&store);
    access.setProfileId(QStringLiteral("p1"));
    access.setDeadlineMs(50);
    store.setStalled(true);

    QObject caller;
    std::optional<Error> written;
    ReadAnswer read;
    access.write(SecretPurpose::ZoomSecretToken, QStringLiteral("tok"), &caller,
                 [&](const Error& e) { written = e; });
    access.read(SecretPurpose::ZoomClientSecret, &caller, [&](const QString& v, const Error& e) {
        ++read.calls;
        read.value = v;
        read.error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(access.isWaiting(), 3000);
    QSignalSpy status(&access, &SecretAccess::keychainStatusChanged);
    access.cancelWaiting();
    QVERIFY(!access.isWaiting());
    // The read says it was cancelled; the write keeps the value for this session, and says so.
    QCOMPARE(read.calls, 1);
    QCOMPARE(read.error.code, ErrorCode::Cancelled);
    QVERIFY(written.has_value());
    QCOMPARE(written->code, ErrorCode::KeychainUnavailable);
    QVERIFY(access.isSessionOnly(SecretPurpose::ZoomSecretToken));
    QCOMPARE(access.keychainError().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(status.size(), 1);

    ReadAnswer again;
    access.read(SecretPurpose::ZoomSecretToken, &caller, [&](const QString& v, const Error& e) {
        ++again.calls;
        again.value = v;
        again.error = e;
    });
    QTRY_COMPARE(again.calls, 1);
    QVERIFY(again.error.ok());
    QCOMPARE(again.value, QStringLiteral("tok"));
    store.setStalled(false); // the late answers of the cancelled jobs reach nobody
    QTest::qWait(20);
    QCOMPARE(read.calls, 1);
}

void TestConnect::sessionValuesAreSharedByEveryCaller()
{
    MemorySecretStore store;
    store.setUnavailable(true);
    SecretAccess access(&store);
    access.setProfileId(QStringLiteral("p1"));
    QObject setupPage, monitor;
    std::optional<Error> written;
    QSignalSpy writtenSpy(&access, &SecretAccess::secretWritten);
    access.write(SecretPurpose::ZoomSecretToken, QStringLiteral("demo-token"), &setupPage,
                 [&](const Error& e) { written = e; });
    QTRY_VERIFY(written.has_value());
    QCOMPARE(written->code, ErrorCode::KeychainUnavailable);
    QCOMPARE(writtenSpy.size(), 1);
    for (const QVariant& arg : writtenSpy.first())
        QVERIFY(arg.toString() != QLatin1String("demo-token")); // no value in a broadcast

    ReadAnswer fromMonitor;
    access.read(SecretPurpose::ZoomSecretToken, &monitor, [&](const QString& v, const Error& e) {
        ++fromMonitor.calls;
        fromMonitor.value = v;
        fromMonitor.error = e;
    });
    QTRY_COMPARE(fromMonitor.calls, 1);
    QVERIFY(fromMonitor.error.ok());
    QCOMPARE(fromMonitor.value, QStringLiteral("demo-token"));
    QCOMPARE(store.size(), 0);

    // Another profile does not see this one's session values.
    access.setProfileId(QStringLiteral("p2"));
    ReadAnswer other;
    access.read(SecretPurpose::ZoomSecretToken, &monitor, [&](const QString& v, const Error& e) {
        ++other.calls;
        other.value = v;
        other.error = e;
    });
    QTRY_COMPARE(other.calls, 1);
    QCOMPARE(other.error.code, ErrorCode::KeychainUnavailable);
    QVERIFY(other.value.isEmpty());
}

void TestConnect::readWhileWritingGetsTheNewValue()
{
    MemorySecretStore store;
    SecretAccess access(&store);
    access.setProfileId(QStringLiteral("p1"));
    QVERIFY(store
                .writeSync(secretKey(QStringLiteral("p1"), SecretPurpose::ZoomClientSecret),
                           QStringLiteral("old"))
                .ok());
    store.setStalled(true);
    QObject caller;
    access.write(SecretPurpose::ZoomClientSecret, QStringLiteral("new"), &caller, [](const Error&) {});
    ReadAnswer r;
    access.read(SecretPurpose::ZoomClientSecret, &caller, [&](const QString& v, const Error& e) {
        ++r.calls;
        r.value = v;
        r.error = e;
    });
    QTRY_COMPARE(r.calls, 1);
    QCOMPARE(r.value, QStringLiteral("new"));
    store.setStalled(false);
}

void TestConnect::answersGoOnlyToTheCallerThatAsked()
{
    MemorySecretStore store;
    SecretAccess access(&store);
    access.setProfileId(QStringLiteral("p1"));
    QVERIFY(
        store.writeSync(secretKey(QStringLiteral("p1"), SecretPurpose::ZoomSecretToken), QStringLiteral("t"))
            .ok());
    int gone = 0, kept = 0;
    auto* leaving = new QObject;
    QObject staying;
    access.read(SecretPurpose::ZoomSecretToken, leaving, [&](const QString&, const Error&) { ++gone; });
    access.read(SecretPurpose::ZoomSecretToken, &staying, [&](const QString&, const Error&) { ++kept; });
    delete leaving;
    QTRY_COMPARE(kept, 1);
    QTest::qWait(20);
    QCOMPARE(gone, 0);
}

void TestConnect::profileEndpointsAndFlags()
{
    Profile p = Profile::create(QStringLiteral("Acme"));
    p.zoom.accountId = QStringLiteral(" acc ");
    p.zoom.clientId = QStringLiteral("cid");
    p.zoom.oauthUrl = QStringLiteral("https://zoomgov.com");
    p.zoom.apiUrl = QStringLiteral("https://api.zoomgov.com");
    p.zoom.useTokenApiUrl = true;
    MemorySecretStore store;
    QVERIFY(store.writeSync(secretKey(p.id, SecretPurpose::ZoomClientSecret), QStringLiteral("sec")).ok());
    SecretAccess access(&store);
    access.setProfileId(p.id);

    auto c = resolveNow(ZoomConnectionResolver::forProfile(p, nullptr), &access);
    QVERIFY2(c.ok(), qPrintable(c.error().describe()));
    QCOMPARE(c.value().endpoints.oauthBase, QUrl(QStringLiteral("https://zoomgov.com")));
    QCOMPARE(c.value().endpoints.apiBase, QUrl(QStringLiteral("https://api.zoomgov.com")));
    QVERIFY(c.value().endpoints.useTokenApiUrl);
    QCOMPARE(c.value().credentials.accountId, QStringLiteral("acc"));
    QCOMPARE(c.value().credentials.clientId, QStringLiteral("cid"));
    QCOMPARE(c.value().credentials.clientSecret, QStringLiteral("sec"));
    QVERIFY(!c.value().sandbox);

    // Flags override the profile; an explicit API URL wins over the token's api_url.
    ZoomConnectionFlags flags;
    flags.clientId = QStringLiteral("flag-cid");
    flags.apiUrl = QStringLiteral("http://127.0.0.1:9");
    flags.clientSecret = QStringLiteral("from-env");
    c = resolveNow(ZoomConnectionResolver::forProfile(p, nullptr).withFlags(flags), &access);
    QVERIFY(c.ok());
    QCOMPARE(c.value().credentials.clientId, QStringLiteral("flag-cid"));
    QCOMPARE(c.value().credentials.clientSecret, QStringLiteral("from-env"));
    QCOMPARE(c.value().endpoints.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(!c.value().endpoints.useTokenApiUrl);
}

void TestConnect::sandboxProfileUsesSandboxAndDemoSecrets()
{
    ZoomSandbox sandbox;
    QVERIFY(sandbox.start().ok());
    Profile p = Profile::create(QStringLiteral("Sandbox"));
    p.sandbox = true;
    MemorySecretStore store;
    store.setUnavailable(true); // no Secret Service at all
    SecretAccess access(&store);
    access.setProfileId(p.id);

    const auto resolver = ZoomConnectionResolver::forProfile(p, &sandbox);
    auto c = resolveNow(resolver, &access);
    QVERIFY2(c.ok(), qPrintable(c.error().describe()));
    QVERIFY(c.value().sandbox);
    QCOMPARE(c.value().endpoints.oauthBase, sandbox.oauthUrl());
    QCOMPARE(c.value().endpoints.apiBase, sandbox.apiUrl());
    QCOMPARE(c.value().credentials.accountId, sandbox.credentials().accountId);
    QCOMPARE(c.value().credentials.clientSecret, sandbox.credentials().clientSecret);
    auto token = secretTokenNow(resolver, &access);
    QVERIFY(token.ok());
    QCOMPARE(token.value(), sandbox.credentials().secretToken);

    // A plain profile never talks to a sandbox that happens to run in the same process.
    Profile plain = Profile::create(QStringLiteral("Acme"));
    auto e = ZoomConnectionResolver::forProfile(plain, &sandbox).endpoints();
    QVERIFY(e.ok());
    QCOMPARE(e.value().endpoints.apiBase, QUrl(QStringLiteral("https://api.zoom.us")));
}

void TestConnect::sandboxProfileWithoutSandbox()
{
    Profile p = Profile::create(QStringLiteral("Sandbox"));
    p.sandbox = true;
    auto cli = ZoomConnectionResolver::forProfile(p, nullptr, QStringLiteral("/tmp/sandbox.json"))
                   .withFlags({})
                   .endpoints();
    QVERIFY(!cli.ok());
    QCOMPARE(cli.error().code, ErrorCode::InvalidInput);
    QCOMPARE(cli.error().message,
             QStringLiteral("/tmp/sandbox.json is a sandbox profile; use --sandbox instead."));
    auto console = ZoomConnectionResolver::forProfile(p, nullptr).endpoints();
    QVERIFY(!console.ok());
    QVERIFY(!console.error().message.contains(QLatin1String("--sandbox")));
}

void TestConnect::missingSecretIsPassedOn()
{
    Profile p = Profile::create(QStringLiteral("Acme"));
    p.zoom.accountId = QStringLiteral("acc");
    p.zoom.clientId = QStringLiteral("cid");
    MemorySecretStore store;
    SecretAccess access(&store);
    access.setProfileId(p.id);
    auto c = resolveNow(ZoomConnectionResolver::forProfile(p, nullptr), &access);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::KeychainEntryNotFound);
    auto t = secretTokenNow(ZoomConnectionResolver::forProfile(p, nullptr), &access);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, ErrorCode::KeychainEntryNotFound);
}

void TestConnect::incompleteAndBadUrls()
{
    ZoomConnectionFlags flags;
    flags.accountId = QStringLiteral("acc");
    auto c = resolveNow(ZoomConnectionResolver::forFlags(flags), nullptr);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::InvalidInput);
    QVERIFY(c.error().message.contains(QLatin1String("--client-secret-env")));

    flags.clientId = QStringLiteral("cid");
    flags.clientSecret = QStringLiteral("sec");
    flags.oauthUrl = QStringLiteral("ftp://zoom.us");
    c = resolveNow(ZoomConnectionResolver::forFlags(flags), nullptr);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().message, QStringLiteral("ftp://zoom.us is not a valid http(s) URL."));

    Profile p = Profile::create(QStringLiteral("Acme"));
    MemorySecretStore store;
    SecretAccess access(&store);
    access.setProfileId(p.id);
    QVERIFY(store.writeSync(secretKey(p.id, SecretPurpose::ZoomClientSecret), QStringLiteral("sec")).ok());
    c = resolveNow(ZoomConnectionResolver::forProfile(p, nullptr), &access);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::InvalidInput);
    QVERIFY(!c.error().message.contains(QLatin1String("--"))); // the console's words, not flags
}

// A secret written through the session marks the profile (and its file) as having one, for the ACD
// purposes as for Zoom's: the ACD area reads these flags to say "stored in the keychain".
void TestConnect::storedSecretsAreFlaggedInTheProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore store;
    ProfileSession session(&store, dir.path());
    QVERIFY(session.createProfile(QStringLiteral("Acme")).ok());
    QVERIFY(!session.profile().acd.hasAccessKeySecret);
    int done = 0;
    for (SecretPurpose p :
         {SecretPurpose::AcdClientSecret, SecretPurpose::AcdAccessKeySecret, SecretPurpose::ZoomClientSecret})
        session.secrets()->write(p, QStringLiteral("s3cr3t-value"), this, [&done](const Error& e) {
            QVERIFY(e.ok());
            ++done;
        });
    QTRY_COMPARE(done, 3);
    QVERIFY(session.profile().acd.hasClientSecret);
    QVERIFY(session.profile().acd.hasAccessKeySecret);
    QVERIFY(session.profile().zoom.hasClientSecret);
    auto saved = ProfileStore::load(session.profilePath());
    QVERIFY(saved.ok());
    QVERIFY(saved.value().acd.hasAccessKeySecret);
    QVERIFY(saved.value().acd.hasClientSecret);
    QFile file(session.profilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cr3t-value"));
}

void TestConnect::sandboxSessionGivesSharedZoomAndAcdClients()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore store;
    ProfileSession session(&store, dir.path());
    QVERIFY(session.openSandbox().ok());
    QVERIFY(session.acdSandbox() && session.acdSandbox()->isRunning());
    SessionClients clients(&session);

    AcdApi* first = nullptr;
    clients.acdApi(this, [&](AcdApi* api, const Error& e) {
        QVERIFY2(e.ok(), qPrintable(e.message));
        first = api;
    });
    QTRY_VERIFY(first);
    int teams = -1;
    first->teams(this, [&](const Result<QList<AcdTeam>>& r) {
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        teams = int(r.value().size());
    });
    QTRY_COMPARE(teams, session.acdSandbox()->teamCount());
    // A second page asking gets the same client, so the token is not fetched again.
    AcdApi* second = nullptr;
    clients.acdApi(this, [&](AcdApi* api, const Error&) { second = api; });
    QTRY_VERIFY(second);
    QCOMPARE(second, first);
    QCOMPARE(session.acdSandbox()->tokenRequestCount(), 1);

    ZoomApi* zoom = nullptr;
    clients.zoomApi(this, [&](ZoomApi* api, const Error& e) {
        QVERIFY2(e.ok(), qPrintable(e.message));
        zoom = api;
    });
    QTRY_VERIFY(zoom);
    int users = -1;
    zoom->allUsers(QStringLiteral("active"), 300, this, [](const QList<QJsonObject>&) { return true; },
                   [&](int delivered, int, const Error& e) {
                       QVERIFY(e.ok());
                       users = delivered;
                   });
    QTRY_VERIFY(users > 0);

    // A changed ACD client ID is a different connection: a new client, signed in anew.
    AcdSettings acd = session.profile().acd;
    acd.clientId = QStringLiteral("another-app");
    session.setAcdSettings(acd);
    AcdApi* third = nullptr;
    Error thirdError;
    bool answered = false;
    clients.acdApi(this, [&](AcdApi* api, const Error& e) {
        third = api;
        thirdError = e;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(third != first || !thirdError.ok());
}

void TestConnect::acdSettingsAndDirectorySyncSurviveSaving()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore store;
    ProfileSession session(&store, dir.path());
    QVERIFY(session.createProfile(QStringLiteral("Acme")).ok());
    AcdSettings acd = session.profile().acd;
    acd.adapterVersion = QStringLiteral("directory");
    acd.mappingAccountName = QStringLiteral("Zoom Directory (Köln)");
    acd.notificationEmails = {QStringLiteral("ops@example.com"), QStringLiteral("山田@example.jp")};
    session.setAcdSettings(acd);
    session.setAcdMappingStep(QStringLiteral("open-adapters"), true);
    DirectorySyncSettings ds;
    ds.enabled = true;
    ds.addressBookId = QStringLiteral("12");
    ds.addressBookName = QStringLiteral("Corporate Directory");
    ds.mapping = QJsonObject{{QStringLiteral("appendExtension"), true}};
    ds.maxRemovalPercent = 25;
    session.setDirectorySyncSettings(ds);
    SalesforceSettings sf = session.profile().salesforce;
    sf.loginUrl = QStringLiteral("https://test.salesforce.com");
    sf.orgId = QStringLiteral("00D50000000IZ3ZEAW");
    sf.username = QStringLiteral("admin@acme.example");
    session.setSalesforceSettings(sf);
    session.setSalesforceChecklistStep(QStringLiteral("presence-statuses"), true);
    const QJsonArray rules{QJsonObject{{QStringLiteral("name"), QStringLiteral("EU agents")}}};
    session.setPresenceRules(rules, QStringLiteral("EU agents"));
    QVERIFY(session.isDirty());
    QVERIFY(session.save().ok());
    auto saved = ProfileStore::load(session.profilePath());
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().acd.notificationEmails, acd.notificationEmails);
    QCOMPARE(saved.value().acd.mappingAccountName, acd.mappingAccountName);
    QVERIFY(saved.value().acd.mappingChecklistDone.contains(QStringLiteral("open-adapters")));
    QCOMPARE(saved.value().directorySync.addressBookName, ds.addressBookName);
    QCOMPARE(saved.value().directorySync.maxRemovalPercent, 25);
    QVERIFY(saved.value().directorySync.mapping.value(QStringLiteral("appendExtension")).toBool());
    QCOMPARE(saved.value().salesforce.loginUrl, sf.loginUrl);
    QCOMPARE(saved.value().salesforce.orgId, sf.orgId);
    QVERIFY(saved.value().salesforce.checklistDone.contains(QStringLiteral("presence-statuses")));
    QCOMPARE(saved.value().presenceRules, rules);
    QCOMPARE(saved.value().activePresenceRule, QStringLiteral("EU agents"));
}

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
