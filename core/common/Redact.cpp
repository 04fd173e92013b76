#include "Redact.h"

#include <QReadWriteLock>
#include <QSet>
#include <QUrlQuery>

namespace syncdesk::redact {

bool isSensitiveKey(QStringView key)
{
    static const char* const sensitive[] = {"access_token", "refresh_token", "client_secret", "password",
                                            "secret",       "token",         "code",          "code_verifier",
                                            "authorization", "x-zm-signature", "cookie",      "signature"};
    for (const char* s : sensitive) {
        if (key.compare(QLatin1String(s), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString url(const QUrl& in)
{
    QUrl u = in;
    if (!u.userInfo().isEmpty())
        u.setUserInfo(QStringLiteral("***"));
    if (u.hasQuery()) {
        QUrlQuery q(u);
        auto items = q.queryItems(QUrl::FullyEncoded);
        for (auto& item : items) {
            if (isSensitiveKey(item.first))
                item.second = QStringLiteral("***");
        }
        q.setQueryItems(items);
        u.setQuery(q);
    }
    return u.toString(QUrl::FullyEncoded);
}

QByteArray header(const QByteArray& name, const QByteArray& value)
{
    if (isSensitiveKey(QString::fromLatin1(name)))
        return QByteArrayLiteral("***");
    return value;
}

namespace {
QReadWriteLock extraLock;
QSet<QByteArray>& extraNames()
{
    static QSet<QByteArray> names;
    return names;
}
} // namespace

bool isCredentialHeader(QByteArrayView name)
{
    static const char* const fixed[] = {"authorization", "proxy-authorization", "cookie", "set-cookie"};
    for (const char* f : fixed) {
        if (name.compare(QByteArrayView(f), Qt::CaseInsensitive) == 0)
            return true;
    }
    QReadLocker lock(&extraLock);
    const QSet<QByteArray>& extra = extraNames();
    return !extra.isEmpty() && extra.contains(name.toByteArray().toLower());
}

QByteArray shownHeader(QByteArrayView name, const QByteArray& value)
{
    return isCredentialHeader(name) ? QByteArrayLiteral("***") : value;
}

void addCredentialHeader(QByteArrayView name)
{
    const QByteArray lower = name.trimmed().toByteArray().toLower();
    if (lower.isEmpty())
        return;
    QWriteLocker lock(&extraLock);
    extraNames().insert(lower);
}

QString hint(const QString& secret)
{
    if (secret.size() <= 8)
        return QString(secret.size(), QChar(0x2022));
    return QString(6, QChar(0x2022)) + secret.right(4);
}

} // namespace syncdesk::redact
