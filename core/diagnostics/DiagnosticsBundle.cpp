#include "DiagnosticsBundle.h"

#include "common/LogFile.h"
#include "common/Redact.h"
#include "common/Versions.h"
#include "connect/ProfileSession.h"
#include "net/RestClient.h"
#include "salesforce/MetadataZip.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/SalesforceSandbox.h"
#include "sandbox/ZoomSandbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimeZone>

namespace syncdesk {

QJsonObject ConnectivityResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), target.id);
    o.insert(QStringLiteral("name"), target.name);
    o.insert(QStringLiteral("url"), redact::url(target.url));
    o.insert(QStringLiteral("reachable"), reachable);
    o.insert(QStringLiteral("http_status"), httpStatus);
    o.insert(QStringLiteral("tls_error"), tlsError);
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("error_detail"), errorText);
    }
    return o;
}

DiagnosticsBundle::DiagnosticsBundle(QObject* parent) : QObject(parent), m_client(new RestClient(this)) {}

DiagnosticsBundle::~DiagnosticsBundle() = default;

void DiagnosticsBundle::setProfile(const Profile& profile, const QList<ConnectivityTarget>& targets)
{
    m_profile = profile;
    m_hasProfile = true;
    m_targets = targets;
}

void DiagnosticsBundle::setSession(const ProfileSession* session)
{
    if (!session || !session->hasProfile()) {
        m_hasProfile = false;
        m_targets.clear();
        return;
    }
    const Profile& p = session->profile();
    if (!session->isSandbox()) {
        setProfile(p, targetsFor(p));
        return;
    }
    // A sandbox profile's URLs are filled in at run time: check the sandboxes that run.
    QList<ConnectivityTarget> t;
    if (ZoomSandbox* z = session->sandbox()) {
        t.append({QStringLiteral("zoom-oauth"), QStringLiteral("Zoom OAuth (sandbox)"), z->oauthUrl()});
        t.append({QStringLiteral("zoom-api"), QStringLiteral("Zoom API (sandbox)"), z->apiUrl()});
        t.append({QStringLiteral("contact-center"), QStringLiteral("Zoom Contact Center (sandbox)"),
                  z->apiUrl().resolved(QUrl(QStringLiteral("/v2/contact_center/queues")))});
    }
    if (AcdSandbox* a = session->acdSandbox())
        t.append({QStringLiteral("acd-issuer"), QStringLiteral("CXone ACD sign-in (sandbox)"),
                  a->issuerUrl().resolved(QUrl(QStringLiteral("/.well-known/openid-configuration")))});
    if (SalesforceSandbox* s = session->salesforceSandbox())
        t.append(
            {QStringLiteral("salesforce-login"), QStringLiteral("Salesforce login (sandbox)"), s->baseUrl()});
    setProfile(p, t);
}

QList<ConnectivityTarget> DiagnosticsBundle::targetsFor(const Profile& p)
{
    QList<ConnectivityTarget> t;
    const auto add = [&t](const char* id, const char* name, const QString& url) {
        const QUrl u(url);
        if (u.isValid() && !u.host().isEmpty())
            t.append({QString::fromLatin1(id), QString::fromLatin1(name), u});
    };
    add("zoom-oauth", "Zoom OAuth", p.zoom.oauthUrl);
    add("zoom-api", "Zoom API", p.zoom.apiUrl);
    // Contact Center is part of the Zoom API: its own path, so a proxy rule for it shows here.
    if (!p.zoom.apiUrl.isEmpty())
        add("contact-center", "Zoom Contact Center",
            QUrl(p.zoom.apiUrl).resolved(QUrl(QStringLiteral("/v2/contact_center/queues"))).toString());
    if (!p.acd.isDefault() || !p.acd.issuerUrl.isEmpty())
        add("acd-issuer", "CXone ACD sign-in",
            QUrl(p.acd.issuerUrl)
                .resolved(QUrl(QStringLiteral("/.well-known/openid-configuration")))
                .toString());
    if (!p.acd.apiUrl.isEmpty())
        add("acd-api", "CXone ACD API", p.acd.apiUrl);
    add("salesforce-login", "Salesforce login", p.salesforce.loginUrl);
    return t;
}

