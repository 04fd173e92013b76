#include "DirectorySyncEditor.h"

#include "acd/AcdApi.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "directory/DirectoryPlanModel.h"
#include "directory/DirectoryRunPane.h"
#include "directory/NumberRulesEditor.h"
#include "widgets/Banner.h"
#include "widgets/ComboCellTable.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
// Zoom fields offered in the mapping combos; any other /v2/users string field can be typed.
const char* const kZoomFields[] = {"first_name", "last_name",    "email",   "dept",
                                   "job_title",  "display_name", "location"};

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QString joinList(const QStringList& list)
{
    return list.join(QStringLiteral(", "));
}

QFormLayout* makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

DirectorySyncEditor::DirectorySyncEditor(SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_clients(clients)
{
    setObjectName(QStringLiteral("directorySyncEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    layout->addWidget(
        makeWrappedLabel(tr("Directory Sync fills a Dynamic address book of the ACD with the Zoom users, "
                            "so agents find colleagues by name and call them. Configure it here, check "
                            "the result with a dry run, then apply."),
                         true, this));
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("directoryBanner"));
    m_banner->label()->setObjectName(QStringLiteral("directoryBannerLabel"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // Configuration on the left (it scrolls), the dry run's review on the right at full height:
    // the table of changes is what an admin reads most, so it never sits below the fold.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("directorySplitter"));
    splitter->setChildrenCollapsible(false);
    auto* configScroll = new QScrollArea(splitter);
    configScroll->setObjectName(QStringLiteral("directoryConfigScroll"));
    configScroll->setWidgetResizable(true);
    configScroll->setFrameShape(QFrame::NoFrame);
    configScroll->setFocusPolicy(Qt::NoFocus); // a page container, not a Tab stop (see PageScroll)
    auto* config = new QWidget(configScroll);
    auto* configLayout = new QVBoxLayout(config);
    configLayout->setContentsMargins(0, 0, 8, 0);
    configLayout->setSpacing(14);
    configLayout->addWidget(makeTargetBox());
    configLayout->addWidget(makeMappingBox());
    configLayout->addWidget(makeTranslationBox());
    configLayout->addWidget(makeFilterBox());
    configLayout->addWidget(makeFileRow());

    m_configErrorLabel = makeWrappedLabel(QString(), false, this);
    m_configErrorLabel->setObjectName(QStringLiteral("configErrorLabel"));
    m_configErrorLabel->setStyleSheet(toneTextCss(Tone::Error));
    m_configErrorLabel->hide();
    configLayout->addWidget(m_configErrorLabel);
    configLayout->addStretch(1);
    configScroll->setWidget(config);

    auto* runBox = new QGroupBox(tr("Dry run and apply"), splitter);
    auto* runLayout = new QVBoxLayout(runBox);
    m_runPane = new DirectoryRunPane(clients, runBox);
    runLayout->addWidget(m_runPane);
    splitter->addWidget(configScroll);
    splitter->addWidget(runBox);
    // The configuration gets the width it needs (German and Japanese labels are wider), the
    // review the rest; the admin can move the handle.
    configScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    configScroll->setMinimumWidth(config->minimumSizeHint().width() +
                                  configScroll->verticalScrollBar()->sizeHint().width());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // While a run is in flight the configuration it was started with stays what is shown.
    connect(m_runPane, &DirectoryRunPane::busyChanged, this, [this](bool busy) {
        for (QWidget* w : findChildren<QGroupBox*>()) {
            if (!w->isAncestorOf(m_runPane))
                w->setEnabled(!busy);
        }
    });
    connect(clients->session(), &ProfileSession::profileChanged, this, [this] {
        m_booksLoadedOnce = false;
        refresh();
        if (isVisible())
            refreshAddressBooks();
    });
    refresh();
}

QWidget* DirectorySyncEditor::makeTargetBox()
{
    auto* box = new QGroupBox(tr("Target address book"), this);
    auto* form = makeForm(box);
    m_enabledCheck = new QCheckBox(tr("Directory Sync is on for this profile"), box);
    m_enabledCheck->setObjectName(QStringLiteral("directoryEnabledCheck"));
    form->addRow(m_enabledCheck);

    auto* bookRow = new QHBoxLayout;
    m_bookCombo = new QComboBox(box);
    m_bookCombo->setObjectName(QStringLiteral("addressBookCombo"));
    // Room for about 32 characters from the start: the books arrive after the page is laid out,
    // and the configuration column's width is fixed from its first layout.
    m_bookCombo->setMinimumContentsLength(32);
    m_bookCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_refreshBooksButton = new QPushButton(tr("Refresh"), box);
    m_refreshBooksButton->setObjectName(QStringLiteral("refreshBooksButton"));
    m_createToggle = new QPushButton(tr("Create…"), box);
    m_createToggle->setObjectName(QStringLiteral("createBookToggle"));
    // The combo on its own row: a book's name is never cut off by the buttons beside it.
    bookRow->addWidget(m_refreshBooksButton);
    bookRow->addWidget(m_createToggle);
    bookRow->addStretch(1);
    form->addRow(tr("Dynamic address book:"), m_bookCombo);
    form->addRow(QString(), bookRow);

    m_createRow = new QWidget(box);
    auto* createLayout = new QHBoxLayout(m_createRow);
    createLayout->setContentsMargins(0, 0, 0, 0);
    m_createNameEdit = new QLineEdit(m_createRow);
    m_createNameEdit->setObjectName(QStringLiteral("createBookNameEdit"));
    m_createNameEdit->setAccessibleName(tr("Name of the new Dynamic address book"));
    m_createNameEdit->setPlaceholderText(tr("Name of the new Dynamic address book"));
    m_createButton = new QPushButton(tr("Create Dynamic book"), m_createRow);
    m_createButton->setObjectName(QStringLiteral("createBookButton"));
    createLayout->addWidget(m_createNameEdit, 1);
    createLayout->addWidget(m_createButton);
    m_createRow->hide();
    form->addRow(QString(), m_createRow);

    m_booksStatus = makeWrappedLabel(QString(), true, box);
    m_booksStatus->setObjectName(QStringLiteral("booksStatusLabel"));
    form->addRow(QString(), m_booksStatus);

    m_maxRemovalSpin = new QSpinBox(box);
    m_maxRemovalSpin->setObjectName(QStringLiteral("maxRemovalSpin"));
    m_maxRemovalSpin->setRange(0, 100);
    m_maxRemovalSpin->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Ask again before removing more than:"), m_maxRemovalSpin);
    form->addRow(
        makeWrappedLabel(tr("Share of the book's entries one apply may remove without a second, explicit "
                            "confirmation."),
                         true, box));

    connect(m_enabledCheck, &QCheckBox::toggled, this, &DirectorySyncEditor::onEdited);
    connect(m_maxRemovalSpin, &QSpinBox::valueChanged, this, &DirectorySyncEditor::onEdited);
    connect(m_bookCombo, &QComboBox::currentIndexChanged, this, &DirectorySyncEditor::onBookChosen);
    connect(m_refreshBooksButton, &QPushButton::clicked, this, &DirectorySyncEditor::refreshAddressBooks);
    connect(m_createToggle, &QPushButton::clicked, this, [this] {
        m_createRow->setVisible(!m_createRow->isVisible());
        if (m_createRow->isVisible())
            m_createNameEdit->setFocus();
    });
    connect(m_createButton, &QPushButton::clicked, this, &DirectorySyncEditor::createAddressBook);
    connect(m_createNameEdit, &QLineEdit::returnPressed, this, &DirectorySyncEditor::createAddressBook);
    return box;
}

QWidget* DirectorySyncEditor::makeMappingBox()
{
    auto* box = new QGroupBox(tr("Attribute mapping"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(
        makeWrappedLabel(tr("Which Zoom field fills each field of the address book. Choose one or type the "
                            "name of any field of a Zoom user (as in /v2/users)."),
                         true, box));
    const QStringList& fields = DirectoryMapping::acdFields();
    m_attributes = new QTableWidget(int(fields.size()), 2, box);
    m_attributes->setObjectName(QStringLiteral("attributeTable"));
    m_attributes->setAccessibleName(tr("Attribute mapping"));
    m_attributes->setAccessibleDescription(tr("Which ACD field each directory attribute is written to"));
    m_attributes->setHorizontalHeaderLabels({tr("ACD field"), tr("Zoom field")});
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < fields.size(); ++row) {
        auto* label = new QTableWidgetItem(
            QStringLiteral("%1 (%2)").arg(DirectoryPlanModel::fieldLabel(fields[row]), fields[row]));
        label->setData(Qt::UserRole, fields[row]);
        m_attributes->setItem(row, 0, label);
        auto* combo = new QComboBox(m_attributes);
        combo->setObjectName(QStringLiteral("zoomField_") + fields[row]);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        for (const char* f : kZoomFields)
            combo->addItem(QString::fromLatin1(f), QString::fromLatin1(f));
        combo->addItem(tr("phone (first Zoom Phone number)"), QStringLiteral("phone"));
        combo->addItem(tr("extension (Zoom Phone extension)"), QStringLiteral("extension"));
        combo->addItem(tr("not mapped"), QString());
        connect(combo, &QComboBox::currentTextChanged, this, &DirectorySyncEditor::onEdited);
        m_attributes->setCellWidget(row, 1, combo);
        comboCells::nameCell(m_attributes, row, 1, combo);
        m_fieldCombos.append(combo);
    }
    m_attributes->resizeRowsToContents();
    int height = m_attributes->horizontalHeader()->sizeHint().height() + 2 * m_attributes->frameWidth();
    for (int row = 0; row < m_attributes->rowCount(); ++row)
        height += m_attributes->rowHeight(row);
    m_attributes->setMinimumHeight(height);
    v->addWidget(m_attributes);

    auto* row = new QHBoxLayout;
    auto* reset = new QPushButton(tr("Reset to defaults"), box);
    reset->setObjectName(QStringLiteral("resetMappingButton"));
    row->addWidget(reset);
    row->addStretch(1);
    v->addLayout(row);

    m_appendExtensionCheck = new QCheckBox(tr("Append the Zoom Phone extension to the last name"), box);
    m_appendExtensionCheck->setObjectName(QStringLiteral("appendExtensionCheck"));
    m_extensionExample = makeWrappedLabel(QString(), true, box);
    m_extensionExample->setObjectName(QStringLiteral("extensionExampleLabel"));
    v->addWidget(m_appendExtensionCheck);
    v->addWidget(m_extensionExample);

    connect(reset, &QPushButton::clicked, this, [this] {
        const DirectoryMapping defaults = DirectoryMapping::defaults();
        DirectoryMapping m = mapping();
        m.attributes = defaults.attributes;
        m.appendExtension = defaults.appendExtension;
        showMapping(m);
        onEdited();
    });
    connect(m_appendExtensionCheck, &QCheckBox::toggled, this, &DirectorySyncEditor::onEdited);
    return box;
}

QWidget* DirectorySyncEditor::makeTranslationBox()
{
    auto* box = new QGroupBox(tr("Number translation"), this);
    auto* v = new QVBoxLayout(box);
    m_rules = new NumberRulesEditor(m_clients, box);
    v->addWidget(m_rules);
    connect(m_rules, &NumberRulesEditor::rulesChanged, this, &DirectorySyncEditor::onEdited);
    return box;
}

QWidget* DirectorySyncEditor::makeFilterBox()
{
    auto* box = new QGroupBox(tr("Users"), this);
    auto* v = new QVBoxLayout(box);
    // A check box label does not wrap: the explanation goes below it (in Japanese the one-line
    // label made the whole page 730 px wider).
    m_onlyActiveCheck = new QCheckBox(tr("Only active users"), box);
    m_onlyActiveCheck->setObjectName(QStringLiteral("onlyActiveCheck"));
    v->addWidget(m_onlyActiveCheck);
    v->addWidget(
        makeWrappedLabel(tr("Inactive users are skipped with a reason; pending users always are (they "
                            "have no Zoom user ID yet)."),
                         true, box));
    v->addWidget(
        makeWrappedLabel(tr("Comma-separated lists, compared without case; an empty list is no condition. "
                            "User types are Zoom's numbers (1 Basic, 2 Licensed); statuses are active, "
                            "inactive or pending."),
                         true, box));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Departments"), box), 0, 1);
    grid->addWidget(new QLabel(tr("E-mail domains"), box), 0, 2);
    grid->addWidget(new QLabel(tr("User types"), box), 0, 3);
    grid->addWidget(new QLabel(tr("Statuses"), box), 0, 4);
    grid->addWidget(new QLabel(tr("Only include:"), box), 1, 0);
    grid->addWidget(new QLabel(tr("Exclude:"), box), 2, 0);
    auto make = [&](const QString& name, const QString& placeholder, int r, int c) {
        auto* e = new QLineEdit(box);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textEdited, this, &DirectorySyncEditor::onEdited);
        grid->addWidget(e, r, c);
        return e;
    };
    m_includeDepartments = make(QStringLiteral("includeDepartmentsEdit"), tr("e.g. Sales, Support"), 1, 1);
    m_includeDomains = make(QStringLiteral("includeDomainsEdit"), tr("e.g. example.com"), 1, 2);
    m_includeTypes = make(QStringLiteral("includeTypesEdit"), tr("e.g. 2"), 1, 3);
    m_includeStatuses = make(QStringLiteral("includeStatusesEdit"), tr("e.g. active"), 1, 4);
    m_excludeDepartments = make(QStringLiteral("excludeDepartmentsEdit"), tr("e.g. Contractors"), 2, 1);
    m_excludeDomains = make(QStringLiteral("excludeDomainsEdit"), tr("e.g. partner.example"), 2, 2);
    m_excludeTypes = make(QStringLiteral("excludeTypesEdit"), tr("e.g. 1"), 2, 3);
    m_excludeStatuses = make(QStringLiteral("excludeStatusesEdit"), tr("e.g. inactive"), 2, 4);
    for (int c = 1; c <= 4; ++c)
        grid->setColumnStretch(c, 1);
    v->addLayout(grid);
    connect(m_onlyActiveCheck, &QCheckBox::toggled, this, &DirectorySyncEditor::onEdited);
    return box;
}

QWidget* DirectorySyncEditor::makeFileRow()
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* import = new QPushButton(tr("Import mapping…"), row);
    import->setObjectName(QStringLiteral("importMappingButton"));
    auto* exportButton = new QPushButton(tr("Export mapping…"), row);
    exportButton->setObjectName(QStringLiteral("exportMappingButton"));
    h->addWidget(import);
    h->addWidget(exportButton);
    h->addWidget(makeWrappedLabel(tr("The same JSON file as syncdeskctl directory --mapping."), true, row),
                 1);
    connect(import, &QPushButton::clicked, this, &DirectorySyncEditor::importWithDialog);
    connect(exportButton, &QPushButton::clicked, this, &DirectorySyncEditor::exportWithDialog);
    return row;
}

void DirectorySyncEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_booksLoadedOnce && m_clients->session()->hasProfile()) {
        m_booksLoadedOnce = true;
        refreshAddressBooks();
    }
}

