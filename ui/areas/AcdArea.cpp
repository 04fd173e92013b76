#include "AcdArea.h"

#include "editors/AcdAccountMappingEditor.h"
#include "editors/AcdConnectionEditor.h"
#include "editors/AddressBookEditor.h"
#include "editors/DirectorySyncEditor.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "widgets/PageScroll.h"
#include "widgets/TextStyles.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncdesk {

AcdArea::AcdArea(SetupController* controller, SessionClients* clients, AcdConnectionCheck* check,
                 QWidget* parent)
    : QWidget(parent), m_controller(controller), m_clients(clients), m_noProfileBanner(new Banner(this)),
      m_tabs(new QTabWidget(this)), m_connection(new AcdConnectionEditor(controller, check)),
      m_mapping(new AcdAccountMappingEditor(controller, clients))
{
    setObjectName(QStringLiteral("acdArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* heading = new QLabel(tr("CXone ACD"), this);
    makeHeading(heading, 1.3);
    layout->addWidget(heading);

    m_noProfileBanner->setObjectName(QStringLiteral("acdNoProfileBanner"));
    m_noProfileBanner->setKind(Banner::Kind::Info);
    m_noProfileBanner->setText(tr("No profile is open. Choose or create one in the setup guide."));
    auto* guide = new QPushButton(tr("Open Setup Guide"), m_noProfileBanner);
    guide->setObjectName(QStringLiteral("acdOpenSetupGuideButton"));
    connect(guide, &QPushButton::clicked, this, &AcdArea::setupGuideRequested);
    m_noProfileBanner->addWidget(guide);
    layout->addWidget(m_noProfileBanner);

    m_tabs->setObjectName(QStringLiteral("acdTabs"));
    m_tabs->setAccessibleName(tr("CXone ACD pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollingPage(m_connection, QStringLiteral("acdConnectionView"), m_tabs),
                   tr("Connection"));
    m_tabs->addTab(scrollingPage(m_mapping, QStringLiteral("acdMappingView"), m_tabs), tr("Account mapping"));
    // The address-book and Directory Sync pages have tables that should fill the tab: they get
    // the whole viewport and scroll only below their minimum size.
    m_addressBooks = new AddressBookEditor(clients, this);
    m_addressBooks->setObjectName(QStringLiteral("addressBookEditor"));
    m_tabs->addTab(
        scrollingPage(m_addressBooks, QStringLiteral("acdAddressBooksView"), m_tabs, PageFit::Fill),
        tr("Address books"));
    m_directory = new DirectorySyncEditor(clients, this);
    m_directory->setObjectName(QStringLiteral("directorySyncEditor"));
    m_tabs->addTab(scrollingPage(m_directory, QStringLiteral("acdDirectorySyncView"), m_tabs, PageFit::Fill),
                   tr("Directory Sync"));
    layout->addWidget(m_tabs, 1);

    // Leaving the connection tab hands typed secrets to the keychain, as the guide's Next does.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_connection->storeEditedSecrets(); });
    connect(m_mapping, &AcdAccountMappingEditor::zoomChecklistRequested, this,
            &AcdArea::zoomChecklistRequested);
    connect(controller, &SetupController::profileChanged, this, &AcdArea::updateBanner);
    updateBanner();
}

QString AcdArea::title() const
{
    return tr("ACD");
}

QIcon AcdArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-acd.svg"));
}

QKeySequence AcdArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_3);
}

QString AcdArea::toolTip() const
{
    return tr("NICE CXone: connection, Zoom account mapping, address books and Directory Sync");
}

void AcdArea::addPage(QWidget* page, const QString& title, PageFit fit)
{
    QWidget* tab = qobject_cast<QAbstractScrollArea*>(page)
                       ? page
                       : scrollingPage(page, page->objectName() + QStringLiteral("View"), m_tabs, fit);
    m_tabs->addTab(tab, title);
}

void AcdArea::showSection(Section section)
{
    m_tabs->setCurrentIndex(int(section));
}

QStringList AcdArea::sectionIds() const
{
    return {QStringLiteral("connection"), QStringLiteral("mapping"), QStringLiteral("addressbooks"),
            QStringLiteral("directory")};
}

void AcdArea::showSectionId(const QString& id)
{
    const int i = int(sectionIds().indexOf(id));
    if (i >= 0)
        showSection(Section(i));
}

void AcdArea::updateBanner()
{
    m_noProfileBanner->setVisible(!m_controller->hasProfile());
}

} // namespace syncdesk
