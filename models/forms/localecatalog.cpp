#include "forms/localecatalog.h"

#include "api/skysql/skysqlbackend.h"

#include <algorithm>

LocaleCatalog::LocaleCatalog(SkySqlBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

void LocaleCatalog::loadCountries()
{
    if (m_countriesRequested)
        return;
    m_countriesRequested = true;
    m_backend->countries(SkySqlRequests::LocaleFilter::Active, this, [this](const ApiResult<QList<Country>> &result) {
        if (!result.ok()) {
            // Asked again next time: a failed read is not an empty list.
            m_countriesRequested = false;
            Q_EMIT failed(result.error);
            return;
        }
        m_countries = result.value;
        std::sort(m_countries.begin(), m_countries.end(), [](const Country &a, const Country &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        Q_EMIT countriesLoaded();
    });
}

bool LocaleCatalog::hasCountries() const
{
    return !m_countries.isEmpty();
}

QList<Country> LocaleCatalog::countries() const
{
    return m_countries;
}

Country LocaleCatalog::country(const QString &iso2) const
{
    for (const Country &country : m_countries) {
        if (country.iso2.compare(iso2, Qt::CaseInsensitive) == 0)
            return country;
    }
    return {};
}

bool LocaleCatalog::countryHasVat(const QString &iso2) const
{
    return country(iso2).vat;
}

void LocaleCatalog::loadStates(const QString &countryIso2)
{
    const QString key = countryIso2.toUpper();
    if (key.isEmpty() || m_statesRequested.contains(key))
        return;
    m_statesRequested.insert(key);
    m_backend->statesProvinces(key, SkySqlRequests::LocaleFilter::Active, this,
                               [this, key](const ApiResult<QList<StateProvince>> &result) {
        if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
            m_statesRequested.remove(key);
            Q_EMIT failed(result.error);
            return;
        }
        QList<StateProvince> states = result.value;
        std::sort(states.begin(), states.end(), [](const StateProvince &a, const StateProvince &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        m_states.insert(key, states);
        Q_EMIT statesLoaded(key);
    });
}

bool LocaleCatalog::hasStates(const QString &countryIso2) const
{
    return m_states.contains(countryIso2.toUpper());
}

QList<StateProvince> LocaleCatalog::states(const QString &countryIso2) const
{
    return m_states.value(countryIso2.toUpper());
}
