#pragma once

#include "api/apierror.h"
#include "domain/locale.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class SkySqlBackend;

// The countries and states the provider bills in, read once per account from the locale
// endpoints and kept for the country and state pickers and the VAT check.
class LocaleCatalog final : public QObject
{
    Q_OBJECT

public:
    explicit LocaleCatalog(SkySqlBackend *backend, QObject *parent = nullptr);

    // Reads the countries unless they are already here.
    void loadCountries();
    bool hasCountries() const;
    QList<Country> countries() const;
    Country country(const QString &iso2) const;
    bool countryHasVat(const QString &iso2) const;

    // Reads the country's states unless already here (or being read).
    void loadStates(const QString &countryIso2);
    bool hasStates(const QString &countryIso2) const;  // read, whatever the answer
    QList<StateProvince> states(const QString &countryIso2) const;

Q_SIGNALS:
    void countriesLoaded();
    void statesLoaded(const QString &countryIso2);
    void failed(const ApiError &error);

private:
    SkySqlBackend *m_backend;
    QList<Country> m_countries;
    bool m_countriesRequested = false;
    QHash<QString, QList<StateProvince>> m_states;
    QSet<QString> m_statesRequested;
};
