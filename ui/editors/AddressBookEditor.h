#pragma once

#include "acd/AcdApi.h"
#include "editors/AddressBookDialogs.h" // QPointer members need the complete types

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace syncdesk {

class Banner;
class CreateAddressBookDialog;
class CsvImportDialog;
class EntryDialog;
class SessionClients;

// The ACD's address books (seed step "Adressbuch erstellen"): list with type and assignment,
// create and delete; the selected book's entries (Standard: add, edit, remove, CSV import with a
// preview; Dynamic: read-only, Directory Sync fills it) and CSV export; assignment to agents,
// teams, skills, campaigns or everyone with the ACD's answer per entity and the agents reached.
// Everything goes through the open profile's shared AcdApi (SessionClients). Dialogs are opened
// with open() and stay open until the ACD accepted, so nothing typed is lost on an error.
class AddressBookEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AddressBookEditor(SessionClients* clients, QWidget* parent = nullptr);

    // Reads the books again (keeps the selection).
    void refresh();
    QString selectedBookId() const { return m_bookId; }
    bool isBusy() const { return m_pending > 0; }

    // What the buttons do after their file dialog; public so tests and drag and drop can use them.
    void importCsvFile(const QString& path);
    void exportCsvFile(const QString& path);

    // The dialog currently open, if any (for tests and for the host window).
    CreateAddressBookDialog* createDialog() const { return m_createDialog; }
    EntryDialog* entryDialog() const { return m_entryDialog; }
    CsvImportDialog* importDialog() const { return m_importDialog; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeEntriesTab();
    QWidget* makeAssignmentTab();

    // Runs `work` with the shared client; a connection that cannot be made is shown with `what`.
    void withApi(const QString& what, std::function<void(AcdApi*)> work);
    void beginBusy();
    void endBusy();
    void showError(const QString& what, const Error& error);
    void showMessage(int kind, const QString& text);
    void updateActions();

    void fillBooks(const QList<AcdAddressBook>& books);
    const AcdAddressBook* currentBook() const;
    void onBookSelected();
    void loadEntries();
    void fillEntries();
    void loadAssigned();

    void openCreateDialog();
    void createBook(const QString& name, const QString& type);
    void confirmDeleteBook();
    void openEntryDialog(bool isNew);
    void saveEntry(const AcdEntry& entry, bool isNew);
    void confirmRemoveEntry();
    void chooseImportFile();
    void chooseExportFile();
    void runImport(const QList<AcdEntry>& entries);

    QString assignType() const;
    void loadPicker();
    void fillPicker();
    void applyAssignment();

    SessionClients* m_clients;
    int m_pending = 0;
    bool m_loadedOnce = false;
    QList<AcdAddressBook> m_books;
    QString m_bookId;
    QList<AcdEntry> m_entries;
    // Entity lists of the pickers, loaded once per editor: type -> (id, label).
    QHash<QString, QList<std::pair<QString, QString>>> m_entities;

    Banner* m_message;
    QPushButton* m_refreshButton;
    QPushButton* m_newBookButton;
    QPushButton* m_deleteBookButton;
    QProgressBar* m_busy;
    QTableWidget* m_bookTable;
    QTabWidget* m_tabs;

    QLabel* m_entriesNote;
    QTableWidget* m_entryTable;
    QPushButton* m_addEntryButton;
    QPushButton* m_editEntryButton;
    QPushButton* m_removeEntryButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;

    QComboBox* m_assignType;
    QListWidget* m_picker;
    QLabel* m_pickerNote;
    QLineEdit* m_campaignIds;
    QPushButton* m_assignButton;
    QTableWidget* m_assignResults;
    QLabel* m_assignedLabel;
    QListWidget* m_assignedList;

    QPointer<CreateAddressBookDialog> m_createDialog;
    QPointer<EntryDialog> m_entryDialog;
    QPointer<CsvImportDialog> m_importDialog;
};

} // namespace syncdesk
