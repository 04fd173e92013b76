#include "AcdAccountMappingEditor.h"

#include "acd/AcdApi.h"
#include "catalog/AcdCatalog.h"
#include "connect/ProfileSession.h"
#include "connect/SecretAccess.h"
#include "connect/SessionClients.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/CopyButton.h"
#include "widgets/TextStyles.h"
#include "zoom/ZoomApi.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
// Never the secret's length: the mask is always the same.
const QString kMask = QStringLiteral("••••••••••••");

QString valueKey(AcdAccountMappingEditor::Value v)
{
    // "AccessKeyUser" -> object names such as acdMappingMark_AccessKeyUser.
    return QString::fromLatin1(QMetaEnum::fromType<AcdAccountMappingEditor::Value>().valueToKey(int(v)));
}

QLineEdit* makeReadOnly(const QString& objectName, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setReadOnly(true);
    e->setFont(monospaceFont());
    return e;
}
} // namespace

AcdAccountMappingEditor::AcdAccountMappingEditor(SetupController* controller, SessionClients* clients,
                                                 QWidget* parent)
    : Editor(controller, parent), m_clients(clients)
{
    setObjectName(QStringLiteral("acdAccountMappingEditor"));
    auto* layout = contentLayout();
    layout->addWidget(makeWrappedLabel(
        tr("In CXone, the Zoom account is mapped in Adapters > Account Mapping > Zoom > Map Accounts. CXone "
           "offers no interface for this dialog, so copy each value below into it. Check values proves them "
           "against Zoom and the ACD first."),
        true, this));
    layout->addWidget(makeValuesBox());
    layout->addWidget(makeStepsBox());
    layout->addStretch(1);
    connect(controller, &SetupController::secretStored, this, [this](SecretPurpose purpose) {
        if (purpose == SecretPurpose::ZoomClientSecret || purpose == SecretPurpose::ZoomSecretToken) {
            // A new secret: what was checked before says nothing about it.
            setMark(purpose == SecretPurpose::ZoomClientSecret ? Value::Secret : Value::VerificationToken,
                    Mark::Unchecked);
            updateSecretMasks();
        }
    });
}

