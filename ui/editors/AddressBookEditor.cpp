#include "AddressBookEditor.h"

#include "AddressBookDialogs.h"
#include "acd/AddressBookCsv.h"
#include "connect/SessionClients.h"
#include "widgets/Banner.h"
#include "widgets/TextStyles.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace syncdesk {

namespace {

constexpr int kBatchSize = 100; // entries per import request
const int kIdRole = Qt::UserRole;

bool isDynamicType(const QString& type)
{
    return type.compare(QLatin1String("Dynamic"), Qt::CaseInsensitive) == 0;
}

QTableWidget* makeTable(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QPushButton* makeButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QString fullName(const QString& first, const QString& last)
{
    return QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

AddressBookEditor::AddressBookEditor(SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_clients(clients)
{
    setObjectName(QStringLiteral("addressBookEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(makeWrappedLabel(
        tr("Address books give agents the numbers they call. A Standard book is kept here by hand or from a "
           "CSV "
           "file; a Dynamic book is filled by Directory Sync. Assign a book so agents see it."),
        true, this));

    m_message = new Banner(this);
    m_message->setObjectName(QStringLiteral("addressBookMessage"));
    m_message->label()->setObjectName(QStringLiteral("addressBookMessageLabel"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* bar = new QHBoxLayout;
    m_refreshButton = makeButton(tr("Refresh"), "refreshBooksButton", this);
    m_newBookButton = makeButton(tr("New address book…"), "newBookButton", this);
    m_deleteBookButton = makeButton(tr("Delete…"), "deleteBookButton", this);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("addressBookBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120); // an activity indicator, no text in it
    m_busy->hide();
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_newBookButton);
    bar->addWidget(m_deleteBookButton);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_bookTable = makeTable({tr("Name"), tr("Type"), tr("Assigned to")}, "bookTable", splitter);
    m_bookTable->setAccessibleName(tr("Address books"));
    splitter->addWidget(m_bookTable);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("bookTabs"));
    m_tabs->setAccessibleName(tr("Address book pages"));
    m_tabs->addTab(makeEntriesTab(), tr("Entries"));
    // The assignment page (pickers, results, who is reached) scrolls on its own: its minimum
    // height in Japanese pushed the entries' buttons below the window.
    auto* assignmentScroll = new QScrollArea(m_tabs);
    assignmentScroll->setWidgetResizable(true);
    assignmentScroll->setFrameShape(QFrame::NoFrame);
    assignmentScroll->setFocusPolicy(Qt::NoFocus); // a page container, not a Tab stop (see PageScroll)
    assignmentScroll->setWidget(makeAssignmentTab());
    m_tabs->addTab(assignmentScroll, tr("Assignment"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &AddressBookEditor::refresh);
    connect(m_newBookButton, &QPushButton::clicked, this, &AddressBookEditor::openCreateDialog);
    connect(m_deleteBookButton, &QPushButton::clicked, this, &AddressBookEditor::confirmDeleteBook);
    connect(m_bookTable, &QTableWidget::itemSelectionChanged, this, &AddressBookEditor::onBookSelected);
    updateActions();
}

QWidget* AddressBookEditor::makeEntriesTab()
{
    auto* w = new QWidget(this);
    auto* layout = new QVBoxLayout(w);
    m_entriesNote = makeWrappedLabel(QString(), true, w);
    m_entriesNote->setObjectName(QStringLiteral("entriesNote"));
    layout->addWidget(m_entriesNote);
    QStringList headers;
    for (const QString& f : AddressBookCsv::fieldNames())
        headers.append(AddressBookCsv::fieldLabel(f));
    m_entryTable = makeTable(headers, "entryTable", w);
    m_entryTable->setAccessibleName(tr("Entries"));
    layout->addWidget(m_entryTable, 1);
    auto* buttons = new QHBoxLayout;
    m_addEntryButton = makeButton(tr("Add…"), "addEntryButton", w);
    m_editEntryButton = makeButton(tr("Edit…"), "editEntryButton", w);
    m_removeEntryButton = makeButton(tr("Remove…"), "removeEntryButton", w);
    m_importButton = makeButton(tr("Import CSV…"), "importCsvButton", w);
    m_exportButton = makeButton(tr("Export CSV…"), "exportCsvButton", w);
    for (QPushButton* b : {m_addEntryButton, m_editEntryButton, m_removeEntryButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    connect(m_addEntryButton, &QPushButton::clicked, this, [this] { openEntryDialog(true); });
    connect(m_editEntryButton, &QPushButton::clicked, this, [this] { openEntryDialog(false); });
    connect(m_entryTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_editEntryButton->isEnabled())
            openEntryDialog(false);
    });
    connect(m_removeEntryButton, &QPushButton::clicked, this, &AddressBookEditor::confirmRemoveEntry);
    connect(m_importButton, &QPushButton::clicked, this, &AddressBookEditor::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &AddressBookEditor::chooseExportFile);
    connect(m_entryTable, &QTableWidget::itemSelectionChanged, this, &AddressBookEditor::updateActions);
    return w;
}

QWidget* AddressBookEditor::makeAssignmentTab()
{
    auto* w = new QWidget(this);
    auto* layout = new QVBoxLayout(w);
    auto* row = new QHBoxLayout;
    auto* typeLabel = new QLabel(tr("Assign to:"), w);
    m_assignType = new QComboBox(w);
    m_assignType->setObjectName(QStringLiteral("assignTypeCombo"));
    m_assignType->addItem(tr("Teams"), QStringLiteral("Team"));
    m_assignType->addItem(tr("Agents"), QStringLiteral("Agent"));
    m_assignType->addItem(tr("Skills"), QStringLiteral("Skill"));
    m_assignType->addItem(tr("Campaigns"), QStringLiteral("Campaign"));
    m_assignType->addItem(tr("Everyone"), QStringLiteral("Everyone"));
    typeLabel->setBuddy(m_assignType);
    row->addWidget(typeLabel);
    row->addWidget(m_assignType);
    row->addStretch(1);
    layout->addLayout(row);

    m_pickerNote = makeWrappedLabel(QString(), true, w);
    m_pickerNote->setObjectName(QStringLiteral("assignPickerNote"));
    layout->addWidget(m_pickerNote);
    m_picker = new QListWidget(w);
    m_picker->setObjectName(QStringLiteral("assignPicker"));
    m_picker->setAccessibleName(tr("Choices to assign"));
    layout->addWidget(m_picker, 1);
    m_campaignIds = new QLineEdit(w);
    m_campaignIds->setObjectName(QStringLiteral("campaignIdsEdit"));
    m_campaignIds->setAccessibleName(tr("Campaign IDs"));
    m_campaignIds->setAccessibleDescription(tr("Campaign IDs, separated by commas"));
    m_campaignIds->setPlaceholderText(tr("Campaign IDs, separated by commas"));
    layout->addWidget(m_campaignIds);

    auto* applyRow = new QHBoxLayout;
    m_assignButton = makeButton(tr("Assign"), "assignApplyButton", w);
    applyRow->addWidget(m_assignButton);
    applyRow->addStretch(1);
    layout->addLayout(applyRow);

    m_assignResults = makeTable({tr("Assigned to"), tr("Type"), tr("Result")}, "assignResultTable", w);

    m_assignResults->setAccessibleName(tr("Assignment results"));
    m_assignResults->hide();
    layout->addWidget(m_assignResults);

    m_assignedLabel = makeWrappedLabel(QString(), false, w);
    m_assignedLabel->setObjectName(QStringLiteral("assignedAgentsLabel"));
    layout->addWidget(m_assignedLabel);
    m_assignedList = new QListWidget(w);
    m_assignedList->setObjectName(QStringLiteral("assignedAgentsList"));
    m_assignedList->setAccessibleName(tr("Assigned agents"));
    layout->addWidget(m_assignedList, 1);

    connect(m_assignType, &QComboBox::currentIndexChanged, this, &AddressBookEditor::loadPicker);
    connect(m_assignButton, &QPushButton::clicked, this, &AddressBookEditor::applyAssignment);
    connect(m_picker, &QListWidget::itemChanged, this, &AddressBookEditor::updateActions);
    connect(m_campaignIds, &QLineEdit::textChanged, this, &AddressBookEditor::updateActions);
    return w;
}

void AddressBookEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
        loadPicker();
    }
}

// ---------------------------------------------------------------------------------------------
// Plumbing

void AddressBookEditor::withApi(const QString& what, std::function<void(AcdApi*)> work)
{
    beginBusy();
    m_clients->acdApi(
        this,
        [this, what, work](AcdApi* api, const Error& e) {
            if (!e.ok()) {
                endBusy();
                showError(what, e);
                return;
            }
            work(api);
        },
        [this](const Error& waiting) { showMessage(int(Banner::Kind::Warning), waiting.message); });
}

void AddressBookEditor::beginBusy()
{
    ++m_pending;
    updateActions();
}

void AddressBookEditor::endBusy()
{
    m_pending = qMax(0, m_pending - 1);
    updateActions();
}

void AddressBookEditor::showError(const QString& what, const Error& error)
{
    // `what` says which step failed; the error's own sentence says why and what to do.
    showMessage(int(Banner::Kind::Error), tr("%1 %2").arg(what, error.message));
}

void AddressBookEditor::showMessage(int kind, const QString& text)
{
    m_message->showMessage(Banner::Kind(kind), text);
    m_message->show();
}

void AddressBookEditor::updateActions()
{
    const bool busy = m_pending > 0;
    m_busy->setVisible(busy);
    const AcdAddressBook* book = currentBook();
    const bool dynamic = book && isDynamicType(book->type);
    const bool entrySelected = !m_entryTable->selectedItems().isEmpty();
    m_refreshButton->setEnabled(!busy);
    m_newBookButton->setEnabled(!busy);
    m_deleteBookButton->setEnabled(!busy && book);
    m_addEntryButton->setEnabled(!busy && book && !dynamic);
    m_editEntryButton->setEnabled(!busy && book && !dynamic && entrySelected);
    m_removeEntryButton->setEnabled(!busy && book && !dynamic && entrySelected);
    m_importButton->setEnabled(!busy && book && !dynamic);
    m_exportButton->setEnabled(!busy && book);

    const QString type = assignType();
    bool anyChosen = type == QLatin1String("Everyone");
    if (type == QLatin1String("Campaign")) {
        anyChosen = !m_campaignIds->text().trimmed().isEmpty();
    } else {
        for (int i = 0; i < m_picker->count() && !anyChosen; ++i)
            anyChosen = m_picker->item(i)->checkState() == Qt::Checked;
    }
    m_assignButton->setEnabled(!busy && book && anyChosen);
}

// ---------------------------------------------------------------------------------------------
// Books

void AddressBookEditor::refresh()
{
    withApi(tr("Could not read the address books."), [this](AcdApi* api) {
        api->addressBooks(this, [this](const Result<QList<AcdAddressBook>>& r) {
            endBusy();
            if (!r.ok()) {
                showError(tr("Could not read the address books."), r.error());
                return;
            }
            if (m_message->kind() == Banner::Kind::Error)
                m_message->hide(); // what failed before works now
            fillBooks(r.value());
        });
    });
}

void AddressBookEditor::fillBooks(const QList<AcdAddressBook>& books)
{
    m_books = books;
    const QString keep = m_bookId;
    const QSignalBlocker block(m_bookTable);
    m_bookTable->setRowCount(int(books.size()));
    int selectRow = -1;
    for (int i = 0; i < books.size(); ++i) {
        const AcdAddressBook& b = books.at(i);
        QStringList assigned;
        if (b.everyone)
            assigned.append(tr("Everyone"));
        if (!b.teamIds.isEmpty())
            assigned.append(tr("Teams: %1").arg(b.teamIds.size()));
        if (!b.agentIds.isEmpty())
            assigned.append(tr("Agents: %1").arg(b.agentIds.size()));
        if (!b.skillIds.isEmpty())
            assigned.append(tr("Skills: %1").arg(b.skillIds.size()));
        if (!b.campaignIds.isEmpty())
            assigned.append(tr("Campaigns: %1").arg(b.campaignIds.size()));
        auto* name = new QTableWidgetItem(b.name);
        name->setData(kIdRole, b.id);
        m_bookTable->setItem(i, 0, name);
        m_bookTable->setItem(i, 1,
                             new QTableWidgetItem(isDynamicType(b.type) ? tr("Dynamic") : tr("Standard")));
        m_bookTable->setItem(i, 2,
                             new QTableWidgetItem(assigned.isEmpty() ? tr("Not assigned")
                                                                     : assigned.join(QStringLiteral(", "))));
        if (b.id == keep)
            selectRow = i;
    }
    m_bookTable->resizeColumnsToContents();
    if (selectRow < 0 && !books.isEmpty())
        selectRow = 0;
    if (selectRow >= 0)
        m_bookTable->selectRow(selectRow);
    // Selection signals were blocked: load what is selected now (or clear the pages).
    onBookSelected();
}

const AcdAddressBook* AddressBookEditor::currentBook() const
{
    for (const AcdAddressBook& b : m_books)
        if (b.id == m_bookId)
            return &b;
    return nullptr;
}

void AddressBookEditor::onBookSelected()
{
    const QList<QTableWidgetItem*> sel = m_bookTable->selectedItems();
    const QString id =
        sel.isEmpty() ? QString() : m_bookTable->item(sel.first()->row(), 0)->data(kIdRole).toString();
    const bool changed = id != m_bookId;
    m_bookId = id;
    const AcdAddressBook* book = currentBook();
    if (!book) {
        m_entries.clear();
        fillEntries();
        m_entriesNote->setText(tr("Choose an address book above, or create one."));
        m_assignedLabel->clear();
        m_assignedList->clear();
        updateActions();
        return;
    }
    m_entriesNote->setText(
        isDynamicType(book->type)
            ? tr("A Dynamic book is filled by Directory Sync from Zoom; its entries are shown "
                 "read-only. Change them in the Directory Sync page, or in Zoom.")
            : tr("Add, edit or remove entries, or import them from a CSV file."));
    if (changed)
        m_assignResults->hide();
    fillPicker(); // the book's current assignment shows as ticks
    loadEntries();
    loadAssigned();
    updateActions();
}

void AddressBookEditor::openCreateDialog()
{
    if (m_createDialog) {
        m_createDialog->raise();
        return;
    }
    m_createDialog = new CreateAddressBookDialog(this);
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &CreateAddressBookDialog::createRequested, this, &AddressBookEditor::createBook);
    m_createDialog->open();
}

void AddressBookEditor::createBook(const QString& name, const QString& type)
{
    QPointer<CreateAddressBookDialog> dialog = m_createDialog;
    if (dialog)
        dialog->setBusy(true);
    m_clients->acdApi(this, [this, dialog, name, type](AcdApi* api, const Error& e) {
        if (!e.ok()) {
            if (dialog)
                dialog->showError(e.message);
            return;
        }
        beginBusy();
        api->createAddressBook(name, type, this, [this, dialog](const Result<AcdAddressBook>& r) {
            endBusy();
            if (!r.ok()) {
                if (dialog)
                    dialog->showError(tr("The ACD did not create the book. %1").arg(r.error().message));
                return;
            }
            if (dialog)
                dialog->accept();
            m_bookId = r.value().id; // selected once the list is read again
            showMessage(int(Banner::Kind::Success),
                        tr("Address book \"%1\" created (ID %2).").arg(r.value().name, r.value().id));
            refresh();
        });
    });
}

void AddressBookEditor::confirmDeleteBook()
{
    const AcdAddressBook* book = currentBook();
    if (!book)
        return;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Delete address book"),
                        tr("Delete the address book \"%1\" with all its entries? Agents it is assigned "
                           "to no longer see it. This cannot be undone.")
                            .arg(book->name),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteBookConfirm"));
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("deleteBookConfirmButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = book->id, name = book->name;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, name](QAbstractButton* b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        withApi(tr("Could not delete the address book."), [this, id, name](AcdApi* api) {
            api->deleteAddressBook(id, this, [this, name](const Error& e) {
                endBusy();
                if (!e.ok()) {
                    showError(tr("Could not delete the address book."), e);
                    return;
                }
                showMessage(int(Banner::Kind::Success), tr("Address book \"%1\" deleted.").arg(name));
                refresh();
            });
        });
    });
    box->open();
}

