#include "Versions.h"

#include <QStringList>
#include <QtGlobal>
#include <openssl/crypto.h>

namespace syncdesk {

QString syncdeskVersion()
{
    return QStringLiteral(SYNCDESK_VERSION);
}

QList<ComponentVersion> componentVersions()
{
    return {
        {QStringLiteral("Syncdesk"), syncdeskVersion()},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        // QtKeychain's header carries no usable version (0.13 still says 0x000100); CMake's
        // package version of the copy we were built with is passed in by core/CMakeLists.txt.
        {QStringLiteral("QtKeychain"), QStringLiteral(SYNCDESK_QTKEYCHAIN_VERSION)},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))
                                        .section(QLatin1Char(' '), 1, 1)},
    };
}

QString versionLine()
{
    const QList<ComponentVersion> all = componentVersions();
    QStringList libs;
    for (qsizetype i = 1; i < all.size(); ++i)
        libs << all[i].name + QLatin1Char(' ') + all[i].version;
    return all.first().name + QLatin1Char(' ') + all.first().version + QStringLiteral(" (") +
           libs.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace syncdesk