void DirectorySyncEditor::refresh()
{
    m_loading = true;
    const DirectorySyncSettings& s = m_clients->session()->profile().directorySync;
    m_enabledCheck->setChecked(s.enabled);
    m_maxRemovalSpin->setValue(s.maxRemovalPercent);
    m_bookCombo->clear();
    if (!s.addressBookId.isEmpty())
        m_bookCombo->addItem(s.addressBookName.isEmpty() ? s.addressBookId : s.addressBookName,
                             s.addressBookId);
    else
        m_bookCombo->addItem(tr("(choose a Dynamic address book)"), QString());
    m_banner->hide();
    if (s.mapping.isEmpty()) {
        showMapping(DirectoryMapping::defaults());
    } else {
        const Result<DirectoryMapping> m = DirectoryMapping::fromJson(s.mapping);
        if (m.ok()) {
            showMapping(m.value());
        } else {
            // Kept in the profile as it is until the user changes something here.
            showMapping(DirectoryMapping::defaults());
            m_banner->showMessage(
                Banner::Kind::Error,
                tr("The Directory Sync mapping saved in this profile cannot be read: %1 The "
                   "defaults are shown; the saved mapping is replaced only when you change "
                   "something here.")
                    .arg(m.error().message));
            m_banner->show();
        }
    }
    m_loading = false;
    validate();
}

