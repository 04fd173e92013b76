#include "ZoomArea.h"

#include "editors/ZoomAppChecklistEditor.h"
#include "editors/ZoomCredentialsEditor.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/PageScroll.h"
#include "widgets/TextStyles.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncdesk {

ZoomArea::ZoomArea(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_noProfileBanner(new Banner(this)),
      m_tabs(new QTabWidget(this)), m_credentials(new ZoomCredentialsEditor(controller)),
      m_checklist(new ZoomAppChecklistEditor(controller))
{
    setObjectName(QStringLiteral("zoomArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* heading = new QLabel(tr("Zoom app"), this);
    makeHeading(heading, 1.3);
    layout->addWidget(heading);

    m_noProfileBanner->setObjectName(QStringLiteral("zoomNoProfileBanner"));
    m_noProfileBanner->setKind(Banner::Kind::Info);
    m_noProfileBanner->setText(tr("No profile is open. Choose or create one in the setup guide."));
    auto* guide = new QPushButton(tr("Open Setup Guide"), m_noProfileBanner);
    guide->setObjectName(QStringLiteral("zoomOpenSetupGuideButton"));
    connect(guide, &QPushButton::clicked, this, &ZoomArea::setupGuideRequested);
    m_noProfileBanner->addWidget(guide);
    layout->addWidget(m_noProfileBanner);

    m_tabs->setObjectName(QStringLiteral("zoomTabs"));
    m_tabs->setAccessibleName(tr("Zoom app pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollingPage(m_credentials, QStringLiteral("zoomCredentialsView"), m_tabs),
                   tr("Credentials and connection"));
    m_tabs->addTab(scrollingPage(m_checklist, QStringLiteral("zoomChecklistView"), m_tabs),
                   tr("App registration"));
    layout->addWidget(m_tabs, 1);

    // Leaving the credentials tab hands typed secrets to the keychain, as the guide's Next does.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_credentials->storeEditedSecrets(); });
    connect(m_checklist, &ZoomAppChecklistEditor::acdMappingRequested, this, &ZoomArea::acdMappingRequested);
    connect(controller, &SetupController::profileChanged, this, &ZoomArea::updateBanner);
    updateBanner();
}

QString ZoomArea::title() const
{
    return tr("Zoom app");
}

QIcon ZoomArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-zoom.svg"));
}

QKeySequence ZoomArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_2);
}

QString ZoomArea::toolTip() const
{
    return tr("Credentials, connection test and Marketplace registration of the Zoom app");
}

void ZoomArea::showSection(Section section)
{
    m_tabs->setCurrentIndex(section == Section::Credentials ? 0 : 1);
}

void ZoomArea::updateBanner()
{
    m_noProfileBanner->setVisible(!m_controller->hasProfile());
}

} // namespace syncdesk
