#pragma once

#include "common/Error.h"
#include "zoom/ZoomConnectionCheck.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

namespace syncdesk {

class ConnectionCheck;

class AcdConnectionCheck;
class SalesforceConnectionCheck;
class MonitorController;
class SetupController;

// How one configured piece of the integration is doing, for the Overview page.
struct HealthItem
{
    enum class State
    {
        Ok,
        Problem,
        NotSetUp,
        Pending // not checked yet, checking, starting or waiting for the first event
    };

    QString id;    // stable: "zoom-connection", "zoom-secret-token", "event-source", "account"
    QString title; // translated
    State state = State::NotSetUp;
    QString stateText;   // translated word for the state ("OK", "Problem", …): never colour alone
    QString detail;      // translated: what was checked and what was found
    QDateTime checkedAt; // when it was last checked; invalid when never
    // Where the editor that fixes it is: "zoom/credentials", "zoom/checklist", "acd/connection",
    // "acd/mapping", "salesforce/mapping", "monitor", "setup"; or "zoom/check" / "acd/check" /
    // "salesforce/check" for running Test connection (Verify).
    QString fixTarget;
    QString fixText; // translated button text

    bool operator==(const HealthItem&) const = default;
};

// The integration's health from what the controllers already know: the last Test connection,
// whether the secret token is stored, whether an event source is receiving (last event, events in
// the last minute) and which account the profile talks to. Adding a vendor adds rows here.
class IntegrationHealth : public QObject
{
    Q_OBJECT
public:
    IntegrationHealth(SetupController* setup, MonitorController* monitor, QObject* parent = nullptr);

    // Adds the ACD connection row, which follows this (shared) check.
    void setAcdCheck(AcdConnectionCheck* check);
    // Adds the Salesforce connection row, which follows this (shared) Verify.
    void setSalesforceCheck(SalesforceConnectionCheck* check);

    const QList<HealthItem>& items() const { return m_items; }
    HealthItem item(const QString& id) const;
    // Re-reads everything; also runs every second while anything is shown.
    void update();
    // The default word for a state: "OK", "Problem", "Not set up", "Not checked".
    static QString stateText(HealthItem::State state);

signals:
    void changed();

private:
    HealthItem zoomConnection() const;
    HealthItem secretToken() const;
    HealthItem eventSource() const;
    HealthItem account() const;
    HealthItem acdConnection() const;
    HealthItem salesforceConnection() const;
    // What a connection row says before its check has a good result, in one place for the ACD's
    // and Salesforce's rows.
    struct ConnectionRowTexts
    {
        QString checking;           // detail while the check runs
        QString progressTarget;     // where Show Progress goes
        QString notConfigured;      // detail when credentials are missing
        QString credentialsTarget;  // where they are entered, and where a failure is fixed
        QString credentialsFixText; // its button
        QString notTested;          // detail when configured but not checked yet
        QString failed;             // "…failed: %1"
        QString failedFixText;
    };
    // Fills `i` and returns true when the row is settled without a good result (no profile,
    // running, not configured, not checked, failed); false leaves the good result to the caller.
    bool connectionRowWithoutSuccess(HealthItem& i, const ConnectionCheck* check, bool configured,
                                     const ConnectionRowTexts& texts) const;
    void connectPipeline();

    SetupController* m_setup;
    MonitorController* m_monitor;
    AcdConnectionCheck* m_acdCheck = nullptr;
    SalesforceConnectionCheck* m_sfCheck = nullptr;
    QList<HealthItem> m_items;
    QTimer m_tick;

    // The last Test connection of the open profile.
    bool m_tested = false;
    ZoomConnectionReport m_report;
    Error m_testError;
    QDateTime m_testedAt;
    QDateTime m_profileOpenedAt;
    QDateTime m_secretCheckedAt;
    Error m_sourceError;
    QDateTime m_sourceErrorAt;
};

} // namespace syncdesk