void DirectorySyncEditor::showMapping(const DirectoryMapping& m)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QStringList& fields = DirectoryMapping::acdFields();
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox* combo = m_fieldCombos[i];
        const QString zoom = m.zoomFieldFor(fields[i]);
        const int index = combo->findData(zoom);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(zoom);
    }
    m_appendExtensionCheck->setChecked(m.appendExtension);
    m_rules->setRules(m.numberTranslation);
    m_includeDepartments->setText(joinList(m.include.departments));
    m_includeDomains->setText(joinList(m.include.domains));
    m_includeTypes->setText(joinList(m.include.userTypes));
    m_includeStatuses->setText(joinList(m.include.statuses));
    m_excludeDepartments->setText(joinList(m.exclude.departments));
    m_excludeDomains->setText(joinList(m.exclude.domains));
    m_excludeTypes->setText(joinList(m.exclude.userTypes));
    m_excludeStatuses->setText(joinList(m.exclude.statuses));
    m_onlyActiveCheck->setChecked(m.onlyActive);
    updateExtensionExample();
    m_loading = wasLoading;
}

DirectoryMapping DirectorySyncEditor::mapping() const
{
    DirectoryMapping m = DirectoryMapping::defaults();
    const QStringList& fields = DirectoryMapping::acdFields();
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox* combo = m_fieldCombos[i];
        // A chosen item carries its field name; typed text is a field name itself.
        const int index = combo->findText(combo->currentText());
        const QString zoom = index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed();
        m.setZoomField(fields[i], zoom);
    }
    m.appendExtension = m_appendExtensionCheck->isChecked();
    m.numberTranslation = m_rules->rules();
    m.include.departments = splitList(m_includeDepartments->text());
    m.include.domains = splitList(m_includeDomains->text());
    m.include.userTypes = splitList(m_includeTypes->text());
    m.include.statuses = splitList(m_includeStatuses->text());
    m.exclude.departments = splitList(m_excludeDepartments->text());
    m.exclude.domains = splitList(m_excludeDomains->text());
    m.exclude.userTypes = splitList(m_excludeTypes->text());
    m.exclude.statuses = splitList(m_excludeStatuses->text());
    m.onlyActive = m_onlyActiveCheck->isChecked();
    return m;
}

