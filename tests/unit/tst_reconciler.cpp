// Reconciliation of Contact Center engagement data: what the API lists against what arrived by
// webhook, over real sockets against the sandbox's simulated queue.
#include "cc/ContactCenterApi.h"
#include "cc/Reconciler.h"
#include "net/RestClient.h"
#include "sandbox/ContactCenterSandbox.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace syncdesk;

namespace {

qint64 ms(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

ReconcileArtefact art(const char* kind, const char* id, const char* time)
{
    ReconcileArtefact a;
    a.kind = QString::fromLatin1(kind);
    a.id = QString::fromLatin1(id);
    a.timeMs = ms(time);
    return a;
}

QSet<QString> keys(const QList<ReconcileArtefact>& list, std::optional<ReconcileArtefact::Status> status = {})
{
    QSet<QString> out;
    for (const auto& a : list)
        if (!status || a.status == *status)
            out.insert(a.kind + QLatin1Char(':') + a.id);
    return out;
}

struct Zoom
{
    ZoomSandbox sandbox;
    RestClient client;
    std::unique_ptr<ZoomAuth> auth;
    std::unique_ptr<ZoomApi> api;
    std::unique_ptr<ContactCenterApi> cc;
    explicit Zoom(SandboxConfig cfg = {}) : sandbox(cfg)
    {
        if (!sandbox.start().ok())
            return;
        ZoomEndpoints e;
        e.oauthBase = sandbox.oauthUrl();
        e.apiBase = sandbox.apiUrl();
        const auto c = sandbox.credentials();
        auth =
            std::make_unique<ZoomAuth>(&client, e, ZoomCredentials{c.accountId, c.clientId, c.clientSecret});
        api = std::make_unique<ZoomApi>(&client, auth.get());
        cc = std::make_unique<ContactCenterApi>(&client, auth.get(), api.get());
    }
};

} // namespace

class TstReconciler : public QObject
{
    Q_OBJECT
private slots:
    void classifiesReceivedMissedAndWebhookOnly()
    {
        const QList<ReconcileArtefact> polled{art("recording", "R1", "2026-03-02T09:00:00Z"),
                                              art("recording", "R2", "2026-03-02T10:00:00Z"),
                                              art("note", "N1", "2026-03-03T11:00:00Z")};
        const QList<ReconcileArtefact> hooks{
            art("recording", "R1", "2026-03-02T09:00:00Z"),
            art("recording", "R1", "2026-03-02T09:00:00Z"), // sent twice
            art("disposition", "E1/D1", "2026-03-03T12:00:00Z"),
            art("note", "OUT", "2026-03-05T12:00:00Z")}; // outside the window
        const ReconcileReport r =
            Reconciler::compare(polled, hooks, ms("2026-03-02T00:00:00Z"), ms("2026-03-04T00:00:00Z"));
        QCOMPARE(r.artefacts.size(), 4);
        QCOMPARE(keys(r.artefacts, ReconcileArtefact::Status::Received),
                 QSet<QString>{QStringLiteral("recording:R1")});
        QCOMPARE(keys(r.artefacts, ReconcileArtefact::Status::Missed),
                 (QSet<QString>{QStringLiteral("recording:R2"), QStringLiteral("note:N1")}));
        QCOMPARE(keys(r.artefacts, ReconcileArtefact::Status::WebhookOnly),
                 QSet<QString>{QStringLiteral("disposition:E1/D1")});
        QCOMPARE(r.perDay.value(QStringLiteral("2026-03-02")).received, 1);
        QCOMPARE(r.perDay.value(QStringLiteral("2026-03-02")).missed, 1);
        QCOMPARE(r.perDay.value(QStringLiteral("2026-03-03")).missed, 1);
        QCOMPARE(r.perDay.value(QStringLiteral("2026-03-03")).webhookOnly, 1);
        QCOMPARE(r.perKind.value(QStringLiteral("recording")).missed, 1);
        QCOMPARE(r.total.missed, 2);
    }

