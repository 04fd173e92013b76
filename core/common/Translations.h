#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace syncdesk {

// Installs Syncdesk's own catalog and Qt's (qtbase) for `language` ("en", "de", "ja"), or for the
// system's UI languages when `language` is empty. Returns the language in effect.
QString installTranslations(const QString& language = {});
QStringList supportedLanguages(); // {"en","de","ja"}

} // namespace syncdesk