// ---------------------------------------------------------------------------------------------
// Entries

void AddressBookEditor::loadEntries()
{
    const AcdAddressBook* book = currentBook();
    if (!book)
        return;
    const QString id = book->id;
    const bool dynamic = isDynamicType(book->type);
    withApi(tr("Could not read the entries."), [this, id, dynamic](AcdApi* api) {
        auto done = [this, id](const Result<QList<AcdEntry>>& r) {
            endBusy();
            if (id != m_bookId)
                return; // another book was chosen meanwhile
            if (!r.ok()) {
                showError(tr("Could not read the entries."), r.error());
                return;
            }
            m_entries = r.value();
            fillEntries();
        };
        if (!dynamic) {
            api->entries(id, this, done);
            return;
        }
        auto collected = std::make_shared<QList<AcdEntry>>();
        api->dynamicEntries(
            id, 100, this,
            [collected](const QList<QJsonObject>& items) {
                for (const QJsonObject& o : items)
                    collected->append(AcdEntry::fromJson(o));
                return true;
            },
            [collected, done](int, int, const Error& e) {
                done(e.ok() ? Result<QList<AcdEntry>>(*collected) : Result<QList<AcdEntry>>(e));
            });
    });
}

void AddressBookEditor::fillEntries()
{
    m_entryTable->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const AcdEntry& e = m_entries.at(r);
        const QStringList values{e.firstName, e.middleName, e.lastName, e.company,
                                 e.phone,     e.mobile,     e.email};
        for (int c = 0; c < values.size(); ++c)
            m_entryTable->setItem(r, c, new QTableWidgetItem(values.at(c)));
    }
    m_entryTable->resizeColumnsToContents();
    updateActions();
}