    void webhookAndApiShapesMeetOnTheSameArtefact()
    {
        const QJsonObject event =
            QJsonDocument::fromJson(
                R"({"event":"contact_center.engagement_disposition_added","event_ts":1772442000000,
               "payload":{"account_id":"a","object":{"engagement_id":"E9","disposition_id":"D2",
               "disposition_name":"Sale","date_time":"2026-03-02T09:00:00Z"}}})")
                .object();
        const auto w = Reconciler::fromWebhook(event);
        QCOMPARE(w.size(), 1);
        const QJsonObject engagement =
            QJsonDocument::fromJson(
                R"({"engagement_id":"E9","channel":"voice","start_time":"2026-03-02T09:00:00Z",
               "dispositions":[{"disposition_id":"D2","disposition_name":"Sale"}]})")
                .object();
        const auto p = Reconciler::fromApiItem(ContactCenterApi::List::Engagements, engagement);
        QCOMPARE(p.size(), 1);
        QCOMPARE(w.first().id, p.first().id);
        QCOMPARE(w.first().kind, QStringLiteral("disposition"));
        QVERIFY(
            Reconciler::fromWebhook(QJsonObject{{QStringLiteral("event"), QStringLiteral("user.created")}})
                .isEmpty());
    }

    void findsExactlyTheUndeliveredWebhooksAcrossPagesAndA429()
    {
        SandboxConfig cfg;
        cfg.seed = 7;
        cfg.ratePerSecond = 0;
        Zoom z(cfg);
        QVERIFY(z.cc);
        const qint64 from = ms("2026-03-01T00:00:00Z"), to = ms("2026-03-04T00:00:00Z");
        const auto hooks = z.sandbox.contactCenter().webhooks(from, to, z.sandbox.baseUrl());
        QList<QJsonObject> delivered;
        QSet<QString> undelivered;
        for (const auto& h : hooks) {
            if (h.delivered)
                delivered.append(h.event);
            else
                undelivered.insert(h.artefactKind + QLatin1Char(':') + h.artefactId);
        }
        QVERIFY2(!undelivered.isEmpty(), "the default share must drop some webhooks");
        QVERIFY(delivered.size() > undelivered.size());

        // A 429 mid-run: after the fifth page served, the next request is rate limited.
        int pagesServed = 0, rateLimited = 0;
        QObject::connect(&z.sandbox, &ZoomSandbox::requestServed, &z.sandbox,
                         [&](const QString&, const QString& path, int status) {
                             if (status == 429)
                                 ++rateLimited;
                             if (status == 200 && path.startsWith(QLatin1String("/v2/contact_center")) &&
                                 ++pagesServed == 5)
                                 z.sandbox.injectFault(SandboxFault::RateLimited, 1, 0, 1);
                         });
        Reconciler rec(z.cc.get());
        std::optional<ReconcileReport> report;
        Error error;
        const int before = z.sandbox.apiRequestCount();
        rec.run(from, to, delivered, 3, nullptr, [&](const ReconcileReport& r, const Error& e) {
            report = r;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value() || !error.ok(), 20000);
        QVERIFY2(error.ok(), qPrintable(error.describe()));
        // Page size 3 over ~20 engagements: many pages per list.
        QVERIFY(z.sandbox.apiRequestCount() - before > 12);
        QCOMPARE(rateLimited, 1);
        QCOMPARE(keys(report->artefacts, ReconcileArtefact::Status::Missed), undelivered);
        QCOMPARE(report->total.webhookOnly, 0);
        QCOMPARE(report->total.received, int(delivered.size()));
        QCOMPARE(report->perDay.size(), 3);

        // Everything delivered: nothing missed.
        QList<QJsonObject> all;
        for (const auto& h : hooks)
            all.append(h.event);
        report.reset();
        rec.run(from, to, all, 300, nullptr, [&](const ReconcileReport& r, const Error& e) {
            report = r;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value() || !error.ok(), 20000);
        QCOMPARE(report->total.missed, 0);
    }

    void simulatorSendsSignedWebhooksExceptTheHeldBackOnes()
    {
        SandboxConfig cfg;
        cfg.ratePerSecond = 0;
        Zoom z(cfg);
        QVERIFY(z.cc);
        // A receiver on loopback that keeps what arrives, signed or not.
        QHttpServer receiver;
        QList<QJsonObject> arrived;
        int unsigned_ = 0;
        receiver.setMissingHandler([&](const QHttpServerRequest& r, QHttpServerResponder&& out) {
            if (r.value("x-zm-signature").isEmpty())
                ++unsigned_;
            arrived.append(QJsonDocument::fromJson(r.body()).object());
            out.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
            out.writeHeader("Content-Length", "0");
            out.writeBody(QByteArray());
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        SandboxEventSimulator sim(&z.sandbox);
        sim.setWebhookTarget(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)));
        const qint64 from = ms("2026-03-01T00:00:00Z"), to = ms("2026-03-03T00:00:00Z");
        const auto hooks = sim.emitContactCenterEvents(from, to);
        int delivered = 0;
        for (const auto& h : hooks)
            delivered += h.delivered ? 1 : 0;
        QVERIFY(delivered < hooks.size());
        QTRY_COMPARE_WITH_TIMEOUT(int(arrived.size()), delivered, 10000);
        QCOMPARE(unsigned_, 0);

        std::optional<ReconcileReport> report;
        Reconciler rec(z.cc.get());
        rec.run(from, to, arrived, 50, nullptr, [&](const ReconcileReport& r, const Error&) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QCOMPARE(report->total.missed, int(hooks.size()) - delivered);
        QCOMPARE(report->total.received, delivered);
    }

    void downloadFollowsTheRedirectWithTheBearerToken()
    {
        Zoom z;
        QVERIFY(z.cc);
        const qint64 from = ms("2026-03-02T00:00:00Z"), to = ms("2026-03-03T00:00:00Z");
        QString url;
        for (const auto& h : z.sandbox.contactCenter().webhooks(from, to, z.sandbox.baseUrl()))
            if (h.artefactKind == QLatin1String("recording"))
                url = h.event[QStringLiteral("payload")][QStringLiteral("object")]
                             [QStringLiteral("download_url")]
                                 .toString();
        QVERIFY(!url.isEmpty());
        z.sandbox.clearSeenRequests();
        QList<QByteArray> contents;
        for (int i = 0; i < 2; ++i) {
            std::optional<Error> done;
            z.cc->fetch(QUrl(url), nullptr, [&](const QByteArray& c, const Error& e) {
                contents.append(c);
                done = e;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
            QVERIFY2(done->ok(), qPrintable(done->describe()));
        }
        QVERIFY(contents.at(0).startsWith("SANDBOX-MEDIA recordings"));
        QCOMPARE(contents.at(0), contents.at(1));
        QStringList media;
        for (const auto& r : z.sandbox.seenRequests()) {
            if (r.path.contains(QLatin1String("/media/"))) {
                media.append(r.path);
                QVERIFY(r.hasHeader("authorization"));
            }
        }
        QCOMPARE(media.size(), 2);
        QVERIFY2(media.at(0) != media.at(1), "each request gets a fresh URL");

        // Without the token neither the download URL nor the media URL answers.
        std::optional<RestResponse> plain;
        RestRequest req;
        req.url = QUrl(url);
        req.service = Service::Zoom;
        z.client.send(req, nullptr, [&](const RestResponse& r) { plain = r; });
        QTRY_VERIFY_WITH_TIMEOUT(plain.has_value(), 10000);
        QCOMPARE(plain->status, 401);
    }

    void exportsHaveTheDocumentedColumns()
    {
        ReconcileReport r = Reconciler::compare({art("recording", "R,1", "2026-03-02T09:00:00Z")}, {},
                                                ms("2026-03-01T00:00:00Z"), ms("2026-03-05T00:00:00Z"));
        const QByteArray csv = Reconciler::toCsv(r);
        QVERIFY(csv.startsWith("status,kind,id,engagement_id,day,time,event,url\r\n"));
        QVERIFY(csv.contains("missed,recording,\"R,1\",,2026-03-02,2026-03-02T09:00:00Z"));
        const QByteArray jsonl = Reconciler::toJsonLines(r);
        QVERIFY(jsonl.startsWith("{\"status\":\"missed\",\"kind\":\"recording\",\"id\":\"R,1\""));
        QVERIFY(QJsonDocument::fromJson(jsonl.trimmed()).isObject());
    }
};

QTEST_GUILESS_MAIN(TstReconciler)
#include "tst_reconciler.moc"
