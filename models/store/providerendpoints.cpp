#include "store/providerendpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ProviderEndpoints
{

QUrl skySqlApiUrl()
{
    return QUrl(QStringLiteral("https://api.skysql.com"));
}

QUrl scalingoAuthUrl()
{
    return QUrl(QStringLiteral("https://auth.scalingo.com"));
}

QList<ScalingoRegion> scalingoRegions()
{
    return {
        {QStringLiteral("osc-fr1"), QCoreApplication::translate("ProviderEndpoints", "Paris (osc-fr1)"),
         QUrl(QStringLiteral("https://api.osc-fr1.scalingo.com"))},
        {QStringLiteral("osc-secnum-fr1"),
         QCoreApplication::translate("ProviderEndpoints", "Paris, SecNumCloud (osc-secnum-fr1)"),
         QUrl(QStringLiteral("https://api.osc-secnum-fr1.scalingo.com"))},
    };
}

QString customRegionKey()
{
    return QStringLiteral("custom");
}

bool scalingoRegion(const QString &key, ScalingoRegion *out)
{
    const QList<ScalingoRegion> regions = scalingoRegions();
    for (const ScalingoRegion &region : regions) {
        if (region.key == key) {
            if (out)
                *out = region;
            return true;
        }
    }
    return false;
}

QString defaultScalingoRegionKey()
{
    return QStringLiteral("osc-fr1");
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // QUrl gives IPv6 hosts without brackets; QHostAddress wants them bare too.
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

bool isAcceptableApiUrl(const QUrl &url, QString *problem)
{
    auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(QCoreApplication::translate("ProviderEndpoints",
                                                  "This is not a web address; it should look like https://api.example.com."));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(QCoreApplication::translate("ProviderEndpoints", "The address must start with https://."));
    if (!url.userInfo().isEmpty())
        return refuse(QCoreApplication::translate("ProviderEndpoints",
                                                  "The address must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return refuse(QCoreApplication::translate("ProviderEndpoints",
                                                  "The address must not contain a query (?…) or fragment (#…)."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return refuse(QCoreApplication::translate("ProviderEndpoints",
                                                  "Plain http would send the key unencrypted: use https:// "
                                                  "(http is only allowed for this computer, e.g. 127.0.0.1)."));
    if (problem)
        problem->clear();
    return true;
}

QUrl parseApiUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

}
