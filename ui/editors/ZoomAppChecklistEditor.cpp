#include "ZoomAppChecklistEditor.h"

#include "catalog/AcdCatalog.h"
#include "setup/SetupController.h"
#include "widgets/CopyButton.h"
#include "widgets/CopyField.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
const char* const kStepIndex = "syncdeskStepIndex";

QFrame* makeRule(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

ZoomAppChecklistEditor::ZoomAppChecklistEditor(SetupController* controller, QWidget* parent)
    : Editor(controller, parent)
{
    setObjectName(QStringLiteral("zoomAppChecklistEditor"));
    auto* layout = contentLayout();

    auto* typeBox = new QGroupBox(tr("What is this Zoom app for?"), this);
    auto* typeLayout = new QVBoxLayout(typeBox);
    auto* typeRow = new QHBoxLayout;
    m_directoryCheck = new QCheckBox(ZoomCatalog::appTypeName(ZoomAppType::DirectorySync), typeBox);
    m_directoryCheck->setObjectName(QStringLiteral("directorySyncCheck"));
    m_presenceCheck = new QCheckBox(ZoomCatalog::appTypeName(ZoomAppType::PresenceSync), typeBox);
    m_presenceCheck->setObjectName(QStringLiteral("presenceSyncCheck"));
    typeRow->addWidget(m_directoryCheck);
    typeRow->addSpacing(24);
    typeRow->addWidget(m_presenceCheck);
    typeRow->addStretch(1);
    typeLayout->addLayout(typeRow);
    typeLayout->addWidget(
        makeWrappedLabel(tr("Zoom needs a separate event subscription for each of them. The "
                            "event list below shows what to select for the ticked ones."),
                         true, typeBox));
    m_noAppTypeLabel =
        makeWrappedLabel(tr("Tick at least one to see which events to select."), false, typeBox);
    typeLayout->addWidget(m_noAppTypeLabel);
    layout->addWidget(typeBox);
    connect(m_directoryCheck, &QCheckBox::toggled, this, &ZoomAppChecklistEditor::onAppTypeToggled);
    connect(m_presenceCheck, &QCheckBox::toggled, this, &ZoomAppChecklistEditor::onAppTypeToggled);

    auto* progressRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("checklistProgressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("checklistProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progressLabel->sizeHint().height());
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar, 1);
    layout->addLayout(progressRow);

    m_stepsHost = new QWidget(this);
    m_stepsHost->setObjectName(QStringLiteral("checklistSteps"));
    m_stepsLayout = new QVBoxLayout(m_stepsHost);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setSpacing(12);
    layout->addWidget(m_stepsHost);
    layout->addStretch(1);
}

void ZoomAppChecklistEditor::refresh()
{
    const ZoomSettings& z = controller()->profile().zoom;
    {
        const QSignalBlocker b1(m_directoryCheck);
        const QSignalBlocker b2(m_presenceCheck);
        m_directoryCheck->setChecked(z.directorySync);
        m_presenceCheck->setChecked(z.presenceSync);
    }
    m_noAppTypeLabel->setVisible(!z.directorySync && !z.presenceSync);
    if (!m_built || m_builtDirectory != z.directorySync || m_builtPresence != z.presenceSync)
        rebuildSteps();
    updateTicks();
    updateLocks();
    updateAccountFields();
    updateEndpoint();
    updateProgress();
}