QWidget* AcdAccountMappingEditor::makeValuesBox()
{
    auto* box = new QGroupBox(tr("Values for the Map Accounts dialog"), this);
    auto* v = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    v->addLayout(grid);

    m_userValue = makeWrappedLabel(QString(), false, box);
    m_userValue->setObjectName(QStringLiteral("acdMappingUserLabel"));
    m_userValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    addRow(grid, Value::AccessKeyUser, tr("Access-key user:"), m_userValue,
           tr("Choose this user under Access Key User. Directory Sync works as this user."));

    m_adapterCombo = new QComboBox(box);
    m_adapterCombo->setObjectName(QStringLiteral("acdMappingAdapterCombo"));
    m_adapterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_adapterCombo->addItem(tr("Choose…"), QString());
    m_adapterCombo->addItem(AcdCatalog::adapterName(AcdCatalog::directorySyncAdapter()),
                            AcdCatalog::directorySyncAdapter());
    m_adapterCombo->addItem(AcdCatalog::adapterName(AcdCatalog::presenceSyncAdapter()),
                            AcdCatalog::presenceSyncAdapter());
    connect(m_adapterCombo, &QComboBox::activated, this, &AcdAccountMappingEditor::onAdapterChosen);
    addRow(grid, Value::AdapterVersion, tr("Adapter version:"), m_adapterCombo,
           tr("The same kind as the Zoom app's event subscription."));

    m_accountNameEdit = new QLineEdit(box);
    m_accountNameEdit->setObjectName(QStringLiteral("acdMappingAccountNameEdit"));
    m_accountNameEdit->setFont(monospaceFont());
    connect(m_accountNameEdit, &QLineEdit::editingFinished, this,
            &AcdAccountMappingEditor::onAccountNameEdited);
    addRow(
        grid, Value::AccountName, tr("Account name:"), m_accountNameEdit,
        tr("Filled with the Zoom account ID, which the event endpoint URL ends with, so the mapping is easy "
           "to match. You may type another name."));

    m_accessKeyIdEdit = makeReadOnly(QStringLiteral("acdMappingAccessKeyIdEdit"), box);
    addRow(grid, Value::AccessKeyId, tr("Access key ID:"), m_accessKeyIdEdit,
           tr("The Zoom app's client ID (change it in the Zoom app area)."));

    m_secretMask = makeReadOnly(QStringLiteral("acdMappingSecretEdit"), box);
    addRow(grid, Value::Secret, tr("Secret:"), m_secretMask,
           tr("The Zoom app's client secret. Copy reads it from the keychain and puts it on the clipboard "
              "only."));

    m_tokenMask = makeReadOnly(QStringLiteral("acdMappingTokenEdit"), box);
    addRow(grid, Value::VerificationToken, tr("Feature verification token:"), m_tokenMask,
           tr("The Zoom app's secret token, from its Feature page. Zoom signs every event with it."));

    auto* emailCell = new QWidget(box);
    auto* ev = new QVBoxLayout(emailCell);
    ev->setContentsMargins(0, 0, 0, 0);
    ev->setSpacing(2);
    m_emailsEdit = new QLineEdit(emailCell);
    m_emailsEdit->setObjectName(QStringLiteral("acdMappingEmailsEdit"));
    m_emailsEdit->setAccessibleName(tr("Notification e-mails"));
    m_emailsEdit->setAccessibleDescription(tr("E-mail addresses, separated by commas, that the ACD notifies"));
    m_emailsEdit->setPlaceholderText(tr("admin@example.com, it-alerts@example.com"));
    connect(m_emailsEdit, &QLineEdit::editingFinished, this, &AcdAccountMappingEditor::onEmailsEdited);
    m_emailError = makeWrappedLabel(QString(), false, emailCell);
    m_emailError->setObjectName(QStringLiteral("acdMappingEmailError"));
    QPalette pal = m_emailError->palette();
    pal.setColor(QPalette::WindowText, toneText(Tone::Error));
    m_emailError->setPalette(pal);
    m_emailError->hide();
    ev->addWidget(m_emailsEdit);
    ev->addWidget(m_emailError);
    addRow(grid, Value::Emails, tr("Notification e-mails:"), emailCell,
           tr("Separate addresses with commas. They receive the adapter's health, authentication failures "
              "and exceptions."));
    grid->setColumnStretch(2, 1);

    // Copy buttons: plain values from what is shown; secrets from the keychain at that moment.
    auto plainCopy = [this](Value value) {
        auto* b = qobject_cast<CopyButton*>(m_rows[int(value)].copy);
        b->setSource([this, value] { return currentValue(value); });
    };
    for (Value value :
         {Value::AccessKeyUser, Value::AdapterVersion, Value::AccountName, Value::AccessKeyId, Value::Emails})
        plainCopy(value);

    auto* row = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("Check values"), box);
    m_checkButton->setObjectName(QStringLiteral("acdMappingCheckButton"));
    m_checkBusy = new QProgressBar(box);
    m_checkBusy->setRange(0, 0);
    m_checkBusy->setTextVisible(false);
    m_checkBusy->setMaximumWidth(120);
    m_checkBusy->hide();
    row->addWidget(m_checkButton);
    row->addWidget(m_checkBusy);
    row->addStretch(1);
    v->addLayout(row);
    connect(m_checkButton, &QPushButton::clicked, this, &AcdAccountMappingEditor::checkValues);
    m_checkBanner = new Banner(box);
    m_checkBanner->setObjectName(QStringLiteral("acdMappingCheckBanner"));
    m_checkBanner->label()->setObjectName(QStringLiteral("acdMappingCheckLabel"));
    m_checkBanner->hide();
    v->addWidget(m_checkBanner);
    return box;
}

void AcdAccountMappingEditor::addRow(QGridLayout* grid, Value value, const QString& label, QWidget* field,
                                     const QString& note)
{
    const QString key = valueKey(value);
    Row& r = m_rows[int(value)];
    const int line = grid->rowCount();
    QWidget* parent = field->parentWidget();
    r.mark = new QLabel(parent);
    r.mark->setObjectName(QStringLiteral("acdMappingMark_") + key);
    auto* title = makeWrappedLabel(label, false, parent);
    makeHeading(title);
    title->setBuddy(field);
    r.note = makeWrappedLabel(note, true, parent);
    r.note->setObjectName(QStringLiteral("acdMappingNote_") + key);
    if (value == Value::Secret)
        r.copy = makeSecretCopyButton(SecretPurpose::ZoomClientSecret,
                                      QStringLiteral("acdMappingCopy_") + key, parent);
    else if (value == Value::VerificationToken)
        r.copy = makeSecretCopyButton(SecretPurpose::ZoomSecretToken, QStringLiteral("acdMappingCopy_") + key,
                                      parent);
    else
        r.copy = new CopyButton(tr("Copy"), parent);
    r.copy->setObjectName(QStringLiteral("acdMappingCopy_") + key);
    r.copy->setAccessibleName(tr("Copy %1").arg(label));
    grid->addWidget(r.mark, line, 0, Qt::AlignTop);
    grid->addWidget(title, line, 1, Qt::AlignTop);
    grid->addWidget(field, line, 2, Qt::AlignTop);
    grid->addWidget(r.copy, line, 3, Qt::AlignTop);
    grid->addWidget(r.note, line + 1, 2, 1, 2);
    grid->setRowMinimumHeight(line + 2, 6);
}

