#include "AcdConnectionEditor.h"

#include "catalog/AcdCatalog.h"
#include "connect/SecretAccess.h"
#include "sandbox/AcdSandbox.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/SecretEdit.h"
#include "widgets/TextStyles.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
QFormLayout* makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    // Long German labels move above their field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

const AcdSandbox* runningSandbox(SetupController* controller)
{
    ProfileSession* s = controller->session();
    return s->isSandbox() && s->acdSandbox() && s->acdSandbox()->isRunning() ? s->acdSandbox() : nullptr;
}
} // namespace

AcdConnectionEditor::AcdConnectionEditor(SetupController* controller, AcdConnectionCheck* check,
                                         QWidget* parent)
    : Editor(controller, parent), m_check(check)
{
    setObjectName(QStringLiteral("acdConnectionEditor"));
    auto* layout = contentLayout();
    m_sandboxBanner = new Banner(this);
    m_sandboxBanner->setObjectName(QStringLiteral("acdSandboxBanner"));
    m_sandboxBanner->setText(tr("This profile uses the built-in sandbox, a simulated CXone tenant inside "
                                "Syncdesk. Its demo app and access key are filled in; Test connection works "
                                "right away."));
    m_sandboxBanner->hide();
    layout->addWidget(m_sandboxBanner);
    layout->addWidget(makeConnectionBox());
    layout->addWidget(makeAdvancedBox());
    layout->addWidget(makeTestBox());
    layout->addStretch(1);

    connect(controller, &SetupController::secretStored, this,
            [this](SecretPurpose purpose, const Error& error) {
                if (purpose == SecretPurpose::AcdClientSecret)
                    updateSecretStatus(m_clientSecret, error);
                else if (purpose == SecretPurpose::AcdAccessKeySecret)
                    updateSecretStatus(m_accessKeySecret, error);
            });
    connect(controller, &SetupController::keychainStatusChanged, this, [this] {
        updateSecretStatus(m_clientSecret);
        updateSecretStatus(m_accessKeySecret);
    });
    connect(m_check, &AcdConnectionCheck::started, this, &AcdConnectionEditor::showCheckState);
    connect(m_check, &AcdConnectionCheck::reset, this, &AcdConnectionEditor::showCheckState);
    connect(m_check, &AcdConnectionCheck::progress, this, [this](const QString& message) {
        m_progressLabel->setText(message);
        m_progressLabel->setVisible(!message.isEmpty());
    });
    connect(m_check, &AcdConnectionCheck::finished, this, [this] {
        showCheckState();
        // The answer is below the fold at small window sizes: bring it into view once laid out.
        QTimer::singleShot(0, this, [this] {
            if (QScrollArea* scroll = hostScrollArea())
                scroll->ensureWidgetVisible(m_results->isVisible() ? m_results : m_statusBanner, 0, 0);
        });
    });
}

