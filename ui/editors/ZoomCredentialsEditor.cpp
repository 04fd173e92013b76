#include "ZoomCredentialsEditor.h"

#include "connect/SecretAccess.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/SecretEdit.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
enum ScopeColumn
{
    ColStatus,
    ColLabel,
    ColClassic,
    ColGranular,
    ColCount
};

QFormLayout* makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    // Long German labels move above their field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

ZoomCredentialsEditor::ZoomCredentialsEditor(SetupController* controller, QWidget* parent)
    : Editor(controller, parent)
{
    setObjectName(QStringLiteral("zoomCredentialsEditor"));
    auto* layout = contentLayout();
    m_keychainBanner = new Banner(this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->label()->setObjectName(QStringLiteral("keychainBannerLabel"));
    m_keychainBanner->setKind(Banner::Kind::Warning);
    m_keychainBanner->hide();
    layout->addWidget(m_keychainBanner);

    // The keychain has not answered within its deadline (an unlock or password prompt may be
    // open somewhere): say so, and let the user ask again or go on without it.
    auto* waitingBanner = new Banner(this);
    waitingBanner->setObjectName(QStringLiteral("keychainWaitingBanner"));
    auto* retryButton = new QPushButton(tr("Retry"), waitingBanner);
    retryButton->setObjectName(QStringLiteral("keychainRetryButton"));
    auto* cancelButton = new QPushButton(tr("Cancel"), waitingBanner);
    cancelButton->setObjectName(QStringLiteral("keychainCancelButton"));
    waitingBanner->addWidget(retryButton);
    waitingBanner->addWidget(cancelButton);
    waitingBanner->hide();
    layout->addWidget(waitingBanner);
    SecretAccess* secrets = controller->secrets();
    connect(retryButton, &QPushButton::clicked, secrets, &SecretAccess::retryWaiting);
    connect(cancelButton, &QPushButton::clicked, secrets, &SecretAccess::cancelWaiting);
    connect(secrets, &SecretAccess::waitingChanged, waitingBanner, [waitingBanner, secrets](bool waiting) {
        if (waiting)
            waitingBanner->showMessage(Banner::Kind::Warning, secrets->waitingError().message);
        else
            waitingBanner->hide();
    });

    m_sandboxBanner = new Banner(this);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setText(tr("This profile uses the built-in sandbox, a simulated Zoom account inside "
                                "Syncdesk. Its demo credentials are already filled in."));
    m_sandboxBanner->hide();
    layout->addWidget(m_sandboxBanner);

    layout->addWidget(makeCredentialsBox());
    layout->addWidget(makeAdvancedBox());
    layout->addWidget(makeTestBox());
    layout->addStretch(1);

    connect(controller, &SetupController::secretStored, this,
            [this](SecretPurpose purpose, const Error& error) {
                if (purpose != SecretPurpose::ZoomClientSecret && purpose != SecretPurpose::ZoomSecretToken)
                    return;
                SecretField& field = fieldFor(purpose);
                field.sessionOnly =
                    error.code == ErrorCode::KeychainUnavailable || error.code == ErrorCode::KeychainDenied;
                updateSecretStatus(field, error);
            });
    connect(controller, &SetupController::keychainStatusChanged, this, [this] {
        updateKeychainBanner();
        updateSecretStatus(m_clientSecret);
        updateSecretStatus(m_secretToken);
    });
    connect(controller, &SetupController::testProgress, this, [this](const QString& message) {
        m_progressLabel->setText(message);
        m_progressLabel->setVisible(!message.isEmpty());
    });
    connect(controller, &SetupController::testFinished, this, &ZoomCredentialsEditor::showResult);
}

QWidget* ZoomCredentialsEditor::makeCredentialsBox()
{
    auto* box = new QGroupBox(tr("App credentials"), this);
    auto* form = makeForm(box);
    form->addRow(makeWrappedLabel(tr("You find these on the App Credentials page of your app in the Zoom App "
                                     "Marketplace; the secret token is on its Feature page, next to the event subscription."),
                                  true, box));
    m_accountIdEdit = new QLineEdit(box);
    m_accountIdEdit->setObjectName(QStringLiteral("accountIdEdit"));
    m_clientIdEdit = new QLineEdit(box);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    for (QLineEdit* e : {m_accountIdEdit, m_clientIdEdit}) {
        e->setFont(monospaceFont());
        connect(e, &QLineEdit::textEdited, this, &ZoomCredentialsEditor::onIdsEdited);
    }
    form->addRow(tr("Account ID:"), m_accountIdEdit);
    form->addRow(tr("Client ID:"), m_clientIdEdit);

    setupSecretField(m_clientSecret, SecretPurpose::ZoomClientSecret, QStringLiteral("clientSecret"));
    setupSecretField(m_secretToken, SecretPurpose::ZoomSecretToken, QStringLiteral("secretToken"));
    for (SecretField* f : {&m_clientSecret, &m_secretToken}) {
        auto* cell = new QWidget(box);
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(f->edit);
        v->addWidget(f->status);
        form->addRow(f == &m_clientSecret ? tr("Client secret:") : tr("Secret token:"), cell);
    }
    return box;
}

void ZoomCredentialsEditor::setupSecretField(SecretField& field, SecretPurpose purpose,
                                             const QString& objectName)
{
    field.purpose = purpose;
    field.edit = new SecretEdit(this);
    field.edit->lineEdit()->setObjectName(objectName + QStringLiteral("Edit"));
    field.edit->toggleButton()->setObjectName(objectName + QStringLiteral("ShowButton"));
    field.status = makeWrappedLabel(QString(), true, this);
    field.status->setObjectName(objectName + QStringLiteral("StatusLabel"));
    QLineEdit* edit = field.edit->lineEdit();
    connect(edit, &QLineEdit::textEdited, this, [this, &field] {
        field.edited = true;
        updateSecretStatus(field);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, &field] { storeIfEdited(field); });
}

ZoomCredentialsEditor::SecretField& ZoomCredentialsEditor::fieldFor(SecretPurpose purpose)
{
    return purpose == SecretPurpose::ZoomClientSecret ? m_clientSecret : m_secretToken;
}

QWidget* ZoomCredentialsEditor::makeAdvancedBox()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_advancedToggle = new QToolButton(box);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced: Zoom addresses"));
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    v->addWidget(m_advancedToggle, 0, Qt::AlignLeft);

    m_advancedPanel = new QWidget(box);
    m_advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    auto* form = makeForm(m_advancedPanel);
    m_oauthUrlEdit = new QLineEdit(m_advancedPanel);
    m_oauthUrlEdit->setObjectName(QStringLiteral("oauthUrlEdit"));
    m_apiUrlEdit = new QLineEdit(m_advancedPanel);
    m_apiUrlEdit->setObjectName(QStringLiteral("apiUrlEdit"));
    m_useTokenApiUrlCheck =
        new QCheckBox(tr("Use the regional API host that Zoom names in the token"), m_advancedPanel);
    m_useTokenApiUrlCheck->setObjectName(QStringLiteral("useTokenApiUrlCheck"));
    form->addRow(tr("OAuth URL:"), m_oauthUrlEdit);
    form->addRow(tr("API URL:"), m_apiUrlEdit);
    form->addRow(QString(), m_useTokenApiUrlCheck);
    m_advancedNote = makeWrappedLabel(tr("Change these only for Zoom for Government or a test server."), true,
                                      m_advancedPanel);
    form->addRow(m_advancedNote);
    m_advancedPanel->hide();
    v->addWidget(m_advancedPanel);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedPanel->setVisible(open);
    });
    connect(m_oauthUrlEdit, &QLineEdit::editingFinished, this, &ZoomCredentialsEditor::onUrlsEdited);
    connect(m_apiUrlEdit, &QLineEdit::editingFinished, this, &ZoomCredentialsEditor::onUrlsEdited);
    connect(m_useTokenApiUrlCheck, &QCheckBox::toggled, this, &ZoomCredentialsEditor::onUrlsEdited);
    return box;
}

