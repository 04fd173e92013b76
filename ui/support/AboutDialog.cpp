#include "AboutDialog.h"

#include "common/Versions.h"
#include "widgets/TextStyles.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace syncdesk {

QString AboutDialog::versionsText()
{
    // One line a support engineer can paste into a ticket as it is; never anything from a profile.
    return versionLine() + QLatin1Char('\n') + QSysInfo::prettyProductName() + QLatin1String(" (") +
           QSysInfo::currentCpuArchitecture() + QLatin1String(", ") +
           QGuiApplication::platformName() + QLatin1Char(')');
}

QString AboutDialog::userGuidePath()
{
    // Where the packages put docs/user-guide (Linux share/doc, next to the .exe on Windows, the
    // bundle's Resources on macOS), and the source tree when run from build/app.
    const QString app = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        app + QStringLiteral("/../share/doc/syncdesk/user-guide"),
        app + QStringLiteral("/user-guide"),
        app + QStringLiteral("/../Resources/user-guide"),
        app + QStringLiteral("/../../docs/user-guide"),
    };
    const QString lang = QLocale().name().left(2);
    for (const QString& c : candidates) {
        const QDir dir(c);
        if (!dir.exists())
            continue;
        if (dir.exists(lang))
            return QDir::cleanPath(dir.filePath(lang));
        return QDir::cleanPath(dir.path());
    }
    return {};
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Syncdesk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/syncdesk.svg")).pixmap(72, 72));
    icon->setAccessibleName(tr("Syncdesk icon"));
    icon->setAlignment(Qt::AlignTop);

    auto* name = new QLabel(tr("Syncdesk %1").arg(syncdeskVersion()), this);
    name->setObjectName(QStringLiteral("aboutNameLabel"));
    makeHeading(name, 1.6);
    auto* blurb = makeWrappedLabel(tr("A desktop console for setting up and checking the integrations "
                                      "between Zoom, NICE CXone and Salesforce."),
                                   false, this);
    auto* secrets = makeWrappedLabel(
        tr("Secrets are kept in the system keychain, never in profile files or logs."), true, this);

    auto* header = new QVBoxLayout;
    header->addWidget(name);
    header->addWidget(blurb);
    header->addWidget(secrets);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(header, 1);

    auto* versionsHeading = new QLabel(tr("Versions"), this);
    makeHeading(versionsHeading);
    m_versions = new QTableWidget(this);
    m_versions->setObjectName(QStringLiteral("aboutVersionsTable"));
    m_versions->setAccessibleName(tr("Versions of Syncdesk and its libraries"));
    m_versions->setColumnCount(2);
    m_versions->setHorizontalHeaderLabels({tr("Component"), tr("Version")});
    const QList<ComponentVersion> components = componentVersions();
    m_versions->setRowCount(int(components.size()));
    for (int row = 0; row < components.size(); ++row) {
        m_versions->setItem(row, 0, new QTableWidgetItem(components[row].name));
        m_versions->setItem(row, 1, new QTableWidgetItem(components[row].version));
    }
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_versions->resizeRowsToContents();
    int height = m_versions->horizontalHeader()->sizeHint().height() + 2 * m_versions->frameWidth();
    for (int row = 0; row < m_versions->rowCount(); ++row)
        height += m_versions->rowHeight(row);
    m_versions->setFixedHeight(height);

    m_copy = new QPushButton(tr("&Copy Versions"), this);
    m_copy->setObjectName(QStringLiteral("aboutCopyVersionsButton"));
    m_copy->setAccessibleName(tr("Copy versions"));
    m_copy->setAccessibleDescription(
        tr("Copies the versions and the platform to the clipboard, for a support ticket."));
    m_copy->setAutoDefault(false);
    auto* copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("aboutCopiedLabel"));
    connect(m_copy, &QPushButton::clicked, this, [copied] {
        QGuiApplication::clipboard()->setText(versionsText());
        copied->setText(tr("Copied to the clipboard."));
        QTimer::singleShot(4000, copied, &QLabel::clear);
    });
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(copied, 1);

    auto* license = makeWrappedLabel(
        tr("Copyright © 2026 The Syncdesk authors. Syncdesk is free software under the MIT License: "
           "you may use, copy, change and share it; it comes without any warranty."),
        true, this);
    license->setObjectName(QStringLiteral("aboutLicenseLabel"));

    const QString guide = userGuidePath();
    QLabel* guideLabel = nullptr;
    if (!guide.isEmpty()) {
        guideLabel = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(QUrl::fromLocalFile(guide).toString(QUrl::FullyEncoded),
                                         tr("Open the user guide").toHtmlEscaped()),
                                this);
        guideLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        guideLabel->setOpenExternalLinks(true);
        guideLabel->setToolTip(QDir::toNativeSeparators(guide));
    } else {
        guideLabel = makeWrappedLabel(
            tr("The user guide is in the folder docs/user-guide of the Syncdesk sources and packages."),
            true, this);
    }
    guideLabel->setObjectName(QStringLiteral("aboutUserGuideLabel"));
    guideLabel->setAccessibleName(tr("User guide"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(versionsHeading);
    layout->addWidget(m_versions);
    layout->addLayout(copyRow);
    layout->addSpacing(8);
    layout->addWidget(guideLabel);
    layout->addWidget(license);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace syncdesk
