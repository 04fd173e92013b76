#include "CtiSettingsPage.h"

#include "connect/ProfileSession.h"
#include "editors/OmniStatusMappingBox.h"
#include "setup/SetupController.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {

const QString kCtiKey = QStringLiteral("cti");

void addChoice(QComboBox* box, const QString& text, const QString& value)
{
    box->addItem(text, value);
}

void selectData(QComboBox* box, const QString& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

CtiSettingsPage::CtiSettingsPage(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("ctiSettingsPage"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_noProfile =
        makeWrappedLabel(tr("No profile is open: the settings below are not saved. Choose or create "
                            "a profile in the setup guide."),
                         true, this);
    m_noProfile->setObjectName(QStringLiteral("ctiNoProfile"));
    v->addWidget(m_noProfile);
    v->addWidget(
        makeWrappedLabel(tr("Zoom Contact Center in Salesforce (Open CTI): do the steps in Salesforce "
                            "and the Zoom web portal, and generate the files they ask for. Everything "
                            "here is saved in the profile."),
                         true, this));
    v->addWidget(makeChecklist());
    v->addWidget(makeDefinition());
    v->addWidget(makeUtilityItem());
    v->addWidget(makePermissions());
    v->addWidget(makeCountryCodes());
    m_omni = new OmniStatusMappingBox(this);
    connect(m_omni, &OmniStatusMappingBox::edited, this, &CtiSettingsPage::onEdited);
    v->addWidget(m_omni);
    v->addWidget(makeScreenPop());
    v->addStretch(1);

    connect(controller, &SetupController::profileChanged, this, &CtiSettingsPage::loadFromProfile);
    loadFromProfile();
}

QLabel* CtiSettingsPage::addErrorLabel(const QString& item, QWidget* parent)
{
    auto* label = makeWrappedLabel(QString(), false, parent);
    label->setObjectName(QStringLiteral("ctiError_") + item);
    label->setStyleSheet(toneTextCss(Tone::Error));
    label->hide();
    m_fieldErrors.insert(item, label);
    return label;
}

QWidget* CtiSettingsPage::makeChecklist()
{
    auto* box = new QGroupBox(tr("Checklist"), this);
    auto* v = new QVBoxLayout(box);
    m_progress = new QLabel(box);
    m_progress->setObjectName(QStringLiteral("ctiChecklistProgress"));
    v->addWidget(m_progress);
    for (const auto group :
         {CtiStep::Group::Package, CtiStep::Group::Authorization, CtiStep::Group::WebPortal}) {
        auto* heading = new QLabel(CtiSettings::groupTitle(group), box);
        makeHeading(heading);
        v->addWidget(heading);
        for (const CtiStep& step : CtiSettings::steps()) {
            if (step.group != group)
                continue;
            auto* check = new QCheckBox(step.title, box);
            check->setObjectName(QStringLiteral("ctiStep_") + step.id);
            connect(check, &QCheckBox::toggled, this, &CtiSettingsPage::onEdited);
            m_steps.insert(step.id, check);
            v->addWidget(check);
        }
    }
    return box;
}

QWidget* CtiSettingsPage::makeDefinition()
{
    auto* box = new QGroupBox(tr("Call-center definition"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(
        makeWrappedLabel(tr("Import this file under Feature Settings > Service > Call Center. The "
                            "defaults are the seed's values; the SSO variant uses your Zoom vanity host."),
                         true, box));
    auto* form = new QFormLayout;
    m_variant = new QComboBox(box);
    m_variant->setObjectName(QStringLiteral("ctiVariant"));
    addChoice(m_variant, tr("Standard (zoom.us)"), QStringLiteral("standard"));
    addChoice(m_variant, tr("SSO (vanity URL)"), QStringLiteral("sso"));
    form->addRow(tr("Variant:"), m_variant);
    m_vanityHost = new QLineEdit(box);
    m_vanityHost->setObjectName(QStringLiteral("ctiVanityHost"));
    m_vanityHost->setPlaceholderText(QStringLiteral("example.zoom.us"));
    form->addRow(tr("Vanity host:"), m_vanityHost);

    auto field = [&](QWidget* w, const QString& objectName, const QString& label, const QString& item) {
        w->setObjectName(objectName);
        auto* cell = new QWidget(box);
        auto* cv = new QVBoxLayout(cell);
        cv->setContentsMargins(0, 0, 0, 0);
        cv->addWidget(w);
        cv->addWidget(addErrorLabel(item, cell));
        form->addRow(label, cell);
        // The label sits beside the field's cell, not the field: name the field after it.
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(cell)))
            l->setBuddy(w);
        QString name = label.trimmed();
        while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xff1a)))
            name.chop(1);
        w->setAccessibleName(name);
    };
    m_internalName = new QLineEdit(box);
    field(m_internalName, QStringLiteral("ctiInternalName"), tr("Internal name:"),
          QStringLiteral("reqInternalName"));
    m_displayName = new QLineEdit(box);
    field(m_displayName, QStringLiteral("ctiDisplayName"), tr("Display name:"),
          QStringLiteral("reqDisplayName"));
    m_adapterUrl = new QLineEdit(box);
    field(m_adapterUrl, QStringLiteral("ctiAdapterUrl"), tr("CTI adapter URL:"),
          QStringLiteral("reqAdapterUrl"));
    // Wide ranges on purpose: the validator, not the spin box, explains Salesforce's limits.
    m_width = new QSpinBox(box);
    m_width->setRange(1, 9999);
    m_width->setSuffix(tr(" px"));
    field(m_width, QStringLiteral("ctiSoftphoneWidth"), tr("Softphone width:"),
          QStringLiteral("reqSoftphoneWidth"));
    m_height = new QSpinBox(box);
    m_height->setRange(1, 9999);
    m_height->setSuffix(tr(" px"));
    field(m_height, QStringLiteral("ctiSoftphoneHeight"), tr("Softphone height:"),
          QStringLiteral("reqSoftphoneHeight"));
    m_mode = new QComboBox(box);
    for (const QString& mode : CallCenterDefinition::compatibilityModes())
        m_mode->addItem(mode, mode); // Salesforce's values, verbatim
    field(m_mode, QStringLiteral("ctiCompatibilityMode"), tr("Compatibility mode:"),
          QStringLiteral("reqSalesforceCompatibilityMode"));
    m_outside = new QLineEdit(box);
    field(m_outside, QStringLiteral("ctiOutsidePrefix"), tr("Outside prefix:"),
          QStringLiteral("reqOutsidePrefix"));
    m_longDistance = new QLineEdit(box);
    field(m_longDistance, QStringLiteral("ctiLongDistPrefix"), tr("Long-distance prefix:"),
          QStringLiteral("reqLongDistPrefix"));
    m_international = new QLineEdit(box);
    field(m_international, QStringLiteral("ctiInternationalPrefix"), tr("International prefix:"),
          QStringLiteral("reqInternationalPrefix"));
    v->addLayout(form);

    m_definitionStatus = new QLabel(box);
    m_definitionStatus->setObjectName(QStringLiteral("ctiDefinitionStatus"));
    m_definitionStatus->setWordWrap(true);
    v->addWidget(m_definitionStatus);
    m_preview = new QPlainTextEdit(box);
    m_preview->setObjectName(QStringLiteral("ctiXmlPreview"));
    m_preview->setAccessibleName(tr("CTI adapter XML preview"));
    m_preview->setAccessibleDescription(tr("The adapter file that Save writes; read-only"));
    m_preview->setReadOnly(true);
    m_preview->setFont(monospaceFont());
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 12);
    v->addWidget(m_preview);

    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save XML…"), box);
    save->setObjectName(QStringLiteral("ctiSaveXmlButton"));
    auto* validate = new QPushButton(tr("Validate an existing file…"), box);
    validate->setObjectName(QStringLiteral("ctiValidateFileButton"));
    buttons->addWidget(save);
    buttons->addWidget(validate);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_fileProblems = new QPlainTextEdit(box);
    m_fileProblems->setObjectName(QStringLiteral("ctiFileProblems"));
    m_fileProblems->setAccessibleName(tr("Problems in the file"));
    m_fileProblems->setReadOnly(true);
    m_fileProblems->setMaximumHeight(m_fileProblems->fontMetrics().lineSpacing() * 8);
    m_fileProblems->hide();
    v->addWidget(m_fileProblems);

    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save call-center definition"),
            m_settings.definition.internalName + QStringLiteral(".xml"), tr("XML files (*.xml)"));
        if (path.isEmpty())
            return;
        if (const Error e = saveXmlTo(path)) {
            m_definitionStatus->setText(e.message);
        }
    });
    connect(validate, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Validate call-center definition"), {},
                                                          tr("XML files (*.xml)"));
        if (!path.isEmpty())
            validateFile(path);
    });
    connect(m_variant, &QComboBox::currentIndexChanged, this, &CtiSettingsPage::onVariantChanged);
    connect(m_vanityHost, &QLineEdit::textEdited, this, [this](const QString& host) {
        m_adapterUrl->setText(CallCenterDefinition::adapterUrlForHost(host));
        onEdited();
    });
    for (QLineEdit* e :
         {m_internalName, m_displayName, m_adapterUrl, m_outside, m_longDistance, m_international})
        connect(e, &QLineEdit::textEdited, this, &CtiSettingsPage::onEdited);
    for (QSpinBox* s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, &CtiSettingsPage::onEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CtiSettingsPage::onEdited);
    return box;
}