void ZoomAppChecklistEditor::rebuildSteps()
{
    const ZoomSettings& z = controller()->profile().zoom;
    m_built = true;
    m_builtDirectory = z.directorySync;
    m_builtPresence = z.presenceSync;
    m_accountIdEdit = nullptr;
    m_clientIdEdit = nullptr;
    m_endpointField = nullptr;
    m_endpointNote = nullptr;
    m_stepChecks.clear();
    m_lockNotes.clear();
    while (QLayoutItem* item = m_stepsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_steps = ZoomCatalog::steps(z.directorySync, z.presenceSync);
    for (int i = 0; i < m_steps.size(); ++i) {
        if (i > 0)
            m_stepsLayout->addWidget(makeRule(m_stepsHost));
        m_stepsLayout->addWidget(makeStepRow(i + 1, m_steps[i]));
    }
}

QWidget* ZoomAppChecklistEditor::makeStepRow(int number, const ChecklistStep& step)
{
    auto* row = new QWidget(m_stepsHost);
    row->setObjectName(QStringLiteral("stepRow_") + step.id);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);

    auto* check = new QCheckBox(row);
    check->setObjectName(QStringLiteral("step_") + step.id);
    check->setAccessibleName(step.title);
    check->setProperty(kStepIndex, int(m_stepChecks.size()));
    m_stepChecks.append(check);
    connect(check, &QCheckBox::toggled, this, [this, id = step.id](bool on) {
        controller()->setChecklistStep(id, on);
        updateLocks();
        updateProgress();
    });

    auto* numberLabel = new QLabel(QLocale().toString(number) + QLatin1Char('.'), row);
    makeHeading(numberLabel);
    // Every row's number column is as wide as the widest number, so titles line up.
    const QString widest = QLocale().toString(int(m_steps.size())) + QLatin1Char('.');
    numberLabel->setMinimumWidth(numberLabel->fontMetrics().horizontalAdvance(widest) + 2);
    auto* title = makeWrappedLabel(step.title, false, row);
    makeHeading(title);
    // Clicking the title ticks the step, as a check box text would (titles wrap; check box texts don't).
    title->installEventFilter(this);
    title->setProperty(kStepIndex, check->property(kStepIndex));
    title->setCursor(Qt::PointingHandCursor);

    grid->addWidget(check, 0, 0, Qt::AlignTop);
    grid->addWidget(numberLabel, 0, 1, Qt::AlignTop);
    grid->addWidget(title, 0, 2);
    grid->addWidget(makeWrappedLabel(step.detail, true, row), 1, 2);
    grid->setColumnStretch(2, 1);

    QWidget* extra = nullptr;
    switch (step.copy) {
    case ChecklistStep::Copy::None:
        break;
    case ChecklistStep::Copy::AccountIdNote:
        extra = makeAccountFields(row);
        break;
    case ChecklistStep::Copy::EndpointUrl:
        extra = makeEndpointField(row);
        break;
    case ChecklistStep::Copy::Events:
        extra = makeEventsView(row);
        break;
    case ChecklistStep::Copy::Scopes:
        extra = makeScopesView(row);
        break;
    }
    if (extra)
        grid->addWidget(extra, 2, 2);
    QLabel* lock = nullptr;
    if (step.needsAcdMapping) {
        lock = makeWrappedLabel(QString(), false, row);
        lock->setObjectName(QStringLiteral("stepLock_") + step.id);
        lock->setTextFormat(Qt::RichText);
        lock->setTextInteractionFlags(Qt::TextBrowserInteraction);
        const QString link = QStringLiteral("<a href=\"acd-mapping\">%1</a>")
                                 .arg(tr("Complete the ACD account mapping sheet").toHtmlEscaped());
        lock->setText(tr("Locked: Zoom can validate this URL only after the Zoom account is mapped in CXone. "
                         "%1 first.")
                          .toHtmlEscaped()
                          .arg(link));
        connect(lock, &QLabel::linkActivated, this, &ZoomAppChecklistEditor::acdMappingRequested);
        grid->addWidget(lock, 3, 2);
    }
    m_lockNotes.append(lock);
    return row;
}

QWidget* ZoomAppChecklistEditor::makeAccountFields(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 4, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_accountIdEdit = new QLineEdit(box);
    m_accountIdEdit->setObjectName(QStringLiteral("checklistAccountIdEdit"));
    m_accountIdEdit->setFont(monospaceFont());
    m_clientIdEdit = new QLineEdit(box);
    m_clientIdEdit->setObjectName(QStringLiteral("checklistClientIdEdit"));
    m_clientIdEdit->setFont(monospaceFont());
    form->addRow(tr("Account ID:"), m_accountIdEdit);
    form->addRow(tr("Client ID:"), m_clientIdEdit);
    form->addRow(makeWrappedLabel(tr("You can paste them here or with the credentials; both places show the "
                                     "same values."),
                                  true, box));
    connect(m_accountIdEdit, &QLineEdit::textEdited, this, &ZoomAppChecklistEditor::onAccountEdited);
    connect(m_clientIdEdit, &QLineEdit::textEdited, this, &ZoomAppChecklistEditor::onAccountEdited);
    return box;
}