bool DiagnosticsBundle::isSecretName(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("secret|token|password|passwd|key|credential|authorization|cookie|signature"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

namespace {
QJsonValue strip(const QJsonValue& v);

QJsonObject stripObject(const QJsonObject& o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (DiagnosticsBundle::isSecretName(it.key()))
            continue;
        out.insert(it.key(), strip(it.value()));
    }
    return out;
}

QJsonValue strip(const QJsonValue& v)
{
    if (v.isObject())
        return stripObject(v.toObject());
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& e : v.toArray())
            a.append(strip(e));
        return a;
    }
    if (v.isString()) // a value that looks like a credential (a URL with user info, say)
        return redact::line(v.toString());
    return v;
}
} // namespace

QJsonObject DiagnosticsBundle::strippedProfile(const Profile& profile)
{
    QJsonObject o = stripObject(profile.toJson());
    // The id is the keychain key prefix ("<id>/<purpose>"): the way to the secrets, so it goes too.
    o.remove(QStringLiteral("id"));
    return o;
}

QString DiagnosticsBundle::versionsText()
{
    QString text = versionLine() + QLatin1Char('\n');
    for (const ComponentVersion& c : componentVersions())
        text += QStringLiteral("%1: %2\n").arg(c.name, c.version);
    return text;
}

QString DiagnosticsBundle::platformText()
{
    QString text;
    const auto line = [&text](const QString& k, const QString& v) {
        text += k + QStringLiteral(": ") + v + QLatin1Char('\n');
    };
    line(QStringLiteral("OS"), QSysInfo::prettyProductName());
    line(QStringLiteral("Product"), QSysInfo::productType() + QLatin1Char(' ') + QSysInfo::productVersion());
    line(QStringLiteral("Kernel"), QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    line(QStringLiteral("CPU architecture"), QSysInfo::currentCpuArchitecture());
    line(QStringLiteral("Build ABI"), QSysInfo::buildAbi());
    // core does not link QtGui: the platform plugin is named only where a GUI application runs.
    const QString platform = qApp ? qApp->property("platformName").toString() : QString();
    line(QStringLiteral("Qt platform plugin"),
         platform.isEmpty() ? QStringLiteral("none (command line)") : platform);
    line(QStringLiteral("Program"), QCoreApplication::applicationName());
    line(QStringLiteral("Locale"), QLocale().name());
    line(QStringLiteral("UI languages"), QLocale().uiLanguages().join(QStringLiteral(", ")));
    line(QStringLiteral("Time zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    line(QStringLiteral("Created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return text;
}

QStringList DiagnosticsBundle::fileNames()
{
    return {QStringLiteral("README.txt"),   QStringLiteral("versions.txt"),
            QStringLiteral("platform.txt"), QStringLiteral("profile.json"),
            QStringLiteral("log.txt"),      QStringLiteral("connectivity.json")};
}

void DiagnosticsBundle::start(const QString& path)
{
    m_path = path;
    m_results.clear();
    m_next = 0;
    m_running = true;
    ++m_run;
    RestClient::Policy policy;
    policy.timeoutMs = m_timeoutMs;
    policy.maxRetries = 0; // one attempt: the point is what happens now, not eventually
    m_client->setPolicy(policy);
    checkNext();
}

void DiagnosticsBundle::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run; // answers of the cancelled run are ignored
    emit finished(Error::make(ErrorCode::Cancelled, tr("Saving the diagnostics was cancelled.")));
}

void DiagnosticsBundle::checkNext()
{
    if (m_next >= m_targets.size()) {
        finish();
        return;
    }
    const ConnectivityTarget target = m_targets.at(m_next++);
    emit progress(tr("Checking %1 (%2 of %3)…").arg(target.name).arg(m_next).arg(m_targets.size()));
    RestRequest request;
    request.url = target.url;
    request.retryable = false;
    request.timeoutMs = m_timeoutMs;
    const quint64 run = m_run;
    QElapsedTimer clock; // the time until any answer, failures included
    clock.start();
    m_client->send(request, this, [this, run, target, clock](const RestResponse& r) {
        if (run != m_run || !m_running)
            return;
        ConnectivityResult res;
        res.target = target;
        res.httpStatus = r.status;
        res.reachable = r.status > 0;
        res.elapsedMs = clock.elapsed();
        if (!r.ok()) {
            res.error = errorCodeName(r.error.code);
            res.errorText = redact::line(r.error.detail.isEmpty() ? r.error.message : r.error.detail);
            res.tlsError = r.error.code == ErrorCode::Tls;
        }
        m_results.append(res);
        checkNext();
    });
}

QByteArray DiagnosticsBundle::readme() const
{
    QString t;
    t += QStringLiteral("Syncdesk diagnostics bundle\n===========================\n\n");
    t += QStringLiteral("Created %1 by %2.\n\n")
             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), versionLine());
    t += QStringLiteral(
             "Inside:\n"
             "  versions.txt       Syncdesk and the libraries it runs on (Qt, QtKeychain, OpenSSL)\n"
             "  platform.txt       operating system, kernel, CPU architecture, Qt platform, locale\n"
             "  profile.json       the open profile's settings, with every secret reference removed\n"
             "  log.txt            the last %1 lines of the log, redacted\n"
             "  connectivity.json  each configured endpoint reached now, without credentials:\n"
             "                     reachable, HTTP status, TLS error, time\n\n")
             .arg(kLogLines);
    t += QStringLiteral(
        "Left out on purpose:\n"
        "  - every secret: client secrets, the webhook secret token, the ACD access key secret,\n"
        "    Salesforce password, security token, client secret and refresh token are never read\n"
        "    to build this bundle (they stay in the system keychain);\n"
        "  - the profile's id (the keychain key prefix) and every setting named like secret,\n"
        "    token, password or key, including the \"has_...\" flags;\n"
        "  - log text that looks like a credential (Bearer tokens, Authorization and Cookie\n"
        "    headers, key=value and JSON members named like a secret), replaced by ***;\n"
        "  - events, address books and customer data.\n");
    if (!m_hasProfile)
        t += QStringLiteral("\nNo profile was open: profile.json is empty and only the log is included.\n");
    return t.toUtf8();
}

