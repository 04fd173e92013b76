#include "SecretStore.h"

#include <QEventLoop>

namespace syncdesk {

QString secretPurposeKey(SecretPurpose purpose)
{
    switch (purpose) {
    case SecretPurpose::ZoomClientSecret: return QStringLiteral("zoom.client_secret");
    case SecretPurpose::ZoomSecretToken: return QStringLiteral("zoom.secret_token");
    case SecretPurpose::AcdAccessKeySecret: return QStringLiteral("acd.access_key_secret");
    case SecretPurpose::SalesforcePassword: return QStringLiteral("salesforce.password");
    case SecretPurpose::SalesforceClientSecret: return QStringLiteral("salesforce.client_secret");
    case SecretPurpose::SalesforceRefreshToken: return QStringLiteral("salesforce.refresh_token");
    case SecretPurpose::AcdClientSecret: return QStringLiteral("acd.client_secret");
    }
    return QStringLiteral("unknown");
}

QString secretKey(const QString& profileId, SecretPurpose purpose)
{
    return profileId + QLatin1Char('/') + secretPurposeKey(purpose);
}

Result<QString> SecretStore::readSync(const QString& key)
{
    QEventLoop loop;
    QString value;
    Error error;
    bool finished = false;
    read(key, &loop, [&](const QString& v, const Error& e) {
        value = v;
        error = e;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (!error.ok())
        return error;
    return value;
}

Error SecretStore::writeSync(const QString& key, const QString& value)
{
    QEventLoop loop;
    Error error;
    bool finished = false;
    write(key, value, &loop, [&](const Error& e) {
        error = e;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return error;
}

Error SecretStore::removeSync(const QString& key)
{
    QEventLoop loop;
    Error error;
    bool finished = false;
    remove(key, &loop, [&](const Error& e) {
        error = e;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return error;
}

} // namespace syncdesk
