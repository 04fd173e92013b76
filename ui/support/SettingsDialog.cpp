#include "SettingsDialog.h"

#include "common/LogSettings.h"
#include "common/Translations.h"
#include "widgets/TextStyles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
constexpr LogLevel kLevels[] = {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Critical,
                                LogLevel::Off};

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return SettingsDialog::tr("Debug");
    case LogLevel::Info:
        return SettingsDialog::tr("Info");
    case LogLevel::Warning:
        return SettingsDialog::tr("Warning");
    case LogLevel::Critical:
        return SettingsDialog::tr("Critical");
    case LogLevel::Off:
        return SettingsDialog::tr("Off");
    }
    return {};
}

// What each category covers, so an admin asked by support for "the Zoom logs" finds the row.
QString categoryDescription(const QString& name)
{
    if (name == QLatin1String("syncdesk.acd"))
        return SettingsDialog::tr("NICE CXone ACD sign-in and requests");
    if (name == QLatin1String("syncdesk.monitor"))
        return SettingsDialog::tr("Live event monitor: webhooks and WebSocket");
    if (name == QLatin1String("syncdesk.net"))
        return SettingsDialog::tr("Network requests and responses");
    if (name == QLatin1String("syncdesk.profile"))
        return SettingsDialog::tr("Profiles: opening, saving, drafts");
    if (name == QLatin1String("syncdesk.salesforce"))
        return SettingsDialog::tr("Salesforce sign-in and requests");
    if (name == QLatin1String("syncdesk.sandbox"))
        return SettingsDialog::tr("The sandbox's simulated services");
    if (name == QLatin1String("syncdesk.secrets"))
        return SettingsDialog::tr("System keychain access (never the secrets themselves)");
    if (name == QLatin1String("syncdesk.ui"))
        return SettingsDialog::tr("The console's windows");
    if (name == QLatin1String("syncdesk.zoom"))
        return SettingsDialog::tr("Zoom sign-in and API requests");
    return {};
}
} // namespace

QString SettingsDialog::languageDisplayName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return language;
}

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Language.
    auto* languageHeading = new QLabel(tr("Language"), this);
    makeHeading(languageHeading);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& lang : supportedLanguages())
        m_language->addItem(languageDisplayName(lang), lang);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));
    auto* languageNote =
        makeWrappedLabel(tr("The language changes the next time Syncdesk starts. The --lang option "
                            "overrides it for one run."),
                         true, this);
    // &N: &R is Reset Log Levels.
    m_restart = new QPushButton(tr("Restart &Now"), this);
    m_restart->setObjectName(QStringLiteral("settingsRestartButton"));
    m_restart->setAccessibleName(tr("Restart Syncdesk in the chosen language"));
    m_restart->setToolTip(tr("Closes Syncdesk (asking about unsaved changes) and starts it again in the chosen "
                             "language."));
    m_restart->setAutoDefault(false);
    connect(m_restart, &QPushButton::clicked, this, &SettingsDialog::restartRequested);
    auto updateRestart = [this] {
        m_restart->setVisible(resolveLanguage(m_language->currentData().toString()) !=
                              languageInEffect());
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, updateRestart] {
        storeLanguage(m_language->currentData().toString());
        updateRestart();
    });
    updateRestart();
    auto* languageForm = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Interface language:"), this);
    languageLabel->setBuddy(m_language);
    auto* languageField = new QHBoxLayout;
    languageField->addWidget(m_language);
    languageField->addWidget(m_restart);
    languageField->addStretch(1);
    languageForm->addRow(languageLabel, languageField);

    // Log levels.
    auto* logHeading = new QLabel(tr("Logging"), this);
    makeHeading(logHeading);
    auto* logNote = makeWrappedLabel(
        tr("How much each part of Syncdesk writes to its log. Choose Debug only while you look into "
           "a problem: it writes much more. Logs are always redacted: secrets never reach the log "
           "file."),
        true, this);
    const QList<LogCategoryInfo> categories = logCategories();
    const QMap<QString, LogLevel> stored = storedLogLevels();
    m_levels = new QTableWidget(int(categories.size()), 3, this);
    m_levels->setObjectName(QStringLiteral("settingsLogLevelTable"));
    m_levels->setAccessibleName(tr("Log level of each category"));
    m_levels->setHorizontalHeaderLabels({tr("Category"), tr("Covers"), tr("Level")});
    m_levels->verticalHeader()->hide();
    m_levels->setSelectionMode(QAbstractItemView::NoSelection);
    m_levels->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levels->setTabKeyNavigation(false); // Tab moves between the combos, not through every cell
    for (int row = 0; row < categories.size(); ++row) {
        const QString name = categories[row].name;
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFont(monospaceFont());
        m_levels->setItem(row, 0, nameItem);
        m_levels->setItem(row, 1, new QTableWidgetItem(categoryDescription(name)));
        auto* combo = new QComboBox(m_levels);
        combo->setObjectName(QStringLiteral("logLevel_") + name);
        combo->setAccessibleName(tr("Log level of %1").arg(name));
        combo->setAccessibleDescription(categoryDescription(name));
        for (LogLevel l : kLevels)
            combo->addItem(levelName(l), logLevelId(l));
        combo->setCurrentIndex(combo->findData(logLevelId(stored.value(name, categories[row].defaultLevel))));
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::storeLevels);
        m_levels->setCellWidget(row, 2, combo);
        m_levelCombos.insert(name, combo);
    }
    m_levels->resizeColumnsToContents();
    m_levels->resizeRowsToContents();
    m_levels->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_levels->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto* reset = new QPushButton(tr("&Reset Log Levels"), this);
    reset->setObjectName(QStringLiteral("settingsResetLogLevelsButton"));
    reset->setAccessibleName(tr("Reset log levels to their defaults"));
    reset->setAutoDefault(false);
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetLevels);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(reset);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageHeading);
    layout->addLayout(languageForm);
    layout->addWidget(languageNote);
    layout->addSpacing(12);
    layout->addWidget(logHeading);
    layout->addWidget(logNote);
    layout->addWidget(m_levels, 1);
    layout->addLayout(bottom);
    resize(640, 560);
}

void SettingsDialog::storeLevels()
{
    QMap<QString, LogLevel> levels;
    for (auto it = m_levelCombos.cbegin(); it != m_levelCombos.cend(); ++it)
        levels.insert(it.key(), logLevelFromId(it.value()->currentData().toString(), LogLevel::Info));
    storeLogLevels(levels);
    applyStoredLogLevels();
}

void SettingsDialog::resetLevels()
{
    for (const LogCategoryInfo& c : logCategories()) {
        if (QComboBox* combo = m_levelCombos.value(c.name)) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(combo->findData(logLevelId(c.defaultLevel)));
        }
    }
    storeLevels();
}

} // namespace syncdesk