void DiagnosticsBundle::finish()
{
    emit progress(tr("Writing %1…").arg(m_path));
    QList<MetadataZip::Entry> entries;
    entries.append({QStringLiteral("README.txt"), readme()});
    entries.append({QStringLiteral("versions.txt"), versionsText().toUtf8()});
    entries.append({QStringLiteral("platform.txt"), platformText().toUtf8()});
    QJsonObject profile;
    if (m_hasProfile)
        profile = strippedProfile(m_profile);
    entries.append({QStringLiteral("profile.json"), QJsonDocument(profile).toJson(QJsonDocument::Indented)});
    QByteArray log;
    for (const QString& l : lastLogLines(kLogLines))
        log += redact::line(l).toUtf8() + '\n'; // again: lines written by an older version, say
    entries.append({QStringLiteral("log.txt"), log});
    QJsonArray checks;
    for (const ConnectivityResult& r : std::as_const(m_results))
        checks.append(r.toJson());
    QJsonObject connectivity;
    connectivity.insert(QStringLiteral("checks"), checks);
    connectivity.insert(QStringLiteral("timeout_ms"), m_timeoutMs);
    if (!m_health.isEmpty())
        connectivity.insert(QStringLiteral("health"), strip(m_health));
    entries.append(
        {QStringLiteral("connectivity.json"), QJsonDocument(connectivity).toJson(QJsonDocument::Indented)});

    const Error e = MetadataZip::write(m_path, entries);
    m_running = false;
    emit finished(e);
}

} // namespace syncdesk
