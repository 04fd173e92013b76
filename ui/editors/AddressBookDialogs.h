#pragma once

#include "acd/AcdApi.h"
#include "acd/AddressBookCsv.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace syncdesk {

class Banner;

// The dialogs of the address-book editor. Each stays open while its request runs and shows the
// ACD's refusal in itself, so nothing typed is lost; the editor does the request (the dialogs
// only ask) and closes a dialog once the ACD has accepted. Opened with open(), never exec().

// Name and type of a new address book.
class CreateAddressBookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateAddressBookDialog(QWidget* parent = nullptr);
    QString name() const;
    QString type() const; // "Standard" or "Dynamic"
    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void createRequested(const QString& name, const QString& type);

private:
    void updateButton();

    QLineEdit* m_name;
    QRadioButton* m_standard;
    QRadioButton* m_dynamic;
    Banner* m_error;
    QProgressBar* m_busy;
    QPushButton* m_ok;
    bool m_isBusy = false;
};

// One entry of a Standard book, checked as it is typed with the same rules the CLI applies.
class EntryDialog : public QDialog
{
    Q_OBJECT
public:
    EntryDialog(const AcdEntry& entry, bool isNew, QWidget* parent = nullptr);
    AcdEntry entry() const;
    QList<EntryIssue> issues() const;
    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void saveRequested(const AcdEntry& entry);

private:
    void validate();

    AcdEntry m_original;
    QHash<QString, QLineEdit*> m_edits; // by field name
    QHash<QString, bool> m_touched;     // a field is judged once it has been edited
    QLabel* m_issues;
    Banner* m_error;
    QProgressBar* m_busy;
    QPushButton* m_save;
    bool m_isBusy = false;
};

// A CSV file as it would be imported: every row, those with errors in red with their line and
// what is wrong; Import sends only the valid rows and then shows the ACD's answer per entry.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const CsvImportPreview& preview, const QString& fileName, const QString& bookName,
                    QWidget* parent = nullptr);
    const CsvImportPreview& preview() const { return m_preview; }
    // The ACD's answer for the n-th valid entry (the order of preview().validEntries()).
    void setEntryResult(int validIndex, const AcdEntryResult& result);
    // The import ended: `error` set when a request failed as a whole (the rest was not sent).
    void finishImport(int written, int refused, const Error& error);
    void setBusy(bool busy);

signals:
    void importRequested(const QList<AcdEntry>& entries);

private:
    CsvImportPreview m_preview;
    QList<int> m_rowOfValid; // table row of each valid entry
    QTableWidget* m_table;
    QLabel* m_summary;
    Banner* m_result;
    QProgressBar* m_busy;
    QPushButton* m_import;
    bool m_done = false;
};

} // namespace syncdesk