QWidget* AcdConnectionEditor::makeConnectionBox()
{
    auto* box = new QGroupBox(tr("ACD sign-in"), this);
    auto* form = makeForm(box);
    form->addRow(makeWrappedLabel(
        tr("The client ID and secret come from the app registration NICE sent you. The access key ID and "
           "secret are created in CXone under My Profile > Access Keys; the secret is shown only once."),
        true, box));

    m_regionCombo = new QComboBox(box);
    m_regionCombo->setObjectName(QStringLiteral("acdRegionCombo"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Region:"), m_regionCombo);
    m_issuerEdit = new QLineEdit(box);
    m_issuerEdit->setObjectName(QStringLiteral("acdIssuerUrlEdit"));
    m_issuerEdit->setPlaceholderText(QStringLiteral("https://cxone.example.com"));
    m_issuerEdit->setFont(monospaceFont());
    form->addRow(tr("Issuer URL:"), m_issuerEdit);
    connect(m_regionCombo, &QComboBox::activated, this, &AcdConnectionEditor::onRegionChosen);
    connect(m_issuerEdit, &QLineEdit::editingFinished, this, &AcdConnectionEditor::onFieldsEdited);

    m_clientIdEdit = new QLineEdit(box);
    m_clientIdEdit->setObjectName(QStringLiteral("acdClientIdEdit"));
    m_accessKeyIdEdit = new QLineEdit(box);
    m_accessKeyIdEdit->setObjectName(QStringLiteral("acdAccessKeyIdEdit"));
    for (QLineEdit* e : {m_clientIdEdit, m_accessKeyIdEdit}) {
        e->setFont(monospaceFont());
        connect(e, &QLineEdit::textEdited, this, &AcdConnectionEditor::onFieldsEdited);
    }
    setupSecretField(m_clientSecret, SecretPurpose::AcdClientSecret, QStringLiteral("acdClientSecret"));
    setupSecretField(m_accessKeySecret, SecretPurpose::AcdAccessKeySecret,
                     QStringLiteral("acdAccessKeySecret"));
    auto secretCell = [box](SecretField& f) {
        auto* cell = new QWidget(box);
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(f.edit);
        v->addWidget(f.status);
        return cell;
    };
    form->addRow(tr("Client ID:"), m_clientIdEdit);
    form->addRow(tr("Client secret:"), secretCell(m_clientSecret));
    form->addRow(tr("Access key ID:"), m_accessKeyIdEdit);
    form->addRow(tr("Access key secret:"), secretCell(m_accessKeySecret));
    return box;
}

void AcdConnectionEditor::setupSecretField(SecretField& field, SecretPurpose purpose,
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

QWidget* AcdConnectionEditor::makeAdvancedBox()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_advancedToggle = new QToolButton(box);
    m_advancedToggle->setObjectName(QStringLiteral("acdAdvancedToggle"));
    m_advancedToggle->setText(tr("Advanced: API version and address"));
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    v->addWidget(m_advancedToggle, 0, Qt::AlignLeft);

    m_advancedPanel = new QWidget(box);
    m_advancedPanel->setObjectName(QStringLiteral("acdAdvancedPanel"));
    auto* form = makeForm(m_advancedPanel);
    m_apiVersionEdit = new QLineEdit(m_advancedPanel);
    m_apiVersionEdit->setObjectName(QStringLiteral("acdApiVersionEdit"));
    m_apiVersionEdit->setPlaceholderText(QStringLiteral("v34.0"));
    m_apiUrlEdit = new QLineEdit(m_advancedPanel);
    m_apiUrlEdit->setObjectName(QStringLiteral("acdApiUrlEdit"));
    m_apiUrlEdit->setPlaceholderText(tr("Found after sign-in"));
    for (QLineEdit* e : {m_apiVersionEdit, m_apiUrlEdit}) {
        e->setFont(monospaceFont());
        connect(e, &QLineEdit::editingFinished, this, &AcdConnectionEditor::onFieldsEdited);
    }
    form->addRow(tr("API version:"), m_apiVersionEdit);
    form->addRow(tr("API URL:"), m_apiUrlEdit);
    form->addRow(
        makeWrappedLabel(tr("Leave the API URL empty: the tenant's address is found from the sign-in. "
                            "Enter it only when NICE gave you one, for example "
                            "https://api-na1.niceincontact.com."),
                         true, m_advancedPanel));
    m_advancedPanel->hide();
    v->addWidget(m_advancedPanel);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedPanel->setVisible(open);
    });
    return box;
}

