#include "ContactCenterArea.h"

#include "CtiSettingsPage.h"
#include "editors/FlowEventScriptPage.h"
#include "editors/IntegrationAdvisorPage.h"
#include "widgets/TextStyles.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncdesk {

ContactCenterArea::ContactCenterArea(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_cti(new CtiSettingsPage(controller))
{
    setObjectName(QStringLiteral("contactCenterArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* heading = new QLabel(tr("Contact Center"), this);
    makeHeading(heading, 1.3);
    layout->addWidget(heading);
    m_tabs->setObjectName(QStringLiteral("contactCenterTabs"));
    m_tabs->setAccessibleName(tr("Contact Center pages"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    // The advisor first: it says which of the other tabs applies.
    addPage(new IntegrationAdvisorPage(controller), QStringLiteral("advisor"), tr("Integration method"));
    addPage(m_cti, QStringLiteral("cti"), tr("Salesforce CTI"));
    addPage(new FlowEventScriptPage(controller), QStringLiteral("flowscript"), tr("Flow event script"));
}

QString ContactCenterArea::title() const
{
    return tr("Contact Center");
}

QIcon ContactCenterArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-contactcenter.svg"));
}

QKeySequence ContactCenterArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_5);
}

QString ContactCenterArea::toolTip() const
{
    return tr("Contact Center: Zoom Contact Center with Salesforce (CTI settings)");
}

void ContactCenterArea::addPage(QWidget* page, const QString& id, const QString& title, PageFit fit)
{
    QWidget* tab = qobject_cast<QAbstractScrollArea*>(page)
                       ? page
                       : scrollingPage(page, page->objectName() + QStringLiteral("View"), m_tabs, fit);
    m_tabs->addTab(tab, title);
    m_sectionIds.append(id);
}

void ContactCenterArea::showSectionId(const QString& id)
{
    const int i = int(m_sectionIds.indexOf(id));
    if (i >= 0 && i < m_tabs->count())
        m_tabs->setCurrentIndex(i);
}

} // namespace syncdesk