QWidget* CtiSettingsPage::makeUtilityItem()
{
    auto* box = new QGroupBox(tr("Utility item (Open CTI Softphone)"), this);
    auto* form = new QFormLayout(box);
    form->addRow(makeWrappedLabel(tr("App Manager > your Lightning app > Utility Items (Desktop Only) > Add "
                                     "Utility Item > Open CTI Softphone, with these properties."),
                                  true, box));
    m_utilityLabel = new QLineEdit(box);
    m_utilityLabel->setObjectName(QStringLiteral("ctiUtilityLabel"));
    m_utilityLabel->setPlaceholderText(tr("Phone"));
    form->addRow(tr("Label:"), m_utilityLabel);
    m_utilityIcon = new QLineEdit(box);
    m_utilityIcon->setObjectName(QStringLiteral("ctiUtilityIcon"));
    form->addRow(tr("Icon:"), m_utilityIcon);
    m_panelWidth = new QSpinBox(box);
    m_panelWidth->setObjectName(QStringLiteral("ctiPanelWidth"));
    m_panelWidth->setRange(1, 9999);
    m_panelWidth->setSuffix(tr(" px"));
    form->addRow(tr("Panel width:"), m_panelWidth);
    m_panelHeight = new QSpinBox(box);
    m_panelHeight->setObjectName(QStringLiteral("ctiPanelHeight"));
    m_panelHeight->setRange(1, 9999);
    m_panelHeight->setSuffix(tr(" px"));
    form->addRow(tr("Panel height:"), m_panelHeight);
    m_startAutomatically = new QCheckBox(tr("Start automatically"), box);
    m_startAutomatically->setObjectName(QStringLiteral("ctiStartAutomatically"));
    form->addRow(QString(), m_startAutomatically);
    for (QLineEdit* e : {m_utilityLabel, m_utilityIcon})
        connect(e, &QLineEdit::textEdited, this, &CtiSettingsPage::onEdited);
    for (QSpinBox* s : {m_panelWidth, m_panelHeight})
        connect(s, &QSpinBox::valueChanged, this, &CtiSettingsPage::onEdited);
    connect(m_startAutomatically, &QCheckBox::toggled, this, &CtiSettingsPage::onEdited);
    return box;
}

