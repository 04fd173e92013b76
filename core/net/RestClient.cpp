#include "RestClient.h"

#include "common/Log.h"
#include "common/Redact.h"

#include <QElapsedTimer>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <string_view>

namespace syncdesk {

namespace {
bool isTransient(const RestResponse& r)
{
    switch (r.error.code) {
    case ErrorCode::ServerError:
    case ErrorCode::Timeout:
    case ErrorCode::ConnectionClosed:
    case ErrorCode::Network:
        return true;
    default:
        return false;
    }
}
} // namespace

QByteArray RestResponse::header(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonDocument RestResponse::json(QString* parseError) const
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError && parseError)
        *parseError = pe.errorString();
    return doc;
}

bool RestRequest::isAuthenticated() const
{
    if (!url.userInfo().isEmpty())
        return true;
    for (const auto& h : headers) {
        if (RestClient::isCredentialHeader(*this, h.first))
            return true;
    }
    return false;
}

struct RestClient::Call
{
    RestRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int attempts = 0;
    QElapsedTimer elapsed;
    // The hop being sent: the request itself, or where a redirect led it.
    QUrl url;
    QByteArray method;
    QByteArray body;
    bool keepContentType = true;
    int redirects = 0;
};

RestClient::RestClient(QObject* parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_rng(std::random_device{}())
{
    // Every redirect is decided in sendHop(): see the class comment.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RestClient::~RestClient() = default;

bool RestClient::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) {
        const QString scheme = u.scheme().toLower();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
            return 443;
        if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
            return 80;
        return -1;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 // QUrl already lower-cases and ACE-encodes
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool RestClient::isCredentialHeader(const RestRequest& request, QByteArrayView name)
{
    static constexpr std::string_view kAlways[] = {"authorization", "proxy-authorization", "cookie"};
    for (const auto& n : kAlways) {
        if (name.compare(QByteArrayView(n.data(), qsizetype(n.size())), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QByteArray& n : request.credentialHeaders) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void RestClient::send(const RestRequest& request, QObject* context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->elapsed.start();
    attempt(call);
}

void RestClient::attempt(std::shared_ptr<Call> call)
{
    if (call->hasContext && !call->context)
        return; // the asker is gone; nobody wants the answer
    ++call->attempts;
    // A retry starts over at the URL asked for: a redirect may have been temporary.
    call->url = call->request.url;
    call->method = call->request.method;
    call->body = call->request.body;
    call->keepContentType = true;
    call->redirects = 0;
    sendHop(call);
}

Error RestClient::checkRedirect(const Call& call, const QUrl& target) const
{
    const QString shown = target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                              .toString();
    const QString detail = QStringLiteral("%1 -> %2").arg(redact::url(call.url), redact::url(target));
    const Service service = call.request.service;
    if (call.redirects >= m_policy.maxRedirects)
        return Error::make(service, ErrorCode::TooManyRedirects,
                           tr("%1 redirected the request more than %2 times. Check the URL.")
                               .arg(call.request.url.host())
                               .arg(m_policy.maxRedirects),
                           detail);
    const QString scheme = target.scheme().toLower();
    const bool downgrade = call.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                        && scheme != QLatin1String("https");
    if (!target.isValid() || downgrade || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::make(service, ErrorCode::InsecureRedirect,
                           tr("%1 redirected the request to %2, which is not a secure (https) address. "
                              "Syncdesk did not follow it; check the URL.")
                               .arg(call.request.url.host(), shown),
                           detail);
    // Compared with where the request was meant to go, not with the previous hop: a chain that
    // leaves the origin and comes back has still been elsewhere.
    if (!sameOrigin(call.request.url, target) && call.request.isAuthenticated())
        return Error::make(service, ErrorCode::CrossOriginRedirect,
                           tr("%1 redirected the request to another site, %2. Syncdesk does not send "
                              "credentials to another site, so the request was stopped. Check the URL; "
                              "if the service has moved, enter its new address.")
                               .arg(call.request.url.host(), shown),
                           detail);
    return {};
}

void RestClient::sendHop(std::shared_ptr<Call> call)
{
    if (call->hasContext && !call->context)
        return;
    QNetworkRequest req(call->url);
    req.setTransferTimeout(call->request.timeoutMs > 0 ? call->request.timeoutMs : m_policy.timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArrayLiteral("Syncdesk/" SYNCDESK_VERSION " (Qt " QT_VERSION_STR ")"));
    if (!call->request.contentType.isEmpty() && call->keepContentType)
        req.setHeader(QNetworkRequest::ContentTypeHeader, call->request.contentType);
    // checkRedirect() lets an authenticated request leave its origin never; this second guard
    // keeps credential headers home even if that rule is ever relaxed.
    const bool home = sameOrigin(call->request.url, call->url);
    for (const auto& h : call->request.headers) {
        if (home || !isCredentialHeader(call->request, h.first))
            req.setRawHeader(h.first, h.second);
    }

    qCDebug(lcNet).noquote() << call->method << redact::url(call->url) << "attempt" << call->attempts
                             << (call->redirects ? QStringLiteral("hop %1").arg(call->redirects) : QString());

    QNetworkReply* reply = nullptr;
    if (call->body.isEmpty() && call->method == "GET")
        reply = m_nam->get(req);
    else
        reply = m_nam->sendCustomRequest(req, call->method, call->body);

    connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        reply->deleteLater();
        RestResponse r;
        r.attempts = call->attempts;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto& h : reply->rawHeaderPairs())
            r.headers.append(h);
        r.elapsedMs = call->elapsed.elapsed();

        const QByteArray location = reply->rawHeader("Location");
        const bool redirect = reply->error() == QNetworkReply::NoError && !location.isEmpty()
                           && (r.status == 301 || r.status == 302 || r.status == 303 || r.status == 307
                               || r.status == 308);
        if (redirect) {
            const QUrl target = call->url.resolved(QUrl(QString::fromUtf8(location)));
            Error refused = checkRedirect(*call, target);
            if (!refused.ok()) {
                refused.httpStatus = r.status;
                qCWarning(lcNet).noquote() << "redirect not followed:" << refused.detail;
                r.error = refused;
                finish(call, std::move(r));
                return;
            }
            qCInfo(lcNet).noquote() << r.status << "redirect" << redact::url(call->url) << "->"
                                    << redact::url(target);
            const bool toGet = (r.status == 303 && call->method != "HEAD")
                            || ((r.status == 301 || r.status == 302) && call->method == "POST");
            if (toGet) {
                call->method = QByteArrayLiteral("GET");
                call->body.clear();
                call->keepContentType = false;
            }
            call->url = target;
            ++call->redirects;
            sendHop(call);
            return;
        }

        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        r.error = mapError(reply->error(), r.status, reply->errorString(), call->url, retryAfter);
        r.error.httpStatus = r.status;
        if (!r.error.ok())
            r.error.service = call->request.service;

        const bool canRetry = call->request.retryable && call->attempts <= m_policy.maxRetries;
        if (canRetry && r.error.code == ErrorCode::RateLimited) {
            bool okNum = false;
            const int seconds = retryAfter.trimmed().toInt(&okNum);
            if (okNum && seconds >= 0 && seconds <= m_policy.maxRetryAfterSec) {
                qCInfo(lcNet).noquote() << "429 from" << redact::url(call->url) << "- retrying after"
                                        << seconds << "s as the server asked";
                QTimer::singleShot(seconds * 1000, this, [this, call] { attempt(call); });
                return;
            }
            if (!okNum) {
                QTimer::singleShot(backoffMs(call->attempts - 1), this, [this, call] { attempt(call); });
                return;
            }
        } else if (canRetry && isTransient(r)) {
            const int wait = backoffMs(call->attempts - 1);
            qCInfo(lcNet).noquote() << errorCodeName(r.error.code) << "from" << redact::url(call->url)
                                    << "- retry" << call->attempts << "in" << wait << "ms";
            QTimer::singleShot(wait, this, [this, call] { attempt(call); });
            return;
        }
        finish(call, std::move(r));
    });
}

void RestClient::finish(std::shared_ptr<Call> call, RestResponse&& response)
{
    if (!response.ok())
        qCInfo(lcNet).noquote() << call->request.method << redact::url(call->request.url) << "failed:"
                                << errorCodeName(response.error.code) << response.status
                                << "after" << response.attempts << "attempt(s)";
    if (call->hasContext && !call->context)
        return;
    if (call->done)
        call->done(response);
}

int RestClient::backoffMs(int retryIndex)
{
    const qint64 exp = qint64(m_policy.baseBackoffMs) << qMin(retryIndex, 16);
    const int capped = int(qMin<qint64>(exp, m_policy.maxBackoffMs));
    // "Equal jitter": half fixed, half random, so retries from many clients spread out.
    std::uniform_int_distribution<int> dist(0, qMax(1, capped / 2));
    return capped / 2 + dist(m_rng);
}

Error RestClient::mapError(QNetworkReply::NetworkError e, int status, const QString& netErrorString,
                           const QUrl& url, const QByteArray& retryAfter)
{
    const QString host = url.host();
    const QString detail = QStringLiteral("%1 %2: %3").arg(status).arg(redact::url(url), netErrorString);
    switch (e) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorCode::HostNotFound,
                           tr("The host %1 could not be found. Check the URL and your network or DNS "
                                  "settings.").arg(host), detail);
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorCode::ConnectionRefused,
                           tr("The connection to %1 was refused. Check the URL and port, and that the "
                                  "service is running.").arg(host), detail);
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(ErrorCode::ConnectionClosed,
                           tr("%1 closed the connection before answering. Try again; if it keeps "
                                  "happening, check proxies and firewalls on the way.").arg(host), detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout cancels the reply
        return Error::make(ErrorCode::Timeout,
                           tr("%1 did not answer in time. Check your network connection and try "
                                  "again.").arg(host), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(ErrorCode::Tls,
                           tr("A secure (TLS) connection to %1 could not be established. The "
                                  "certificate may be invalid or intercepted by a proxy; check the "
                                  "system time and your proxy's certificate.").arg(host), detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Error::make(ErrorCode::Network,
                           tr("A network error occurred while talking to %1. Check your connection "
                                  "and proxy settings, then try again.").arg(host), detail);
    default:
        if (status == 0)
            return Error::make(ErrorCode::Network,
                               tr("A network error occurred while talking to %1. Check your "
                                      "connection and proxy settings, then try again.").arg(host), detail);
        break;
    }
    if (status == 429) {
        Error err = Error::make(ErrorCode::RateLimited,
                                tr("%1 is rate-limiting requests. Wait a moment and try again.").arg(host),
                                detail);
        if (!retryAfter.isEmpty())
            err.message = tr("%1 is rate-limiting requests and asked to wait %2 seconds. Try again "
                                 "after that.").arg(host, QString::fromLatin1(retryAfter.trimmed()));
        return err;
    }
    if (status >= 500)
        return Error::make(ErrorCode::ServerError,
                           tr("%1 had an internal problem (HTTP %2). Try again in a few minutes.")
                               .arg(host).arg(status), detail);
    if (status == 404)
        return Error::make(ErrorCode::NotFound,
                           tr("%1 has no such resource (HTTP 404). Check the URL.").arg(host), detail);
    if (status >= 400)
        return Error::make(ErrorCode::HttpError,
                           tr("%1 refused the request (HTTP %2).").arg(host).arg(status), detail);
    return {};
}

} // namespace syncdesk
