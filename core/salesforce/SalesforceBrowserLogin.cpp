#include "SalesforceBrowserLogin.h"

#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcSalesforce)

namespace syncdesk {

namespace {

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl endpoint(const QUrl& loginUrl, const QString& path)
{
    QUrl u = loginUrl;
    u.setPath(path);
    u.setQuery(QString());
    return u;
}

} // namespace

SalesforceBrowserLogin::SalesforceBrowserLogin(Options options, SalesforceAuth* auth, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_auth(auth)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Error::make(Service::Salesforce, ErrorCode::Timeout,
                         tr("The Salesforce sign-in did not finish within %1 minutes. Start it again and "
                            "allow access in the browser window that opens; if no window opened, copy the "
                            "address shown into a browser.")
                             .arg(qMax(1, m_options.timeoutMs / 60000))));
    });
}

SalesforceBrowserLogin::~SalesforceBrowserLogin() = default;

QByteArray SalesforceBrowserLogin::makeVerifier()
{
    // RFC 7636: 32 random octets, base64url without padding: 43 characters of the allowed set.
    return randomBase64Url(32);
}

QByteArray SalesforceBrowserLogin::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl SalesforceBrowserLogin::callbackUrl() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void SalesforceBrowserLogin::start()
{
    cancel();
    const QUrl login = m_options.loginUrl;
    if (!login.isValid() || login.host().isEmpty()) {
        fail(Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                         tr("Enter the Salesforce login URL: https://login.salesforce.com for production, "
                            "https://test.salesforce.com for a sandbox, or your My Domain URL.")));
        return;
    }
    if (m_options.clientId.trimmed().isEmpty()) {
        fail(Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                         tr("Enter the consumer key of the connected app first (Setup > App Manager > View > "
                            "Manage Consumer Details).")));
        return;
    }

    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_options.port, this);
    if (!m_handler->isListening()) {
        const quint16 port = m_options.port;
        delete m_handler;
        m_handler = nullptr;
        fail(Error::make(Service::Salesforce, ErrorCode::ListenFailed,
                         tr("Syncdesk could not listen on 127.0.0.1 port %1 for the answer from Salesforce: "
                            "another program uses it. Close that program, or use another port and enter "
                            "http://127.0.0.1:PORT/ as callback URL in the connected app.")
                             .arg(port)));
        return;
    }
    m_running = true;
    m_verifier = makeVerifier();
    // Our own state, base64url only: nothing in it can be mangled by encoding on the way back.
    m_state = QString::fromLatin1(randomBase64Url(24));

    m_network = new QNetworkAccessManager(this);
    connect(m_network, &QNetworkAccessManager::finished, this, &SalesforceBrowserLogin::onNetworkFinished);
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setNetworkAccessManager(m_network);
    m_flow->setAuthorizationUrl(endpoint(login, QStringLiteral("/services/oauth2/authorize")));
    m_flow->setAccessTokenUrl(endpoint(login, QStringLiteral("/services/oauth2/token")));
    m_flow->setClientIdentifier(m_options.clientId.trimmed());
    if (!m_options.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_options.clientSecret);
    m_flow->setScope(m_options.scope);
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler);

    const QByteArray challenge = challengeFor(m_verifier);
    m_flow->setModifyParametersFunction([this, challenge](QAbstractOAuth::Stage stage,
                                                          QMultiMap<QString, QVariant>* params) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            // 6.4 has no PKCE API: add the S256 challenge by hand.
            params->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            params->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            params->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
            // Bug 1: 6.4.2 percent-encodes the code twice (Salesforce codes end in "%3D%3D");
            // decode once so it goes out encoded exactly once.
            params->replace(QStringLiteral("code"),
                            QUrl::fromPercentEncoding(params->value(QStringLiteral("code")).toByteArray()));
            break;
        case QAbstractOAuth::Stage::RefreshingAccessToken:
            // Bug 3: an empty client_secret key is sent; Salesforce rejects a wrong secret.
            if (params->value(QStringLiteral("client_secret")).toString().isEmpty())
                params->remove(QStringLiteral("client_secret"));
            // The refresh grant takes no redirect_uri; Qt sends the loopback one, closed by now.
            params->remove(QStringLiteral("redirect_uri"));
            break;
        default:
            break;
        }
    });

    // The state and an error answer are checked here: 6.4 only logs a state mismatch and then
    // waits forever.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this](const QVariantMap& values) {
                if (!m_running)
                    return;
                const QString state =
                    QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toString().toUtf8());
                const QString error = values.value(QStringLiteral("error")).toString();
                if (state != m_state) {
                    fail(Error::make(
                        Service::Salesforce, ErrorCode::BadResponse,
                        tr("The answer that reached Syncdesk does not belong to this sign-in (the state "
                           "does not match). Start the sign-in again from Syncdesk."),
                        QStringLiteral("state mismatch")));
                    return;
                }
                if (error == QLatin1String("access_denied")) {
                    fail(Error::make(
                        Service::Salesforce, ErrorCode::Cancelled,
                        tr("Access was denied in the Salesforce consent page. Start the sign-in again "
                           "and choose Allow."),
                        QStringLiteral("access_denied")));
                } else if (!error.isEmpty()) {
                    const QString description = QUrl::fromPercentEncoding(
                        values.value(QStringLiteral("error_description")).toString().toUtf8());
                    fail(Error::make(
                        Service::Salesforce, ErrorCode::InvalidClient,
                        tr("Salesforce refused the sign-in: %1. Check the connected app's consumer key, "
                           "its callback URL (%2) and that PKCE is allowed.")
                            .arg(description.isEmpty() ? error : description, callbackUrl().toString()),
                        error));
                }
            });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &SalesforceBrowserLogin::authorizeUrl);
    connect(m_flow, &QAbstractOAuth::granted, this, &SalesforceBrowserLogin::succeed);

    m_timeout.start(m_options.timeoutMs);
    m_flow->grant();
}

