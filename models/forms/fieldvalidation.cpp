#include "forms/fieldvalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace FieldValidation
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("FieldValidation", text);
}
}

QString checkRequired(const QString &value)
{
    return value.trimmed().isEmpty() ? tr("Required.") : QString();
}

QString checkEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return tr("Required.");
    static const QRegularExpression pattern(QStringLiteral("\\A[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.]{2,}\\z"));
    if (!pattern.match(trimmed).hasMatch())
        return tr("Not an email address (like name@example.com).");
    return QString();
}

QString checkInternationalPhone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression allowed(QStringLiteral("\\A\\+[0-9][0-9 ().\\-]*[0-9]\\z"));
    QString digits = trimmed;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    // E.164 allows 15 digits at most; fewer than 8 is no reachable number anywhere.
    if (!allowed.match(trimmed).hasMatch() || digits.size() < 8 || digits.size() > 15)
        return tr("Use the international form: + country code, then the number (like +33 1 23 45 67 89).");
    return QString();
}

bool usesPostalCode(const QString &countryIso2)
{
    // Countries and territories whose addresses carry no postal code (UPU list, the ones a
    // billing customer is likely to be in).
    static const QStringList withoutPostalCode {
        QStringLiteral("AE"), QStringLiteral("AG"), QStringLiteral("AO"), QStringLiteral("AW"),
        QStringLiteral("BF"), QStringLiteral("BI"), QStringLiteral("BJ"), QStringLiteral("BO"),
        QStringLiteral("BS"), QStringLiteral("BW"), QStringLiteral("BZ"), QStringLiteral("CD"),
        QStringLiteral("CF"), QStringLiteral("CG"), QStringLiteral("CI"), QStringLiteral("CM"),
        QStringLiteral("DJ"), QStringLiteral("DM"), QStringLiteral("ER"), QStringLiteral("FJ"),
        QStringLiteral("GA"), QStringLiteral("GD"), QStringLiteral("GH"), QStringLiteral("GM"),
        QStringLiteral("GY"), QStringLiteral("HK"), QStringLiteral("KI"), QStringLiteral("KM"),
        QStringLiteral("KN"), QStringLiteral("ML"), QStringLiteral("MO"), QStringLiteral("MR"),
        QStringLiteral("MW"), QStringLiteral("NR"), QStringLiteral("NU"), QStringLiteral("QA"),
        QStringLiteral("RW"), QStringLiteral("SB"), QStringLiteral("SC"), QStringLiteral("SL"),
        QStringLiteral("SR"), QStringLiteral("ST"), QStringLiteral("SY"), QStringLiteral("TD"),
        QStringLiteral("TG"), QStringLiteral("TK"), QStringLiteral("TL"), QStringLiteral("TO"),
        QStringLiteral("TV"), QStringLiteral("UG"), QStringLiteral("VU"), QStringLiteral("YE"),
        QStringLiteral("ZW"),
    };
    return !withoutPostalCode.contains(countryIso2.trimmed().toUpper());
}

QString checkPostalCode(const QString &countryIso2, const QString &postalCode)
{
    if (!countryIso2.trimmed().isEmpty() && usesPostalCode(countryIso2) && postalCode.trimmed().isEmpty())
        return tr("Required for addresses in this country.");
    return QString();
}
}