QWidget* AcdConnectionEditor::makeTestBox()
{
    auto* box = new QGroupBox(tr("Connection test"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(
        makeWrappedLabel(tr("Signs in with these credentials, finds the tenant's API address and counts "
                            "its agents, teams and unavailable codes. Nothing is changed in the ACD."),
                         true, box));
    auto* row = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test connection"), box);
    m_testButton->setObjectName(QStringLiteral("acdTestConnectionButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("acdCancelTestButton"));
    m_cancelButton->hide();
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(QStringLiteral("acdTestBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    row->addWidget(m_testButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_busy);
    row->addStretch(1);
    v->addLayout(row);
    connect(m_testButton, &QPushButton::clicked, this, &AcdConnectionEditor::startTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &AcdConnectionEditor::cancelTest);

    m_progressLabel = makeWrappedLabel(QString(), true, box);
    m_progressLabel->setObjectName(QStringLiteral("acdTestProgressLabel"));
    m_progressLabel->hide();
    v->addWidget(m_progressLabel);
    m_statusBanner = new Banner(box);
    m_statusBanner->setObjectName(QStringLiteral("acdTestStatusBanner"));
    m_statusBanner->label()->setObjectName(QStringLiteral("acdTestStatusLabel"));
    m_statusBanner->hide();
    v->addWidget(m_statusBanner);
    m_detailsLabel = makeWrappedLabel(QString(), true, box);
    m_detailsLabel->setObjectName(QStringLiteral("acdTestDetailsLabel"));
    m_detailsLabel->setFont(monospaceFont());
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsLabel->hide();
    v->addWidget(m_detailsLabel);

    m_results = new QWidget(box);
    m_results->setObjectName(QStringLiteral("acdTestResults"));
    auto* form = makeForm(m_results);
    form->setContentsMargins(0, 0, 0, 0);
    auto value = [this](const char* name, bool identifier) {
        QLabel* l = identifier ? makeIdentifierLabel(QString(), m_results)
                               : makeWrappedLabel(QString(), false, m_results);
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return l;
    };
    m_tenantLabel = value("acdTenantLabel", true);
    m_businessUnitLabel = value("acdBusinessUnitLabel", true);
    m_apiBaseLabel = value("acdApiBaseLabel", true);
    m_userLabel = value("acdAccessKeyUserLabel", false);
    m_agentsLabel = value("acdAgentCountLabel", false);
    m_teamsLabel = value("acdTeamCountLabel", false);
    m_codesLabel = value("acdCodeCountLabel", false);
    form->addRow(tr("Tenant ID:"), m_tenantLabel);
    form->addRow(tr("Business unit:"), m_businessUnitLabel);
    form->addRow(tr("API base:"), m_apiBaseLabel);
    form->addRow(tr("Access-key user:"), m_userLabel);
    form->addRow(tr("Agents:"), m_agentsLabel);
    form->addRow(tr("Teams:"), m_teamsLabel);
    form->addRow(tr("Unavailable codes:"), m_codesLabel);
    m_results->hide();
    v->addWidget(m_results);
    return box;
}

void AcdConnectionEditor::refresh()
{
    const Profile& p = controller()->profile();
    if (p.id != m_shownProfileId) {
        // Another profile: nothing typed for the previous one may stay on screen.
        m_shownProfileId = p.id;
        for (SecretField* f : {&m_clientSecret, &m_accessKeySecret}) {
            f->edit->clear();
            f->edited = false;
        }
    }
    const AcdSandbox* sandbox = runningSandbox(controller());
    const AcdSandboxCredentials demo = sandbox ? sandbox->credentials() : AcdSandboxCredentials{};
    m_sandboxBanner->setVisible(sandbox != nullptr);
    fillRegions();
    // The sandbox's demo IDs are shown where the profile has none (the resolver uses them too).
    const QString clientId = p.acd.clientId.isEmpty() ? demo.clientId : p.acd.clientId;
    const QString accessKeyId = p.acd.accessKeyId.isEmpty() ? demo.accessKeyId : p.acd.accessKeyId;
    if (!m_clientIdEdit->hasFocus() && m_clientIdEdit->text() != clientId)
        m_clientIdEdit->setText(clientId);
    if (!m_accessKeyIdEdit->hasFocus() && m_accessKeyIdEdit->text() != accessKeyId)
        m_accessKeyIdEdit->setText(accessKeyId);
    if (!m_apiVersionEdit->hasFocus())
        m_apiVersionEdit->setText(p.acd.apiVersion);
    if (!m_apiUrlEdit->hasFocus())
        m_apiUrlEdit->setText(sandbox ? QString() : p.acd.apiUrl);
    const bool open = controller()->hasProfile();
    for (QWidget* w :
         {static_cast<QWidget*>(m_clientIdEdit), static_cast<QWidget*>(m_accessKeyIdEdit),
          static_cast<QWidget*>(m_clientSecret.edit), static_cast<QWidget*>(m_accessKeySecret.edit)})
        w->setEnabled(open);
    for (QWidget* w : {static_cast<QWidget*>(m_apiVersionEdit), static_cast<QWidget*>(m_apiUrlEdit)})
        w->setEnabled(open && !sandbox);
    updateSecretStatus(m_clientSecret);
    updateSecretStatus(m_accessKeySecret);
    showCheckState();
}

void AcdConnectionEditor::fillRegions()
{
    const QSignalBlocker block(m_regionCombo);
    m_regionCombo->clear();
    const AcdSandbox* sandbox = runningSandbox(controller());
    if (sandbox) {
        m_regionCombo->addItem(tr("Built-in sandbox (%1)").arg(sandbox->issuerUrl().toDisplayString()),
                               sandbox->issuerUrl().toString());
        m_regionCombo->setEnabled(false);
        m_issuerEdit->hide();
        if (auto* form = qobject_cast<QFormLayout*>(m_issuerEdit->parentWidget()->layout()))
            form->setRowVisible(m_issuerEdit, false);
        return;
    }
    for (const AcdRegion& r : AcdCatalog::regions())
        m_regionCombo->addItem(r.name, r.issuer.toString());
    m_regionCombo->addItem(tr("Other: enter the issuer URL"), QString());
    m_regionCombo->setEnabled(controller()->hasProfile());
    const QString issuer = controller()->profile().acd.issuerUrl.trimmed();
    int index = m_regionCombo->findData(issuer);
    if (index < 0 && issuer.endsWith(QLatin1Char('/')))
        index = m_regionCombo->findData(issuer.chopped(1));
    const bool custom = index < 0;
    m_regionCombo->setCurrentIndex(custom ? m_regionCombo->count() - 1 : index);
    if (!m_issuerEdit->hasFocus())
        m_issuerEdit->setText(custom ? issuer : QString());
    if (auto* form = qobject_cast<QFormLayout*>(m_issuerEdit->parentWidget()->layout()))
        form->setRowVisible(m_issuerEdit, custom);
}

void AcdConnectionEditor::onRegionChosen()
{
    const QString issuer = m_regionCombo->currentData().toString();
    if (auto* form = qobject_cast<QFormLayout*>(m_issuerEdit->parentWidget()->layout()))
        form->setRowVisible(m_issuerEdit, issuer.isEmpty());
    if (issuer.isEmpty()) {
        m_issuerEdit->setFocus();
        return; // stored when the URL is entered
    }
    AcdSettings acd = controller()->profile().acd;
    if (acd.issuerUrl == issuer)
        return;
    acd.issuerUrl = issuer;
    controller()->session()->setAcdSettings(acd);
}

void AcdConnectionEditor::onFieldsEdited()
{
    if (!controller()->hasProfile())
        return;
    const bool sandbox = runningSandbox(controller()) != nullptr;
    AcdSettings acd = controller()->profile().acd;
    acd.clientId = m_clientIdEdit->text().trimmed();
    acd.accessKeyId = m_accessKeyIdEdit->text().trimmed();
    if (!sandbox) {
        if (m_regionCombo->currentData().toString().isEmpty() && !m_issuerEdit->text().trimmed().isEmpty())
            acd.issuerUrl = m_issuerEdit->text().trimmed();
        const QString version = m_apiVersionEdit->text().trimmed();
        acd.apiVersion = version.isEmpty() ? AcdSettings{}.apiVersion : version;
        acd.apiUrl = m_apiUrlEdit->text().trimmed();
    }
    const AcdSettings& now = controller()->profile().acd;
    if (acd.clientId == now.clientId && acd.accessKeyId == now.accessKeyId &&
        acd.issuerUrl == now.issuerUrl && acd.apiVersion == now.apiVersion && acd.apiUrl == now.apiUrl)
        return;
    controller()->session()->setAcdSettings(acd);
}

void AcdConnectionEditor::storeEditedSecrets()
{
    storeIfEdited(m_clientSecret);
    storeIfEdited(m_accessKeySecret);
}

void AcdConnectionEditor::storeIfEdited(SecretField& field)
{
    const QString value = field.edit->text();
    if (!field.edited || value.isEmpty())
        return;
    field.edited = false;
    controller()->storeSecret(field.purpose, value);
    // The field keeps the value only until the keychain has it; it is never shown back.
    field.edit->clear();
    updateSecretStatus(field);
}

void AcdConnectionEditor::updateSecretStatus(SecretField& field, const Error& lastError)
{
    const AcdSettings& acd = controller()->profile().acd;
    const bool stored =
        field.purpose == SecretPurpose::AcdClientSecret ? acd.hasClientSecret : acd.hasAccessKeySecret;
    const bool sessionOnly = controller()->secrets()->isSessionOnly(field.purpose);
    const bool typed = !field.edit->text().isEmpty();
    QString text;
    if (!lastError.ok() && lastError.code != ErrorCode::KeychainUnavailable &&
        lastError.code != ErrorCode::KeychainDenied) {
        text = lastError.message;
    } else if (typed && field.edited) {
        text = tr("Not stored yet. It is stored when you leave the field.");
    } else if (sessionOnly) {
        text = tr("Used for this session only, because the keychain is unavailable.");
    } else if (stored) {
        text = tr("Stored in %1.").arg(controller()->secretBackendName());
    } else if (runningSandbox(controller())) {
        text = tr("Not stored: the sandbox's demo value is used.");
    } else {
        text = tr("Not stored yet.");
    }
    field.status->setText(text);
    field.edit->lineEdit()->setPlaceholderText(
        stored || sessionOnly ? tr("Stored. Type a new value to replace it.") : QString());
}

void AcdConnectionEditor::startTest()
{
    if (!controller()->hasProfile() || m_check->isRunning())
        return;
    onFieldsEdited();
    storeEditedSecrets();
    m_check->start();
}

void AcdConnectionEditor::cancelTest()
{
    m_check->cancel();
    m_statusBanner->showMessage(Banner::Kind::Info, tr("Test cancelled."));
}

void AcdConnectionEditor::showRunning(bool running)
{
    m_testButton->setEnabled(!running && controller()->hasProfile());
    m_cancelButton->setVisible(running);
    m_busy->setVisible(running);
}

void AcdConnectionEditor::showCheckState()
{
    const bool running = m_check->isRunning();
    showRunning(running);
    if (running) {
        m_statusBanner->hide();
        m_detailsLabel->hide();
        m_results->hide();
        return;
    }
    if (!m_check->hasResult()) {
        m_progressLabel->hide();
        m_detailsLabel->hide();
        m_results->hide();
        if (m_statusBanner->kind() != Banner::Kind::Info)
            m_statusBanner->hide();
        return;
    }
    const AcdConnectionReport& r = m_check->lastReport();
    const Error& e = m_check->lastError();
    m_progressLabel->setText(tr("Checked at %1, in %2 s.")
                                 .arg(QLocale().toString(m_check->checkedAt().time(), QLocale::ShortFormat),
                                      QLocale().toString(r.elapsedMs / 1000.0, 'f', 1)));
    m_progressLabel->show();
    if (!e.ok()) {
        m_results->hide();
        m_statusBanner->showMessage(Banner::Kind::Error, e.message);
        QStringList details;
        details << tr("Error: %1").arg(errorCodeName(e.code));
        if (e.httpStatus > 0)
            details << tr("HTTP status: %1").arg(e.httpStatus);
        if (!e.detail.isEmpty())
            details << e.detail;
        m_detailsLabel->setText(details.join(QLatin1Char('\n')));
        m_detailsLabel->show();
        return;
    }
    m_detailsLabel->hide();
    m_statusBanner->showMessage(Banner::Kind::Success,
                                tr("Connected. The ACD accepted the app credentials and the access key."));
    const QLocale locale;
    auto count = [&locale](int n) { return n >= 0 ? locale.toString(n) : tr("Unknown"); };
    m_tenantLabel->setText(r.tenantId.isEmpty() ? tr("Unknown") : r.tenantId);
    m_businessUnitLabel->setText(r.businessUnitId > 0 ? QString::number(r.businessUnitId) : tr("Unknown"));
    m_apiBaseLabel->setText(r.servicesBase.isEmpty() ? r.apiBase.toString() : r.servicesBase.toString());
    m_userLabel->setText(r.userName.isEmpty() ? tr("Not named in the sign-in") : r.userName);
    m_agentsLabel->setText(count(r.agentCount));
    m_teamsLabel->setText(count(r.teamCount));
    m_codesLabel->setText(count(r.unavailableCodeCount));
    m_results->show();
}

} // namespace syncdesk
