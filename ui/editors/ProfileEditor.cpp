#include "ProfileEditor.h"

#include "profile/ProfileStore.h"
#include "widgets/Banner.h"
#include "widgets/TextStyles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace syncdesk {

ProfileEditor::ProfileEditor(SetupController* controller, QWidget* parent) : Editor(controller, parent)
{
    setObjectName(QStringLiteral("profileEditor"));
    auto* layout = contentLayout();

    m_draftBanner = new Banner(this);
    m_draftBanner->setObjectName(QStringLiteral("restoredDraftBanner"));
    m_draftBanner->label()->setObjectName(QStringLiteral("restoredDraftLabel"));
    auto* discard = new QPushButton(tr("Discard changes"), m_draftBanner);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_draftBanner->addWidget(discard);
    connect(discard, &QPushButton::clicked, this, [this] { this->controller()->discardChanges(); });
    m_draftBanner->hide();
    layout->addWidget(m_draftBanner);

    m_errorBanner = new Banner(this);
    m_errorBanner->setObjectName(QStringLiteral("profileErrorBanner"));
    m_errorBanner->label()->setObjectName(QStringLiteral("profileErrorLabel"));
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    // The sandbox first: a new user should see every screen working before touching a real account.
    auto* sandboxBox = new QGroupBox(tr("Try Syncdesk without a Zoom account"), this);
    auto* sandboxLayout = new QVBoxLayout(sandboxBox);
    sandboxLayout->addWidget(makeWrappedLabel(
        tr("No account needed: a simulated Zoom account runs inside Syncdesk, with demo users and "
           "ready-made credentials, so every step and the connection test work right away."),
        false, sandboxBox));
    m_sandboxButton = new QPushButton(tr("Try it on the sandbox"), sandboxBox);
    m_sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    QFont bigger = m_sandboxButton->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_sandboxButton->setFont(bigger);
    m_sandboxButton->setMinimumHeight(m_sandboxButton->sizeHint().height() + 8);
    auto* sandboxRow = new QHBoxLayout;
    sandboxRow->addWidget(m_sandboxButton);
    sandboxRow->addStretch(1);
    sandboxLayout->addLayout(sandboxRow);
    layout->addWidget(sandboxBox);
    connect(m_sandboxButton, &QPushButton::clicked, this, &ProfileEditor::startSandbox);

    auto* listBox = new QGroupBox(tr("Your profiles"), this);
    auto* listLayout = new QVBoxLayout(listBox);
    m_emptyLabel = makeWrappedLabel(
        tr("There are no profiles yet. Try the sandbox or create a new profile below."), true, listBox);
    listLayout->addWidget(m_emptyLabel);
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 5);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setAccessibleName(tr("Profiles"));
    listLayout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileEditor::onCurrentRowChanged);

    m_brokenBanner = new Banner(listBox);
    m_brokenBanner->setObjectName(QStringLiteral("brokenProfileBanner"));
    m_restoreButton = new QPushButton(tr("Restore backup"), m_brokenBanner);
    m_restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    m_brokenBanner->addWidget(m_restoreButton);
    m_brokenBanner->hide();
    listLayout->addWidget(m_brokenBanner);
    connect(m_restoreButton, &QPushButton::clicked, this, &ProfileEditor::restoreSelectedBackup);

    auto* fileRow = new QHBoxLayout;
    m_openFileButton = new QPushButton(tr("Open file…"), listBox);
    m_openFileButton->setObjectName(QStringLiteral("openFileButton"));
    m_openFileButton->setToolTip(tr("Open a profile file from another folder"));
    fileRow->addWidget(m_openFileButton);
    fileRow->addStretch(1);
    listLayout->addLayout(fileRow);
    connect(m_openFileButton, &QPushButton::clicked, this, &ProfileEditor::openFileDialog);
    layout->addWidget(listBox);

    auto* newBox = new QGroupBox(tr("New profile"), this);
    auto* newLayout = new QVBoxLayout(newBox);
    newLayout->addWidget(makeWrappedLabel(tr("Use one profile per customer or Zoom account."), true, newBox));
    auto* newRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("Name:"), newBox);
    m_nameEdit = new QLineEdit(newBox);
    m_nameEdit->setObjectName(QStringLiteral("newProfileNameEdit"));
    m_nameEdit->setPlaceholderText(tr("for example, Example Corp production"));
    m_nameEdit->installEventFilter(this);
    nameLabel->setBuddy(m_nameEdit);
    m_createButton = new QPushButton(tr("Create profile"), newBox);
    m_createButton->setObjectName(QStringLiteral("createProfileButton"));
    m_createButton->setEnabled(false);
    newRow->addWidget(nameLabel);
    newRow->addWidget(m_nameEdit, 1);
    newRow->addWidget(m_createButton);
    newLayout->addLayout(newRow);
    layout->addWidget(newBox);
    connect(m_nameEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_createButton->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_createButton, &QPushButton::clicked, this, &ProfileEditor::createProfile);

    m_currentLabel = makeWrappedLabel(QString(), false, this);
    m_currentLabel->setObjectName(QStringLiteral("currentProfileLabel"));
    makeHeading(m_currentLabel);
    layout->addWidget(m_currentLabel);
    layout->addStretch(1);

    connect(controller, &SetupController::dirtyChanged, this, &ProfileEditor::updateStatus);
    connect(controller, &SetupController::saved, this, &ProfileEditor::updateStatus);
}

