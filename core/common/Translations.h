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
// The language a choice gives: itself when supported, the system's UI language for an empty
// choice (English when the system's is not supported), English for anything else.
QString resolveLanguage(const QString& choice);
// The language the windows are in: what installTranslations() installed, English before that.
QString languageInEffect();

// The language chosen on the welcome page or in the settings dialog (QSettings; both programs
// share it), or empty for "follow the system". It takes effect at the next start.
QString storedLanguage();
void storeLanguage(const QString& language); // empty or unknown: follow the system again

} // namespace syncdesk
