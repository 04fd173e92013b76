#pragma once

#include "directory/DirectoryMapping.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace syncdesk {

class SessionClients;

// The ordered number-translation rules (pattern and replacement; the first that matches wins)
// with a check per row while typing and a live preview: sample numbers the user can edit and,
// on request, the first Zoom Phone numbers of the account, each shown with its result and the
// rule that matched.
class NumberRulesEditor : public QWidget
{
    Q_OBJECT
public:
    enum RuleColumn
    {
        PatternColumn,
        ReplacementColumn,
        CheckColumn,
        RuleColumnCount
    };
    enum PreviewColumn
    {
        NumberColumn,
        FromColumn,
        ResultColumn,
        RuleMatchedColumn,
        PreviewColumnCount
    };
    static constexpr int kAccountNumbers = 50;

    explicit NumberRulesEditor(SessionClients* clients, QWidget* parent = nullptr);

    void setRules(const QList<NumberRule>& rules);
    QList<NumberRule> rules() const;
    // The first problem with the rules ("Rule 2: …"), empty when every rule is valid.
    QString firstError() const { return m_firstError; }
    void setReadOnly(bool readOnly);

    void loadAccountNumbers();

signals:
    void rulesChanged();

private:
    void addRule(const NumberRule& rule = {});
    void removeRule();
    void moveRule(int delta);
    void validate();
    void updatePreview();
    void updateButtons();

    SessionClients* m_clients;
    QTableWidget* m_rules;
    QPushButton *m_addButton, *m_removeButton, *m_upButton, *m_downButton;
    QPlainTextEdit* m_samples;
    QPushButton* m_loadButton;
    QLabel* m_loadStatus;
    QTableWidget* m_preview;
    QList<QPair<QString, QString>> m_accountNumbers; // number, whose
    QString m_firstError;
    bool m_updating = false;
    bool m_readOnly = false;
    int m_loadGeneration = 0;
};

} // namespace syncdesk