void DirectorySyncEditor::updateExtensionExample()
{
    const QString name =
        m_appendExtensionCheck->isChecked() ? QStringLiteral("Müller (1001)") : QStringLiteral("Müller");
    m_extensionExample->setText(
        tr("Example: a user with the last name Müller and the extension 1001 is written as "
           "“%1”.")
            .arg(name));
}

void DirectorySyncEditor::validate()
{
    m_configError = m_rules->firstError();
    if (m_configError.isEmpty()) {
        // The same check the CLI applies to a --mapping file: field names, patterns.
        const Result<DirectoryMapping> check = DirectoryMapping::fromJson(mapping().toJson());
        if (!check.ok())
            m_configError = check.error().message;
    }
    m_configErrorLabel->setText(
        m_configError.isEmpty()
            ? QString()
            : tr("%1 Until this is fixed, the last valid mapping stays saved in the profile.")
                  .arg(m_configError));
    m_configErrorLabel->setVisible(!m_configError.isEmpty());
    m_runPane->setConfiguration(m_bookCombo->currentData().toString(), m_bookCombo->currentText(), mapping(),
                                m_maxRemovalSpin->value(), m_configError);
}

void DirectorySyncEditor::onEdited()
{
    if (m_loading)
        return;
    updateExtensionExample();
    validate();
    save();
}