QWidget* CtiSettingsPage::makePermissions()
{
    auto* box = new QGroupBox(tr("Permission sets"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(makeWrappedLabel(tr("Users > Permission Sets: assign administrators to Zoom Contact Center "
                                     "Admin and agents to Zoom Contact Center Agent. They grant:"),
                                  true, box));
    const QList<CtiPermissionRow> rows = CtiSettings::permissionSets();
    auto* table = new QTableWidget(int(rows.size()), 3, box);
    table->setObjectName(QStringLiteral("ctiPermissionTable"));
    table->setAccessibleName(tr("Permissions"));
    table->setHorizontalHeaderLabels({tr("Access"), tr("Administrator"), tr("Agent")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One entry per line (explicit line breaks): rows sized before the columns know their width.
    table->setWordWrap(false);
    for (int r = 0; r < int(rows.size()); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].category));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].admin.join(QStringLiteral("\n"))));
        table->setItem(r, 2,
                       new QTableWidgetItem(
                           rows[r].agent.isEmpty() ? tr("None") : rows[r].agent.join(QStringLiteral("\n"))));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 4;
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
    v->addWidget(table);
    return box;
}

QWidget* CtiSettingsPage::makeCountryCodes()
{
    auto* box = new QGroupBox(tr("Country codes"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(makeWrappedLabel(tr("Zoom Settings > Country Code Settings: the calling codes used to find "
                                     "related records by the caller's number. At most 20; separate them with "
                                     "spaces or commas."),
                                  true, box));
    m_countryCodes = new QLineEdit(box);
    m_countryCodes->setObjectName(QStringLiteral("ctiCountryCodes"));
    v->addWidget(m_countryCodes);
    m_countryError = makeWrappedLabel(QString(), false, box);
    m_countryError->setObjectName(QStringLiteral("ctiCountryCodesError"));
    m_countryError->setStyleSheet(toneTextCss(Tone::Error));
    m_countryError->hide();
    v->addWidget(m_countryError);
    connect(m_countryCodes, &QLineEdit::textEdited, this, &CtiSettingsPage::onEdited);
    return box;
}

QWidget* CtiSettingsPage::makeScreenPop()
{
    auto* box = new QGroupBox(tr("Related objects and screen pop"), this);
    auto* v = new QVBoxLayout(box);
    v->addWidget(makeWrappedLabel(tr("Objects an agent may assign a call to:"), true, box));
    auto* objects = new QHBoxLayout;
    for (const CtiObject& o : CtiSettings::assignableObjects()) {
        auto* check = new QCheckBox(o.label, box);
        check->setObjectName(QStringLiteral("ctiObject_") + o.apiName);
        connect(check, &QCheckBox::toggled, this, &CtiSettingsPage::onEdited);
        m_objects.insert(o.apiName, check);
        objects->addWidget(check);
    }
    objects->addStretch(1);
    v->addLayout(objects);

    v->addWidget(makeWrappedLabel(tr("Feature Settings > Call Center > Softphone Layouts > New: the default "
                                     "layout for inbound calls."),
                                  true, box));
    auto* form = new QFormLayout;
    m_layoutName = new QLineEdit(box);
    m_layoutName->setObjectName(QStringLiteral("ctiLayoutName"));
    form->addRow(tr("Layout name:"), m_layoutName);
    m_openWithin = new QComboBox(box);
    m_openWithin->setObjectName(QStringLiteral("ctiOpenWithin"));
    addChoice(m_openWithin, tr("Existing browser window"), QStringLiteral("ExistingWindow"));
    addChoice(m_openWithin, tr("New browser window or tab"), QStringLiteral("NewWindow"));
    form->addRow(tr("Open screen pops in:"), m_openWithin);
    m_noMatch = new QComboBox(box);
    m_noMatch->setObjectName(QStringLiteral("ctiNoMatch"));
    addChoice(m_noMatch, tr("Pop to new contact"), QStringLiteral("PopToNewContact"));
    addChoice(m_noMatch, tr("Pop to new account"), QStringLiteral("PopToNewAccount"));
    addChoice(m_noMatch, tr("Pop to new lead"), QStringLiteral("PopToNewLead"));
    addChoice(m_noMatch, tr("Don't pop any screen"), QStringLiteral("DoNotPop"));
    form->addRow(tr("No matching records:"), m_noMatch);
    m_singleMatch = new QComboBox(box);
    m_singleMatch->setObjectName(QStringLiteral("ctiSingleMatch"));
    addChoice(m_singleMatch, tr("Pop detail page"), QStringLiteral("PopToDetail"));
    addChoice(m_singleMatch, tr("Don't pop any screen"), QStringLiteral("DoNotPop"));
    form->addRow(tr("Single-matching record:"), m_singleMatch);
    m_multipleMatches = new QComboBox(box);
    m_multipleMatches->setObjectName(QStringLiteral("ctiMultipleMatches"));
    addChoice(m_multipleMatches, tr("Pop to search page"), QStringLiteral("PopToSearch"));
    addChoice(m_multipleMatches, tr("Don't pop any screen"), QStringLiteral("DoNotPop"));
    form->addRow(tr("Multiple-matching records:"), m_multipleMatches);
    v->addLayout(form);
    auto* exportButton = new QPushButton(tr("Export softphone layout…"), box);
    exportButton->setObjectName(QStringLiteral("ctiExportLayoutButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(exportButton);
    row->addStretch(1);
    v->addLayout(row);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export softphone layout"),
                                         QStringLiteral("softphone-layout.xml"), tr("XML files (*.xml)"));
        if (!path.isEmpty()) {
            if (const Error e = exportSoftphoneLayoutTo(path))
                m_countryError->setText(e.message);
        }
    });
    connect(m_layoutName, &QLineEdit::textEdited, this, &CtiSettingsPage::onEdited);
    for (QComboBox* c : {m_openWithin, m_noMatch, m_singleMatch, m_multipleMatches})
        connect(c, &QComboBox::currentIndexChanged, this, &CtiSettingsPage::onEdited);
    return box;
}

void CtiSettingsPage::loadFromProfile()
{
    const bool has = m_controller->hasProfile();
    m_noProfile->setVisible(!has);
    const CtiSettings loaded =
        has ? CtiSettings::fromJson(m_controller->profile().contactCenter.value(kCtiKey).toObject())
            : CtiSettings();
    // profileChanged also follows our own edits: refilling then would move the cursor.
    if (loaded == m_settings && !m_preview->toPlainText().isEmpty())
        return;
    m_settings = loaded;
    fillWidgets();
    updateValidation();
}

void CtiSettingsPage::fillWidgets()
{
    m_filling = true;
    const CtiSettings& s = m_settings;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        it.value()->setChecked(s.checklistDone.contains(it.key()));
    const CallCenterDefinition& d = s.definition;
    selectData(m_variant, d.variant == CallCenterDefinition::Variant::Sso ? QStringLiteral("sso")
                                                                          : QStringLiteral("standard"));
    m_vanityHost->setText(d.vanityHost);
    m_vanityHost->setEnabled(d.variant == CallCenterDefinition::Variant::Sso);
    m_internalName->setText(d.internalName);
    m_displayName->setText(d.displayName);
    m_adapterUrl->setText(d.adapterUrl);
    m_width->setValue(d.softphoneWidth);
    m_height->setValue(d.softphoneHeight);
    selectData(m_mode, d.compatibilityMode);
    m_outside->setText(d.outsidePrefix);
    m_longDistance->setText(d.longDistPrefix);
    m_international->setText(d.internationalPrefix);
    m_countryCodes->setText(s.countryCodes.join(QStringLiteral(", ")));
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        it.value()->setChecked(s.relatedObjects.contains(it.key()));
    m_layoutName->setText(s.softphoneLayoutName);
    selectData(m_openWithin, s.screenPop.openWithin);
    selectData(m_noMatch, s.screenPop.noMatch);
    selectData(m_singleMatch, s.screenPop.singleMatch);
    selectData(m_multipleMatches, s.screenPop.multipleMatches);
    m_utilityLabel->setText(s.utilityItem.label);
    m_utilityIcon->setText(s.utilityItem.icon);
    m_panelWidth->setValue(s.utilityItem.panelWidth);
    m_panelHeight->setValue(s.utilityItem.panelHeight);
    m_startAutomatically->setChecked(s.utilityItem.startAutomatically);
    m_omni->setMapping(s.omniChannel);
    m_filling = false;
}

void CtiSettingsPage::readWidgets()
{
    CtiSettings& s = m_settings;
    s.checklistDone.clear();
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        if (it.value()->isChecked())
            s.checklistDone.insert(it.key());
    }
    CallCenterDefinition& d = s.definition;
    d.vanityHost = m_vanityHost->text().trimmed();
    d.internalName = m_internalName->text();
    d.displayName = m_displayName->text();
    d.adapterUrl = m_adapterUrl->text().trimmed();
    d.softphoneWidth = m_width->value();
    d.softphoneHeight = m_height->value();
    d.compatibilityMode = m_mode->currentData().toString();
    d.outsidePrefix = m_outside->text().trimmed();
    d.longDistPrefix = m_longDistance->text().trimmed();
    d.internationalPrefix = m_international->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    s.countryCodes = m_countryCodes->text().split(separators, Qt::SkipEmptyParts);
    s.relatedObjects.clear();
    for (const CtiObject& o : CtiSettings::assignableObjects()) {
        if (m_objects.value(o.apiName)->isChecked())
            s.relatedObjects.append(o.apiName);
    }
    s.softphoneLayoutName = m_layoutName->text().trimmed();
    s.screenPop.openWithin = m_openWithin->currentData().toString();
    s.screenPop.noMatch = m_noMatch->currentData().toString();
    s.screenPop.singleMatch = m_singleMatch->currentData().toString();
    s.screenPop.multipleMatches = m_multipleMatches->currentData().toString();
    s.utilityItem.label = m_utilityLabel->text().trimmed();
    s.utilityItem.icon = m_utilityIcon->text().trimmed();
    s.utilityItem.panelWidth = m_panelWidth->value();
    s.utilityItem.panelHeight = m_panelHeight->value();
    s.utilityItem.startAutomatically = m_startAutomatically->isChecked();
    s.omniChannel = m_omni->mapping();
}

