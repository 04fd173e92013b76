#pragma once

#include "cc/OmniStatusMapping.h"
#include "common/Error.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace syncdesk {

class SessionClients;

// Seed 004's omni-channel sync tab as a table (Zoom Contact Center status -> Salesforce presence
// status) in the presence-rule tables' style: editable combo cells, the row's problems in its last
// column. The org's statuses (SalesforceApi::presenceStatuses) are offered once loaded and then
// checked; until then any typed name is accepted.
class OmniStatusMappingBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit OmniStatusMappingBox(QWidget* parent = nullptr);

    void setSessionClients(SessionClients* clients);
    void setMapping(const OmniStatusMapping& mapping); // no edited() signal
    OmniStatusMapping mapping() const;
    QList<CtiProblem> problems() const { return m_problems; }
    QStringList salesforceStatuses() const { return m_salesforce; }

public slots:
    void setSalesforceStatuses(const QStringList& statuses);
    // Asks the open profile's Salesforce org for its presence statuses (the answer shared by
    // every page, SalesforceOrgCatalog); once they are here, the button reads the org again.
    void loadSalesforceStatuses();
    void loadSalesforceStatuses(bool refresh);

signals:
    void edited();
    void salesforceStatusesLoaded(const syncdesk::Error& error);

private:
    void addRow(const OmniStatusRow& row);
    void validate();
    void showOrgStatuses(const QStringList& names);

    SessionClients* m_clients = nullptr;
    QStringList m_salesforce;
    QList<CtiProblem> m_problems;
    bool m_filling = false;
    bool m_orgLoaded = false;

    QCheckBox* m_enabled;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_load;
    QLabel* m_status;
};

} // namespace syncdesk
