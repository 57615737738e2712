#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

enum class Provider {
    SkySql,
    Scalingo,
};

QString providerKey(Provider provider);          // "skysql", "scalingo"
QString providerDisplayName(Provider provider);  // "SkySQL", "Scalingo"
bool providerFromKey(const QString &key, Provider *out);

// A billing account as the user named it. The secret (API key, token) is not here: it lives
// in the SecretStore and only the ApiClient's authenticator holds it in memory.
struct Account {
    QString id;           // stable local id
    QString displayName;
    Provider provider = Provider::SkySql;
    QUrl apiUrl;
    QUrl authUrl;         // Scalingo token exchange host
    QUrl billingUrl;      // Scalingo billing host (profile updates); empty = the provider's default
    QString organizationId;  // SkySQL, optional
    QString region;          // Scalingo region key ("osc-fr1", "osc-secnum-fr1", "custom")
    bool isDemo = false;
};

Q_DECLARE_METATYPE(Provider)
Q_DECLARE_METATYPE(Account)