QPushButton* AcdAccountMappingEditor::makeSecretCopyButton(SecretPurpose purpose, const QString& objectName,
                                                           QWidget* parent)
{
    // Not a CopyButton: the value is read from the keychain when clicked, never kept here.
    auto* b = new CopyButton(tr("Copy"), parent);
    b->setObjectName(objectName);
    disconnect(b, &QPushButton::clicked, b, &CopyButton::copy);
    connect(b, &QPushButton::clicked, this, [this, b, purpose] {
        b->setEnabled(false);
        controller()->secrets()->read(
            purpose, b, [this, b, purpose](const QString& value, const Error& error) {
                b->setEnabled(true);
                if (!error.ok() || value.isEmpty()) {
                    const Value v =
                        purpose == SecretPurpose::ZoomClientSecret ? Value::Secret : Value::VerificationToken;
                    setMark(v, Mark::Problem,
                            error.ok() || error.code == ErrorCode::KeychainEntryNotFound
                                ? tr("Not stored for this profile. Enter it in the Zoom app area first.")
                                : error.message);
                    return;
                }
                // Only the clipboard gets it; CopyButton's source hands it over once.
                b->setSource([value] { return value; });
                b->copy();
                b->setSource({});
            });
    });
    return b;
}

QWidget* AcdAccountMappingEditor::makeStepsBox()
{
    auto* box = new QGroupBox(tr("Steps in the Map Accounts dialog"), this);
    box->setObjectName(QStringLiteral("acdMappingSteps"));
    auto* v = new QVBoxLayout(box);
    auto* progressRow = new QHBoxLayout;
    m_stepsProgress = new QLabel(box);
    m_stepsProgress->setObjectName(QStringLiteral("acdMappingProgressLabel"));
    progressRow->addWidget(m_stepsProgress);
    progressRow->addStretch(1);
    v->addLayout(progressRow);
    const QList<AcdMappingStep> steps = AcdCatalog::mappingSteps();
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    int line = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const AcdMappingStep& s = steps[i];
        auto* check = new QCheckBox(box);
        check->setObjectName(QStringLiteral("acdMappingStep_") + s.id);
        check->setAccessibleName(s.title);
        m_stepChecks.append(check);
        auto* title = makeWrappedLabel(tr("%1. %2").arg(QLocale().toString(i + 1), s.title), false, box);
        makeHeading(title);
        title->setBuddy(check);
        grid->addWidget(check, line, 0, Qt::AlignTop);
        grid->addWidget(title, line, 1);
        grid->addWidget(makeWrappedLabel(s.detail, true, box), line + 1, 1);
        grid->setRowMinimumHeight(line + 2, 8);
        line += 3;
        connect(check, &QCheckBox::toggled, this, [this, id = s.id](bool on) {
            controller()->session()->setAcdMappingStep(id, on);
            updateSteps();
        });
    }
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);

    m_completeBanner = new Banner(box);
    m_completeBanner->setObjectName(QStringLiteral("acdMappingCompleteBanner"));
    m_completeBanner->setKind(Banner::Kind::Success);
    m_completeBanner->setText(tr("The Zoom account is mapped. Zoom can now validate the event endpoint URL: "
                                 "continue with that step of the Zoom app checklist."));
    auto* go = new QPushButton(tr("Open Zoom Checklist"), m_completeBanner);
    go->setObjectName(QStringLiteral("acdMappingOpenZoomChecklistButton"));
    connect(go, &QPushButton::clicked, this, &AcdAccountMappingEditor::zoomChecklistRequested);
    m_completeBanner->addWidget(go);
    m_completeBanner->hide();
    v->addWidget(m_completeBanner);
    return box;
}

QString AcdAccountMappingEditor::suggestedAdapter() const
{
    const Profile& p = controller()->profile();
    if (!p.acd.adapterVersion.isEmpty())
        return p.acd.adapterVersion;
    if (p.zoom.directorySync)
        return AcdCatalog::directorySyncAdapter();
    if (p.zoom.presenceSync)
        return AcdCatalog::presenceSyncAdapter();
    return {};
}

