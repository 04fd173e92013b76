#pragma once

#include "common/Error.h"
#include "directory/DirectoryMapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace syncdesk {

class Banner;
class DirectoryRunPane;
class NumberRulesEditor;
class SessionClients;

// The Directory Sync page of the ACD area: which Dynamic address book is filled, which Zoom field
// fills which ACD field, the extension suffix, number translation with a live preview, user
// filters, and then dry run, review and apply (DirectoryRunPane). Every valid edit goes to the
// profile at once (ProfileSession::setDirectorySyncSettings, saved with the profile); an invalid
// one (a broken pattern, an unknown field name) stays on screen with its error, is not saved and
// cannot be run, so the last valid configuration is never lost.
class DirectorySyncEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DirectorySyncEditor(SessionClients* clients, QWidget* parent = nullptr);

    // Shows the open profile's settings (another profile opened, or changes discarded).
    void refresh();
    // The configuration as shown, and why it cannot be used (empty when it can).
    DirectoryMapping mapping() const;
    QString configurationError() const { return m_configError; }

    void refreshAddressBooks();
    // The mapping file of `syncdeskctl directory --mapping`.
    Error importMapping(const QString& path);
    Error exportMapping(const QString& path) const;

    DirectoryRunPane* runPane() const { return m_runPane; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeTargetBox();
    QWidget* makeMappingBox();
    QWidget* makeTranslationBox();
    QWidget* makeFilterBox();
    QWidget* makeFileRow();
    void showMapping(const DirectoryMapping& mapping);
    void onEdited();
    void save();
    void validate();
    void updateExtensionExample();
    void onBookChosen();
    void createAddressBook();
    void setBooksBusy(bool busy, const QString& status);
    void importWithDialog();
    void exportWithDialog();

    SessionClients* m_clients;
    Banner* m_banner;
    QCheckBox* m_enabledCheck;
    QComboBox* m_bookCombo;
    QPushButton* m_refreshBooksButton;
    QPushButton* m_createToggle;
    QWidget* m_createRow;
    QLineEdit* m_createNameEdit;
    QPushButton* m_createButton;
    QLabel* m_booksStatus;
    QSpinBox* m_maxRemovalSpin;
    QTableWidget* m_attributes;
    QList<QComboBox*> m_fieldCombos; // one per DirectoryMapping::acdFields(), in order
    QCheckBox* m_appendExtensionCheck;
    QLabel* m_extensionExample;
    NumberRulesEditor* m_rules;
    QLineEdit *m_includeDepartments, *m_includeDomains, *m_includeTypes, *m_includeStatuses;
    QLineEdit *m_excludeDepartments, *m_excludeDomains, *m_excludeTypes, *m_excludeStatuses;
    QCheckBox* m_onlyActiveCheck;
    QLabel* m_configErrorLabel;
    DirectoryRunPane* m_runPane;
    QString m_configError;
    bool m_loading = false;
    bool m_booksLoadedOnce = false;
    int m_booksGeneration = 0;
};

} // namespace syncdesk
