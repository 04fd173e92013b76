#include "Redact.h"

#include <QReadWriteLock>
#include <QRegularExpression>
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

QString line(const QString& text)
{
    // Key names that carry a secret in any of the vendors' payloads or our own messages.
    static const QString name = QStringLiteral(
        R"re([A-Za-z0-9_.\-]*(?:secret|token|password|passwd|pwd|authorization|api[_\-]?key|credential|)re"
        R"re(code_verifier|assertion|session_?id)[A-Za-z0-9_.\-]*)re");
    static const QRegularExpression scheme(
        QStringLiteral(R"re(\b(Bearer|Basic|Digest|Token|OAuth)(\s+)[A-Za-z0-9\-._~+/=:!%]{4,})re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerLine(
        QStringLiteral(R"re(((?:proxy-)?authorization|set-cookie|cookie)(\s*:\s*)[^\r\n]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonMember(
        QStringLiteral(R"re(("%1"\s*:\s*)"(?:[^"\\]|\\.)*")re").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escapedJsonMember(
        QStringLiteral(R"re((\\"%1\\"\s*:\s*)\\"(?:[^"\\]|\\[^"])*\\")re").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pair(
        QStringLiteral(R"re((?<![A-Za-z0-9_\-])(%1)(\s*[:=]\s*|%3D)(?!\*\*\*)[^\s,;&"'<>)\]}]+)re").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(
        QStringLiteral(R"re(\b([a-z][a-z0-9+.\-]*://)[^/\s:@]+:[^/\s@]+@)re"), QRegularExpression::CaseInsensitiveOption);

    QString out = text;
    out.replace(scheme, QStringLiteral("\\1\\2***"));
    out.replace(headerLine, QStringLiteral("\\1\\2***"));
    out.replace(jsonMember, QStringLiteral("\\1\"***\""));
    out.replace(escapedJsonMember, QStringLiteral("\\1\\\"***\\\""));
    out.replace(pair, QStringLiteral("\\1\\2***"));
    out.replace(userInfo, QStringLiteral("\\1***@"));
    // An OAuth authorization code in a query (a redirect URL logged whole).
    static const QRegularExpression code(QStringLiteral(R"re(([?&](?:code|code_verifier)=)(?!\*\*\*)[^&\s"'#]+)re"));
    out.replace(code, QStringLiteral("\\1***"));

    // The webhook's configured extra-authentication header, whatever its name.
    QList<QByteArray> extra;
    {
        QReadLocker lock(&extraLock);
        extra = extraNames().values();
    }
    for (const QByteArray& h : std::as_const(extra)) {
        const QRegularExpression re(QStringLiteral("(%1)(\\s*[:=]\\s*)[^\\s,;&\"']+")
                                        .arg(QRegularExpression::escape(QString::fromLatin1(h))),
                                    QRegularExpression::CaseInsensitiveOption);
        out.replace(re, QStringLiteral("\\1\\2***"));
    }
    return out;
}

QString hint(const QString& secret)
{
    if (secret.size() <= 8)
        return QString(secret.size(), QChar(0x2022));
    return QString(6, QChar(0x2022)) + secret.right(4);
}

} // namespace syncdesk::redact
