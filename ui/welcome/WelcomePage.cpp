#include "WelcomePage.h"

#include "common/Translations.h"
#include "profile/ProfileStore.h"
#include "support/SettingsDialog.h"
#include "widgets/TextStyles.h"

#include <QCommandLinkButton>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
const QString kShownKey = QStringLiteral("welcome/shown");

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

bool WelcomePage::shouldShowAtStart(const QString& profileDirectory)
{
    return !QSettings().value(kShownKey, false).toBool() && ProfileStore::list(profileDirectory).isEmpty();
}

void WelcomePage::markShown()
{
    QSettings().setValue(kShownKey, true);
}

WelcomePage::WelcomePage(const QString& profileDirectory, QWidget* parent)
    : QDialog(parent), m_profileDirectory(profileDirectory)
{
    setObjectName(QStringLiteral("welcomePage"));
    setWindowTitle(tr("Welcome to Syncdesk"));

    // Heading: the icon and one sentence of what this is.
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/syncdesk.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Syncdesk icon"));
    auto* title = new QLabel(tr("Welcome to Syncdesk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    makeHeading(title, 1.8);
    auto* subtitle = makeWrappedLabel(tr("Set up and check the integrations between Zoom, NICE CXone "
                                         "and Salesforce, and watch their events live."),
                                      true, this);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(titles, 1);

    // Language: the names in their own language, so a user finds theirs whatever is shown now.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("welcomeLanguageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    // "System language (Deutsch)": what following the system gives.
    m_language->addItem(tr("System language (%1)").arg(SettingsDialog::languageDisplayName(resolveLanguage({}))),
                        QString());
    for (const QString& lang : supportedLanguages())
        m_language->addItem(SettingsDialog::languageDisplayName(lang), lang);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("welcomeLanguageNote"));
    m_languageNote->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        storeLanguage(m_language->currentData().toString());
        updateLanguageNote();
    });
    // The windows are built in one language: another one shows after a restart, offered here so
    // the rest of the first run is already in the chosen language.
    m_restart = new QPushButton(tr("&Restart Now"), this);
    m_restart->setObjectName(QStringLiteral("welcomeRestartButton"));
    m_restart->setAccessibleName(tr("Restart Syncdesk in the chosen language"));
    m_restart->setToolTip(tr("Closes Syncdesk (asking about unsaved changes) and starts it again in the chosen "
                             "language, with this page."));
    connect(m_restart, &QPushButton::clicked, this, &WelcomePage::restartRequested);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);
    languageRow->addWidget(m_restart);

    // The two ways to begin.
    auto* beginHeading = new QLabel(tr("How do you want to begin?"), this);
    makeHeading(beginHeading, 1.2);
    m_sandbox = new QCommandLinkButton(
        tr("Try it on the sandbox"),
        tr("Explore every area with a simulated Zoom account, CXone ACD and Salesforce org, and watch "
           "a simulated team's events arrive. Nothing leaves this computer and no account is needed."),
        this);
    m_sandbox->setObjectName(QStringLiteral("welcomeSandboxButton"));
    m_sandbox->setAccessibleName(tr("Try it on the sandbox"));
    m_sandbox->setAccessibleDescription(m_sandbox->description());
    m_sandbox->setIcon(QIcon(QStringLiteral(":/icons/area-monitor.svg")));
    m_sandbox->setIconSize(QSize(32, 32));
    m_setup = new QCommandLinkButton(
        tr("Set up my integration"),
        tr("The setup guide walks you through a profile, the Zoom app and its credentials, the CXone "
           "ACD connection and the Salesforce mapping, checking each step."),
        this);
    m_setup->setObjectName(QStringLiteral("welcomeSetupButton"));
    m_setup->setAccessibleName(tr("Set up my integration"));
    m_setup->setAccessibleDescription(m_setup->description());
    m_setup->setIcon(QIcon(QStringLiteral(":/icons/area-setup.svg")));
    m_setup->setIconSize(QSize(32, 32));
    m_sandbox->setDefault(true);
    connect(m_sandbox, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit sandboxChosen();
    });
    connect(m_setup, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit setupChosen();
    });

    // Where profiles are kept, and where secrets are not.
    auto* whereHeading = new QLabel(tr("Where your profiles are kept"), this);
    makeHeading(whereHeading, 1.2);
    auto* folder = new QLineEdit(QDir::toNativeSeparators(m_profileDirectory), this);
    folder->setObjectName(QStringLiteral("welcomeProfileFolder"));
    folder->setReadOnly(true);
    folder->setAccessibleName(tr("Profile folder"));
    m_openFolder = new QPushButton(tr("&Open Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("welcomeOpenFolderButton"));
    m_openFolder->setAccessibleName(tr("Open the profile folder"));
    m_openFolder->setAutoDefault(false);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_profileDirectory); // the file manager cannot show a folder not made yet
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_profileDirectory));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(m_openFolder);
    auto* secretsNote = makeWrappedLabel(
        tr("Profiles hold settings only. Client secrets, passwords and tokens are kept in the system "
           "keychain, never in this folder, so a profile can be copied or shared safely."),
        true, this);
    secretsNote->setObjectName(QStringLiteral("welcomeSecretsNote"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* later = buttons->addButton(tr("&Skip for Now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("welcomeSkipButton"));
    later->setAccessibleName(tr("Skip the welcome page"));
    later->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* again = makeWrappedLabel(tr("You can come back here from Help → Welcome."), true, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(languageRow);
    layout->addWidget(separator(this));
    layout->addWidget(beginHeading);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_setup);
    layout->addWidget(separator(this));
    layout->addWidget(whereHeading);
    layout->addLayout(folderRow);
    layout->addWidget(secretsNote);
    layout->addSpacing(8);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(again, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    // Keyboard: the language first, then the two choices, the folder, and Skip.
    setTabOrder(m_language, m_restart);
    setTabOrder(m_restart, m_sandbox);
    setTabOrder(m_sandbox, m_setup);
    setTabOrder(m_setup, folder);
    setTabOrder(folder, m_openFolder);
    setTabOrder(m_openFolder, later);
    m_sandbox->setFocus();
    updateLanguageNote();
    // Wide enough for the choices' descriptions in two or three lines, and tall enough for them.
    setMinimumWidth(600);
    resize(660, heightForWidth(660) > 0 ? heightForWidth(660) : sizeHint().height());
}

void WelcomePage::updateLanguageNote()
{
    // The language the choice gives ("System language" included) against the one on screen.
    const QString chosen = resolveLanguage(m_language->currentData().toString());
    const QString inEffect = languageInEffect();
    const bool differs = chosen != inEffect;
    m_languageNote->setText(differs ? tr("Syncdesk uses %1 from the next start.")
                                          .arg(SettingsDialog::languageDisplayName(chosen))
                                    : QString());
    m_restart->setVisible(differs);
}

} // namespace syncdesk
