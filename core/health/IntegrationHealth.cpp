#include "IntegrationHealth.h"

#include "catalog/AcdCatalog.h"
#include "connect/AcdConnectionCheck.h"
#include "connect/SalesforceConnectionCheck.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPipeline.h"
#include "setup/SetupController.h"

#include <QCoreApplication>
#include <QLocale>

namespace syncdesk {

namespace {
QString timeText(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

// Events older than this no longer count as "receiving": the source may be running but silent.
constexpr qint64 kQuietAfterMs = 5 * 60 * 1000;
} // namespace

QString IntegrationHealth::stateText(HealthItem::State state)
{
    switch (state) {
    case HealthItem::State::Ok:
        return tr("OK");
    case HealthItem::State::Problem:
        return tr("Problem");
    case HealthItem::State::NotSetUp:
        return tr("Not set up");
    case HealthItem::State::Pending:
        return tr("Not checked");
    }
    return {};
}

IntegrationHealth::IntegrationHealth(SetupController* setup, MonitorController* monitor, QObject* parent)
    : QObject(parent), m_setup(setup), m_monitor(monitor)
{
    m_profileOpenedAt = m_secretCheckedAt = QDateTime::currentDateTime();
    connect(setup, &SetupController::profileChanged, this, [this] {
        // Another profile: the last test said nothing about it.
        m_tested = false;
        m_report = {};
        m_testError = {};
        m_testedAt = {};
        m_sourceError = {};
        m_profileOpenedAt = m_secretCheckedAt = QDateTime::currentDateTime();
        update();
    });
    connect(setup, &SetupController::testProgress, this, &IntegrationHealth::update);
    connect(setup, &SetupController::testFinished, this,
            [this](const ZoomConnectionReport& report, const Error& error) {
                m_tested = true;
                m_report = report;
                m_testError = error;
                m_testedAt = QDateTime::currentDateTime();
                update();
            });
    connect(setup, &SetupController::secretStored, this, [this] {
        m_secretCheckedAt = QDateTime::currentDateTime();
        update();
    });
    connect(setup, &SetupController::keychainStatusChanged, this, &IntegrationHealth::update);
    connect(setup, &SetupController::dirtyChanged, this, &IntegrationHealth::update);
    connect(monitor, &MonitorController::stateChanged, this, [this] {
        if (m_monitor->webhookState() == MonitorController::SourceState::Running ||
            m_monitor->webSocketState() == MonitorController::SourceState::Running)
            m_sourceError = {};
        update();
    });
    connect(monitor, &MonitorController::errorOccurred, this, [this](const Error& error) {
        m_sourceError = error;
        m_sourceErrorAt = QDateTime::currentDateTime();
        update();
    });
    connect(monitor, &MonitorController::storeReplaced, this, [this] {
        connectPipeline();
        update();
    });
    connectPipeline();
    // "Last event 12 s ago" and the per-minute count age even when nothing arrives.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IntegrationHealth::update);
    m_tick.start();
    update();
}

void IntegrationHealth::connectPipeline()
{
    connect(m_monitor->pipeline(), &MonitorPipeline::countersChanged, this, &IntegrationHealth::update,
            Qt::UniqueConnection);
}

HealthItem IntegrationHealth::item(const QString& id) const
{
    for (const HealthItem& i : m_items) {
        if (i.id == id)
            return i;
    }
    return {};
}

void IntegrationHealth::update()
{
    QList<HealthItem> items{account(), zoomConnection(), secretToken(), eventSource()};
    if (m_acdCheck)
        items.append(acdConnection());
    if (m_sfCheck)
        items.append(salesforceConnection());
    for (HealthItem& i : items) {
        if (i.stateText.isEmpty())
            i.stateText = stateText(i.state);
    }
    if (items == m_items)
        return;
    m_items = items;
    emit changed();
}

HealthItem IntegrationHealth::account() const
{
    HealthItem i;
    i.id = QStringLiteral("account");
    i.title = tr("Zoom account");
    i.fixTarget = QStringLiteral("setup");
    i.fixText = tr("Open Setup Guide");
    if (!m_setup->hasProfile()) {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("No profile is open. Choose the sandbox or a profile in the setup guide.");
        return i;
    }
    const Profile& p = m_setup->profile();
    i.checkedAt = m_profileOpenedAt;
    if (p.sandbox) {
        i.state = HealthItem::State::Ok;
        i.stateText = tr("Sandbox");
        i.detail = tr("Profile “%1” uses the sandbox, a simulated Zoom account inside Syncdesk. Nothing "
                      "reaches a real Zoom account.")
                       .arg(p.name);
    } else if (p.zoom.accountId.trimmed().isEmpty()) {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("Profile “%1” has no Zoom account ID yet.").arg(p.name);
        i.fixTarget = QStringLiteral("zoom/credentials");
        i.fixText = tr("Enter Credentials");
    } else {
        i.state = HealthItem::State::Ok;
        i.stateText = tr("Real account");
        i.detail =
            tr("Profile “%1” talks to the real Zoom account %2.").arg(p.name, p.zoom.accountId.trimmed());
    }
    return i;
}

void IntegrationHealth::setAcdCheck(AcdConnectionCheck* check)
{
    m_acdCheck = check;
    for (auto signal : {&AcdConnectionCheck::started, &AcdConnectionCheck::reset})
        connect(check, signal, this, &IntegrationHealth::update);
    connect(check, &AcdConnectionCheck::finished, this, &IntegrationHealth::update);
    update();
}

HealthItem IntegrationHealth::acdConnection() const
{
    HealthItem i;
    i.id = QStringLiteral("acd-connection");
    i.title = tr("CXone ACD connection");
    i.fixTarget = QStringLiteral("acd/check");
    i.fixText = tr("Check Now");
    const Profile& p = m_setup->profile();
    const AcdSettings& acd = p.acd;
    const bool configured =
        p.sandbox || (!acd.clientId.trimmed().isEmpty() && !acd.accessKeyId.trimmed().isEmpty() &&
                      acd.hasClientSecret && acd.hasAccessKeySecret);
    const ConnectionRowTexts texts{
        tr("Signing in to the ACD and counting its agents, teams and unavailable codes."),
        QStringLiteral("acd/connection"),
        tr("Not configured. Enter the registered app's client ID and secret and the access key "
           "in the ACD area."),
        QStringLiteral("acd/connection"),
        tr("Enter Credentials"),
        tr("Not tested since the profile was opened. Check now to sign in to the ACD."),
        tr("Test connection failed: %1"),
        tr("Open Connection"),
    };
    if (connectionRowWithoutSuccess(i, m_acdCheck, configured, texts))
        return i;
    const AcdConnectionReport& r = m_acdCheck->lastReport();
    i.state = HealthItem::State::Ok;
    i.stateText = tr("Connected");
    i.detail = tr("Signed in to tenant %1 as %2. Agents: %3, teams: %4, unavailable codes: %5.")
                   .arg(r.tenantId, r.userName.isEmpty() ? tr("an unnamed user") : r.userName,
                        QLocale().toString(r.agentCount), QLocale().toString(r.teamCount),
                        QLocale().toString(r.unavailableCodeCount));
    if (!AcdCatalog::isMappingComplete(acd)) {
        i.detail += QLatin1Char(' ') + tr("The Zoom account mapping is not complete yet.");
        i.fixTarget = QStringLiteral("acd/mapping");
        i.fixText = tr("Open Account Mapping");
    } else {
        i.fixText = tr("Check Again");
    }
    return i;
}

void IntegrationHealth::setSalesforceCheck(SalesforceConnectionCheck* check)
{
    m_sfCheck = check;
    for (auto signal : {&SalesforceConnectionCheck::started, &SalesforceConnectionCheck::reset})
        connect(check, signal, this, &IntegrationHealth::update);
    connect(check, &SalesforceConnectionCheck::finished, this, &IntegrationHealth::update);
    update();
}

HealthItem IntegrationHealth::salesforceConnection() const
{
    HealthItem i;
    i.id = QStringLiteral("salesforce-connection");
    i.title = tr("Salesforce connection");
    i.fixTarget = QStringLiteral("salesforce/check");
    i.fixText = tr("Check Now");
    const Profile& p = m_setup->profile();
    const SalesforceSettings& sf = p.salesforce;
    // The sandbox's built-in org has demo credentials; a real org needs what CXone's account
    // mapping signs in with (the check proves exactly that): a browser sign-in does not count.
    const bool configured =
        p.sandbox || (!sf.clientId.trimmed().isEmpty() && !sf.username.trimmed().isEmpty() &&
                      sf.hasPassword && sf.hasClientSecret);
    const ConnectionRowTexts texts{
        tr("Signing in to Salesforce and reading the org ID, the user and the API usage."),
        QStringLiteral("salesforce/mapping"),
        tr("Not configured. Enter the connected app's client ID and secret, the user name and the password "
           "with the security token on the Salesforce area's Account mapping tab."),
        QStringLiteral("salesforce/mapping"),
        tr("Open Account Mapping"),
        tr("Not verified since the profile was opened. Check now to sign in to Salesforce."),
        tr("Sign-in failed: %1"),
        tr("Open Account Mapping"),
    };
    if (connectionRowWithoutSuccess(i, m_sfCheck, configured, texts))
        return i;
    const SalesforceConnectionReport& r = m_sfCheck->lastReport();
    i.state = HealthItem::State::Ok;
    i.stateText = tr("Connected");
    const QString user = r.userName.isEmpty() ? tr("an unnamed user") : r.userName;
    if (r.apiUsed >= 0)
        i.detail = tr("Signed in to org %1 as %2. API requests used in the last 24 hours: %3 of %4.")
                       .arg(r.orgId, user, QLocale().toString(r.apiUsed), QLocale().toString(r.apiLimit));
    else
        i.detail = tr("Signed in to org %1 as %2.").arg(r.orgId, user);
    i.fixText = tr("Check Again");
    return i;
}

bool IntegrationHealth::connectionRowWithoutSuccess(HealthItem& i, const ConnectionCheck* check,
                                                    bool configured, const ConnectionRowTexts& texts) const
{
    if (!m_setup->hasProfile()) {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("No profile is open.");
        i.fixTarget = QStringLiteral("setup");
        i.fixText = tr("Open Setup Guide");
        return true;
    }
    if (check->isRunning()) {
        i.state = HealthItem::State::Pending;
        i.stateText = tr("Checking…");
        i.detail = texts.checking;
        i.fixTarget = texts.progressTarget;
        i.fixText = tr("Show Progress");
        return true;
    }
    if (!check->hasResult()) {
        if (!configured) {
            i.state = HealthItem::State::NotSetUp;
            i.detail = texts.notConfigured;
            i.fixTarget = texts.credentialsTarget;
            i.fixText = texts.credentialsFixText;
        } else {
            i.state = HealthItem::State::Pending;
            i.detail = texts.notTested;
        }
        return true;
    }
    i.checkedAt = check->checkedAt();
    if (const Error& e = check->lastError(); !e.ok()) {
        i.state = HealthItem::State::Problem;
        i.detail = texts.failed.arg(e.message);
        i.fixTarget = texts.credentialsTarget;
        i.fixText = texts.failedFixText;
        return true;
    }
    return false;
}

HealthItem IntegrationHealth::zoomConnection() const
{
    HealthItem i;
    i.id = QStringLiteral("zoom-connection");
    i.title = tr("Zoom token and scopes");
    // Checking runs Test connection from the Zoom app area (its results show there in full).
    i.fixTarget = QStringLiteral("zoom/check");
    i.fixText = tr("Check Now");
    const Profile& p = m_setup->profile();
    if (!m_setup->hasProfile() || p.zoom.accountId.trimmed().isEmpty() ||
        p.zoom.clientId.trimmed().isEmpty()) {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("The account ID and client ID of the Zoom app are needed first.");
        i.fixTarget = QStringLiteral("zoom/credentials");
        i.fixText = tr("Enter Credentials");
        return i;
    }
    if (m_setup->isTesting()) {
        i.state = HealthItem::State::Pending;
        i.stateText = tr("Checking…");
        i.detail = tr("Requesting a token and comparing the granted scopes with the required ones.");
        i.fixTarget = QStringLiteral("zoom/credentials");
        i.fixText = tr("Show Progress");
        return i;
    }
    if (!m_tested) {
        i.state = HealthItem::State::Pending;
        i.detail = tr("Not tested since the profile was opened. Check now to request a token and compare "
                      "the granted scopes with the required ones.");
        return i;
    }
    i.checkedAt = m_testedAt;
    if (!m_testError.ok()) {
        i.state = HealthItem::State::Problem;
        i.detail = tr("Test connection failed: %1").arg(m_testError.message);
        i.fixTarget = QStringLiteral("zoom/credentials");
        i.fixText = tr("Open Credentials");
        return i;
    }
    const int required = int(ZoomCatalog::scopes().size());
    if (m_report.complete()) {
        i.state = HealthItem::State::Ok;
        i.detail = tr("Zoom issued a token and granted all %1 required scopes.").arg(required);
        i.fixText = tr("Check Again");
    } else {
        QStringList missing;
        for (const ZoomScopeInfo& s : m_report.missingScopes)
            missing.append(s.label);
        i.state = HealthItem::State::Problem;
        i.detail = tr("Zoom issued a token, but these required scopes are missing: %1")
                       .arg(QLocale().createSeparatedList(missing));
        i.fixTarget = QStringLiteral("zoom/credentials");
        i.fixText = tr("Show Scopes");
    }
    return i;
}

HealthItem IntegrationHealth::secretToken() const
{
    HealthItem i;
    i.id = QStringLiteral("zoom-secret-token");
    i.title = tr("Secret token stored");
    i.fixTarget = QStringLiteral("zoom/credentials");
    i.fixText = tr("Enter Secret Token");
    if (!m_setup->hasProfile()) {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("No profile is open.");
        return i;
    }
    i.checkedAt = m_secretCheckedAt;
    if (m_setup->profile().zoom.hasSecretToken) {
        i.state = HealthItem::State::Ok;
        i.detail = m_setup->keychainError().ok()
                       ? tr("Stored in %1. Webhooks from Zoom are verified with it.")
                             .arg(m_setup->secretBackendName())
                       : tr("Kept for this session only, because the keychain is unavailable.");
        i.fixText = tr("Replace");
    } else {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("Not stored. Zoom signs every webhook with it; without it no event can be verified.");
    }
    return i;
}

HealthItem IntegrationHealth::eventSource() const
{
    using SourceState = MonitorController::SourceState;
    HealthItem i;
    i.id = QStringLiteral("event-source");
    i.title = tr("Events received");
    i.fixTarget = QStringLiteral("monitor");
    i.fixText = tr("Open Event Monitor");
    if (!m_setup->hasProfile()) {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("No profile is open.");
        return i;
    }
    const SourceState hook = m_monitor->webhookState();
    const SourceState ws = m_monitor->webSocketState();
    const bool running = hook == SourceState::Running || ws == SourceState::Running;
    const bool starting = hook == SourceState::Starting || ws == SourceState::Starting;

    // The newest real event (gap records say something is missing, not that something arrived).
    const EventStore* store = m_monitor->store();
    qint64 lastMs = 0;
    for (qsizetype n = store->size() - 1, seen = 0; n >= 0 && seen < 64; --n, ++seen) {
        const EventRecord& r = store->at(n);
        if (r.type != ZoomEventType::Gap) {
            lastMs = r.receivedAtMs;
            break;
        }
    }
    int perMinute = 0;
    for (int v : m_monitor->pipeline()->counters().rateHistory)
        perMinute += v;

    QStringList sources;
    if (hook == SourceState::Running)
        sources.append(m_monitor->isSandbox() ? tr("sandbox webhooks") : tr("webhooks"));
    if (ws == SourceState::Running)
        sources.append(tr("WebSocket"));
    const QDateTime now = QDateTime::currentDateTime();
    const QString last =
        lastMs > 0 ? tr("Last event at %1; events in the last minute: %2.")
                         .arg(timeText(QDateTime::fromMSecsSinceEpoch(lastMs)), QLocale().toString(perMinute))
                   : tr("No event has arrived yet.");
    if (running) {
        i.checkedAt = now;
        const bool recent = lastMs > 0 && now.toMSecsSinceEpoch() - lastMs <= kQuietAfterMs;
        i.state = recent ? HealthItem::State::Ok : HealthItem::State::Pending;
        if (!recent)
            i.stateText = tr("Waiting");
        i.detail = tr("Receiving from %1. %2").arg(QLocale().createSeparatedList(sources), last);
    } else if (starting) {
        i.state = HealthItem::State::Pending;
        i.stateText = tr("Starting");
        i.detail = tr("The event source is starting.");
    } else if (!m_sourceError.ok()) {
        i.state = HealthItem::State::Problem;
        i.checkedAt = m_sourceErrorAt;
        i.detail = m_sourceError.message;
    } else {
        i.state = HealthItem::State::NotSetUp;
        i.detail = tr("No event source is running. Start webhooks or the WebSocket in the event monitor.");
        if (lastMs > 0)
            i.detail += QLatin1Char(' ') + last;
    }
    return i;
}

} // namespace syncdesk
