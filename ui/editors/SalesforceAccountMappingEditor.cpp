#include "SalesforceAccountMappingEditor.h"

#include "catalog/AcdCatalog.h"
#include "catalog/SalesforceCatalog.h"
#include "connect/ProfileSession.h"
#include "connect/SalesforceConnectionCheck.h"
#include "connect/SecretAccess.h"
#include "connect/SessionClients.h"
#include "salesforce/SalesforceApi.h"
#include "salesforce/SalesforceAuth.h"
#include "salesforce/SalesforceBrowserLogin.h"
#include "salesforce/SalesforceIds.h"
#include "sandbox/SalesforceSandbox.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/CopyButton.h"
#include "widgets/TextStyles.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
QLineEdit* makeEdit(const QString& objectName, QWidget* parent, bool monospace = false)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    if (monospace)
        e->setFont(monospaceFont());
    e->setMinimumWidth(e->fontMetrics().averageCharWidth() * 28);
    return e;
}

QLabel* makeNote(const QString& objectName, QWidget* parent)
{
    auto* l = makeWrappedLabel(QString(), true, parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

SalesforceAccountMappingEditor::UrlOpener& urlOpener()
{
    static SalesforceAccountMappingEditor::UrlOpener opener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

void setProblem(QLabel* label, bool problem)
{
    // Red for a problem; otherwise the secondary style makeWrappedLabel gave it.
    label->setStyleSheet(problem ? toneTextCss(Tone::Error) : QString());
    label->setProperty("problem", problem);
}
} // namespace

void SalesforceAccountMappingEditor::setUrlOpener(UrlOpener opener)
{
    urlOpener() = opener ? std::move(opener) : [](const QUrl& url) { return QDesktopServices::openUrl(url); };
}

SalesforceAccountMappingEditor::SalesforceAccountMappingEditor(SetupController* controller,
                                                               SessionClients* clients, QWidget* parent)
    : Editor(controller, parent), m_clients(clients)
{
    setObjectName(QStringLiteral("salesforceAccountMappingEditor"));
    auto* layout = contentLayout();
    layout->addWidget(makeWrappedLabel(
        tr("In CXone, Salesforce is mapped in Adapters > Account Mapping > Salesforce > Map Accounts. Enter "
           "the values here once: Verify signs in to Salesforce with them, as CXone will, and each copy "
           "button puts one value on the clipboard for CXone's dialog."),
        true, this));
    m_sandboxNote =
        makeWrappedLabel(tr("This sandbox profile signs in to Syncdesk's built-in Salesforce org. "
                            "Fields left empty use its demo user and connected app."),
                         true, this);
    m_sandboxNote->setObjectName(QStringLiteral("sfSandboxNote"));
    layout->addWidget(m_sandboxNote);
    layout->addWidget(makeFieldsBox());
    layout->addWidget(makeVerifyBox());
    layout->addWidget(makeSignInBox());
    layout->addStretch(1);
    // Its own check until the window hands over the shared one (setConnectionCheck()).
    setConnectionCheck(new SalesforceConnectionCheck(
        clients ? clients : new SessionClients(controller->session(), this), this));

    connect(controller, &SetupController::secretStored, this, [this](SecretPurpose purpose) {
        if (purpose == SecretPurpose::SalesforcePassword || purpose == SecretPurpose::SalesforceClientSecret)
            updateSecretPlaceholders();
        if (purpose == SecretPurpose::SalesforceRefreshToken)
            updateSignInButtons();
    });
}

void SalesforceAccountMappingEditor::addRow(QGridLayout* grid, int& line, const QString& label,
                                            QWidget* field, QPushButton* copy, QLabel* note)
{
    auto* l = new QLabel(label, grid->parentWidget());
    l->setBuddy(field);
    grid->addWidget(l, line, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(field, line, 1);
    if (copy)
        grid->addWidget(copy, line, 2);
    ++line;
    if (note) {
        grid->addWidget(note, line, 1, 1, 2);
        ++line;
    }
}

QPushButton* SalesforceAccountMappingEditor::makeCopyButton(const QString& objectName,
                                                            std::function<QString()> source)
{
    auto* b = new CopyButton(tr("Copy"), this);
    b->setObjectName(objectName);
    b->setSource(std::move(source));
    return b;
}

QPushButton* SalesforceAccountMappingEditor::makeSecretCopyButton(SecretPurpose purpose,
                                                                  const QString& objectName)
{
    // The value is read from the keychain when clicked and handed to the clipboard only.
    auto* b = new CopyButton(tr("Copy"), this);
    b->setObjectName(objectName);
    disconnect(b, &QPushButton::clicked, b, &CopyButton::copy);
    connect(b, &QPushButton::clicked, this, [this, b, purpose] {
        storeEditedSecrets();
        b->setEnabled(false);
        controller()->secrets()->read(purpose, b, [this, b](const QString& value, const Error& error) {
            b->setEnabled(true);
            if (!error.ok() || value.isEmpty()) {
                m_verifyBanner->showMessage(
                    Banner::Kind::Warning,
                    error.ok() || error.code == ErrorCode::KeychainEntryNotFound
                        ? tr("Nothing is stored for this profile yet. Type the value into its field first.")
                        : error.message);
                return;
            }
            b->setSource([value] { return value; });
            b->copy();
            b->setSource({});
        });
    });
    return b;
}

QWidget* SalesforceAccountMappingEditor::makeFieldsBox()
{
    auto* box = new QGroupBox(tr("Salesforce account details"), this);
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int line = 0;

    m_platformCombo = new QComboBox(box);
    m_platformCombo->setObjectName(QStringLiteral("sfPlatformCombo"));
    m_platformCombo->addItem(tr("Not chosen"), QString());
    for (const QString& p : SalesforceCatalog::platforms())
        m_platformCombo->addItem(SalesforceCatalog::platformName(p), p);
    m_platformCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_platformCombo, &QComboBox::activated, this, &SalesforceAccountMappingEditor::onPlatformChosen);
    addRow(
        grid, line, tr("Salesforce platform version:"), m_platformCombo,
        makeCopyButton(QStringLiteral("sfCopyPlatform"), [this] { return m_platformCombo->currentText(); }));

    m_loginUrlEdit = makeEdit(QStringLiteral("sfLoginUrlEdit"), box, true);
    auto* loginNote = makeNote(QStringLiteral("sfLoginUrlNote"), box);
    loginNote->setText(tr("login.salesforce.com for production and Hyperforce, test.salesforce.com for a "
                          "sandbox. If your org requires its My Domain, enter it instead "
                          "(https://yourcompany.my.salesforce.com)."));
    connect(m_loginUrlEdit, &QLineEdit::textEdited, this, &SalesforceAccountMappingEditor::saveSettings);
    addRow(
        grid, line, tr("Login URL:"), m_loginUrlEdit,
        makeCopyButton(QStringLiteral("sfCopyLoginUrl"), [this] { return m_loginUrlEdit->text().trimmed(); }),
        loginNote);

    m_environmentEdit = makeEdit(QStringLiteral("sfEnvironmentEdit"), box);
    m_environmentEdit->setPlaceholderText(tr("A name for this org in CXone, e.g. Production EU"));
    connect(m_environmentEdit, &QLineEdit::textEdited, this, &SalesforceAccountMappingEditor::saveSettings);
    addRow(grid, line, tr("Salesforce environment:"), m_environmentEdit,
           makeCopyButton(QStringLiteral("sfCopyEnvironment"),
                          [this] { return m_environmentEdit->text().trimmed(); }));

    m_orgIdEdit = makeEdit(QStringLiteral("sfOrgIdEdit"), box, true);
    m_orgIdEdit->setPlaceholderText(QStringLiteral("00D…"));
    m_orgIdStatus = makeNote(QStringLiteral("sfOrgIdStatus"), box);
    connect(m_orgIdEdit, &QLineEdit::textEdited, this, [this] {
        saveSettings();
        updateOrgIdStatus();
    });
    addRow(grid, line, tr("Organization ID:"), m_orgIdEdit,
           makeCopyButton(QStringLiteral("sfCopyOrgId"),
                          [this] {
                              // The 18-character form survives case-insensitive tools; CXone accepts both.
                              const OrgIdCheck c = SalesforceIds::checkOrgId(m_orgIdEdit->text());
                              return c.ok() ? c.id18 : m_orgIdEdit->text().trimmed();
                          }),
           m_orgIdStatus);

    m_usernameEdit = makeEdit(QStringLiteral("sfUsernameEdit"), box);
    m_usernameEdit->setPlaceholderText(tr("The Salesforce administrator's user name"));
    connect(m_usernameEdit, &QLineEdit::textEdited, this, &SalesforceAccountMappingEditor::saveSettings);
    addRow(grid, line, tr("User name:"), m_usernameEdit,
           makeCopyButton(QStringLiteral("sfCopyUsername"),
                          [this] { return m_usernameEdit->text().trimmed(); }));

    m_passwordEdit = makeEdit(QStringLiteral("sfPasswordEdit"), box);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto* passwordNote = makeNote(QStringLiteral("sfPasswordNote"), box);
    passwordNote->setText(
        tr("The password with the security token appended: for password xyz and token 123, "
           "enter xyz123. Not needed when the agent profile allows every login IP address."));
    connect(m_passwordEdit, &QLineEdit::editingFinished, this,
            [this] { storeSecretField(m_passwordEdit, SecretPurpose::SalesforcePassword); });
    addRow(grid, line, tr("Password and security token:"), m_passwordEdit,
           makeSecretCopyButton(SecretPurpose::SalesforcePassword, QStringLiteral("sfCopyPassword")),
           passwordNote);

    m_clientIdEdit = makeEdit(QStringLiteral("sfClientIdEdit"), box, true);
    m_clientIdEdit->setPlaceholderText(tr("The connected app's consumer key"));
    connect(m_clientIdEdit, &QLineEdit::textEdited, this, &SalesforceAccountMappingEditor::saveSettings);
    addRow(grid, line, tr("Client ID:"), m_clientIdEdit,
           makeCopyButton(QStringLiteral("sfCopyClientId"),
                          [this] { return m_clientIdEdit->text().trimmed(); }));

    m_clientSecretEdit = makeEdit(QStringLiteral("sfClientSecretEdit"), box);
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    connect(m_clientSecretEdit, &QLineEdit::editingFinished, this,
            [this] { storeSecretField(m_clientSecretEdit, SecretPurpose::SalesforceClientSecret); });
    addRow(grid, line, tr("Client secret:"), m_clientSecretEdit,
           makeSecretCopyButton(SecretPurpose::SalesforceClientSecret, QStringLiteral("sfCopyClientSecret")));

    m_emailEdit = makeEdit(QStringLiteral("sfEmailEdit"), box);
    m_emailEdit->setPlaceholderText(tr("Receives the adapter's notifications"));
    m_emailStatus = makeNote(QStringLiteral("sfEmailStatus"), box);
    connect(m_emailEdit, &QLineEdit::textEdited, this, [this] {
        saveSettings();
        updateEmailStatus();
    });
    addRow(grid, line, tr("E-mail:"), m_emailEdit,
           makeCopyButton(QStringLiteral("sfCopyEmail"), [this] { return m_emailEdit->text().trimmed(); }),
           m_emailStatus);
    return box;
}

QWidget* SalesforceAccountMappingEditor::makeVerifyBox()
{
    auto* box = new QGroupBox(tr("Verify"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(
        makeWrappedLabel(tr("Signs in with the user name, password, client ID and client secret above "
                            "(the username-password flow CXone uses) and shows the org the server "
                            "reports next to the one typed."),
                         true, box));
    auto* row = new QHBoxLayout;
    m_verifyButton = new QPushButton(tr("Verify"), box);
    m_verifyButton->setObjectName(QStringLiteral("sfVerifyButton"));
    connect(m_verifyButton, &QPushButton::clicked, this, &SalesforceAccountMappingEditor::verify);
    row->addWidget(m_verifyButton);
    m_verifyBusy = new QProgressBar(box);
    m_verifyBusy->setObjectName(QStringLiteral("sfVerifyBusy"));
    m_verifyBusy->setRange(0, 0);
    m_verifyBusy->setMaximumWidth(160);
    m_verifyBusy->hide();
    row->addWidget(m_verifyBusy);
    row->addStretch(1);
    v->addLayout(row);

    m_verifyBanner = new Banner(box);
    m_verifyBanner->setObjectName(QStringLiteral("sfVerifyBanner"));
    m_verifyBanner->hide();
    v->addWidget(m_verifyBanner);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    auto value = [box](const QString& name) {
        auto* l = new QLabel(box);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_typedOrgIdValue = value(QStringLiteral("sfTypedOrgIdValue"));
    m_typedOrgIdValue->setFont(monospaceFont());
    m_serverOrgIdValue = value(QStringLiteral("sfServerOrgIdValue"));
    m_serverOrgIdValue->setFont(monospaceFont());
    m_matchValue = value(QStringLiteral("sfOrgIdMatchValue"));
    m_userValue = value(QStringLiteral("sfUserValue"));
    m_usageValue = value(QStringLiteral("sfApiUsageValue"));
    const QList<QPair<QString, QLabel*>> rows = {
        {tr("Organization ID typed:"), m_typedOrgIdValue},
        {tr("Organization ID of the server:"), m_serverOrgIdValue},
        {tr("Comparison:"), m_matchValue},
        {tr("Signed in as:"), m_userValue},
        {tr("API usage:"), m_usageValue},
    };
    int line = 0;
    for (const auto& [label, field] : rows) {
        grid->addWidget(new QLabel(label, box), line, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(field, line++, 1);
    }
    v->addLayout(grid);
    return box;
}

void SalesforceAccountMappingEditor::refresh()
{
    const bool has = controller()->hasProfile();
    const Profile& p = controller()->profile();
    if (p.id != m_shownProfileId) {
        // Another profile: the last verification says nothing about it.
        m_shownProfileId = p.id;
        m_passwordEdit->clear();
        m_clientSecretEdit->clear();
        // A browser sign-in in flight belongs to the profile it was started for.
        ++m_signInRun;
        retireSignInScope();
        m_signingIn = false;
        m_signInBusy->hide();
        m_signInBanner->hide();
        for (QLabel* l : {m_signedInUserValue, m_signedInOrgIdValue, m_signedInInstanceValue})
            l->clear();
    }
    const SalesforceSettings& s = p.salesforce;
    m_sandboxNote->setVisible(controller()->session()->isSandbox());
    m_platformCombo->setCurrentIndex(qMax(0, m_platformCombo->findData(s.platform)));
    const auto setIfIdle = [](QLineEdit* e, const QString& text) {
        if (!e->hasFocus() && e->text() != text)
            e->setText(text);
    };
    setIfIdle(m_loginUrlEdit, s.loginUrl);
    setIfIdle(m_environmentEdit, s.environmentName);
    setIfIdle(m_orgIdEdit, s.orgId);
    setIfIdle(m_usernameEdit, s.username);
    setIfIdle(m_clientIdEdit, s.clientId);
    setIfIdle(m_emailEdit, s.email);
    for (QWidget* w : std::initializer_list<QWidget*>{m_platformCombo, m_loginUrlEdit, m_environmentEdit,
                                                      m_orgIdEdit, m_usernameEdit, m_passwordEdit,
                                                      m_clientIdEdit, m_clientSecretEdit, m_emailEdit})
        w->setEnabled(has);
    m_verifyButton->setEnabled(has && !m_check->isRunning());
    updateSignInButtons();
    updateOrgIdStatus();
    updateEmailStatus();
    updateSecretPlaceholders();
}

void SalesforceAccountMappingEditor::saveSettings()
{
    if (!controller()->hasProfile())
        return;
    SalesforceSettings s = controller()->profile().salesforce;
    s.platform = m_platformCombo->currentData().toString();
    s.loginUrl = m_loginUrlEdit->text().trimmed();
    s.environmentName = m_environmentEdit->text().trimmed();
    s.orgId = m_orgIdEdit->text().trimmed();
    s.username = m_usernameEdit->text().trimmed();
    s.clientId = m_clientIdEdit->text().trimmed();
    s.email = m_emailEdit->text().trimmed();
    controller()->session()->setSalesforceSettings(s);
}

void SalesforceAccountMappingEditor::onPlatformChosen()
{
    // The login host follows the platform unless the admin typed their own (My Domain).
    const QString previous = controller()->profile().salesforce.platform;
    const QString chosen = m_platformCombo->currentData().toString();
    const QUrl typed = SalesforceLogin::normalize(m_loginUrlEdit->text());
    if (m_loginUrlEdit->text().trimmed().isEmpty() || typed == SalesforceCatalog::defaultLoginUrl(previous) ||
        typed == SalesforceLogin::production() || typed == SalesforceLogin::sandbox())
        m_loginUrlEdit->setText(SalesforceCatalog::defaultLoginUrl(chosen).toString());
    saveSettings();
}

void SalesforceAccountMappingEditor::updateOrgIdStatus()
{
    const QString typed = m_orgIdEdit->text().trimmed();
    if (typed.isEmpty()) {
        m_orgIdStatus->setText(tr("15 or 18 characters starting with 00D. Salesforce shows it under Setup > "
                                  "Company Information > Salesforce.com Organization ID."));
        setProblem(m_orgIdStatus, false);
        return;
    }
    const OrgIdCheck check = SalesforceIds::checkOrgId(typed);
    if (check.ok()) {
        m_orgIdStatus->setText(tr("Valid. 18-character form: %1").arg(check.id18));
        setProblem(m_orgIdStatus, false);
    } else {
        m_orgIdStatus->setText(check.error().message);
        setProblem(m_orgIdStatus, true);
    }
}

void SalesforceAccountMappingEditor::updateEmailStatus()
{
    const QString typed = m_emailEdit->text().trimmed();
    const bool bad = !typed.isEmpty() && !AcdCatalog::isValidEmail(typed);
    m_emailStatus->setText(bad ? tr("This is not an e-mail address. Enter one address, such as "
                                    "admin@example.com.")
                               : QString());
    m_emailStatus->setVisible(bad);
    setProblem(m_emailStatus, bad);
}

void SalesforceAccountMappingEditor::updateSecretPlaceholders()
{
    const SalesforceSettings& s = controller()->profile().salesforce;
    m_passwordEdit->setPlaceholderText(s.hasPassword ? tr("Stored. Type to replace it.")
                                                     : tr("Not stored yet"));
    m_clientSecretEdit->setPlaceholderText(s.hasClientSecret ? tr("Stored. Type to replace it.")
                                                             : tr("The connected app's consumer secret"));
}

void SalesforceAccountMappingEditor::storeSecretField(QLineEdit* edit, SecretPurpose purpose)
{
    if (edit->text().isEmpty() || !controller()->hasProfile())
        return;
    controller()->storeSecret(purpose, edit->text());
    // Never shown back: the field only says it is stored.
    edit->clear();
}

void SalesforceAccountMappingEditor::storeEditedSecrets()
{
    storeSecretField(m_passwordEdit, SecretPurpose::SalesforcePassword);
    storeSecretField(m_clientSecretEdit, SecretPurpose::SalesforceClientSecret);
}

void SalesforceAccountMappingEditor::verify()
{
    if (!controller()->hasProfile() || m_check->isRunning())
        return;
    // Typed but not yet stored secrets are read back through SecretAccess (a read while a write
    // is pending gets the value being written); the other fields are saved while typing.
    storeEditedSecrets();
    m_check->start();
}

bool SalesforceAccountMappingEditor::isVerifying() const
{
    return m_check->isRunning();
}

void SalesforceAccountMappingEditor::setConnectionCheck(SalesforceConnectionCheck* check)
{
    if (!check || check == m_check)
        return;
    if (m_check) {
        disconnect(m_check, nullptr, this, nullptr);
        if (m_check->parent() == this)
            m_check->deleteLater();
    }
    m_check = check;
    connect(m_check, &SalesforceConnectionCheck::started, this, &SalesforceAccountMappingEditor::showCheckState);
    connect(m_check, &SalesforceConnectionCheck::reset, this, &SalesforceAccountMappingEditor::showCheckState);
    connect(m_check, &SalesforceConnectionCheck::finished, this,
            [this](const SalesforceConnectionReport&, const Error& error) {
                showCheckState();
                emit verified(error.ok());
            });
    showCheckState();
}

void SalesforceAccountMappingEditor::showCheckState()
{
    // The check is shared with the Overview: whoever started it, its state shows here.
    m_verifyButton->setEnabled(controller()->hasProfile() && !m_check->isRunning());
    if (m_check->isRunning()) {
        m_verifyBusy->show();
        m_verifyBanner->showMessage(Banner::Kind::Info, tr("Signing in to Salesforce…"));
        for (QLabel* l : {m_serverOrgIdValue, m_matchValue, m_userValue, m_usageValue})
            l->clear();
        return;
    }
    m_verifyBusy->hide();
    if (!m_check->hasResult()) {
        m_verifyBanner->hide();
        for (QLabel* l : {m_typedOrgIdValue, m_serverOrgIdValue, m_matchValue, m_userValue, m_usageValue})
            l->clear();
        return;
    }
    const SalesforceConnectionReport& r = m_check->lastReport();
    QString usage;
    if (r.apiUsed >= 0)
        usage = tr("%1 of %2 API requests used in the last 24 hours").arg(r.apiUsed).arg(r.apiLimit);
    const QString user = r.displayName.isEmpty() ? r.userName : tr("%1 (%2)").arg(r.displayName, r.userName);
    showVerifyResult(r.orgId, user, usage, m_check->lastError());
}

void SalesforceAccountMappingEditor::showVerifyResult(const QString& serverOrgId, const QString& user,
                                                      const QString& usage, const Error& error)
{
    const QString typed = m_orgIdEdit->text().trimmed();
    const OrgIdCheck check = SalesforceIds::checkOrgId(typed);
    m_typedOrgIdValue->setText(typed.isEmpty() ? tr("None") : (check.ok() ? check.id18 : typed));
    m_usageValue->setText(usage);
    m_matchValue->setProperty("match", QVariant());
    if (!error.ok()) {
        m_verifyBanner->showMessage(Banner::Kind::Error, tr("Sign-in failed: %1").arg(error.message));
        m_serverOrgIdValue->clear();
        m_userValue->clear();
        m_matchValue->clear();
        return;
    }
    m_serverOrgIdValue->setText(serverOrgId);
    m_userValue->setText(user);
    const QString server18 = SalesforceApi::toId18(serverOrgId);
    if (typed.isEmpty()) {
        m_matchValue->setText(tr("No org ID typed. Copy the server's into the Organization ID field."));
        m_verifyBanner->showMessage(Banner::Kind::Warning,
                                    tr("Signed in. Enter the organization ID to compare."));
    } else if (check.ok() && check.id18 == server18) {
        m_matchValue->setText(tr("Match"));
        m_matchValue->setProperty("match", true);
        m_verifyBanner->showMessage(Banner::Kind::Success,
                                    tr("Signed in. These values work for CXone's account mapping."));
    } else {
        m_matchValue->setText(tr("Mismatch: this user belongs to another org than the ID typed. Correct the "
                                 "organization ID or the user name."));
        m_matchValue->setProperty("match", false);
        m_verifyBanner->showMessage(Banner::Kind::Warning,
                                    tr("Signed in, but to another org than the organization ID typed."));
    }
}

QWidget* SalesforceAccountMappingEditor::makeSignInBox()
{
    auto* box = new QGroupBox(tr("Sign in with the browser"), this);
    box->setObjectName(QStringLiteral("sfSignInBox"));
    auto* v = new QVBoxLayout(box);
    v->addWidget(makeWrappedLabel(
        tr("For orgs that block the username-password flow: Syncdesk opens Salesforce's sign-in page in "
           "your browser, you sign in and choose Allow, and the sign-in is kept in the keychain. The "
           "connected app's callback URL must be http://127.0.0.1 (any port) and its OAuth scopes must "
           "include api and refresh_token."),
        true, box));
    auto* row = new QHBoxLayout;
    m_signInButton = new QPushButton(tr("Sign in with browser…"), box);
    m_signInButton->setObjectName(QStringLiteral("sfSignInButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &SalesforceAccountMappingEditor::signInWithBrowser);
    row->addWidget(m_signInButton);
    m_signInCancelButton = new QPushButton(tr("Cancel"), box);
    m_signInCancelButton->setObjectName(QStringLiteral("sfSignInCancelButton"));
    m_signInCancelButton->hide();
    connect(m_signInCancelButton, &QPushButton::clicked, this, &SalesforceAccountMappingEditor::cancelSignIn);
    row->addWidget(m_signInCancelButton);
    m_signInBusy = new QProgressBar(box);
    m_signInBusy->setObjectName(QStringLiteral("sfSignInBusy"));
    m_signInBusy->setRange(0, 0);
    m_signInBusy->setMaximumWidth(160);
    m_signInBusy->hide();
    row->addWidget(m_signInBusy);
    m_forgetSignInButton = new QPushButton(tr("Forget sign-in"), box);
    m_forgetSignInButton->setObjectName(QStringLiteral("sfForgetSignInButton"));
    m_forgetSignInButton->hide();
    connect(m_forgetSignInButton, &QPushButton::clicked, this, &SalesforceAccountMappingEditor::forgetSignIn);
    row->addWidget(m_forgetSignInButton);
    row->addStretch(1);
    v->addLayout(row);

    m_signInBanner = new Banner(box);
    m_signInBanner->setObjectName(QStringLiteral("sfSignInBanner"));
    m_signInBanner->hide();
    v->addWidget(m_signInBanner);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    auto value = [box](const QString& name) {
        auto* l = new QLabel(box);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_signedInUserValue = value(QStringLiteral("sfSignedInUserValue"));
    m_signedInOrgIdValue = value(QStringLiteral("sfSignedInOrgIdValue"));
    m_signedInOrgIdValue->setFont(monospaceFont());
    m_signedInInstanceValue = value(QStringLiteral("sfSignedInInstanceValue"));
    const QList<QPair<QString, QLabel*>> rows = {
        {tr("Signed in as:"), m_signedInUserValue},
        {tr("Organization ID:"), m_signedInOrgIdValue},
        {tr("Instance URL:"), m_signedInInstanceValue},
    };
    int line = 0;
    for (const auto& [label, field] : rows) {
        grid->addWidget(new QLabel(label, box), line, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(field, line++, 1);
    }
    v->addLayout(grid);
    return box;
}

void SalesforceAccountMappingEditor::retireSignInScope()
{
    QObject* scope = m_signInScope;
    m_signInScope = nullptr;
    if (!scope)
        return;
    // The loopback handler inside still owes the browser its page (e.g. after Deny), answered
    // by this event loop: deleting it at once would cut that connection.
    QTimer::singleShot(2000, scope, &QObject::deleteLater);
}

void SalesforceAccountMappingEditor::updateSignInButtons()
{
    const bool has = controller()->hasProfile();
    m_signInButton->setEnabled(has && !m_signingIn);
    m_signInCancelButton->setVisible(m_signingIn);
    m_forgetSignInButton->setVisible(has && !m_signingIn &&
                                     controller()->profile().salesforce.hasRefreshToken);
}

void SalesforceAccountMappingEditor::signInWithBrowser()
{
    if (!controller()->hasProfile() || m_signingIn)
        return;
    storeEditedSecrets();
    const quint64 run = ++m_signInRun;
    m_signingIn = true;
    m_cancelRequested = false;
    m_signInBusy->show();
    for (QLabel* l : {m_signedInUserValue, m_signedInOrgIdValue, m_signedInInstanceValue})
        l->clear();
    updateSignInButtons();

    ProfileSession* session = controller()->session();
    SalesforceSandbox* sandbox = session->isSandbox() ? session->salesforceSandbox() : nullptr;
    if (sandbox && !sandbox->isRunning())
        sandbox = nullptr;
    QString clientId = m_clientIdEdit->text().trimmed();
    QUrl login;
    if (sandbox) {
        // The built-in org: its authorize page and its demo connected app when none is typed.
        login = sandbox->baseUrl();
        if (clientId.isEmpty())
            clientId = sandbox->credentials().clientId;
    } else {
        const QString typed = m_loginUrlEdit->text().trimmed();
        login = typed.isEmpty()
                    ? SalesforceCatalog::defaultLoginUrl(m_platformCombo->currentData().toString())
                    : SalesforceLogin::normalize(typed);
        if (login.isEmpty() && typed.isEmpty())
            login = SalesforceLogin::production();
    }
    if (login.isEmpty()) {
        showSignInError(Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                                    tr("The login URL is not a URL. Enter https://login.salesforce.com, "
                                       "https://test.salesforce.com or your My Domain URL.")));
        return;
    }
    if (clientId.isEmpty()) {
        showSignInError(Error::make(Service::Salesforce, ErrorCode::InvalidInput,
                                    tr("Enter the connected app's consumer key as the client ID first.")));
        return;
    }
    m_signInBanner->showMessage(Banner::Kind::Info, tr("Preparing the sign-in…"));
    // The consumer secret is sent only when one is stored ("Require Secret for Web Server Flow").
    controller()->secrets()->read(SecretPurpose::SalesforceClientSecret, this,
                                  [this, run, login, clientId](const QString& secret, const Error& error) {
                                      if (run != m_signInRun)
                                          return;
                                      startBrowserLogin(login, clientId, error.ok() ? secret : QString(),
                                                        run);
                                  });
}

void SalesforceAccountMappingEditor::startBrowserLogin(const QUrl& login, const QString& clientId,
                                                       const QString& clientSecret, quint64 run)
{
    retireSignInScope();
    auto* scope = new QObject(this);
    m_signInScope = scope;
    RestClient* rest = controller()->session()->restClient();
    auto* auth = new SalesforceAuth(rest, login, {clientId, clientSecret, {}, {}}, scope);
    SalesforceBrowserLogin::Options o;
    o.loginUrl = login;
    o.clientId = clientId;
    o.clientSecret = clientSecret;
    // Stored below through SecretAccess (keychain, or this session when it is unavailable).
    o.secrets = nullptr;
    auto* browser = new SalesforceBrowserLogin(o, auth, scope);
    connect(browser, &SalesforceBrowserLogin::authorizeUrl, this, [this, run](const QUrl& url) {
        if (run != m_signInRun)
            return;
        if (urlOpener()(url)) {
            m_signInBanner->showMessage(
                Banner::Kind::Info,
                tr("Waiting for Salesforce… Sign in in the browser window that opened and choose Allow."));
        } else {
            // No browser could be started: the address (no secret in it) can be opened by hand.
            m_signInBanner->showMessage(
                Banner::Kind::Warning,
                tr("No browser could be opened. Open this address in a browser on this computer and "
                   "choose Allow: %1")
                    .arg(url.toString(QUrl::FullyEncoded)));
        }
    });
    connect(browser, &SalesforceBrowserLogin::finished, this,
            [this, run](const SalesforceToken& token, const Error& error) {
                onSignInFinished(token, error, run);
            });
    browser->start();
}

void SalesforceAccountMappingEditor::onSignInFinished(const SalesforceToken& token, const Error& error,
                                                      quint64 run)
{
    if (run != m_signInRun)
        return;
    if (token.accessToken.isEmpty()) {
        showSignInError(m_cancelRequested
                            ? Error::make(Service::Salesforce, ErrorCode::Cancelled, tr("Sign-in cancelled."))
                            : error);
        return;
    }
    QObject* scope = m_signInScope;
    auto* auth = scope ? scope->findChild<SalesforceAuth*>() : nullptr;
    if (!auth) {
        showSignInError(error);
        return;
    }
    m_signInBanner->showMessage(
        Banner::Kind::Info,
        tr("Signed in. Storing the sign-in in %1…").arg(controller()->secrets()->backendName()));
    const auto showWho = [this, run, scope, auth, token](const Error& stored) {
        // The user behind the token: userinfo names them; the token itself is never shown.
        auto* api = new SalesforceApi(controller()->session()->restClient(), auth, scope);
        api->userInfo(scope, [this, run, token, stored](const Result<SalesforceUserInfo>& r) {
            if (run != m_signInRun)
                return;
            m_signingIn = false;
            m_signInBusy->hide();
            retireSignInScope();
            updateSignInButtons();
            const QString orgId = r.ok() && !r.value().orgId.isEmpty() ? r.value().orgId : token.orgId;
            QString who = token.userId;
            if (r.ok())
                who = r.value().name.isEmpty() ? r.value().username
                                               : tr("%1 (%2)").arg(r.value().name, r.value().username);
            m_signedInUserValue->setText(who);
            m_signedInOrgIdValue->setText(SalesforceApi::toId18(orgId));
            m_signedInInstanceValue->setText(token.instanceUrl.toString());
            if (!stored.ok())
                m_signInBanner->showMessage(
                    Banner::Kind::Warning,
                    tr("Signed in, but the sign-in is kept for this session only: %1").arg(stored.message));
            else
                m_signInBanner->showMessage(Banner::Kind::Success,
                                            tr("Signed in. Syncdesk uses this sign-in for Salesforce from "
                                               "now on; Forget sign-in goes back to the password."));
        });
        if (m_clients)
            m_clients->resetSalesforce();
        emit signedIn();
    };
    if (token.refreshToken.isEmpty()) {
        showWho(Error::make(Service::Salesforce, ErrorCode::BadResponse,
                            tr("Salesforce sent no refresh token. Add the refresh_token scope to the "
                               "connected app and sign in again.")));
        return;
    }
    // The profile's hasRefreshToken flag is set by the session when the write succeeds.
    controller()->secrets()->write(SecretPurpose::SalesforceRefreshToken,
                                   QString::fromUtf8(token.refreshToken), this,
                                   [this, run, showWho](const Error& stored) {
                                       if (run == m_signInRun)
                                           showWho(stored);
                                   });
}

void SalesforceAccountMappingEditor::showSignInError(const Error& error)
{
    m_signingIn = false;
    m_signInBusy->hide();
    retireSignInScope();
    updateSignInButtons();
    if (error.code == ErrorCode::Cancelled && m_cancelRequested)
        m_signInBanner->showMessage(Banner::Kind::Info, error.message);
    else
        m_signInBanner->showMessage(Banner::Kind::Error, tr("Browser sign-in failed: %1").arg(error.message));
}

void SalesforceAccountMappingEditor::cancelSignIn()
{
    if (!m_signingIn)
        return;
    m_cancelRequested = true;
    auto* browser = m_signInScope ? m_signInScope->findChild<SalesforceBrowserLogin*>() : nullptr;
    if (browser && browser->isRunning()) {
        browser->cancel(); // answers through finished()
        if (!m_signingIn)
            return;
    }
    ++m_signInRun;
    showSignInError(Error::make(Service::Salesforce, ErrorCode::Cancelled, tr("Sign-in cancelled.")));
}

void SalesforceAccountMappingEditor::forgetSignIn()
{
    if (!controller()->hasProfile())
        return;
    SecretAccess* secrets = controller()->secrets();
    const QString key = secretKey(secrets->profileId(), SecretPurpose::SalesforceRefreshToken);
    secrets->store()->remove(key, this, [](const Error&) {});
    // Without the flag the connection resolver no longer reads the token: the password flow again.
    SalesforceSettings s = controller()->profile().salesforce;
    s.hasRefreshToken = false;
    controller()->session()->setSalesforceSettings(s);
    if (m_clients)
        m_clients->resetSalesforce();
    for (QLabel* l : {m_signedInUserValue, m_signedInOrgIdValue, m_signedInInstanceValue})
        l->clear();
    m_signInBanner->showMessage(Banner::Kind::Info,
                                tr("The browser sign-in is forgotten. Verify and the other areas use the "
                                   "user name and password again."));
    updateSignInButtons();
}

} // namespace syncdesk