void AddressBookEditor::openEntryDialog(bool isNew)
{
    if (m_entryDialog) {
        m_entryDialog->raise();
        return;
    }
    AcdEntry entry;
    if (!isNew) {
        const QList<QTableWidgetItem*> sel = m_entryTable->selectedItems();
        if (sel.isEmpty() || sel.first()->row() >= m_entries.size())
            return;
        entry = m_entries.at(sel.first()->row());
    }
    m_entryDialog = new EntryDialog(entry, isNew, this);
    m_entryDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_entryDialog, &EntryDialog::saveRequested, this,
            [this, isNew](const AcdEntry& e) { saveEntry(e, isNew); });
    m_entryDialog->open();
}

void AddressBookEditor::saveEntry(const AcdEntry& entry, bool isNew)
{
    const QString bookId = m_bookId;
    QPointer<EntryDialog> dialog = m_entryDialog;
    if (dialog)
        dialog->setBusy(true);
    m_clients->acdApi(this, [this, dialog, entry, isNew, bookId](AcdApi* api, const Error& e) {
        if (!e.ok()) {
            if (dialog)
                dialog->showError(e.message);
            return;
        }
        beginBusy();
        auto done = [this, dialog](const Result<AcdBatchResult>& r) {
            endBusy();
            if (!r.ok()) {
                if (dialog)
                    dialog->showError(r.error().message);
                return;
            }
            const AcdEntryResult res = r.value().results.value(0);
            if (!res.success) {
                if (dialog)
                    dialog->showError(tr("The ACD did not accept the entry: %1").arg(res.error));
                return;
            }
            if (dialog)
                dialog->accept();
            loadEntries();
        };
        if (isNew)
            api->addEntries(bookId, {entry}, this, done);
        else
            api->updateEntries(bookId, {entry}, this, done);
    });
}

