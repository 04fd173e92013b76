#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace syncdesk {

// Installs Syncdesk's own catalog and Qt's (qtbase) for `language` ("en", "de", "ja"); when
// `language` is empty (no --lang), for the stored choice, else the system's UI languages.
// Returns the language in effect.
QString installTranslations(const QString& language = {});
QStringList supportedLanguages(); // {"en","de","ja"}

// The language chosen on the welcome page or in the settings dialog (QSettings; both programs
// share it), or empty for "follow the system". It takes effect at the next start.
QString storedLanguage();
void storeLanguage(const QString& language); // empty or unknown: follow the system again

} // namespace syncdesk
