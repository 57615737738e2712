#include "skysqldemostate.h"

#include <QStringList>

#include <utility>

QStringList SkySqlDemoState::contactTypes()
{
    return {QStringLiteral("billing"), QStringLiteral("technical"), QStringLiteral("primary")};
}

void SkySqlDemoState::reset(const QDate &referenceDate)
{
    const SkySqlDemoAddress office {QStringLiteral("500 Howard Street"), QStringLiteral("Suite 300"),
                                    QStringLiteral("San Francisco"), QStringLiteral("US"),
                                    QStringLiteral("94105"), QStringLiteral("CA")};
    m_contacts = {
        {QStringLiteral("contact-0001"), QStringLiteral("Maria"), QStringLiteral("Okafor"),
         QStringLiteral("maria.okafor@example.com"), QStringLiteral("+1 415 555 0142"),
         QStringLiteral("billing"), office},
        {QStringLiteral("contact-0002"), QStringLiteral("Jonas"), QStringLiteral("Lindqvist"),
         QStringLiteral("jonas.lindqvist@example.com"), QStringLiteral("+1 415 555 0178"),
         QStringLiteral("technical"), office},
        {QStringLiteral("contact-0003"), QStringLiteral("Priya"), QStringLiteral("Raman"),
         QStringLiteral("priya.raman@example.com"), QString(), QStringLiteral("primary"),
         SkySqlDemoAddress {QStringLiteral("88 Queen Street West"), QString(),
                            QStringLiteral("Toronto"), QStringLiteral("CA"),
                            QStringLiteral("M5H 2M8"), QStringLiteral("ON")}},
    };
    m_nextContact = 4;

    m_taxInfo = SkySqlDemoTaxInfo {QStringLiteral("tax-0001"), QStringLiteral("US"),
                                   QStringLiteral("94105"), QStringLiteral("94-3178213")};
    m_nextTaxInfo = 2;

    // The secondary card runs out within two months of "today", so the expiry warning
    // always has something to show.
    const QDate expiringSoon = referenceDate.addDays(25);
    m_paymentMethods = {
        {QStringLiteral("pm_demo_visa_4242"), QStringLiteral("visa"), true, 8,
         referenceDate.year() + 2, QStringLiteral("**** **** **** 4242"), QStringLiteral("US"),
         QStringLiteral("Maria Okafor"), true},
        {QStringLiteral("pm_demo_mastercard_4444"), QStringLiteral("mastercard"), true,
         expiringSoon.month(), expiringSoon.year(), QStringLiteral("**** **** **** 4444"),
         QStringLiteral("US"), QStringLiteral("Jonas Lindqvist"), false},
    };
    m_nextSetupIntent = 1;
}

const QList<SkySqlDemoContact> &SkySqlDemoState::contacts() const
{
    return m_contacts;
}

SkySqlDemoContact *SkySqlDemoState::contact(const QString &id)
{
    for (SkySqlDemoContact &contact : m_contacts) {
        if (contact.id == id)
            return &contact;
    }
    return nullptr;
}

const SkySqlDemoContact &SkySqlDemoState::addContact(SkySqlDemoContact contact)
{
    contact.id = QStringLiteral("contact-%1").arg(m_nextContact++, 4, 10, QLatin1Char('0'));
    m_contacts.append(std::move(contact));
    return m_contacts.last();
}

bool SkySqlDemoState::removeContact(const QString &id)
{
    return m_contacts.removeIf([&id](const SkySqlDemoContact &contact) {
               return contact.id == id;
           }) > 0;
}

const std::optional<SkySqlDemoTaxInfo> &SkySqlDemoState::taxInfo() const
{
    return m_taxInfo;
}

const SkySqlDemoTaxInfo &SkySqlDemoState::setTaxInfo(SkySqlDemoTaxInfo taxInfo)
{
    taxInfo.id = QStringLiteral("tax-%1").arg(m_nextTaxInfo++, 4, 10, QLatin1Char('0'));
    m_taxInfo = std::move(taxInfo);
    return *m_taxInfo;
}

void SkySqlDemoState::updateTaxInfo(const SkySqlDemoTaxInfo &taxInfo)
{
    m_taxInfo = taxInfo;
}

void SkySqlDemoState::clearTaxInfo()
{
    m_taxInfo.reset();
}

const QList<SkySqlDemoPaymentMethod> &SkySqlDemoState::paymentMethods() const
{
    return m_paymentMethods;
}

SkySqlDemoPaymentMethod *SkySqlDemoState::paymentMethod(const QString &id)
{
    for (SkySqlDemoPaymentMethod &method : m_paymentMethods) {
        if (method.id == id)
            return &method;
    }
    return nullptr;
}

void SkySqlDemoState::makeDefaultPaymentMethod(const QString &id)
{
    for (SkySqlDemoPaymentMethod &method : m_paymentMethods)
        method.isDefault = method.id == id;
}

bool SkySqlDemoState::removePaymentMethod(const QString &id)
{
    const SkySqlDemoPaymentMethod *method = paymentMethod(id);
    if (!method)
        return false;
    const bool wasDefault = method->isDefault;
    m_paymentMethods.removeIf([&id](const SkySqlDemoPaymentMethod &entry) {
        return entry.id == id;
    });
    if (wasDefault && !m_paymentMethods.isEmpty())
        m_paymentMethods.first().isDefault = true;
    return true;
}

int SkySqlDemoState::nextSetupIntent()
{
    return m_nextSetupIntent++;
}