void AddressBookEditor::confirmRemoveEntry()
{
    const QList<QTableWidgetItem*> sel = m_entryTable->selectedItems();
    if (sel.isEmpty() || sel.first()->row() >= m_entries.size())
        return;
    const AcdEntry entry = m_entries.at(sel.first()->row());
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove entry"),
                        tr("Remove %1 from the address book?").arg(fullName(entry.firstName, entry.lastName)),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeEntryConfirm"));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("removeEntryConfirmButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString bookId = m_bookId;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, bookId, entry](QAbstractButton* b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        withApi(tr("Could not remove the entry."), [this, bookId, entry](AcdApi* api) {
            api->deleteEntry(bookId, entry.id, this, [this](const Error& e) {
                endBusy();
                if (!e.ok())
                    showError(tr("Could not remove the entry."), e);
                loadEntries();
            });
        });
    });
    box->open();
}

void AddressBookEditor::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import entries from CSV"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void AddressBookEditor::chooseExportFile()
{
    const AcdAddressBook* book = currentBook();
    if (!book)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export entries to CSV"), book->name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvFile(path);
}

void AddressBookEditor::importCsvFile(const QString& path)
{
    const AcdAddressBook* book = currentBook();
    if (!book || isDynamicType(book->type))
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(int(Banner::Kind::Error),
                    tr("Cannot read %1: %2. Check the file exists and you may read it.")
                        .arg(path, file.errorString()));
        return;
    }
    const CsvImportPreview preview = AddressBookCsv::parse(file.readAll(), false);
    if (!preview.error.ok()) {
        showMessage(int(Banner::Kind::Error),
                    tr("%1: %2").arg(QFileInfo(path).fileName(), preview.error.message));
        return;
    }
    if (m_importDialog)
        m_importDialog->close();
    m_importDialog = new CsvImportDialog(preview, QFileInfo(path).fileName(), book->name, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &CsvImportDialog::importRequested, this, &AddressBookEditor::runImport);
    m_importDialog->open();
}

