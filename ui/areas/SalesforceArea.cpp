#include "SalesforceArea.h"

#include "catalog/SalesforceCatalog.h"
#include "connect/ProfileSession.h"
#include "editors/SalesforceAccountMappingEditor.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/CopyButton.h"
#include "widgets/PageScroll.h"
#include "widgets/TextStyles.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncdesk {

SalesforceArea::SalesforceArea(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_noProfileBanner(new Banner(this)),
      m_tabs(new QTabWidget(this)), m_mapping(new SalesforceAccountMappingEditor(controller))
{
    setObjectName(QStringLiteral("salesforceArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* heading = new QLabel(tr("Salesforce"), this);
    makeHeading(heading, 1.3);
    layout->addWidget(heading);

    m_noProfileBanner->setObjectName(QStringLiteral("salesforceNoProfileBanner"));
    m_noProfileBanner->setKind(Banner::Kind::Info);
    m_noProfileBanner->setText(tr("No profile is open. Choose or create one in the setup guide."));
    auto* guide = new QPushButton(tr("Open Setup Guide"), m_noProfileBanner);
    guide->setObjectName(QStringLiteral("salesforceOpenSetupGuideButton"));
    connect(guide, &QPushButton::clicked, this, &SalesforceArea::setupGuideRequested);
    m_noProfileBanner->addWidget(guide);
    layout->addWidget(m_noProfileBanner);

    m_tabs->setObjectName(QStringLiteral("salesforceTabs"));
    m_tabs->setAccessibleName(tr("Salesforce pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollingPage(makeChecklist(), QStringLiteral("salesforcePrerequisitesView"), m_tabs),
                   tr("Prerequisites"));
    m_tabs->addTab(scrollingPage(m_mapping, QStringLiteral("salesforceMappingView"), m_tabs),
                   tr("Account mapping"));
    layout->addWidget(m_tabs, 1);

    // Leaving the mapping tab hands typed secrets to the keychain.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_mapping->storeEditedSecrets(); });
    connect(controller, &SetupController::profileChanged, this, [this] {
        updateBanner();
        updateChecklist();
    });
    updateBanner();
    updateChecklist();
}

QWidget* SalesforceArea::makeChecklist()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("salesforceChecklist"));
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(makeWrappedLabel(
        tr("Do these steps in Salesforce and CXone in this order; tick each one when it is done. Ticks are "
           "saved in the profile. Values in boxes are typed exactly as shown: copy them."),
        true, page));
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("salesforceChecklistProgress"));
    v->addWidget(m_progress);

    for (const auto group : {SalesforceStep::Group::Prerequisites, SalesforceStep::Group::ConnectedApp,
                             SalesforceStep::Group::SignIn}) {
        auto* box = new QGroupBox(SalesforceCatalog::groupTitle(group), page);
        auto* bv = new QVBoxLayout(box);
        for (const SalesforceStep& step : SalesforceCatalog::steps(group)) {
            auto* check = new QCheckBox(step.title, box);
            check->setObjectName(QStringLiteral("salesforceStep_") + step.id);
            connect(check, &QCheckBox::toggled, this, [this, id = step.id](bool on) {
                if (m_controller->hasProfile())
                    m_controller->session()->setSalesforceChecklistStep(id, on);
                updateChecklist();
            });
            m_stepChecks.insert(step.id, check);
            bv->addWidget(check);
            auto* detail = makeWrappedLabel(step.detail, true, box);
            detail->setContentsMargins(24, 0, 0, 0);
            bv->addWidget(detail);
            if (!step.copyValues.isEmpty()) {
                auto* grid = new QGridLayout;
                grid->setContentsMargins(24, 0, 0, 6);
                grid->setColumnStretch(1, 1);
                int line = 0;
                for (const SalesforceCopyValue& cv : step.copyValues) {
                    grid->addWidget(new QLabel(cv.label, box), line, 0);
                    auto* field = new QLineEdit(cv.value, box);
                    field->setReadOnly(true);
                    field->setFont(monospaceFont());
                    field->setObjectName(QStringLiteral("salesforceValue_%1_%2").arg(step.id).arg(line));
                    // Wide enough for most values; never so wide that the page scrolls sideways (the
                    // whole value is still selectable and copied).
                    field->setMinimumWidth(qMin(field->fontMetrics().horizontalAdvance(cv.value) + 16,
                                                field->fontMetrics().averageCharWidth() * 32));
                    grid->addWidget(field, line, 1);
                    auto* copy = new CopyButton(tr("Copy"), box);
                    copy->setObjectName(QStringLiteral("salesforceCopy_%1_%2").arg(step.id).arg(line));
                    copy->setSource([value = cv.value] { return value; });
                    grid->addWidget(copy, line, 2);
                    ++line;
                }
                bv->addLayout(grid);
            }
        }
        v->addWidget(box);
    }
    return page;
}

void SalesforceArea::updateChecklist()
{
    const bool has = m_controller->hasProfile();
    const SalesforceSettings& s = m_controller->profile().salesforce;
    for (auto it = m_stepChecks.cbegin(); it != m_stepChecks.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(has && s.checklistDone.contains(it.key()));
        it.value()->setEnabled(has);
    }
    m_progress->setText(tr("Steps done: %1 of %2")
                            .arg(has ? SalesforceCatalog::stepsDone(s) : 0)
                            .arg(SalesforceCatalog::steps().size()));
}

QString SalesforceArea::title() const
{
    return tr("Salesforce");
}

QIcon SalesforceArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-salesforce.svg"));
}

QKeySequence SalesforceArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_4);
}

QString SalesforceArea::toolTip() const
{
    return tr("Salesforce: prerequisites, connected app and account mapping");
}

void SalesforceArea::addPage(QWidget* page, const QString& title, PageFit fit)
{
    QWidget* tab = qobject_cast<QAbstractScrollArea*>(page)
                       ? page
                       : scrollingPage(page, page->objectName() + QStringLiteral("View"), m_tabs, fit);
    m_tabs->addTab(tab, title);
}

void SalesforceArea::showSection(Section section)
{
    m_tabs->setCurrentIndex(int(section));
}

QStringList SalesforceArea::sectionIds() const
{
    // statuses, rules and simulator: the pages MainWindow adds (PresenceStatusDesigner,
    // PresenceRuleEditor, PresenceSimulatorPane).
    return {QStringLiteral("prerequisites"), QStringLiteral("mapping"), QStringLiteral("statuses"),
            QStringLiteral("rules"), QStringLiteral("simulator")};
}

void SalesforceArea::showSectionId(const QString& id)
{
    const int i = int(sectionIds().indexOf(id));
    if (i >= 0 && i < m_tabs->count())
        m_tabs->setCurrentIndex(i);
}

void SalesforceArea::updateBanner()
{
    m_noProfileBanner->setVisible(!m_controller->hasProfile());
}

} // namespace syncdesk
