#pragma once

#include "common/Error.h"
#include "salesforce/PresenceStatusDesign.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace syncdesk {

class SessionClients;
struct SalesforcePresenceCatalog;

// The presence-status designer (issue 8 §3): the statuses the admin designs (label, developer
// name derived as Salesforce does, Online or Busy, service channels), each checked at once and
// saved in the profile; the org's existing statuses and channels read through the REST API; the
// designed statuses exported as a deployable metadata zip; and the profile-access checklist.
class PresenceStatusDesigner : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        DeveloperNameColumn,
        KindColumn,
        ChannelsColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit PresenceStatusDesigner(SessionClients* clients, QWidget* parent = nullptr);

    // Shows the open profile's designs again (another profile opened).
    void refresh();
    // Reads the org's ServicePresenceStatus and ServiceChannel records (the Load button): the
    // answer shared by every page (SalesforceOrgCatalog); once loaded, the button reads the org
    // again (refresh) and every page gets the new lists.
    void loadOrg();
    void loadOrg(bool refresh);
    // Adds a status with this label (the Add button asks for none: it adds an empty row).
    void addStatus(const QString& label = {});
    // The Export button's work without the file dialog.
    Error exportZip(const QString& path);

    QList<PresenceStatusDesign> designs() const { return m_designs; }
    QList<QList<PresenceStatusProblem>> problems() const { return m_problems; }
    const PresenceStatusOrgState& org() const { return m_org; }
    // Org and designed developer names, org first, without duplicates.
    QStringList statusNames() const;

signals:
    void statusesChanged(const QStringList& developerNames);
    // After every Load, successful or not.
    void orgLoaded(const syncdesk::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeOrgPanel();
    QWidget* makeChecklist();
    void rebuildTable();
    void fillRow(int row);
    void onItemChanged(int row, int column);
    void setChannels(int row, const QStringList& channels);
    QStringList channelChoices(const PresenceStatusDesign& design) const;
    void changed();
    void showProblems();
    void showOrg();
    void updateChecklist();
    void finishLoad(const Error& error);
    void applyCatalog(const SalesforcePresenceCatalog& catalog);
    void onCatalogChanged();

    SessionClients* m_clients;
    QList<PresenceStatusDesign> m_designs;
    QList<QList<PresenceStatusProblem>> m_problems;
    PresenceStatusOrgState m_org;
    QStringList m_orgStatusLabels; // "Label" per org status, for the list
    QStringList m_orgChannelLabels;
    bool m_loading = false; // filling widgets: not an edit
    bool m_orgRequested = false;
    int m_pendingLoads = 0;
    int m_orgRequest = 0; // an answer for an earlier profile is dropped

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_export;
    QListWidget* m_problemList;
    QPushButton* m_load = nullptr;
    QLabel* m_orgState = nullptr;
    QListWidget* m_orgStatuses = nullptr;
    QListWidget* m_orgChannels = nullptr;
    QHash<QString, QCheckBox*> m_stepChecks;
};

} // namespace syncdesk