void AddressBookEditor::runImport(const QList<AcdEntry>& entries)
{
    QPointer<CsvImportDialog> dialog = m_importDialog;
    const QString bookId = m_bookId;
    if (dialog)
        dialog->setBusy(true);
    m_clients->acdApi(this, [this, dialog, bookId, entries](AcdApi* api, const Error& e) {
        if (!e.ok()) {
            if (dialog)
                dialog->finishImport(0, 0, e);
            return;
        }
        beginBusy();
        // Batch after batch; each answer is shown entry by entry before the next is sent.
        struct State
        {
            int written = 0, refused = 0;
        };
        auto state = std::make_shared<State>();
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        QPointer<AcdApi> apiGuard(api);
        *next = [this, dialog, bookId, entries, state, next, apiGuard](qsizetype start) {
            if (start >= entries.size() || !apiGuard) {
                endBusy();
                if (dialog)
                    dialog->finishImport(state->written, state->refused, {});
                loadEntries();
                *next = nullptr;
                return;
            }
            const QList<AcdEntry> batch = entries.mid(start, kBatchSize);
            apiGuard->addEntries(bookId, batch, this,
                                 [this, dialog, state, next, start](const Result<AcdBatchResult>& r) {
                                     if (!r.ok()) {
                                         endBusy();
                                         if (dialog)
                                             dialog->finishImport(state->written, state->refused, r.error());
                                         loadEntries();
                                         *next = nullptr;
                                         return;
                                     }
                                     for (const AcdEntryResult& res : r.value().results) {
                                         (res.success ? state->written : state->refused) += 1;
                                         if (dialog)
                                             dialog->setEntryResult(int(start) + res.index, res);
                                     }
                                     (*next)(start + kBatchSize);
                                 });
        };
        (*next)(0);
    });
}