void CtiSettingsPage::setSessionClients(SessionClients* clients)
{
    m_omni->setSessionClients(clients);
}

void CtiSettingsPage::onVariantChanged()
{
    if (m_filling)
        return;
    // The other variant's seed values for the names and URL; the admin's sizes, mode and prefixes stay.
    const bool sso = m_variant->currentData().toString() == QLatin1String("sso");
    const CallCenterDefinition old = m_settings.definition;
    CallCenterDefinition d =
        sso ? CallCenterDefinition::sso(m_vanityHost->text()) : CallCenterDefinition::standard();
    d.vanityHost = old.vanityHost;
    d.description = old.description;
    d.softphoneWidth = m_width->value();
    d.softphoneHeight = m_height->value();
    d.compatibilityMode = m_mode->currentData().toString();
    d.outsidePrefix = m_outside->text().trimmed();
    d.longDistPrefix = m_longDistance->text().trimmed();
    d.internationalPrefix = m_international->text().trimmed();
    readWidgets();
    m_settings.definition = d;
    fillWidgets();
    onEdited();
}

void CtiSettingsPage::onEdited()
{
    if (m_filling)
        return;
    const CallCenterDefinition::Variant variant = m_settings.definition.variant;
    const QString label = m_settings.definition.internalNameLabel;
    readWidgets();
    m_settings.definition.variant = variant;
    m_settings.definition.internalNameLabel = label;
    m_vanityHost->setEnabled(variant == CallCenterDefinition::Variant::Sso);
    updateValidation();
    if (m_controller->hasProfile())
        m_controller->session()->setContactCenterPart(kCtiKey, m_settings.toJson());
}