void DirectorySyncEditor::save()
{
    ProfileSession* session = m_clients->session();
    if (!session->hasProfile())
        return;
    DirectorySyncSettings s = session->profile().directorySync;
    s.enabled = m_enabledCheck->isChecked();
    s.maxRemovalPercent = m_maxRemovalSpin->value();
    const QString bookId = m_bookCombo->currentData().toString();
    if (!bookId.isEmpty()) {
        s.addressBookId = bookId;
        s.addressBookName = m_bookCombo->currentText();
    }
    if (m_configError.isEmpty()) {
        s.mapping = mapping().toJson();
        m_banner->hide(); // a mapping the profile could not read is now replaced
    }
    session->setDirectorySyncSettings(s);
}

void DirectorySyncEditor::onBookChosen()
{
    if (m_loading)
        return;
    validate();
    save();
}

void DirectorySyncEditor::setBooksBusy(bool busy, const QString& status)
{
    m_refreshBooksButton->setEnabled(!busy);
    m_createButton->setEnabled(!busy);
    m_booksStatus->setText(status);
}

void DirectorySyncEditor::refreshAddressBooks()
{
    const int generation = ++m_booksGeneration;
    setBooksBusy(true, tr("Reading the address books from the ACD…"));
    m_clients->acdApi(this, [this, generation](AcdApi* api, const Error& error) {
        if (generation != m_booksGeneration)
            return;
        if (!error.ok()) {
            setBooksBusy(false, tr("Could not connect to the ACD: %1 Check the ACD connection, then Refresh.")
                                    .arg(error.message));
            return;
        }
        api->addressBooks(this, [this, generation](const Result<QList<AcdAddressBook>>& books) {
            if (generation != m_booksGeneration)
                return;
            if (!books.ok()) {
                setBooksBusy(false, tr("Could not read the address books: %1").arg(books.error().message));
                return;
            }
            const QString current = m_bookCombo->currentData().toString();
            const QString currentName = m_bookCombo->currentText();
            m_loading = true;
            m_bookCombo->clear();
            int dynamic = 0, standard = 0;
            bool found = false;
            for (const AcdAddressBook& b : books.value()) {
                if (b.type.compare(QLatin1String("Dynamic"), Qt::CaseInsensitive) != 0) {
                    ++standard;
                    continue;
                }
                ++dynamic;
                m_bookCombo->addItem(b.name, b.id);
                found = found || b.id == current;
            }
            if (!current.isEmpty() && !found) {
                // Keep the saved choice visible instead of silently picking another book.
                m_bookCombo->insertItem(0, tr("%1 (not found in the ACD)").arg(currentName), current);
            }
            if (current.isEmpty())
                m_bookCombo->insertItem(0, tr("(choose a Dynamic address book)"), QString());
            m_bookCombo->setCurrentIndex(std::max(0, m_bookCombo->findData(current)));
            m_loading = false;
            QString status = tr("Dynamic address books: %1.").arg(dynamic);
            if (standard > 0)
                status +=
                    QLatin1Char(' ') + tr("Standard books (%1) are not listed: Directory Sync writes only "
                                          "Dynamic books.")
                                           .arg(standard);
            if (!current.isEmpty() && !found)
                status +=
                    QLatin1Char(' ') + tr("The saved book no longer exists; choose another or create one.");
            setBooksBusy(false, status);
            validate();
        });
    });
}

