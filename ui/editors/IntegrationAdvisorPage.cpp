#include "IntegrationAdvisorPage.h"

#include "connect/ProfileSession.h"
#include "setup/SetupController.h"
#include "widgets/TextStyles.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace syncdesk {

namespace {

const QString kAdvisorKey = QStringLiteral("advisor");
using Workspace = AdvisorAnswers::Workspace;

} // namespace

IntegrationAdvisorPage::IntegrationAdvisorPage(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("integrationAdvisorPage"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(makeWrappedLabel(
        tr("How recordings, transcripts, notes and dispositions reach your CRM depends first on the "
           "application your agents handle interactions in. Answer the questions for a recommendation; "
           "answers and result are saved in the profile."),
        true, this));

    auto* where = new QGroupBox(tr("Where do your agents handle interactions?"), this);
    auto* wv = new QVBoxLayout(where);
    m_workspace = new QButtonGroup(this);
    const QList<QPair<Workspace, QString>> places = {
        {Workspace::CrmConnector, tr("In a CRM, with the ZCC CRM CTI connector")},
        {Workspace::WorkplaceApp, tr("In the Zoom Workplace app")},
        {Workspace::SmartEmbed, tr("In ZCC Smart Embed")}};
    const QStringList ids = {QStringLiteral("crmConnector"), QStringLiteral("workplaceApp"),
                             QStringLiteral("smartEmbed")};
    for (int i = 0; i < places.size(); ++i) {
        auto* radio = new QRadioButton(places[i].second, where);
        radio->setObjectName(QStringLiteral("advisorWorkspace_") + ids[i]);
        m_workspace->addButton(radio, int(places[i].first));
        wv->addWidget(radio);
    }
    auto* crmForm = new QFormLayout;
    m_crm = new QComboBox(where);
    m_crm->setObjectName(QStringLiteral("advisorCrm"));
    for (const auto& crm : IntegrationAdvisor::supportedCrms())
        m_crm->addItem(crm.second, crm.first);
    m_crm->addItem(tr("Another CRM"), QStringLiteral("other"));
    crmForm->addRow(tr("CRM:"), m_crm);
    wv->addLayout(crmForm);
    v->addWidget(where);

    auto* flow = new QGroupBox(tr("Messaging"), this);
    auto* fv = new QVBoxLayout(flow);
    m_messagingFlow = new QCheckBox(
        tr("An inbound messaging flow (for example web chat) must send its data to another system"), flow);
    m_messagingFlow->setObjectName(QStringLiteral("advisorMessagingFlow"));
    fv->addWidget(m_messagingFlow);
    v->addWidget(flow);

    auto* data = new QGroupBox(tr("Which data must reach the other system? (none ticked: all)"), this);
    auto* dv = new QVBoxLayout(data);
    for (const AdvisorData& d : IntegrationAdvisor::dataKinds()) {
        auto* check = new QCheckBox(d.label, data);
        check->setObjectName(QStringLiteral("advisorData_") + d.id);
        m_data.insert(d.id, check);
        dv->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &IntegrationAdvisorPage::onEdited);
    }
    v->addWidget(data);

    auto* result = new QGroupBox(tr("Recommended method"), this);
    auto* rv = new QVBoxLayout(result);
    m_method = new QLabel(result);
    m_method->setObjectName(QStringLiteral("advisorMethod"));
    makeHeading(m_method);
    m_method->setWordWrap(true);
    rv->addWidget(m_method);
    m_considerations = makeWrappedLabel(QString(), false, result);
    m_considerations->setObjectName(QStringLiteral("advisorConsiderations"));
    m_considerations->setTextFormat(Qt::PlainText);
    m_considerations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rv->addWidget(m_considerations);
    m_also = makeWrappedLabel(QString(), true, result);
    m_also->setObjectName(QStringLiteral("advisorAlso"));
    rv->addWidget(m_also);
    v->addWidget(result);
    v->addStretch(1);

    connect(m_workspace, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            onEdited();
    });
    connect(m_crm, &QComboBox::currentIndexChanged, this, &IntegrationAdvisorPage::onEdited);
    connect(m_messagingFlow, &QCheckBox::toggled, this, &IntegrationAdvisorPage::onEdited);
    connect(controller, &SetupController::profileChanged, this, &IntegrationAdvisorPage::loadFromProfile);
    loadFromProfile();
}

void IntegrationAdvisorPage::loadFromProfile()
{
    const AdvisorAnswers loaded = m_controller->hasProfile()
                                      ? AdvisorAnswers::fromJson(m_controller->profile()
                                                                     .contactCenter.value(kAdvisorKey)
                                                                     .toObject()
                                                                     .value(QStringLiteral("answers"))
                                                                     .toObject())
                                      : AdvisorAnswers();
    // profileChanged also follows our own edits.
    if (m_loaded && loaded == m_answers)
        return;
    m_loaded = true;
    m_answers = loaded;
    fillWidgets();
    showRecommendation();
}

void IntegrationAdvisorPage::fillWidgets()
{
    m_filling = true;
    if (m_answers.workspace == Workspace::Unanswered) {
        // QButtonGroup is exclusive: clearing needs it off for a moment.
        m_workspace->setExclusive(false);
        for (QAbstractButton* b : m_workspace->buttons())
            b->setChecked(false);
        m_workspace->setExclusive(true);
    } else if (QAbstractButton* b = m_workspace->button(int(m_answers.workspace))) {
        b->setChecked(true);
    }
    const int crm = m_crm->findData(m_answers.crm);
    m_crm->setCurrentIndex(crm >= 0 ? crm : 0);
    m_crm->setEnabled(m_answers.workspace == Workspace::CrmConnector);
    m_messagingFlow->setChecked(m_answers.messagingFlow);
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it)
        it.value()->setChecked(m_answers.data.contains(it.key()));
    m_filling = false;
}

void IntegrationAdvisorPage::onEdited()
{
    if (m_filling)
        return;
    AdvisorAnswers a;
    const int id = m_workspace->checkedId();
    a.workspace = id < 0 ? Workspace::Unanswered : Workspace(id);
    if (a.workspace == Workspace::CrmConnector)
        a.crm = m_crm->currentData().toString();
    m_crm->setEnabled(a.workspace == Workspace::CrmConnector);
    a.messagingFlow = m_messagingFlow->isChecked();
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it) {
        if (it.value()->isChecked())
            a.data.insert(it.key());
    }
    m_answers = a;
    showRecommendation();
    if (m_controller->hasProfile())
        m_controller->session()->setContactCenterPart(kAdvisorKey, IntegrationAdvisor::toProfileJson(a));
}

void IntegrationAdvisorPage::showRecommendation()
{
    const AdvisorRecommendation r = IntegrationAdvisor::recommend(m_answers);
    m_method->setText(IntegrationAdvisor::methodTitle(r.method));
    QStringList lines;
    for (const QString& c : r.considerations)
        lines.append(QStringLiteral("• ") + c);
    m_considerations->setText(lines.join(u'\n'));
    m_considerations->setVisible(!lines.isEmpty());
    QStringList also;
    for (const IntegrationMethod m : r.alsoConsider)
        also.append(IntegrationAdvisor::methodTitle(m));
    m_also->setText(also.isEmpty() ? QString()
                                   : tr("Also worth considering: %1").arg(also.join(QStringLiteral("; "))));
    m_also->setVisible(!also.isEmpty());
}

} // namespace syncdesk