QWidget* ZoomCredentialsEditor::makeTestBox()
{
    auto* box = new QGroupBox(tr("Connection test"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(
        makeWrappedLabel(tr("Requests a token with these credentials, compares the granted scopes with "
                            "the five required ones and counts the account's users. Nothing is changed "
                            "in Zoom."),
                         true, box));

    auto* row = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test connection"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelButton->hide();
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(QStringLiteral("testBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    row->addWidget(m_testButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_busy);
    row->addStretch(1);
    v->addLayout(row);
    m_progressLabel = makeWrappedLabel(QString(), true, box);
    m_progressLabel->setObjectName(QStringLiteral("testProgressLabel"));
    m_progressLabel->hide();
    v->addWidget(m_progressLabel);
    connect(m_testButton, &QPushButton::clicked, this, &ZoomCredentialsEditor::startTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &ZoomCredentialsEditor::cancelTest);

    m_statusBanner = new Banner(box);
    m_statusBanner->setObjectName(QStringLiteral("testStatusBanner"));
    m_statusBanner->label()->setObjectName(QStringLiteral("testStatusLabel"));
    m_detailsButton = new QToolButton(m_statusBanner);
    m_detailsButton->setObjectName(QStringLiteral("testDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_statusBanner->addWidget(m_detailsButton);
    m_statusBanner->hide();
    v->addWidget(m_statusBanner);
    m_detailsLabel = makeWrappedLabel(QString(), true, box);
    m_detailsLabel->setObjectName(QStringLiteral("testDetailsLabel"));
    m_detailsLabel->setFont(monospaceFont());
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsLabel->hide();
    v->addWidget(m_detailsLabel);
    connect(m_detailsButton, &QToolButton::toggled, m_detailsLabel, &QWidget::setVisible);

    m_results = new QWidget(box);
    m_results->setObjectName(QStringLiteral("testResults"));
    auto* rv = new QVBoxLayout(m_results);
    rv->setContentsMargins(0, 0, 0, 0);
    auto* form = makeForm(nullptr);
    m_apiHostLabel = makeIdentifierLabel(QString(), m_results);
    m_apiHostLabel->setObjectName(QStringLiteral("apiHostLabel"));
    m_userCountLabel = makeWrappedLabel(QString(), false, m_results);
    m_userCountLabel->setObjectName(QStringLiteral("userCountLabel"));
    m_phoneUserCountLabel = makeWrappedLabel(QString(), false, m_results);
    m_phoneUserCountLabel->setObjectName(QStringLiteral("phoneUserCountLabel"));
    m_tokenExpiryLabel = makeWrappedLabel(QString(), false, m_results);
    m_tokenExpiryLabel->setObjectName(QStringLiteral("tokenExpiryLabel"));
    form->addRow(tr("API host:"), m_apiHostLabel);
    form->addRow(tr("Active users:"), m_userCountLabel);
    form->addRow(tr("Zoom Phone users:"), m_phoneUserCountLabel);
    form->addRow(tr("Token valid until:"), m_tokenExpiryLabel);
    rv->addLayout(form);

    m_missingBanner = new Banner(m_results);
    m_missingBanner->setObjectName(QStringLiteral("missingScopesBanner"));
    m_missingBanner->setKind(Banner::Kind::Warning);
    m_missingBanner->setText(
        tr("Some required scopes are missing. In the Zoom App Marketplace, open your app, go "
           "to Scopes, add each scope marked as missing below (classic or granular names, "
           "whichever your Marketplace shows), save, and test again."));
    rv->addWidget(m_missingBanner);

    m_scopeTable = new QTableWidget(0, ColCount, m_results);
    m_scopeTable->setObjectName(QStringLiteral("scopeTable"));
    m_scopeTable->setAccessibleName(tr("Scopes"));
    m_scopeTable->setAccessibleDescription(tr("Each scope the Zoom app needs and whether Zoom granted it"));
    m_scopeTable->setHorizontalHeaderLabels(
        {tr("Status"), tr("Scope"), tr("Classic name"), tr("Granular names")});
    m_scopeTable->verticalHeader()->hide();
    m_scopeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scopeTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_scopeTable->setFocusPolicy(Qt::NoFocus);
    m_scopeTable->setWordWrap(true);
    m_scopeTable->setShowGrid(false);
    m_scopeTable->setAlternatingRowColors(true);
    m_scopeTable->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 3px 8px; }"));
    m_scopeTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The table shows all five rows at once; the page scrolls, not the table.
    m_scopeTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_scopeTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView* header = m_scopeTable->horizontalHeader();
    header->setSectionResizeMode(ColStatus, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColLabel, QHeaderView::Stretch);
    header->setSectionResizeMode(ColClassic, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColGranular, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sectionResized, m_scopeTable, [this] {
        m_scopeTable->resizeRowsToContents();
        m_scopeTable->updateGeometry();
    });
    rv->addWidget(m_scopeTable);
    m_results->hide();
    v->addWidget(m_results);
    return box;
}

void ZoomCredentialsEditor::refresh()
{
    const Profile& p = controller()->profile();
    if (p.id != m_shownProfileId) {
        // Another profile: nothing typed for the previous one may stay on screen.
        m_shownProfileId = p.id;
        for (SecretField* f : {&m_clientSecret, &m_secretToken}) {
            f->edit->clear();
            f->edited = false;
            f->sessionOnly = false;
        }
        if (m_testing)
            cancelTest();
        clearResult();
    }
    if (m_accountIdEdit->text() != p.zoom.accountId)
        m_accountIdEdit->setText(p.zoom.accountId);
    if (m_clientIdEdit->text() != p.zoom.clientId)
        m_clientIdEdit->setText(p.zoom.clientId);
    m_sandboxBanner->setVisible(p.sandbox);
    updateEndpoints();
    updateKeychainBanner();
    updateSecretStatus(m_clientSecret);
    updateSecretStatus(m_secretToken);
    m_testButton->setEnabled(controller()->hasProfile() && !m_testing);
}

void ZoomCredentialsEditor::storeEditedSecrets()
{
    storeIfEdited(m_clientSecret);
    storeIfEdited(m_secretToken);
}

void ZoomCredentialsEditor::storeIfEdited(SecretField& field)
{
    const QString value = field.edit->text();
    if (!field.edited || value.isEmpty())
        return;
    field.edited = false;
    controller()->storeSecret(field.purpose, value);
}

void ZoomCredentialsEditor::updateSecretStatus(SecretField& field, const Error& lastError)
{
    const ZoomSettings& z = controller()->profile().zoom;
    const bool stored =
        field.purpose == SecretPurpose::ZoomClientSecret ? z.hasClientSecret : z.hasSecretToken;
    const bool typed = !field.edit->text().isEmpty();
    const Error& keychain = controller()->keychainError();
    QString text;
    if (!lastError.ok() && lastError.code != ErrorCode::KeychainUnavailable &&
        lastError.code != ErrorCode::KeychainDenied) {
        text = lastError.message;
    } else if (typed && field.edited) {
        text = tr("Not stored yet. It is stored when you leave the field.");
    } else if ((typed || field.sessionOnly) && !keychain.ok()) {
        text = tr("Used for this session only, because the keychain is unavailable.");
    } else if (stored) {
        text = tr("Stored in %1.").arg(controller()->secretBackendName());
    } else {
        text = tr("Not stored yet.");
    }
    field.status->setText(text);
    field.edit->lineEdit()->setPlaceholderText(
        stored && keychain.ok() ? tr("Stored. Type a new value to replace it.") : QString());
}

void ZoomCredentialsEditor::updateKeychainBanner()
{
    const Error& e = controller()->keychainError();
    if (e.ok()) {
        m_keychainBanner->hide();
        return;
    }
    m_keychainBanner->showMessage(
        Banner::Kind::Warning,
        tr("%1 Until then, the secrets you enter are used for this session only and are not saved.")
            .arg(e.message));
    m_keychainBanner->setToolTip(e.detail);
}

void ZoomCredentialsEditor::updateEndpoints()
{
    const Profile& p = controller()->profile();
    const bool sandbox = p.sandbox;
    for (QWidget* w : {static_cast<QWidget*>(m_oauthUrlEdit), static_cast<QWidget*>(m_apiUrlEdit),
                       static_cast<QWidget*>(m_useTokenApiUrlCheck)})
        w->setEnabled(!sandbox && controller()->hasProfile());
    const QSignalBlocker b(m_useTokenApiUrlCheck);
    if (sandbox) {
        const ZoomEndpoints ep = controller()->zoomEndpoints();
        m_oauthUrlEdit->setText(tr("Built-in sandbox (%1)").arg(ep.oauthBase.toDisplayString()));
        m_apiUrlEdit->setText(tr("Built-in sandbox (%1)").arg(ep.apiBase.toDisplayString()));
        m_useTokenApiUrlCheck->setChecked(ep.useTokenApiUrl);
        m_advancedNote->setText(tr("The sandbox runs inside Syncdesk on this computer; its addresses are set "
                                   "automatically."));
    } else {
        m_oauthUrlEdit->setText(p.zoom.oauthUrl);
        m_apiUrlEdit->setText(p.zoom.apiUrl);
        m_useTokenApiUrlCheck->setChecked(p.zoom.useTokenApiUrl);
        m_advancedNote->setText(tr("Change these only for Zoom for Government or a test server."));
    }
}

void ZoomCredentialsEditor::onIdsEdited()
{
    ZoomSettings z = controller()->profile().zoom;
    z.accountId = m_accountIdEdit->text();
    z.clientId = m_clientIdEdit->text();
    controller()->setZoomSettings(z);
}

void ZoomCredentialsEditor::onUrlsEdited()
{
    if (controller()->profile().sandbox || !controller()->hasProfile())
        return;
    ZoomSettings z = controller()->profile().zoom;
    const QString oauth = m_oauthUrlEdit->text().trimmed();
    const QString api = m_apiUrlEdit->text().trimmed();
    if (z.oauthUrl == oauth && z.apiUrl == api && z.useTokenApiUrl == m_useTokenApiUrlCheck->isChecked())
        return;
    z.oauthUrl = oauth;
    z.apiUrl = api;
    z.useTokenApiUrl = m_useTokenApiUrlCheck->isChecked();
    controller()->setZoomSettings(z);
}

void ZoomCredentialsEditor::startTest()
{
    if (!controller()->hasProfile() || m_testing)
        return;
    onUrlsEdited();
    const QString typed = m_clientSecret.edit->text();
    storeIfEdited(m_clientSecret);
    storeIfEdited(m_secretToken);
    clearResult();
    setTesting(true);
    m_progressLabel->setText(tr("Starting the test…"));
    m_progressLabel->show();
    controller()->testConnection(typed);
}

void ZoomCredentialsEditor::cancelTest()
{
    controller()->cancelTest();
    setTesting(false);
    m_progressLabel->clear();
    m_progressLabel->hide();
    m_statusBanner->showMessage(Banner::Kind::Info, tr("Test cancelled."));
    m_detailsButton->hide();
}

void ZoomCredentialsEditor::setTesting(bool testing)
{
    m_testing = testing;
    m_testButton->setEnabled(!testing && controller()->hasProfile());
    m_cancelButton->setVisible(testing);
    m_busy->setVisible(testing);
}

void ZoomCredentialsEditor::clearResult()
{
    m_statusBanner->hide();
    m_statusBanner->setToolTip(QString());
    m_detailsButton->setChecked(false);
    m_detailsLabel->hide();
    m_results->hide();
    m_progressLabel->clear();
    m_progressLabel->hide();
}

void ZoomCredentialsEditor::showResult(const ZoomConnectionReport& report, const Error& error)
{
    if (!m_testing)
        return; // cancelled, or started by someone else
    setTesting(false);
    m_progressLabel->setText(
        tr("Finished in %1 s.").arg(QLocale().toString(report.elapsedMs / 1000.0, 'f', 1)));
    m_progressLabel->show();
    if (!error.ok()) {
        m_results->hide();
        m_statusBanner->showMessage(Banner::Kind::Error, error.message);
        QStringList details;
        details << tr("Error: %1").arg(errorCodeName(error.code));
        if (error.httpStatus > 0)
            details << tr("HTTP status: %1").arg(error.httpStatus);
        if (error.serviceCode != 0)
            details << tr("Zoom error code: %1").arg(error.serviceCode);
        if (!error.detail.isEmpty())
            details << error.detail;
        m_detailsLabel->setText(details.join(QLatin1Char('\n')));
        m_statusBanner->setToolTip(error.detail);
        m_detailsButton->show();
        m_detailsButton->setChecked(false);
        revealResult();
        return;
    }
    m_detailsButton->hide();
    m_detailsLabel->hide();
    if (report.complete()) {
        m_statusBanner->showMessage(
            Banner::Kind::Success,
            tr("Connected. Zoom accepted the credentials and granted all required scopes."));
    } else {
        m_statusBanner->showMessage(
            Banner::Kind::Warning,
            tr("Connected, but some required scopes are missing. See the list below."));
    }
    m_apiHostLabel->setText(report.apiHost);
    m_userCountLabel->setText(report.userCount >= 0 ? QLocale().toString(report.userCount) : tr("Unknown"));
    bool phoneMissing = false;
    for (const ZoomScopeInfo& s : report.missingScopes)
        phoneMissing = phoneMissing || s.id == QLatin1String("phone");
    if (report.phoneUserCount >= 0)
        m_phoneUserCountLabel->setText(QLocale().toString(report.phoneUserCount));
    else if (phoneMissing)
        m_phoneUserCountLabel->setText(tr("Unknown, because the phone scope is missing"));
    else
        m_phoneUserCountLabel->setText(tr("Unknown; the account may not have Zoom Phone"));
    if (report.tokenExpiresAt.isValid()) {
        const qint64 minutes =
            qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(report.tokenExpiresAt) / 60);
        m_tokenExpiryLabel->setText(
            tr("%1 (in %2 min)")
                .arg(QLocale().toString(report.tokenExpiresAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(minutes)));
    } else {
        m_tokenExpiryLabel->setText(tr("Unknown"));
    }
    m_missingBanner->setVisible(!report.complete());
    fillScopeTable(report);
    m_results->show();
    revealResult();
}

void ZoomCredentialsEditor::revealResult()
{
    // The answer is below the fold at small window sizes: bring it into view once laid out.
    QTimer::singleShot(0, this, [this] {
        if (QScrollArea* scroll = hostScrollArea())
            scroll->ensureWidgetVisible(m_results->isVisible() ? m_results : m_statusBanner, 0, 0);
    });
}

void ZoomCredentialsEditor::fillScopeTable(const ZoomConnectionReport& report)
{
    const QList<ZoomScopeInfo> scopes = ZoomCatalog::scopes();
    m_scopeTable->setRowCount(int(scopes.size()));
    for (int r = 0; r < scopes.size(); ++r) {
        const ZoomScopeInfo& s = scopes[r];
        bool granted = true;
        for (const ZoomScopeInfo& m : report.missingScopes)
            granted = granted && m.id != s.id;
        auto* status = new QTableWidgetItem(granted ? tr("✓ Granted") : tr("✗ Missing"));
        status->setData(Qt::UserRole, granted);
        status->setData(Qt::UserRole + 1, s.id);
        status->setForeground(granted ? toneText(Tone::Ok) : toneText(Tone::Error));
        QFont f = status->font();
        f.setBold(!granted);
        status->setFont(f);
        auto* label = new QTableWidgetItem(s.label);
        label->setToolTip(s.why);
        auto* classic = new QTableWidgetItem(s.classic);
        auto* granular = new QTableWidgetItem(s.granular.join(QLatin1Char('\n')));
        for (QTableWidgetItem* item : {classic, granular})
            item->setFont(monospaceFont());
        const Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop;
        for (QTableWidgetItem* item : {status, label, classic, granular})
            item->setTextAlignment(align);
        m_scopeTable->setItem(r, ColStatus, status);
        m_scopeTable->setItem(r, ColLabel, label);
        m_scopeTable->setItem(r, ColClassic, classic);
        m_scopeTable->setItem(r, ColGranular, granular);
    }
    m_scopeTable->resizeRowsToContents();
    m_scopeTable->updateGeometry();
}

} // namespace syncdesk