void AddressBookEditor::exportCsvFile(const QString& path)
{
    const AcdAddressBook* book = currentBook();
    if (!book)
        return;
    const QByteArray csv = AddressBookCsv::exportCsv(m_entries, isDynamicType(book->type));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        showMessage(int(Banner::Kind::Error),
                    tr("Cannot write %1: %2. Choose a folder you may write to.").arg(path, f.errorString()));
        return;
    }
    showMessage(int(Banner::Kind::Success),
                tr("Entries exported: %1, to %2").arg(m_entries.size()).arg(path));
}

// ---------------------------------------------------------------------------------------------
// Assignment

QString AddressBookEditor::assignType() const
{
    return m_assignType->currentData().toString();
}

void AddressBookEditor::loadPicker()
{
    const QString type = assignType();
    m_picker->setVisible(type != QLatin1String("Everyone") && type != QLatin1String("Campaign"));
    m_campaignIds->setVisible(type == QLatin1String("Campaign"));
    if (type == QLatin1String("Everyone"))
        m_pickerNote->setText(tr("Every agent of the business unit sees the book."));
    else if (type == QLatin1String("Campaign"))
        m_pickerNote->setText(tr("Type the campaign IDs from the ACD (Syncdesk cannot list campaigns)."));
    else
        m_pickerNote->setText(tr("Tick who gets the book; ticked are those it is assigned to now."));
    if (type == QLatin1String("Everyone") || type == QLatin1String("Campaign") || m_entities.contains(type)) {
        fillPicker();
        return;
    }
    auto store = [this, type](const QList<std::pair<QString, QString>>& items) {
        m_entities.insert(type, items);
        if (assignType() == type)
            fillPicker();
    };
    withApi(tr("Could not read the list to choose from."), [this, type, store](AcdApi* api) {
        auto failed = [this](const Error& e) {
            endBusy();
            showError(tr("Could not read the list to choose from."), e);
        };
        if (type == QLatin1String("Team")) {
            api->teams(this, [this, store, failed](const Result<QList<AcdTeam>>& r) {
                if (!r.ok())
                    return failed(r.error());
                endBusy();
                QList<std::pair<QString, QString>> items;
                for (const AcdTeam& t : r.value())
                    items.append({t.id, t.name});
                store(items);
            });
        } else if (type == QLatin1String("Skill")) {
            api->skills(this, [this, store, failed](const Result<QList<AcdSkill>>& r) {
                if (!r.ok())
                    return failed(r.error());
                endBusy();
                QList<std::pair<QString, QString>> items;
                for (const AcdSkill& s : r.value())
                    items.append({s.id, s.name});
                store(items);
            });
        } else {
            auto items = std::make_shared<QList<std::pair<QString, QString>>>();
            api->agents(
                100, this,
                [items](const QList<QJsonObject>& page) {
                    for (const QJsonObject& o : page) {
                        const QJsonValue id = o.value(QStringLiteral("agentId"));
                        items->append({id.isString() ? id.toString() : QString::number(qint64(id.toDouble())),
                                       fullName(o.value(QStringLiteral("firstName")).toString(),
                                                o.value(QStringLiteral("lastName")).toString())});
                    }
                    return true;
                },
                [this, items, store, failed](int, int, const Error& e) {
                    if (!e.ok())
                        return failed(e);
                    endBusy();
                    store(*items);
                });
        }
    });
}

