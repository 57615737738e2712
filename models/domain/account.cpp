#include "domain/account.h"

QString providerKey(Provider provider)
{
    return provider == Provider::SkySql ? QStringLiteral("skysql") : QStringLiteral("scalingo");
}

QString providerDisplayName(Provider provider)
{
    return provider == Provider::SkySql ? QStringLiteral("SkySQL") : QStringLiteral("Scalingo");
}

bool providerFromKey(const QString &key, Provider *out)
{
    const QString lower = key.trimmed().toLower();
    if (lower == QLatin1String("skysql")) {
        *out = Provider::SkySql;
        return true;
    }
    if (lower == QLatin1String("scalingo")) {
        *out = Provider::Scalingo;
        return true;
    }
    return false;
}
