#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace syncdesk {

// Log levels per logging category, chosen in the settings dialog and kept in QSettings (both
// programs share them: same organization and application name). A level shows its own messages
// and every more severe kind; Off shows none.
enum class LogLevel { Debug, Info, Warning, Critical, Off };

struct LogCategoryInfo
{
    QString name;          // "syncdesk.net"
    LogLevel defaultLevel; // as declared with Q_LOGGING_CATEGORY
};

// Every category Syncdesk logs to (core/common/Log.cpp and the vendors' own), sorted by name.
QList<LogCategoryInfo> logCategories();

QString logLevelId(LogLevel level);                          // "debug", "info", …, "off"
LogLevel logLevelFromId(const QString& id, LogLevel fallback); // unknown ids give `fallback`

// The level of every category: the stored one, else the category's default.
QMap<QString, LogLevel> storedLogLevels();
void storeLogLevels(const QMap<QString, LogLevel>& levels);

// QLoggingCategory::setFilterRules() text for these levels ("syncdesk.net.debug=true\n…").
QString filterRules(const QMap<QString, LogLevel>& levels);
QString storedFilterRules();
// Installs the stored levels (at start, and after the settings dialog stored new ones). The
// QT_LOGGING_RULES environment variable still wins, as Qt documents, for one-off debugging.
void applyStoredLogLevels();

} // namespace syncdesk
