#pragma once

#include "common/Error.h"
#include "presence/PresenceRule.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QShowEvent;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace syncdesk {

class SessionClients;

// The profile's presence rules (issue 8 §5): the list of rules, the active one, and for the selected
// rule its name, skip-validation switch, the publisher / subscriber / Zoom tables, teams and users.
// Every edit is validated at once (PresenceRules::validate, with the ACD's unavailable codes once
// loaded) and written to the profile, so a half-built rule is never lost; problems are shown in the
// row they concern and in a list. Import/Export use the CLI's rule file.
class PresenceRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceRuleEditor(SessionClients* clients, QWidget* parent = nullptr);

    // Shows the open profile's rules again (another profile opened).
    void refresh();
    // Asks the ACD for its unavailable codes and teams (combo suggestions, validation context).
    void loadAcd();
    // Asks the Salesforce org for its presence statuses (combo suggestions, validation context),
    // so the editor does not depend on the status designer's tab having been opened first.
    void loadSalesforce();
    void loadSalesforce(bool refresh);

    // Status names from the presence-status designer (designed names, plus the org's once the
    // designer read them). Offered and checked together with the org's statuses this editor
    // reads itself (the union of both). While neither source named a status, a few common names
    // are suggested and any typed name is accepted.
    void setSalesforceStatuses(const QStringList& statuses);

    // The rule selected in the list (an empty rule when there is none).
    PresenceRule currentRule() const;
    QList<PresenceRule> rules() const { return m_rules; }
    QList<RuleProblem> problems() const { return m_problems; }

    // The buttons' work without the file dialogs (tests and drag-and-drop use these).
    Error importFile(const QString& path); // adds the rule (renamed when the name is taken)
    Error exportFile(const QString& path) const;

signals:
    // The selected rule, after every edit (the simulator replays its steps with it).
    void currentRuleChanged(const syncdesk::PresenceRule& rule);
    // The profile's active rule after every saved edit (a rule without a name: none is active).
    void activeRuleChanged(const syncdesk::PresenceRule& rule);
    void acdLoaded();
    // The org's presence statuses were read (error.ok()) or could not be (shown next to the button).
    void salesforceLoaded(const syncdesk::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum Table
    {
        Publisher,
        Subscriber,
        Zoom,
        TableCount
    };
    QTableWidget* makeTable(Table table, const QString& objectName);
    void addRow(Table table, const QStringList& values);
    void fillTables(const PresenceRule& rule);
    void showRule();
    void readForm();
    void validateAndSave();
    void showProblems();
    void save();
    void rebuildList();
    void fillActiveCombo();
    QString uniqueName(const QString& wanted) const;
    QStringList acdStates(bool withPrevious) const;
    QStringList salesforceSuggestions() const;
    QStringList sourceSuggestions(Table table, int row) const;
    void refreshRowCombos();
    void setStatus(const QString& text, bool error);
    void applySalesforceStatuses();
    void showOrgStatuses(const QStringList& names);

    SessionClients* m_clients;
    QList<PresenceRule> m_rules;
    int m_current = -1;
    QString m_active;
    bool m_loading = false;
    bool m_statusIsDuplicateName = false; // the status line shows the two-rules-one-name warning
    bool m_acdRequested = false;          // the ACD is asked once the editor is first shown
    std::optional<QStringList> m_orgStatuses; // read from the org by this editor
    QStringList m_designerStatuses;           // from the presence-status designer
    bool m_salesforcePending = false;
    int m_salesforceRequest = 0; // an answer for an earlier profile is dropped
    PresenceRuleContext m_context;
    QStringList m_teams; // from the ACD
    QList<RuleProblem> m_problems;

    QListWidget* m_list;
    QLabel* m_emptyHint;
    QPushButton *m_add, *m_duplicate, *m_delete, *m_rename, *m_import, *m_export;
    QComboBox* m_activeCombo;
    QWidget* m_form;
    QLineEdit* m_name;
    QCheckBox* m_skip;
    QTableWidget* m_tables[TableCount];
    QListWidget* m_teamList;
    QLineEdit* m_users;
    QPushButton* m_loadAcd;
    QLabel* m_acdStatus;
    QLabel* m_salesforceStatus;
    QListWidget* m_problemList;
    QLabel* m_status;
};

} // namespace syncdesk
