#include "AddressBookDialogs.h"

#include "widgets/Banner.h"
#include "widgets/TextStyles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {

QProgressBar* makeBusyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

Banner* makeErrorBanner(QWidget* parent, const char* name)
{
    auto* b = new Banner(parent);
    b->setObjectName(QLatin1String(name));
    b->setKind(Banner::Kind::Error);
    b->hide();
    return b;
}

// Rows that will not be imported: explicit colours (not the palette's), so they read as errors on
// light and dark themes alike.
void markRow(QTableWidget* table, int row, bool bad)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem* it = table->item(row, c);
        if (!it)
            continue;
        if (bad) {
            it->setBackground(toneBackground(Tone::Error));
            it->setForeground(toneText(Tone::Error));
        } else {
            it->setData(Qt::BackgroundRole, {});
            it->setData(Qt::ForegroundRole, {});
        }
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

CreateAddressBookDialog::CreateAddressBookDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("createBookDialog"));
    setWindowTitle(tr("New address book"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("bookNameEdit"));
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);

    m_standard = new QRadioButton(tr("Standard: entries added and edited here or imported from CSV"), this);
    m_standard->setObjectName(QStringLiteral("standardRadio"));
    m_standard->setChecked(true);
    m_dynamic = new QRadioButton(tr("Dynamic: filled by Directory Sync from Zoom"), this);
    m_dynamic->setObjectName(QStringLiteral("dynamicRadio"));
    layout->addWidget(m_standard);
    layout->addWidget(m_dynamic);

    m_error = makeErrorBanner(this, "createBookError");
    layout->addWidget(m_error);
    m_busy = makeBusyBar(this);
    layout->addWidget(m_busy);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("createBookOkButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    // Accept is the editor's, after the ACD created the book.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            emit createRequested(name(), type());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateAddressBookDialog::updateButton);
    updateButton();
}

QString CreateAddressBookDialog::name() const
{
    return m_name->text().trimmed();
}

QString CreateAddressBookDialog::type() const
{
    return m_dynamic->isChecked() ? QStringLiteral("Dynamic") : QStringLiteral("Standard");
}

void CreateAddressBookDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    if (busy)
        m_error->hide();
    m_name->setReadOnly(busy);
    updateButton();
}

void CreateAddressBookDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->showMessage(Banner::Kind::Error, message);
    m_error->show();
}

void CreateAddressBookDialog::updateButton()
{
    m_ok->setEnabled(!m_isBusy && !name().isEmpty());
}

// ---------------------------------------------------------------------------------------------

