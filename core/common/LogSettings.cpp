#include "LogSettings.h"

#include <QLoggingCategory>
#include <QSettings>
#include <algorithm>

namespace syncdesk {

namespace {
const QString kGroup = QStringLiteral("logLevels");

struct Kind
{
    const char* suffix;
    LogLevel level;
};
// From least to most severe; a level enables its own kind and every one after it.
constexpr Kind kKinds[] = {{"debug", LogLevel::Debug},
                           {"info", LogLevel::Info},
                           {"warning", LogLevel::Warning},
                           {"critical", LogLevel::Critical}};
} // namespace

QList<LogCategoryInfo> logCategories()
{
    // The defaults repeat those of Q_LOGGING_CATEGORY (core/common/Log.cpp, acd/AcdAuth.cpp,
    // salesforce/SalesforceAuth.cpp): the dialog shows what is in effect before anything is stored.
    QList<LogCategoryInfo> all{
        {QStringLiteral("syncdesk.acd"), LogLevel::Info},
        {QStringLiteral("syncdesk.monitor"), LogLevel::Info},
        {QStringLiteral("syncdesk.net"), LogLevel::Info},
        {QStringLiteral("syncdesk.profile"), LogLevel::Info},
        {QStringLiteral("syncdesk.salesforce"), LogLevel::Info},
        {QStringLiteral("syncdesk.sandbox"), LogLevel::Warning},
        {QStringLiteral("syncdesk.secrets"), LogLevel::Info},
        {QStringLiteral("syncdesk.ui"), LogLevel::Info},
        {QStringLiteral("syncdesk.zoom"), LogLevel::Info},
    };
    std::sort(all.begin(), all.end(),
              [](const LogCategoryInfo& a, const LogCategoryInfo& b) { return a.name < b.name; });
    return all;
}

QString logLevelId(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Critical:
        return QStringLiteral("critical");
    case LogLevel::Off:
        return QStringLiteral("off");
    }
    return QStringLiteral("info");
}

LogLevel logLevelFromId(const QString& id, LogLevel fallback)
{
    for (LogLevel l : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Critical, LogLevel::Off}) {
        if (logLevelId(l) == id)
            return l;
    }
    return fallback;
}

QMap<QString, LogLevel> storedLogLevels()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QMap<QString, LogLevel> levels;
    for (const LogCategoryInfo& c : logCategories())
        levels.insert(c.name, logLevelFromId(settings.value(c.name).toString(), c.defaultLevel));
    return levels;
}

void storeLogLevels(const QMap<QString, LogLevel>& levels)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        settings.setValue(it.key(), logLevelId(it.value()));
}

QString filterRules(const QMap<QString, LogLevel>& levels)
{
    QStringList rules;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        for (const Kind& k : kKinds) {
            const bool on = it.value() != LogLevel::Off && int(k.level) >= int(it.value());
            rules << it.key() + QLatin1Char('.') + QLatin1String(k.suffix) +
                         (on ? QStringLiteral("=true") : QStringLiteral("=false"));
        }
    }
    return rules.join(QLatin1Char('\n'));
}

QString storedFilterRules()
{
    return filterRules(storedLogLevels());
}

void applyStoredLogLevels()
{
    QLoggingCategory::setFilterRules(storedFilterRules());
}

} // namespace syncdesk