QWidget* ZoomAppChecklistEditor::makeEndpointField(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    m_endpointField = new CopyField(box);
    m_endpointField->setObjectName(QStringLiteral("endpointUrlField"));
    m_endpointField->lineEdit()->setObjectName(QStringLiteral("endpointUrlEdit"));
    m_endpointField->lineEdit()->setAccessibleName(tr("Event notification endpoint URL"));
    m_endpointField->copyButton()->setObjectName(QStringLiteral("copyEndpointUrlButton"));
    m_endpointNote = makeWrappedLabel(QString(), false, box);
    m_endpointNote->setObjectName(QStringLiteral("endpointUrlNote"));
    layout->addWidget(m_endpointField);
    layout->addWidget(m_endpointNote);
    return box;
}

QWidget* ZoomAppChecklistEditor::makeEventsView(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(10);
    const ZoomSettings& z = controller()->profile().zoom;
    QList<ZoomAppType> types;
    if (z.directorySync)
        types.append(ZoomAppType::DirectorySync);
    if (z.presenceSync)
        types.append(ZoomAppType::PresenceSync);

    for (ZoomAppType type : types) {
        const QList<ZoomEventInfo> events = ZoomCatalog::events(type);
        auto* group = new QGroupBox(tr("Events for %1").arg(ZoomCatalog::appTypeName(type)), box);
        group->setObjectName(QStringLiteral("events_") + ZoomCatalog::appTypeId(type));
        auto* grid = new QGridLayout(group);
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(3);
        int r = 0;
        QString lastGroup;
        for (const ZoomEventInfo& e : events) {
            if (e.group != lastGroup) {
                lastGroup = e.group;
                auto* g = makeWrappedLabel(e.group, true, group);
                makeHeading(g);
                if (r > 0)
                    grid->setRowMinimumHeight(r++, 4);
                grid->addWidget(g, r++, 0, 1, 2);
            }
            grid->addWidget(makeWrappedLabel(e.label, false, group), r, 0);
            grid->addWidget(makeIdentifierLabel(e.name, group), r, 1, Qt::AlignTop);
            ++r;
        }
        // Label and name side by side, the free space after them, so each row reads as a pair.
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(2, 2);
        auto* copy = new CopyButton(tr("Copy event names"), group);
        copy->setObjectName(QStringLiteral("copyEventsButton_") + ZoomCatalog::appTypeId(type));
        copy->setToolTip(tr("Copies the event names, one per line"));
        copy->setSource([type] {
            QStringList names;
            for (const ZoomEventInfo& e : ZoomCatalog::events(type))
                names.append(e.name);
            return names.join(QLatin1Char('\n'));
        });
        auto* copyRow = new QHBoxLayout;
        copyRow->addWidget(copy);
        copyRow->addStretch(1);
        grid->addLayout(copyRow, r, 0, 1, 2);
        layout->addWidget(group);
    }
    return box;
}

QWidget* ZoomAppChecklistEditor::makeScopesView(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Scopes"), parent);
    box->setObjectName(QStringLiteral("checklistScopes"));
    auto* grid = new QGridLayout(box);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const QStringList headers{tr("Scope"), tr("Classic name"), tr("Granular names")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = makeWrappedLabel(headers[c], true, box);
        makeHeading(h);
        grid->addWidget(h, 0, c, Qt::AlignTop);
    }
    int r = 1;
    for (const ZoomScopeInfo& s : ZoomCatalog::scopes()) {
        grid->setRowMinimumHeight(r++, 4);
        auto* label = makeWrappedLabel(s.label, false, box);
        makeHeading(label);
        auto* cell = new QWidget(box);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(label);
        cellLayout->addWidget(makeWrappedLabel(s.why, true, cell));
        grid->addWidget(cell, r, 0, Qt::AlignTop);
        grid->addWidget(makeIdentifierLabel(s.classic, box), r, 1, Qt::AlignTop);
        grid->addWidget(makeIdentifierLabel(s.granular.join(QLatin1Char('\n')), box), r, 2, Qt::AlignTop);
        ++r;
    }
    grid->setColumnStretch(0, 1);

    auto* classic = new CopyButton(tr("Copy classic names"), box);
    classic->setObjectName(QStringLiteral("copyClassicScopesButton"));
    classic->setSource([] {
        QStringList names;
        for (const ZoomScopeInfo& s : ZoomCatalog::scopes()) {
            if (!names.contains(s.classic))
                names.append(s.classic);
        }
        return names.join(QLatin1Char('\n'));
    });
    auto* granular = new CopyButton(tr("Copy granular names"), box);
    granular->setObjectName(QStringLiteral("copyGranularScopesButton"));
    granular->setSource([] {
        QStringList names;
        for (const ZoomScopeInfo& s : ZoomCatalog::scopes()) {
            for (const QString& g : s.granular) {
                if (!names.contains(g))
                    names.append(g);
            }
        }
        return names.join(QLatin1Char('\n'));
    });
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(classic);
    copyRow->addWidget(granular);
    copyRow->addStretch(1);
    grid->setRowMinimumHeight(r++, 4);
    grid->addLayout(copyRow, r, 0, 1, 3);
    return box;
}

