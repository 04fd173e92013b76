#pragma once

#include "common/Error.h"
#include "salesforce/SalesforceAuth.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace syncdesk {

class SecretStore;

// Salesforce's OAuth web-server flow with PKCE (S256), through QtNetworkAuth 6.4:
// QOAuth2AuthorizationCodeFlow with a QOAuthHttpServerReplyHandler on a loopback port. The caller
// opens authorizeUrl() in the system browser (the GUI with QDesktopServices, the CLI with
// xdg-open, open or rundll32 by platform, tests by following it themselves); Salesforce redirects back to
// http://127.0.0.1:PORT/ with code and state. The result goes to SalesforceAuth::setToken (every
// later call to instance_url, refresh on 401) and the refresh token to the secret store.
//
// Qt 6.4.2 has no PKCE API and three OAuth bugs (qt-6.4-platform-notes §3c); all are worked around
// in the parameter hook and by watching the token reply ourselves:
//   1. the code is percent-encoded twice in the token request: decoded once before it is sent;
//   2. a 4xx from the token endpoint emits no signal: read from the network manager, plus a timeout;
//   3. the refresh request carries an empty client_secret key: removed.
class SalesforceBrowserLogin : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl loginUrl;        // production, test.salesforce.com, My Domain or the sandbox
        QString clientId;     // the connected app's consumer key
        QString clientSecret; // optional ("Require Secret for Web Server Flow"); memory only
        QString scope = QStringLiteral("api refresh_token");
        quint16 port = 0; // 0: ephemeral; a fixed one when the connected app names it in its callback
        int timeoutMs = 5 * 60 * 1000;
        // Where the refresh token is kept (may be null: not stored), under this key.
        SecretStore* secrets = nullptr;
        QString secretKey;
    };

    SalesforceBrowserLogin(Options options, SalesforceAuth* auth, QObject* parent = nullptr);
    ~SalesforceBrowserLogin() override;

    // Listens on loopback and emits authorizeUrl(); then finished() once, with the token or an
    // error (denied, timeout, port busy, token refused).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl callbackUrl() const;
    // The refresh grant through QtNetworkAuth itself (bug 3 applies to it); finished() again.
    void refreshWithFlow();

    // Public for tests: PKCE (RFC 7636) values.
    static QByteArray makeVerifier();
    static QByteArray challengeFor(const QByteArray& verifier);

signals:
    void authorizeUrl(const QUrl& url);
    void finished(const SalesforceToken& token, const Error& error);

private:
    void fail(const Error& error);
    void succeed();
    void onNetworkFinished(QNetworkReply* reply);

    Options m_options;
    QPointer<SalesforceAuth> m_auth;
    QNetworkAccessManager* m_network = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QOAuthHttpServerReplyHandler* m_handler = nullptr;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
    bool m_running = false;
};

} // namespace syncdesk