void CtiSettingsPage::updateValidation()
{
    const QList<CtiProblem> problems = m_settings.definition.validate();
    for (QLabel* label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
    QStringList general;
    for (const CtiProblem& p : problems) {
        QLabel* label = m_fieldErrors.value(p.field);
        if (label) {
            label->setText(label->text().isEmpty() ? p.message
                                                   : label->text() + QLatin1Char('\n') + p.message);
            label->show();
        } else {
            general.append(p.message);
        }
    }
    m_definitionStatus->setText(
        problems.isEmpty() ? tr("The definition follows the Open CTI rules.")
                           : tr("Problems: %1").arg(problems.size()) +
                                 (general.isEmpty() ? QString() : QLatin1Char('\n') + general.join(u'\n')));
    m_definitionStatus->setProperty("valid", problems.isEmpty());
    m_preview->setPlainText(QString::fromUtf8(m_settings.definition.toXml()));

    const QList<CtiProblem> codes = CtiSettings::validateCountryCodes(m_settings.countryCodes);
    QStringList messages;
    for (const CtiProblem& p : codes)
        messages.append(p.message);
    m_countryError->setText(messages.join(u'\n'));
    m_countryError->setVisible(!messages.isEmpty());

    m_progress->setText(
        tr("Steps done: %1 of %2").arg(m_settings.checklistDone.size()).arg(CtiSettings::steps().size()));
}

Error CtiSettingsPage::saveXmlTo(const QString& path)
{
    const Error e = CtiSettings::saveFile(path, m_settings.definition.toXml());
    if (!e)
        m_definitionStatus->setText(tr("Saved %1. Import it in Salesforce under Call Center.").arg(path));
    return e;
}

QList<CtiProblem> CtiSettingsPage::validateFile(const QString& path)
{
    const QList<CtiProblem> problems = CtiSettings::parseFile(path).problems;
    QStringList lines;
    if (problems.isEmpty())
        lines.append(tr("%1 follows the Open CTI rules.").arg(path));
    for (const CtiProblem& p : problems)
        lines.append(p.message);
    m_fileProblems->setPlainText(lines.join(u'\n'));
    m_fileProblems->show();
    return problems;
}

Error CtiSettingsPage::exportSoftphoneLayoutTo(const QString& path)
{
    return CtiSettings::saveFile(path, m_settings.softphoneLayoutXml());
}

} // namespace syncdesk
