// The generic pager over real sockets: Zoom's next_page_token against the sandbox, and
// Salesforce's nextRecordsUrl and the ACD's skip/top against a small HTTP service that this test
// runs on loopback (the ACD and Salesforce sandboxes come with their own issues).
#include "net/Pager.h"
#include "net/RestClient.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace syncdesk;

namespace {

// Serves one list of `total` records in three vendors' paging styles and remembers what each
// request carried.
class ListService : public QObject
{
public:
    int total = 57;
    int sfBatch = 20;
    int failAtSkip = -1;                              // /acd/agents answers 500 from this skip on
    QUrl evilNext;                                    // what /evil/query names as its next page
    QString tokenPrefix = QStringLiteral("a+b%2F/="); // cursors with characters URLs like to mangle
    QList<QByteArray> authorizations;
    QStringList paths;

    bool start()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest& r, QHttpServerResponder&& out) { handle(r, out); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url(const QString& pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)).resolved(QUrl(pathAndQuery));
    }
    static QJsonObject record(int i) { return {{QStringLiteral("Id"), QStringLiteral("r%1").arg(i)}}; }
    QJsonArray records(int from, int count) const
    {
        QJsonArray a;
        for (int i = from; i < qMin(total, from + count); ++i)
            a.append(record(i));
        return a;
    }

private:
    void reply(QHttpServerResponder& out, int status, const QJsonObject& body)
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        out.writeStatusLine(QHttpServerResponder::StatusCode(status));
        out.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        out.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(bytes.size()));
        out.writeBody(bytes);
    }

    QJsonObject salesforcePage(int from, const QString& nextPrefix)
    {
        const bool done = from + sfBatch >= total;
        QJsonObject o{{QStringLiteral("totalSize"), total},
                      {QStringLiteral("done"), done},
                      {QStringLiteral("records"), records(from, sfBatch)}};
        if (!done)
            o.insert(QStringLiteral("nextRecordsUrl"), nextPrefix + QString::number(from + sfBatch));
        return o;
    }

    void handle(const QHttpServerRequest& r, QHttpServerResponder& out)
    {
        const QString path = r.url().path();
        const QUrlQuery q(r.url());
        paths.append(path + (q.isEmpty() ? QString() : QLatin1Char('?') + q.toString(QUrl::FullyDecoded)));
        QByteArray auth;
        for (const auto& [k, v] : r.headers()) {
            if (k.compare("authorization", Qt::CaseInsensitive) == 0)
                auth = v;
        }
        authorizations.append(auth);

        const QString cursorPrefix = QStringLiteral("/services/data/v59.0/query/01gCUR-");
        if (path == QLatin1String("/services/data/v59.0/query")) {
            reply(out, 200, salesforcePage(0, cursorPrefix));
        } else if (path.startsWith(cursorPrefix)) {
            reply(out, 200, salesforcePage(path.mid(cursorPrefix.size()).toInt(), cursorPrefix));
        } else if (path == QLatin1String("/evil/query")) {
            reply(out, 200,
                  {{QStringLiteral("done"), false},
                   {QStringLiteral("records"), records(0, 5)},
                   {QStringLiteral("nextRecordsUrl"), evilNext.toString()}});
        } else if (path == QLatin1String("/acd/agents") || path == QLatin1String("/acd/book")) {
            const int skip = q.queryItemValue(QStringLiteral("skip")).toInt();
            const int top = q.queryItemValue(QStringLiteral("top")).toInt();
            if (top <= 0) {
                reply(out, 400, {{QStringLiteral("error"), QStringLiteral("top is required")}});
            } else if (failAtSkip >= 0 && skip >= failAtSkip) {
                reply(out, 500, {{QStringLiteral("error"), QStringLiteral("boom")}});
            } else if (path == QLatin1String("/acd/agents")) {
                reply(out, 200,
                      {{QStringLiteral("totalRecords"), total},
                       {QStringLiteral("agents"), records(skip, top)}});
            } else { // no total: the short last page must end the walk
                reply(out, 200,
                      {{QStringLiteral("addressBook"),
                        QJsonObject{{QStringLiteral("addressBookEntries"), records(skip, top)}}}});
            }
        } else if (path == QLatin1String("/zoomish/list")) {
            const int size = q.queryItemValue(QStringLiteral("page_size")).toInt();
            const QString token = q.queryItemValue(QStringLiteral("next_page_token"), QUrl::FullyDecoded);
            int from = 0;
            if (!token.isEmpty()) {
                if (!token.startsWith(tokenPrefix)) { // the cursor did not arrive as it was sent
                    reply(out, 400,
                          {{QStringLiteral("code"), 300},
                           {QStringLiteral("message"), QStringLiteral("Invalid next_page_token")}});
                    return;
                }
                from = token.mid(tokenPrefix.size()).toInt();
            }
            const int next = from + size;
            reply(out, 200,
                  {{QStringLiteral("total_records"), total},
                   {QStringLiteral("next_page_token"),
                    next < total ? tokenPrefix + QString::number(next) : QString()},
                   {QStringLiteral("users"), records(from, size)}});
        } else {
            reply(out, 404, {{QStringLiteral("error"), QStringLiteral("no such path")}});
        }
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};