QString AcdAccountMappingEditor::currentValue(Value value) const
{
    const Profile& p = controller()->profile();
    switch (value) {
    case Value::AccessKeyUser:
        return p.acd.accessKeyUser;
    case Value::AdapterVersion:
        return AcdCatalog::adapterName(suggestedAdapter());
    case Value::AccountName:
        return p.acd.mappingAccountName.isEmpty() ? p.zoom.accountId.trimmed() : p.acd.mappingAccountName;
    case Value::AccessKeyId:
        return p.zoom.clientId.trimmed();
    case Value::Secret:
    case Value::VerificationToken:
        return {}; // never held here
    case Value::Emails:
        return p.acd.notificationEmails.join(QStringLiteral(", "));
    }
    return {};
}

void AcdAccountMappingEditor::refresh()
{
    const Profile& p = controller()->profile();
    if (p.id != m_shownProfileId) {
        // Another profile: nothing checked for the previous one counts.
        m_shownProfileId = p.id;
        ++m_run;
        m_pending = 0;
        for (Row& r : m_rows) {
            r.state = Mark::Unchecked;
            r.problem.clear();
        }
        m_checkBanner->hide();
        m_emailError->hide();
    }
    m_userValue->setText(p.acd.accessKeyUser.isEmpty()
                             ? tr("Not known yet: Check values signs in to the ACD and shows it.")
                             : p.acd.accessKeyUser);
    {
        const QSignalBlocker block(m_adapterCombo);
        m_adapterCombo->setCurrentIndex(qMax(0, m_adapterCombo->findData(suggestedAdapter())));
    }
    if (!m_accountNameEdit->hasFocus())
        m_accountNameEdit->setText(currentValue(Value::AccountName));
    m_accessKeyIdEdit->setText(currentValue(Value::AccessKeyId));
    updateSecretMasks();
    if (!m_emailsEdit->hasFocus() && m_emailError->isHidden())
        m_emailsEdit->setText(currentValue(Value::Emails));
    const bool open = controller()->hasProfile();
    for (QWidget* w : {static_cast<QWidget*>(m_adapterCombo), static_cast<QWidget*>(m_accountNameEdit),
                       static_cast<QWidget*>(m_emailsEdit)})
        w->setEnabled(open);
    m_checkButton->setEnabled(open && !isChecking());
    updateMarks();
    updateSteps();
}

void AcdAccountMappingEditor::updateSecretMasks()
{
    const ZoomSettings& z = controller()->profile().zoom;
    const SecretAccess* secrets = controller()->secrets();
    m_secretMask->setText(z.hasClientSecret || secrets->isSessionOnly(SecretPurpose::ZoomClientSecret)
                              ? kMask
                              : tr("Not stored"));
    m_tokenMask->setText(z.hasSecretToken || secrets->isSessionOnly(SecretPurpose::ZoomSecretToken)
                             ? kMask
                             : tr("Not stored"));
}

void AcdAccountMappingEditor::updateSteps()
{
    const AcdSettings& acd = controller()->profile().acd;
    const QList<AcdMappingStep> steps = AcdCatalog::mappingSteps();
    for (int i = 0; i < steps.size() && i < m_stepChecks.size(); ++i) {
        const QSignalBlocker block(m_stepChecks[i]);
        m_stepChecks[i]->setChecked(acd.mappingChecklistDone.contains(steps[i].id));
        m_stepChecks[i]->setEnabled(controller()->hasProfile());
    }
    m_stepsProgress->setText(tr("Steps done: %1 of %2")
                                 .arg(QLocale().toString(AcdCatalog::mappingStepsDone(acd)),
                                      QLocale().toString(int(steps.size()))));
    m_completeBanner->setVisible(controller()->hasProfile() && AcdCatalog::isMappingComplete(acd));
}

void AcdAccountMappingEditor::onAdapterChosen()
{
    AcdSettings acd = controller()->profile().acd;
    acd.adapterVersion = m_adapterCombo->currentData().toString();
    controller()->session()->setAcdSettings(acd);
    updateMarks();
}

void AcdAccountMappingEditor::onAccountNameEdited()
{
    if (!controller()->hasProfile())
        return;
    AcdSettings acd = controller()->profile().acd;
    QString name = m_accountNameEdit->text().trimmed();
    // The Zoom account ID is the default: keep following it rather than freezing a copy.
    if (name == controller()->profile().zoom.accountId.trimmed())
        name.clear();
    if (name == acd.mappingAccountName)
        return;
    acd.mappingAccountName = name;
    controller()->session()->setAcdSettings(acd);
    updateMarks();
}