void AddressBookEditor::fillPicker()
{
    const QString type = assignType();
    const AcdAddressBook* book = currentBook();
    QStringList assigned;
    if (book) {
        if (type == QLatin1String("Team"))
            assigned = book->teamIds;
        else if (type == QLatin1String("Agent"))
            assigned = book->agentIds;
        else if (type == QLatin1String("Skill"))
            assigned = book->skillIds;
        else if (type == QLatin1String("Campaign") && m_campaignIds->text().isEmpty())
            m_campaignIds->setText(book->campaignIds.join(QStringLiteral(", ")));
    }
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    for (const auto& [id, label] : m_entities.value(type)) {
        auto* item = new QListWidgetItem(label.isEmpty() ? id : label, m_picker);
        item->setData(kIdRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(assigned.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    updateActions();
}

void AddressBookEditor::applyAssignment()
{
    const AcdAddressBook* book = currentBook();
    if (!book)
        return;
    const QString type = assignType();
    QStringList ids;
    QHash<QString, QString> labels;
    if (type == QLatin1String("Campaign")) {
        for (const QString& part :
             m_campaignIds->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
            ids.append(part);
    } else if (type != QLatin1String("Everyone")) {
        for (int i = 0; i < m_picker->count(); ++i) {
            const QListWidgetItem* it = m_picker->item(i);
            if (it->checkState() == Qt::Checked) {
                ids.append(it->data(kIdRole).toString());
                labels.insert(ids.last(), it->text());
            }
        }
    }
    const QString bookId = book->id;
    const QString typeLabel = m_assignType->currentText();
    withApi(tr("Could not assign the address book."), [this, bookId, type, ids, labels,
                                                       typeLabel](AcdApi* api) {
        api->assign(
            bookId, type, ids, this, [this, labels, typeLabel](const Result<QList<AcdAssignResult>>& r) {
                endBusy();
                if (!r.ok()) {
                    showError(tr("Could not assign the address book."), r.error());
                    return;
                }
                const QList<AcdAssignResult>& results = r.value();
                int failed = 0;
                m_assignResults->setRowCount(int(results.size()));
                for (int i = 0; i < results.size(); ++i) {
                    const AcdAssignResult& a = results.at(i);
                    failed += a.success ? 0 : 1;
                    const QString who =
                        a.entityId.isEmpty() ? typeLabel : labels.value(a.entityId, a.entityId);
                    m_assignResults->setItem(i, 0, new QTableWidgetItem(who));
                    m_assignResults->setItem(i, 1, new QTableWidgetItem(typeLabel));
                    auto* res = new QTableWidgetItem(a.success ? tr("Assigned")
                                                               : tr("Not assigned: %1").arg(a.error));
                    if (!a.success)
                        res->setForeground(toneText(Tone::Error));
                    m_assignResults->setItem(i, 2, res);
                }
                m_assignResults->resizeColumnsToContents();
                m_assignResults->show();
                if (failed > 0)
                    showMessage(int(Banner::Kind::Warning),
                                tr("The ACD refused %1 of %2 assignments; see the reasons in the list. "
                                   "Check the IDs and try those again.")
                                    .arg(failed)
                                    .arg(results.size()));
                else
                    showMessage(int(Banner::Kind::Success), tr("Assignments made: %1").arg(results.size()));
                refresh(); // the list's summary and the agents reached
            });
    });
}

void AddressBookEditor::loadAssigned()
{
    const QString id = m_bookId;
    if (id.isEmpty())
        return;
    withApi(tr("Could not read who the book is assigned to."), [this, id](AcdApi* api) {
        api->assignedAgents(id, this, [this, id](const Result<QList<AcdAgentRef>>& r) {
            endBusy();
            if (id != m_bookId)
                return;
            if (!r.ok()) {
                showError(tr("Could not read who the book is assigned to."), r.error());
                return;
            }
            m_assignedList->clear();
            for (const AcdAgentRef& a : r.value())
                m_assignedList->addItem(fullName(a.firstName, a.lastName));
            m_assignedLabel->setText(r.value().isEmpty()
                                         ? tr("No agent sees this book yet.")
                                         : tr("Agents who see this book: %1").arg(r.value().size()));
        });
    });
}

} // namespace syncdesk