void ZoomAppChecklistEditor::updateTicks()
{
    const QSet<QString>& done = controller()->profile().zoom.checklistDone;
    for (int i = 0; i < m_steps.size(); ++i) {
        const QSignalBlocker block(m_stepChecks[i]);
        m_stepChecks[i]->setChecked(done.contains(m_steps[i].id));
    }
}

void ZoomAppChecklistEditor::updateLocks()
{
    // Steps that need the ACD mapping can be ticked only once it is complete; a tick given
    // earlier stays as it was (it is the admin's record).
    const bool mapped = AcdCatalog::isMappingComplete(controller()->profile().acd);
    for (int i = 0; i < m_steps.size(); ++i) {
        if (!m_steps[i].needsAcdMapping)
            continue;
        m_stepChecks[i]->setEnabled(mapped || m_stepChecks[i]->isChecked());
        if (m_lockNotes[i])
            m_lockNotes[i]->setVisible(!mapped);
    }
}

void ZoomAppChecklistEditor::updateAccountFields()
{
    const ZoomSettings& z = controller()->profile().zoom;
    if (m_accountIdEdit && m_accountIdEdit->text() != z.accountId)
        m_accountIdEdit->setText(z.accountId);
    if (m_clientIdEdit && m_clientIdEdit->text() != z.clientId)
        m_clientIdEdit->setText(z.clientId);
}

void ZoomAppChecklistEditor::updateEndpoint()
{
    if (!m_endpointField)
        return;
    const QString url = ZoomCatalog::endpointUrl(controller()->profile().zoom.accountId);
    if (url.isEmpty()) {
        m_endpointField->setText(ZoomCatalog::endpointUrlTemplate());
        m_endpointField->setCopyEnabled(false);
        int accountStep = 0;
        for (int i = 0; i < m_steps.size(); ++i) {
            if (m_steps[i].copy == ChecklistStep::Copy::AccountIdNote)
                accountStep = i + 1;
        }
        m_endpointNote->setText(
            accountStep > 0
                ? tr("Enter the account ID in step %1 or with the credentials to get the exact URL.")
                      .arg(accountStep)
                : tr("Enter the account ID with the credentials to get the exact URL."));
    } else {
        m_endpointField->setText(url);
        m_endpointField->setCopyEnabled(true);
        m_endpointNote->setText(
            tr("Built from the account ID %1.").arg(controller()->profile().zoom.accountId.trimmed()));
    }
}

void ZoomAppChecklistEditor::updateProgress()
{
    int done = 0;
    for (QCheckBox* c : std::as_const(m_stepChecks))
        done += c->isChecked() ? 1 : 0;
    const int total = int(m_stepChecks.size());
    m_progressLabel->setText(
        tr("Steps done: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    m_progressBar->setRange(0, qMax(total, 1));
    m_progressBar->setValue(done);
}

void ZoomAppChecklistEditor::onAppTypeToggled()
{
    ZoomSettings z = controller()->profile().zoom;
    z.directorySync = m_directoryCheck->isChecked();
    z.presenceSync = m_presenceCheck->isChecked();
    controller()->setZoomSettings(z);
    refresh();
}

void ZoomAppChecklistEditor::onAccountEdited()
{
    ZoomSettings z = controller()->profile().zoom;
    if (m_accountIdEdit)
        z.accountId = m_accountIdEdit->text();
    if (m_clientIdEdit)
        z.clientId = m_clientIdEdit->text();
    controller()->setZoomSettings(z);
    updateEndpoint();
}

bool ZoomAppChecklistEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && watched->property(kStepIndex).isValid()) {
        const auto* me = static_cast<QMouseEvent*>(event);
        auto* label = qobject_cast<QLabel*>(watched);
        const int index = watched->property(kStepIndex).toInt();
        if (me->button() == Qt::LeftButton && label && !label->hasSelectedText() && index >= 0 &&
            index < m_stepChecks.size() && m_stepChecks[index]->isEnabled()) {
            m_stepChecks[index]->toggle();
            return true;
        }
    }
    return Editor::eventFilter(watched, event);
}

} // namespace syncdesk