QStringList AcdAccountMappingEditor::parseEmails(const QString& text, QStringList* invalid) const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!AcdCatalog::isValidEmail(part))
            invalid->append(part);
        else if (!out.contains(part, Qt::CaseInsensitive))
            out.append(part);
    }
    return out;
}

void AcdAccountMappingEditor::onEmailsEdited()
{
    if (!controller()->hasProfile())
        return;
    QStringList invalid;
    const QStringList emails = parseEmails(m_emailsEdit->text(), &invalid);
    if (!invalid.isEmpty()) {
        // Nothing is saved while the list has a typo: CXone would refuse it too.
        m_emailError->setText(invalid.size() == 1
                                  ? tr("“%1” is not a valid e-mail address. Correct it; the list is saved "
                                       "once every address is valid.")
                                        .arg(invalid.first())
                                  : tr("These are not valid e-mail addresses: %1. Correct them; the list is "
                                       "saved once every address is valid.")
                                        .arg(QLocale().createSeparatedList(invalid)));
        m_emailError->show();
        setMark(Value::Emails, Mark::Problem, m_emailError->text());
        return;
    }
    m_emailError->hide();
    AcdSettings acd = controller()->profile().acd;
    if (acd.notificationEmails != emails) {
        acd.notificationEmails = emails;
        controller()->session()->setAcdSettings(acd);
    }
    {
        const QSignalBlocker block(m_emailsEdit);
        m_emailsEdit->setText(emails.join(QStringLiteral(", ")));
    }
    Row& r = m_rows[int(Value::Emails)];
    if (r.state == Mark::Problem) {
        r.state = Mark::Unchecked;
        r.problem.clear();
    }
    updateMarks();
}

void AcdAccountMappingEditor::setMark(Value value, Mark mark, const QString& problem)
{
    Row& r = m_rows[int(value)];
    r.state = mark;
    r.problem = problem;
    r.checkedValue = currentValue(value);
    updateMarks();
}

bool AcdAccountMappingEditor::isVerified(Value value) const
{
    const Row& r = m_rows.value(int(value));
    return r.state == Mark::Ok && r.checkedValue == currentValue(value);
}

void AcdAccountMappingEditor::updateMarks()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        Row& r = it.value();
        Mark state = r.state;
        // A value changed since it was checked is unchecked again.
        if (state != Mark::Unchecked && r.checkedValue != currentValue(Value(it.key())))
            state = Mark::Unchecked;
        QString text;
        QColor colour;
        switch (state) {
        case Mark::Ok:
            text = tr("✓ Verified");
            colour = toneText(Tone::Ok);
            break;
        case Mark::Problem:
            text = tr("✗ Problem");
            colour = toneText(Tone::Error);
            break;
        case Mark::Unchecked:
            text = tr("– Not checked");
            colour = palette().color(QPalette::PlaceholderText);
            break;
        }
        r.mark->setText(text);
        r.mark->setProperty("verified", state == Mark::Ok);
        QPalette pal = r.mark->palette();
        pal.setColor(QPalette::WindowText, colour);
        r.mark->setPalette(pal);
        r.mark->setToolTip(state == Mark::Problem ? r.problem : QString());
    }
}