void DirectorySyncEditor::createAddressBook()
{
    const QString name = m_createNameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_booksStatus->setText(tr("Enter a name for the new address book."));
        return;
    }
    const int generation = ++m_booksGeneration;
    setBooksBusy(true, tr("Creating “%1”…").arg(name));
    m_clients->acdApi(this, [this, generation, name](AcdApi* api, const Error& error) {
        if (generation != m_booksGeneration)
            return;
        if (!error.ok()) {
            setBooksBusy(false, tr("Could not connect to the ACD: %1").arg(error.message));
            return;
        }
        api->createAddressBook(
            name, QStringLiteral("Dynamic"), this,
            [this, generation, name](const Result<AcdAddressBook>& book) {
                if (generation != m_booksGeneration)
                    return;
                if (!book.ok()) {
                    setBooksBusy(false, tr("Could not create “%1”: %2").arg(name, book.error().message));
                    return;
                }
                const int empty = m_bookCombo->findData(QString());
                if (empty >= 0)
                    m_bookCombo->removeItem(empty);
                m_bookCombo->addItem(book.value().name, book.value().id);
                m_bookCombo->setCurrentIndex(m_bookCombo->count() - 1); // saves
                m_createNameEdit->clear();
                m_createRow->hide();
                setBooksBusy(false, tr("Created the Dynamic address book “%1”.").arg(name));
            });
    });
}

Error DirectorySyncEditor::importMapping(const QString& path)
{
    const Result<DirectoryMapping> m = DirectoryMapping::load(path);
    if (!m.ok()) {
        m_banner->showMessage(
            Banner::Kind::Error,
            tr("The mapping file was not imported: %1 The configuration shown is unchanged.")
                .arg(m.error().message));
        m_banner->show();
        return m.error();
    }
    showMapping(m.value());
    validate();
    save();
    m_banner->showMessage(Banner::Kind::Success, tr("Imported the mapping from %1.").arg(path));
    m_banner->show();
    return {};
}

Error DirectorySyncEditor::exportMapping(const QString& path) const
{
    if (!m_configError.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Fix the configuration first: %1").arg(m_configError));
    return mapping().save(path);
}

void DirectorySyncEditor::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Directory Sync mapping"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importMapping(path);
}

void DirectorySyncEditor::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Directory Sync mapping"),
                                     QStringLiteral("directory-mapping.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const Error e = exportMapping(path);
    m_banner->showMessage(e.ok() ? Banner::Kind::Success : Banner::Kind::Error,
                          e.ok() ? tr("Exported the mapping to %1.").arg(path) : e.message);
    m_banner->show();
}

} // namespace syncdesk