EntryDialog::EntryDialog(const AcdEntry& entry, bool isNew, QWidget* parent)
    : QDialog(parent), m_original(entry)
{
    setObjectName(QStringLiteral("entryDialog"));
    setWindowTitle(isNew ? tr("New entry") : tr("Edit entry"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList values{entry.firstName, entry.middleName, entry.lastName, entry.company,
                             entry.phone,     entry.mobile,     entry.email};
    const QStringList& fields = AddressBookCsv::fieldNames();
    for (int i = 0; i < fields.size(); ++i) {
        auto* edit = new QLineEdit(values.at(i), this);
        edit->setObjectName(QStringLiteral("entry_") + fields.at(i));
        const bool required =
            fields.at(i) == QLatin1String("firstName") || fields.at(i) == QLatin1String("lastName");
        form->addRow(required ? tr("%1 (required):").arg(AddressBookCsv::fieldLabel(fields.at(i)))
                              : tr("%1:").arg(AddressBookCsv::fieldLabel(fields.at(i))),
                     edit);
        m_edits.insert(fields.at(i), edit);
        // An existing entry is judged at once; a new one field by field as it is filled in.
        m_touched.insert(fields.at(i), !isNew);
        connect(edit, &QLineEdit::textEdited, this, [this, f = fields.at(i)] {
            m_touched.insert(f, true);
            validate();
        });
    }
    m_edits.value(QStringLiteral("phone"))->setPlaceholderText(tr("e.g. +49 30 1234567"));
    m_edits.value(QStringLiteral("email"))->setPlaceholderText(tr("name@example.com"));
    layout->addLayout(form);

    m_issues = makeWrappedLabel(QString(), false, this);
    m_issues->setObjectName(QStringLiteral("entryIssues"));
    QPalette pal = m_issues->palette();
    pal.setColor(QPalette::WindowText, toneText(Tone::Error));
    m_issues->setPalette(pal);
    layout->addWidget(m_issues);
    m_error = makeErrorBanner(this, "entryError");
    layout->addWidget(m_error);
    m_busy = makeBusyBar(this);
    layout->addWidget(m_busy);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew ? tr("Add") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("entrySaveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Everything is judged now, including fields never touched.
        for (auto it = m_touched.begin(); it != m_touched.end(); ++it)
            it.value() = true;
        validate();
        if (m_save->isEnabled())
            emit saveRequested(this->entry());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AcdEntry EntryDialog::entry() const
{
    AcdEntry e = m_original;
    auto v = [this](const char* f) { return m_edits.value(QLatin1String(f))->text().trimmed(); };
    e.firstName = v("firstName");
    e.middleName = v("middleName");
    e.lastName = v("lastName");
    e.company = v("company");
    e.phone = v("phone");
    e.mobile = v("mobile");
    e.email = v("email");
    return e;
}

QList<EntryIssue> EntryDialog::issues() const
{
    return AddressBookCsv::validate(entry(), false);
}

void EntryDialog::validate()
{
    const QList<EntryIssue> all = issues();
    QStringList shown;
    QSet<QString> bad;
    for (const EntryIssue& i : all) {
        bad.insert(i.field);
        if (m_touched.value(i.field))
            shown.append(i.message);
    }
    m_issues->setText(shown.join(QLatin1Char('\n')));
    m_issues->setVisible(!shown.isEmpty());
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
        const bool flagged = bad.contains(it.key()) && m_touched.value(it.key());
        it.value()->setToolTip(flagged ? shown.join(QLatin1Char('\n')) : QString());
        // A visible mark on the field itself, not only the sentence below.
        it.value()->setStyleSheet(flagged ? QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(toneBorder(Tone::Error).name())
                                          : QString());
    }
    m_save->setEnabled(!m_isBusy && all.isEmpty());
}

void EntryDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    if (busy)
        m_error->hide();
    for (QLineEdit* e : std::as_const(m_edits))
        e->setReadOnly(busy);
    validate();
}

void EntryDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->showMessage(Banner::Kind::Error, message);
    m_error->show();
}

// ---------------------------------------------------------------------------------------------

CsvImportDialog::CsvImportDialog(const CsvImportPreview& preview, const QString& fileName,
                                 const QString& bookName, QWidget* parent)
    : QDialog(parent), m_preview(preview)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import into %1").arg(bookName));
    auto* layout = new QVBoxLayout(this);
    auto* heading = makeWrappedLabel(tr("File: %1").arg(fileName), false, this);
    makeHeading(heading);
    layout->addWidget(heading);

    m_summary = makeWrappedLabel(QString(), false, this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    const int bad = preview.invalidCount();
    QString summary = tr("Rows: %1. Valid: %2. With errors, not imported: %3.")
                          .arg(preview.rows.size())
                          .arg(preview.rows.size() - bad)
                          .arg(bad);
    for (const QString& note : preview.notes)
        summary += QLatin1Char('\n') + note;
    m_summary->setText(summary);
    layout->addWidget(m_summary);

    const QStringList& fields = AddressBookCsv::fieldNames();
    QStringList headers{tr("Line")};
    for (const QString& f : fields)
        headers.append(AddressBookCsv::fieldLabel(f));
    headers.append(tr("Problems / result"));
    const int resultCol = int(headers.size()) - 1;
    m_table = new QTableWidget(int(preview.rows.size()), int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("Import preview"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < preview.rows.size(); ++r) {
        const CsvImportRow& row = preview.rows.at(r);
        const AcdEntry& e = row.entry;
        const QStringList values{QString::number(row.line),
                                 e.firstName,
                                 e.middleName,
                                 e.lastName,
                                 e.company,
                                 e.phone,
                                 e.mobile,
                                 e.email};
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(values.at(c)));
        QStringList problems;
        for (const EntryIssue& i : row.issues)
            problems.append(i.message);
        auto* problemItem = new QTableWidgetItem(problems.join(QLatin1Char(' ')));
        problemItem->setToolTip(problemItem->text()); // the whole sentence, however narrow the column
        m_table->setItem(r, resultCol, problemItem);
        markRow(m_table, r, !row.ok());
        if (row.ok())
            m_rowOfValid.append(r);
    }
    m_table->resizeColumnsToContents();
    // The problems column takes what is left and wraps: German and Japanese sentences are long.
    m_table->setColumnWidth(resultCol, qMax(m_table->columnWidth(resultCol), 240));
    m_table->setWordWrap(true);
    // Rows grow to the wrapped sentence once the stretched column has its real width (a file of
    // thousands of rows keeps one line each; the tooltip has the whole sentence).
    if (preview.rows.size() <= 2000)
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this](int section) {
            if (section == m_table->columnCount() - 1)
                m_table->resizeRowsToContents();
        });
    layout->addWidget(m_table, 1);

    m_result = new Banner(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->hide();
    layout->addWidget(m_result);
    m_busy = makeBusyBar(this);
    layout->addWidget(m_busy);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import valid rows (%1)").arg(m_rowOfValid.size()),
                                  QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importValidButton"));
    m_import->setEnabled(!m_rowOfValid.isEmpty());
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("importCloseButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_done && m_import->isEnabled())
            emit importRequested(m_preview.validEntries());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 500);
}

void CsvImportDialog::setEntryResult(int validIndex, const AcdEntryResult& result)
{
    if (validIndex < 0 || validIndex >= m_rowOfValid.size())
        return;
    const int row = m_rowOfValid.at(validIndex);
    QTableWidgetItem* it = m_table->item(row, m_table->columnCount() - 1);
    it->setText(result.success ? (result.entryId.isEmpty() ? tr("Imported")
                                                           : tr("Imported (entry %1)").arg(result.entryId))
                               : tr("Refused by the ACD: %1").arg(result.error));
    it->setToolTip(it->text());
    markRow(m_table, row, !result.success);
    m_table->resizeRowToContents(row);
}

void CsvImportDialog::finishImport(int written, int refused, const Error& error)
{
    m_done = true;
    setBusy(false);
    m_import->setEnabled(false);
    QString text = tr("Imported: %1. Refused by the ACD: %2. Not imported because of errors in the file: %3.")
                       .arg(written)
                       .arg(refused)
                       .arg(m_preview.invalidCount());
    if (!error.ok())
        text +=
            QLatin1Char('\n') +
            tr("The import stopped: %1 Rows without a result were not written; import the file again once "
               "the ACD answers (rows already written would then be added a second time, so remove them "
               "from the file first).")
                .arg(error.message);
    m_result->showMessage(!error.ok() || refused > 0 ? Banner::Kind::Warning : Banner::Kind::Success, text);
    m_result->show();
}

void CsvImportDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_import->setEnabled(!busy && !m_done && !m_rowOfValid.isEmpty());
}

} // namespace syncdesk