void AcdAccountMappingEditor::checkValues()
{
    if (!controller()->hasProfile() || isChecking())
        return;
    onAccountNameEdited();
    onEmailsEdited();
    const quint64 run = ++m_run;
    m_pending = 3;
    m_zoomError = m_tokenError = m_acdError = {};
    m_checkButton->setEnabled(false);
    m_checkBusy->show();
    m_checkBanner->showMessage(Banner::Kind::Info, tr("Checking with Zoom, the keychain and the ACD…"));

    // 1. Zoom issues a token for the client ID and secret (the access key ID and secret of the sheet).
    m_clients->zoomApi(this, [this, run](ZoomApi* api, const Error& error) {
        if (run != m_run)
            return;
        if (!error.ok()) {
            m_zoomError = error;
            return finishCheck();
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("active"));
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
        api->get(QStringLiteral("users"), q, this, [this, run](const QJsonObject&, const Error& e) {
            if (run != m_run)
                return;
            m_zoomError = e;
            finishCheck();
        });
    });
    // 2. The secret token is stored (Zoom proves it only by signing an event).
    controller()->secrets()->read(
        SecretPurpose::ZoomSecretToken, this, [this, run](const QString& value, const Error& error) {
            if (run != m_run)
                return;
            if (!error.ok())
                m_tokenError = error;
            else if (value.isEmpty())
                m_tokenError = Error::make(ErrorCode::KeychainEntryNotFound, QString());
            finishCheck();
        });
    // 3. The ACD signs in and names the access-key user.
    m_clients->acdApi(this, [this, run](AcdApi* api, const Error& error) {
        if (run != m_run)
            return;
        if (!error.ok()) {
            m_acdError = error;
            return finishCheck();
        }
        api->auth()->token(this, [this, run](const AcdToken& t, const Error& e) {
            if (run != m_run)
                return;
            m_acdError = e;
            if (e.ok() && !t.userName.isEmpty() && controller()->profile().acd.accessKeyUser != t.userName) {
                AcdSettings acd = controller()->profile().acd;
                acd.accessKeyUser = t.userName;
                controller()->session()->setAcdSettings(acd);
            }
            finishCheck();
        });
    });
}

void AcdAccountMappingEditor::finishCheck()
{
    if (--m_pending > 0)
        return;
    m_checkBusy->hide();
    m_checkButton->setEnabled(controller()->hasProfile());
    refresh(); // the access-key user may be new
    const Profile& p = controller()->profile();
    QStringList problems;

    if (m_acdError.ok() && !p.acd.accessKeyUser.isEmpty()) {
        setMark(Value::AccessKeyUser, Mark::Ok);
    } else {
        const QString why = m_acdError.ok() ? tr("The ACD signed in but did not name the user.")
                                            : tr("ACD sign-in failed: %1").arg(m_acdError.message);
        setMark(Value::AccessKeyUser, Mark::Problem, why);
        problems << why;
    }

    const QString adapter = suggestedAdapter();
    if (adapter.isEmpty()) {
        const QString why = tr("Choose the adapter version.");
        setMark(Value::AdapterVersion, Mark::Problem, why);
        problems << why;
    } else if ((adapter == AcdCatalog::directorySyncAdapter() && !p.zoom.directorySync) ||
               (adapter == AcdCatalog::presenceSyncAdapter() && !p.zoom.presenceSync)) {
        const QString why = tr("The Zoom app checklist is not set up for %1. Tick it there or choose the "
                               "other adapter version.")
                                .arg(AcdCatalog::adapterName(adapter));
        setMark(Value::AdapterVersion, Mark::Problem, why);
        problems << why;
    } else {
        setMark(Value::AdapterVersion, Mark::Ok);
    }

    if (m_zoomError.ok()) {
        setMark(Value::AccessKeyId, Mark::Ok);
        setMark(Value::Secret, Mark::Ok);
        if (currentValue(Value::AccountName).isEmpty()) {
            const QString why = tr("Enter an account name.");
            setMark(Value::AccountName, Mark::Problem, why);
            problems << why;
        } else {
            setMark(Value::AccountName, Mark::Ok);
        }
    } else {
        const QString why =
            tr("Zoom did not issue a token for this client ID and secret: %1").arg(m_zoomError.message);
        for (Value v : {Value::AccessKeyId, Value::Secret, Value::AccountName})
            setMark(v, Mark::Problem, why);
        problems << why;
    }

    if (m_tokenError.ok()) {
        setMark(Value::VerificationToken, Mark::Ok);
    } else {
        const QString why = m_tokenError.code == ErrorCode::KeychainEntryNotFound
                                ? tr("No secret token is stored. Enter it in the Zoom app area.")
                                : m_tokenError.message;
        setMark(Value::VerificationToken, Mark::Problem, why);
        problems << why;
    }

    if (!m_emailError->isHidden()) {
        setMark(Value::Emails, Mark::Problem, m_emailError->text());
        problems << m_emailError->text();
    } else if (p.acd.notificationEmails.isEmpty()) {
        const QString why = tr("Add at least one notification e-mail address.");
        setMark(Value::Emails, Mark::Problem, why);
        problems << why;
    } else {
        setMark(Value::Emails, Mark::Ok);
    }

    if (problems.isEmpty())
        m_checkBanner->showMessage(Banner::Kind::Success,
                                   tr("Every value is verified. Copy them into the Map Accounts dialog."));
    else
        m_checkBanner->showMessage(Banner::Kind::Warning, problems.join(QLatin1Char('\n')));
}

} // namespace syncdesk