void ProfileEditor::refresh()
{
    rebuildList();
    updateStatus();
}

void ProfileEditor::rebuildList()
{
    const QList<ProfileEntry> entries = controller()->profiles();
    bool same = entries.size() == m_entries.size();
    for (int i = 0; same && i < entries.size(); ++i) {
        same = entries[i].path == m_entries[i].path && entries[i].name == m_entries[i].name &&
               entries[i].error.code == m_entries[i].error.code;
    }
    if (!same) {
        m_entries = entries;
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const ProfileEntry& e : m_entries) {
            QString text = e.sandbox ? tr("%1 (simulated Zoom account)").arg(e.name) : e.name;
            auto* item = new QListWidgetItem(text, m_list);
            item->setToolTip(QDir::toNativeSeparators(e.path));
            item->setData(Qt::UserRole, e.path);
            if (!e.error.ok()) {
                item->setText(tr("%1 (cannot be opened)").arg(e.name));
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(e.error.message);
            }
        }
    }
    m_emptyLabel->setVisible(m_entries.isEmpty());
    m_list->setVisible(!m_entries.isEmpty());

    // Select the open profile without reopening it.
    const QSignalBlocker block(m_list);
    int current = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (QFileInfo(m_entries[i].path) == QFileInfo(controller()->profilePath()))
            current = i;
    }
    if (current >= 0 || controller()->hasProfile())
        m_list->setCurrentRow(current);
    updateSelectionDetails();
}

void ProfileEditor::onCurrentRowChanged(int row)
{
    updateSelectionDetails();
    if (row < 0 || row >= m_entries.size())
        return;
    const ProfileEntry& entry = m_entries[row];
    if (!entry.error.ok())
        return; // the broken-profile banner explains and offers the backup
    if (QFileInfo(entry.path) == QFileInfo(controller()->profilePath()))
        return;
    report(controller()->openProfile(entry.path));
}

void ProfileEditor::updateSelectionDetails()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size() || m_entries[row].error.ok()) {
        m_brokenBanner->hide();
        return;
    }
    const ProfileEntry& entry = m_entries[row];
    const bool backup = ProfileStore::hasBackup(entry.path);
    m_brokenBanner->showMessage(
        Banner::Kind::Warning,
        backup ? tr("%1 A backup of the previous version is available.").arg(entry.error.message)
               : entry.error.message);
    m_restoreButton->setVisible(backup);
}

void ProfileEditor::restoreSelectedBackup()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const QString path = m_entries[row].path;
    const Error e = controller()->restoreBackup(path);
    report(e);
    refresh();
}

void ProfileEditor::createProfile()
{
    const Error e = controller()->createProfile(m_nameEdit->text());
    report(e);
    if (e.ok()) {
        m_nameEdit->clear();
        refresh();
    }
}

void ProfileEditor::startSandbox()
{
    // Disabling the focused button throws the focus elsewhere (the sidebar): give it back, so a
    // keyboard user goes on from where they were.
    const bool hadFocus = m_sandboxButton->hasFocus();
    m_sandboxButton->setEnabled(false);
    const Error e = controller()->openSandbox();
    m_sandboxButton->setEnabled(true);
    if (hadFocus)
        m_sandboxButton->setFocus(Qt::OtherFocusReason);
    report(e);
    refresh();
}

void ProfileEditor::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open profile"), controller()->profileDirectory(), tr("Syncdesk profiles (*.json)"));
    if (path.isEmpty())
        return;
    report(controller()->openProfile(path));
    refresh();
}

void ProfileEditor::showError(const Error& error)
{
    report(error);
}

void ProfileEditor::focusNewProfileName()
{
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_nameEdit->selectAll();
}

void ProfileEditor::report(const Error& error)
{
    if (error.ok()) {
        m_errorBanner->hide();
        return;
    }
    m_errorBanner->showMessage(Banner::Kind::Error, error.message);
    m_errorBanner->setToolTip(error.detail);
}

void ProfileEditor::updateStatus()
{
    const SetupController* c = controller();
    if (!c->hasProfile()) {
        m_currentLabel->setText(tr("No profile is open yet. Choose one to continue."));
    } else {
        m_currentLabel->setText(tr("Open profile: %1").arg(c->profile().name));
    }
    if (c->hasProfile() && c->hasRestoredDraft() && c->isDirty()) {
        m_draftBanner->showMessage(
            Banner::Kind::Info, tr("Unsaved changes to “%1” from your last session were restored. Save them "
                                   "with File → Save, or discard them.")
                                    .arg(c->profile().name));
    } else {
        m_draftBanner->hide();
    }
}

bool ProfileEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the name field creates the profile instead of pressing the wizard's Next button.
    if (watched == m_nameEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_createButton->isEnabled())
                createProfile();
            return true;
        }
    }
    return Editor::eventFilter(watched, event);
}

} // namespace syncdesk
