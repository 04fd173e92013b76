#pragma once

#include <QList>
#include <QString>

namespace syncdesk {

// The versions of Syncdesk and of the libraries it runs on, for the About dialog, `--version`
// and the diagnostics bundle. Run-time versions where the library reports one (Qt, OpenSSL):
// a support case is about the library that is loaded, not the one we compiled against.
struct ComponentVersion
{
    QString name;    // "Syncdesk", "Qt", "QtKeychain", "OpenSSL"
    QString version; // "0.1.0", "6.4.2", …
};

QString syncdeskVersion();
QList<ComponentVersion> componentVersions();
// "Syncdesk 0.1.0 (Qt 6.4.2, QtKeychain 0.13.2, OpenSSL 3.0.15)"
QString versionLine();

} // namespace syncdesk