struct Outcome
{
    bool finished = false;
    int delivered = -1;
    int total = -2;
    Error error;
    QStringList ids;
    int pages = 0;
};

} // namespace

class TestPager : public QObject
{
    Q_OBJECT
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<ListService> m_service;

    RestRequest prototype(const QString& path = QStringLiteral("/"))
    {
        RestRequest p;
        p.url = m_service->url(path);
        p.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer t0ken")});
        return p;
    }

    // Runs a walk to its end; `stopAfter` pages, then onPage says stop.
    Outcome walk(const QUrl& first, const PagingPolicy& policy, const Pager::Fetch& fetch, int stopAfter = -1)
    {
        Outcome o;
        Pager::run(
            first, policy, fetch, nullptr,
            [&o, stopAfter](const QList<QJsonObject>& items) {
                ++o.pages;
                for (const auto& i : items)
                    o.ids.append(i.value(QStringLiteral("Id")).toString());
                return stopAfter < 0 || o.pages < stopAfter;
            },
            [&o](int delivered, int total, const Error& e) {
                QVERIFY2(!o.finished, "done must run once");
                o.finished = true;
                o.delivered = delivered;
                o.total = total;
                o.error = e;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(o.finished, 15000); }();
        return o;
    }

    void verifyAllOnce(const Outcome& o, int total)
    {
        QCOMPARE(o.delivered, total);
        QCOMPARE(o.ids.size(), total);
        QCOMPARE(QSet<QString>(o.ids.cbegin(), o.ids.cend()).size(), total);
        QCOMPARE(o.ids.first(), QStringLiteral("r0"));
        QCOMPARE(o.ids.last(), QStringLiteral("r%1").arg(total - 1));
    }

private slots:
    void init()
    {
        m_client = std::make_unique<RestClient>();
        RestClient::Policy p;
        p.maxRetries = 0; // a 500 must end the walk at once here
        m_client->setPolicy(p);
        m_service = std::make_unique<ListService>();
        QVERIFY(m_service->start());
    }
    void cleanup()
    {
        m_client.reset();
        m_service.reset();
    }

    void nextRecordsUrlFollowedToTheEnd()
    {
        const Outcome o = walk(QUrl(QStringLiteral("/services/data/v59.0/query?q=SELECT+Id+FROM+X")),
                               PagingPolicy::salesforce(), Pager::restFetch(m_client.get(), prototype()));
        QVERIFY2(o.error.ok(), qPrintable(o.error.describe()));
        verifyAllOnce(o, 57);
        QCOMPARE(o.total, 57);
        QCOMPARE(o.pages, 3);
        QCOMPARE(m_service->paths.size(), 3);
        // Every page went out with the credential, on the same host.
        for (const QByteArray& a : std::as_const(m_service->authorizations))
            QCOMPARE(a, QByteArray("Bearer t0ken"));
    }

    void nextRecordsUrlOnAnotherOriginIsNotFetched()
    {
        ListService other;
        QVERIFY(other.start());
        m_service->evilNext = other.url(QStringLiteral("/services/data/v59.0/query/01gCUR-5"));
        const Outcome o = walk(QUrl(QStringLiteral("/evil/query")), PagingPolicy::salesforce(),
                               Pager::restFetch(m_client.get(), prototype()));
        QCOMPARE(o.error.code, ErrorCode::CrossOriginRedirect);
        QCOMPARE(o.error.service, Service::Salesforce);
        QVERIFY2(o.error.message.contains(other.url(QStringLiteral("/")).authority()),
                 qPrintable(o.error.message));
        QCOMPARE(o.delivered, 5); // the first page still counts
        QVERIFY(other.paths.isEmpty());
        QVERIFY(other.authorizations.isEmpty());
    }

    void skipTopWithTotal()
    {
        const Outcome o = walk(QUrl(QStringLiteral("/acd/agents?isActive=true")),
                               PagingPolicy::skipTop(QStringLiteral("agents"), 25),
                               Pager::restFetch(m_client.get(), prototype()));
        QVERIFY2(o.error.ok(), qPrintable(o.error.describe()));
        verifyAllOnce(o, 57);
        QCOMPARE(o.total, 57);
        QCOMPARE(m_service->paths, (QStringList{QStringLiteral("/acd/agents?isActive=true&top=25"),
                                                QStringLiteral("/acd/agents?isActive=true&top=25&skip=25"),
                                                QStringLiteral("/acd/agents?isActive=true&top=25&skip=50")}));
    }

    void skipTopNestedItemsWithoutTotalStopsOnAShortPage()
    {
        m_service->total = 40; // two full pages of 20: the third, empty, one ends it
        PagingPolicy policy = PagingPolicy::skipTop(QStringLiteral("addressBook.addressBookEntries"), 20);
        const Outcome o =
            walk(QUrl(QStringLiteral("/acd/book")), policy, Pager::restFetch(m_client.get(), prototype()));
        QVERIFY2(o.error.ok(), qPrintable(o.error.describe()));
        verifyAllOnce(o, 40);
        QCOMPARE(o.total, -1);
        QCOMPARE(m_service->paths.size(), 3);

        m_service->paths.clear();
        m_service->total = 45; // the short third page ends it without asking again
        const Outcome o2 =
            walk(QUrl(QStringLiteral("/acd/book")), policy, Pager::restFetch(m_client.get(), prototype()));
        verifyAllOnce(o2, 45);
        QCOMPARE(m_service->paths.size(), 3);
    }

    void anErrorMidwayReportsWhatWasDelivered()
    {
        m_service->failAtSkip = 50;
        const Outcome o =
            walk(QUrl(QStringLiteral("/acd/agents")), PagingPolicy::skipTop(QStringLiteral("agents"), 25),
                 Pager::restFetch(m_client.get(), [this] {
                     RestRequest p = prototype();
                     p.service = Service::Acd;
                     return p;
                 }()));
        QCOMPARE(o.error.code, ErrorCode::ServerError);
        QCOMPARE(o.error.service, Service::Acd);
        QCOMPARE(o.delivered, 50);
        QCOMPARE(o.total, 57);
    }

    void aPageThatIsNotAListIsAnError()
    {
        const Outcome o = walk(QUrl(QStringLiteral("/acd/agents")),
                               PagingPolicy::skipTop(QStringLiteral("totalRecords"), 25),
                               Pager::restFetch(m_client.get(), prototype()));
        QCOMPARE(o.error.code, ErrorCode::BadResponse);
        QCOMPARE(o.error.service, Service::Acd);
    }

    void nextPageTokenArrivesIntact()
    {
        const Outcome o =
            walk(QUrl(QStringLiteral("/zoomish/list")), PagingPolicy::zoom(QStringLiteral("users"), 10),
                 Pager::restFetch(m_client.get(), prototype()));
        QVERIFY2(o.error.ok(), qPrintable(o.error.describe()));
        verifyAllOnce(o, 57);
        QCOMPARE(o.pages, 6);
    }

    void stoppingFromTheCallbackIsCancelled()
    {
        const Outcome o =
            walk(QUrl(QStringLiteral("/acd/agents")), PagingPolicy::skipTop(QStringLiteral("agents"), 10),
                 Pager::restFetch(m_client.get(), prototype()), /*stopAfter=*/2);
        QCOMPARE(o.error.code, ErrorCode::Cancelled);
        QCOMPARE(o.delivered, 20);
        QCOMPARE(m_service->paths.size(), 2); // no page asked for after the stop
    }

    void destroyingTheContextStopsTheWalkSilently()
    {
        auto* context = new QObject;
        bool doneCalled = false;
        int pages = 0;
        Pager::run(
            QUrl(QStringLiteral("/acd/agents")), PagingPolicy::skipTop(QStringLiteral("agents"), 10),
            Pager::restFetch(m_client.get(), prototype()), context,
            [&](const QList<QJsonObject>&) {
                if (++pages == 2)
                    delete context;
                return true;
            },
            [&](int, int, const Error&) { doneCalled = true; });
        QTRY_COMPARE_WITH_TIMEOUT(pages, 2, 10000);
        QTest::qWait(300);
        QVERIFY(!doneCalled);
        QCOMPARE(pages, 2);
        QCOMPARE(m_service->paths.size(), 2);

        // Gone while the first page is on its way: nothing is delivered at all.
        m_service->paths.clear();
        pages = 0;
        auto* early = new QObject;
        Pager::run(
            QUrl(QStringLiteral("/acd/agents")), PagingPolicy::skipTop(QStringLiteral("agents"), 10),
            Pager::restFetch(m_client.get(), prototype()), early,
            [&](const QList<QJsonObject>&) { return ++pages > 0; },
            [&](int, int, const Error&) { doneCalled = true; });
        delete early;
        QTRY_COMPARE_WITH_TIMEOUT(m_service->paths.size(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(pages, 0);
        QVERIFY(!doneCalled);
    }

    void zoomApiPagesPhoneUsersThroughThePager()
    {
        SandboxConfig cfg;
        cfg.users = 700;
        cfg.ratePerSecond = 0;
        ZoomSandbox sandbox(cfg);
        QVERIFY(sandbox.start().ok());
        const auto c = sandbox.credentials();
        ZoomEndpoints e;
        e.oauthBase = sandbox.oauthUrl();
        e.apiBase = sandbox.apiUrl();
        ZoomAuth auth(m_client.get(), e, ZoomCredentials{c.accountId, c.clientId, c.clientSecret});
        ZoomApi api(m_client.get(), &auth);
        int expected = 0;
        for (const auto& u : sandbox.users())
            expected += (u.status == QLatin1String("active") && u.extensionNumber > 0) ? 1 : 0;
        QVERIFY(expected > 100);

        Outcome o;
        QSet<QString> ids;
        api.allPhoneUsers(
            100, nullptr,
            [&](const QList<QJsonObject>& items) {
                ++o.pages;
                for (const auto& i : items)
                    ids.insert(i.value(QStringLiteral("id")).toString());
                return true;
            },
            [&](int d, int t, const Error& err) {
                o.finished = true;
                o.delivered = d;
                o.total = t;
                o.error = err;
            });
        QTRY_VERIFY_WITH_TIMEOUT(o.finished, 15000);
        QVERIFY2(o.error.ok(), qPrintable(o.error.describe()));
        QCOMPARE(o.delivered, expected);
        QCOMPARE(o.total, expected);
        QCOMPARE(ids.size(), expected);
        QCOMPARE(o.pages, (expected + 99) / 100);

        // The access token revoked between walks: each page goes through ZoomApi's fetch, whose
        // one re-token on code 124 keeps the walk going.
        sandbox.invalidateTokens();
        Outcome bad;
        api.allUsers(QStringLiteral("active"), 50, nullptr, {}, [&](int d, int, const Error& err) {
            bad.finished = true;
            bad.delivered = d;
            bad.error = err;
        });
        QTRY_VERIFY_WITH_TIMEOUT(bad.finished, 15000);
        QVERIFY2(bad.error.ok(), qPrintable(bad.error.describe())); // re-token on 124 is transparent
        QVERIFY(bad.delivered > 0);
    }

    void errorsNameTheirService()
    {
        Error e = Error::make(ErrorCode::KeychainDenied, QStringLiteral("m"), QStringLiteral("d"));
        QCOMPARE(e.service, Service::Keychain);
        QCOMPARE(Error::make(ErrorCode::DiskFull, {}).service, Service::File);
        QCOMPARE(Error::make(ErrorCode::Timeout, {}).service, Service::Network);
        QCOMPARE(Error::make(ErrorCode::InvalidToken, {}).service, Service::Unspecified);
        QCOMPARE(serviceName(Service::Salesforce), QStringLiteral("salesforce"));
        QCOMPARE(e.describe(), QStringLiteral("m (keychain: d)"));
        e.service = Service::Unspecified;
        QCOMPARE(e.describe(), QStringLiteral("m (d)"));
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