void SalesforceBrowserLogin::refreshWithFlow()
{
    if (!m_flow || m_flow->refreshToken().isEmpty()) {
        fail(Error::make(Service::Salesforce, ErrorCode::InvalidToken,
                         tr("There is no Salesforce sign-in to renew. Sign in with the browser first.")));
        return;
    }
    m_running = true;
    m_timeout.start(m_options.timeoutMs);
    m_flow->refreshAccessToken();
}

void SalesforceBrowserLogin::onNetworkFinished(QNetworkReply* reply)
{
    // Bug 2: a 4xx from the token endpoint raises nothing in 6.4.2. This runs before the reply
    // handler (the manager connected first) and only peeks, so the flow still reads successes.
    if (!m_running || !m_flow || reply->url().path() != m_flow->accessTokenUrl().path())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status < 400)
        return;
    const QJsonObject o = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
    const QString code = o.value(QStringLiteral("error")).toString();
    const QString description = o.value(QStringLiteral("error_description")).toString();
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(status).arg(code, description);
    Error e;
    if (status == 0) {
        e = Error::make(Service::Salesforce, ErrorCode::Network,
                        tr("Syncdesk could not reach %1 to finish the sign-in: %2. Check the network and "
                           "start the sign-in again.")
                            .arg(m_flow->accessTokenUrl().host(), reply->errorString()),
                        reply->errorString());
    } else if (code == QLatin1String("invalid_client") || code == QLatin1String("invalid_client_id")) {
        e = Error::make(Service::Salesforce, ErrorCode::InvalidClient,
                        tr("Salesforce rejected the connected app's consumer key or secret. Copy them again "
                           "from Setup > App Manager > View > Manage Consumer Details."),
                        detail);
    } else {
        e = Error::make(Service::Salesforce, ErrorCode::InvalidToken,
                        tr("Salesforce did not accept the sign-in (%1). Start the sign-in again; if it fails "
                           "again, check that the connected app allows PKCE and that the callback URL "
                           "matches.")
                            .arg(description.isEmpty() ? code : description),
                        detail);
    }
    e.httpStatus = status;
    fail(e);
}

void SalesforceBrowserLogin::succeed()
{
    if (!m_running)
        return;
    QJsonObject o = QJsonObject::fromVariantMap(m_flow->extraTokens());
    o.insert(QStringLiteral("access_token"), m_flow->token());
    if (!m_flow->refreshToken().isEmpty())
        o.insert(QStringLiteral("refresh_token"), m_flow->refreshToken());
    std::optional<SalesforceToken> token = SalesforceAuth::parseToken(o);
    if (!token) {
        fail(Error::make(Service::Salesforce, ErrorCode::BadResponse,
                         tr("Salesforce answered the sign-in without an access token or instance URL. Check "
                            "the login URL."),
                         QStringLiteral("token answer without access_token/instance_url")));
        return;
    }
    if (token->refreshToken.isEmpty() && m_auth && m_auth->cachedToken())
        token->refreshToken = m_auth->cachedToken()->refreshToken; // a refresh without rotation
    if (m_auth)
        m_auth->setToken(*token);
    qCInfo(lcSalesforce).noquote() << "Salesforce browser sign-in for org" << token->orgId << "instance"
                                   << token->instanceUrl.host();
    m_timeout.stop();
    m_running = false;
    if (m_handler)
        m_handler->close(); // the browser has been answered; nothing else may arrive here
    if (!m_options.secrets || m_options.secretKey.isEmpty() || token->refreshToken.isEmpty()) {
        emit finished(*token, {});
        return;
    }
    const SalesforceToken t = *token;
    m_options.secrets->write(m_options.secretKey, QString::fromUtf8(t.refreshToken), this,
                             [this, t](const Error& error) {
                                 // Signed in either way; the error says the sign-in will not survive.
                                 emit finished(t, error);
                             });
}

void SalesforceBrowserLogin::fail(const Error& error)
{
    m_timeout.stop();
    const bool wasRunning = m_running;
    m_running = false;
    if (m_handler)
        m_handler->close();
    if (wasRunning || !m_flow)
        emit finished({}, error);
}

void SalesforceBrowserLogin::cancel()
{
    m_timeout.stop();
    m_running = false;
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        m_handler->deleteLater();
        m_handler = nullptr;
    }
    if (m_network) {
        m_network->disconnect(this);
        m_network->deleteLater();
        m_network = nullptr;
    }
}

} // namespace syncdesk
