#pragma once

#include "common/Error.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace syncdesk {

class ProfileSession;
class RestClient;

// One endpoint the connectivity checks reach, by its base URL: no credential is sent, so the
// check proves DNS, TCP, TLS and an HTTP answer, which is what support needs first.
struct ConnectivityTarget
{
    QString id;   // "zoom-oauth", "zoom-api", "contact-center", "acd-issuer", "acd-api", "salesforce-login"
    QString name; // "Zoom OAuth" …, as people call it (not translated: the bundle is for support)
    QUrl url;
};

struct ConnectivityResult
{
    ConnectivityTarget target;
    bool reachable = false; // an HTTP answer came back, whatever its status
    int httpStatus = 0;
    QString error;     // errorCodeName() of the failure ("Tls", "Timeout", …); empty when none
    QString errorText; // the failure's detail, redacted
    bool tlsError = false;
    qint64 elapsedMs = 0;
    QJsonObject toJson() const;
};

// The zip support asks for (Help → Save diagnostics…, `syncdeskctl diagnostics`): versions.txt,
// platform.txt, profile.json (every secret reference stripped), log.txt (the last 500 log lines,
// redacted again), connectivity.json (each configured endpoint reached without credentials) and
// README.txt (what is inside and what was left out). No secret is read to build it: only the
// profile, which holds none, and the log, which is redacted twice.
//
// Written with MetadataZip (libzip writes a temporary file next to the target and renames it
// when complete), so a failed or cancelled bundle never leaves a half-written zip behind.
class DiagnosticsBundle : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLogLines = 500;

    explicit DiagnosticsBundle(QObject* parent = nullptr);
    ~DiagnosticsBundle() override;

    // The profile to describe (none: the bundle says no profile was open) and its endpoints.
    void setProfile(const Profile& profile, const QList<ConnectivityTarget>& targets);
    // The open profile of a session; a sandbox profile's endpoints are the running sandbox's.
    void setSession(const ProfileSession* session);
    // Results the program already has (the Overview's health rows, say), added as they are.
    void setHealth(const QJsonArray& health) { m_health = health; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Runs the checks, then writes the zip; finished() tells the outcome (once).
    void start(const QString& path);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<ConnectivityResult>& results() const { return m_results; }
    // The names of the files in the zip, in order.
    static QStringList fileNames();

    static QList<ConnectivityTarget> targetsFor(const Profile& profile);
    // The profile's JSON without anything that refers to a secret: the keychain key prefix (id),
    // the has_… flags and every member whose name says secret, token, password or key.
    static QJsonObject strippedProfile(const Profile& profile);
    static bool isSecretName(const QString& name);
    static QString platformText();
    static QString versionsText();

signals:
    void progress(const QString& message);
    void finished(const syncdesk::Error& error);

private:
    void checkNext();
    void finish();
    QByteArray readme() const;

    Profile m_profile;
    bool m_hasProfile = false;
    QList<ConnectivityTarget> m_targets;
    QList<ConnectivityResult> m_results;
    QJsonArray m_health;
    RestClient* m_client;
    QString m_path;
    int m_timeoutMs = 10'000;
    int m_next = 0;
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace syncdesk
