// DisplayFormat: the one form of each value on screen, in an English and a French locale.

#include "format/displayformat.h"

#include <QJsonObject>
#include <QLocale>
#include <QtTest>

#include <thread>

namespace
{
const QLocale UnitedStates(QLocale::English, QLocale::UnitedStates);
const QLocale Britain(QLocale::English, QLocale::UnitedKingdom);
const QLocale France(QLocale::French, QLocale::France);

// French groups thousands with a narrow no-break space; tests write a plain one.
QString plainSpaces(QString text)
{
    text.replace(QChar(0x202f), QLatin1Char(' '));
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    return text;
}
}

class TestDisplayFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void manyLocalesInTurnKeepTheirOwnForms();
    void invalidDatesAreEmpty();
    void dateTimeUsesTheShortDate();
    void money_data();
    void money();
    void quantities_data();
    void quantities();
    void durations_data();
    void durations();
    void cardNumbers_data();
    void cardNumbers();
    void contractTerms_data();
    void contractTerms();
};

void TestDisplayFormat::dates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shortDate");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("shortMonth");
    QTest::newRow("en_US") << UnitedStates << QStringLiteral("11/1/2026") << QStringLiteral("November 1, 2026")
                           << QStringLiteral("November 2026") << QStringLiteral("Nov 2026");
    QTest::newRow("en_GB") << Britain << QStringLiteral("01/11/2026") << QStringLiteral("1 November 2026")
                           << QStringLiteral("November 2026") << QStringLiteral("Nov 2026");
    QTest::newRow("fr_FR") << France << QStringLiteral("01/11/2026") << QStringLiteral("1 novembre 2026")
                           << QStringLiteral("novembre 2026") << QStringLiteral("nov. 2026");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("01.11.2026")
                           << QStringLiteral("1. November 2026") << QStringLiteral("November 2026")
                           << QStringLiteral("Nov. 2026");
    // The month and year in the locale's own order and words, never a two-digit year.
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << QStringLiteral("1/11/2026")
                           << QStringLiteral("1 de noviembre de 2026") << QStringLiteral("noviembre de 2026")
                           << QStringLiteral("nov de 2026");
    QTest::newRow("hu_HU") << QLocale(QLocale::Hungarian, QLocale::Hungary) << QStringLiteral("2026. 11. 01.")
                           << QStringLiteral("2026. november 1.") << QStringLiteral("2026. november")
                           << QStringLiteral("2026. nov.");
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("2026/11/01")
                           << QStringLiteral("2026年11月1日") << QStringLiteral("2026年11月") << QStringLiteral("2026年11月");
}

void TestDisplayFormat::dates()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, shortDate);
    QFETCH(QString, longDate);
    QFETCH(QString, month);
    QFETCH(QString, shortMonth);
    const DisplayFormat format(locale);
    const QDate date(2026, 11, 1);
    QCOMPARE(format.shortDate(date), shortDate);
    QCOMPARE(format.longDate(date), longDate);
    QCOMPARE(format.month(date), month);
    QCOMPARE(format.shortMonth(date), shortMonth);
    // A month picker shows the same form.
    QCOMPARE(locale.toString(date, format.shortMonthFormat()), shortMonth);
}

// The date forms are worked out once per locale and kept (a table asks for them in every cell):
// asking in turn for more locales than are kept gives each its own forms, the same as a thread
// that only ever saw that locale.
void TestDisplayFormat::manyLocalesInTurnKeepTheirOwnForms()
{
    const QList<QLocale> locales = {UnitedStates, Britain, France, QLocale(QLocale::German, QLocale::Germany),
                                    QLocale(QLocale::Spanish, QLocale::Spain), QLocale(QLocale::Hungarian, QLocale::Hungary),
                                    QLocale(QLocale::Japanese, QLocale::Japan), QLocale(QLocale::Italian, QLocale::Italy),
                                    QLocale(QLocale::Dutch, QLocale::Netherlands), QLocale(QLocale::Polish, QLocale::Poland),
                                    QLocale(QLocale::Korean, QLocale::SouthKorea), QLocale(QLocale::Swedish, QLocale::Sweden)};
    const QDate date(2026, 11, 1);
    const auto forms = [&date](const QLocale &locale) {
        const DisplayFormat format(locale);
        return QStringList{format.shortDate(date), format.longDate(date), format.month(date), format.shortMonth(date)};
    };
    QList<QStringList> alone;
    for (const QLocale &locale : locales) {
        QStringList seen;
        std::thread([&] { seen = forms(locale); }).join();
        alone.append(seen);
    }
    QCOMPARE(alone.at(0), (QStringList{QStringLiteral("11/1/2026"), QStringLiteral("November 1, 2026"),
                                       QStringLiteral("November 2026"), QStringLiteral("Nov 2026")}));
    QCOMPARE(alone.at(2).at(0), QStringLiteral("01/11/2026"));
    for (int round = 0; round < 3; ++round) {
        for (qsizetype at = 0; at < locales.size(); ++at) {
            // Forwards, then backwards, so the oldest kept locale is asked for again.
            const qsizetype index = round == 1 ? locales.size() - 1 - at : at;
            QCOMPARE(forms(locales.at(index)), alone.at(index));
        }
    }
    QCOMPARE(alone.size(), locales.size());
}

void TestDisplayFormat::invalidDatesAreEmpty()
{
    const DisplayFormat format(UnitedStates);
    QVERIFY(format.shortDate(QDate()).isEmpty());
    QVERIFY(format.longDate(QDate()).isEmpty());
    QVERIFY(format.month(QDate()).isEmpty());
    QVERIFY(format.dateTime(QDateTime()).isEmpty());
}

void TestDisplayFormat::dateTimeUsesTheShortDate()
{
    const QDateTime when(QDate(2026, 11, 1), QTime(15, 4), Qt::LocalTime);
    QCOMPARE(DisplayFormat(France).dateTime(when), QStringLiteral("01/11/2026 15:04"));
    QVERIFY2(DisplayFormat(UnitedStates).dateTime(when).startsWith(QStringLiteral("11/1/2026 3:04")),
             qPrintable(DisplayFormat(UnitedStates).dateTime(when)));
}

void TestDisplayFormat::money_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("whole");
    QTest::newRow("en dollars") << UnitedStates << Money(600000, QStringLiteral("USD")) << QStringLiteral("$6,000.00")
                                << QStringLiteral("$6,000");
    QTest::newRow("en euros") << UnitedStates << Money(26312, QStringLiteral("EUR")) << QStringLiteral("€263.12")
                              << QStringLiteral("€263");
    QTest::newRow("fr euros") << France << Money(600000, QStringLiteral("EUR")) << QStringLiteral("6 000,00 €")
                              << QStringLiteral("6 000 €");
    QTest::newRow("fr dollars") << France << Money(480000, QStringLiteral("USD")) << QStringLiteral("4 800,00 $")
                                << QStringLiteral("4 800 $");
}

void TestDisplayFormat::money()
{
    QFETCH(QLocale, locale);
    QFETCH(Money, amount);
    QFETCH(QString, exact);
    QFETCH(QString, whole);
    const DisplayFormat format(locale);
    QCOMPARE(plainSpaces(format.money(amount)), exact);
    const double major = double(amount.minorUnits()) / 100.0;
    QCOMPARE(plainSpaces(format.wholeMoney(major, amount.currency())), whole);
}

void TestDisplayFormat::quantities_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en hours") << UnitedStates << 2232.0 << QStringLiteral("hours") << QStringLiteral("2,232 h");
    QTest::newRow("en hour") << UnitedStates << 1.0 << QStringLiteral("hour") << QStringLiteral("1 h");
    QTest::newRow("en GB-month") << UnitedStates << 300.5 << QStringLiteral("GB-month") << QStringLiteral("300.5 GB-month");
    QTest::newRow("en per hour") << UnitedStates << 0.16 << QStringLiteral("USD/hour") << QStringLiteral("0.16 USD/h");
    QTest::newRow("en no unit") << UnitedStates << 3.0 << QString() << QStringLiteral("3");
    QTest::newRow("en precise") << UnitedStates << 0.0125 << QStringLiteral("GB") << QStringLiteral("0.0125 GB");
    QTest::newRow("fr hours") << France << 2232.0 << QStringLiteral("hours") << QStringLiteral("2 232 h");
    QTest::newRow("fr decimal") << France << 300.5 << QStringLiteral("GB") << QStringLiteral("300,5 GB");
}

void TestDisplayFormat::quantities()
{
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QCOMPARE(plainSpaces(DisplayFormat(locale).quantity(value, unit)), expected);
}

void TestDisplayFormat::durations_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    // A 31-day month of a container reads like SkySQL's node hours: "744 h".
    QTest::newRow("month") << UnitedStates << 744.0 * 3600 << QStringLiteral("744 h");
    QTest::newRow("thousands") << UnitedStates << 2232.0 * 3600 << QStringLiteral("2,232 h");
    QTest::newRow("fr thousands") << France << 2232.0 * 3600 << QStringLiteral("2 232 h");
    QTest::newRow("hours and minutes") << UnitedStates << 5400.0 << QStringLiteral("1 h 30 min");
    QTest::newRow("minutes") << UnitedStates << 2700.0 << QStringLiteral("45 min");
    QTest::newRow("seconds") << UnitedStates << 12.0 << QStringLiteral("12 s");
}

void TestDisplayFormat::durations()
{
    QFETCH(QLocale, locale);
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(plainSpaces(DisplayFormat(locale).duration(seconds)), expected);
}

void TestDisplayFormat::cardNumbers_data()
{
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mask") << QStringLiteral("Visa") << QStringLiteral("**** **** **** 4242") << QStringLiteral("Visa •••• 4242");
    QTest::newRow("last four") << QStringLiteral("Mastercard") << QStringLiteral("4444")
                               << QStringLiteral("Mastercard •••• 4444");
    QTest::newRow("no brand") << QString() << QStringLiteral("4242") << QStringLiteral("•••• 4242");
    QTest::newRow("iban tail") << QString() << QStringLiteral("FR76 **** 3000") << QStringLiteral("•••• 3000");
}

void TestDisplayFormat::cardNumbers()
{
    QFETCH(QString, brand);
    QFETCH(QString, number);
    QFETCH(QString, expected);
    QCOMPARE(DisplayFormat::cardNumber(brand, number), expected);
}

void TestDisplayFormat::contractTerms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QString>("expected");
    const QJsonObject commit{{QStringLiteral("min_compute_commit"), 3200},
                             {QStringLiteral("currency"), QStringLiteral("USD")},
                             {QStringLiteral("period"), QStringLiteral("month")}};
    QTest::newRow("commit") << UnitedStates << commit << QStringLiteral("Minimum compute commitment of $3,200 per month");
    QTest::newRow("commit fr") << France << commit << QStringLiteral("Minimum compute commitment of 3 200 $ per month");
    QJsonObject cents = commit;
    cents[QStringLiteral("min_compute_commit")] = 3200.5;
    QTest::newRow("cents") << UnitedStates << cents << QStringLiteral("Minimum compute commitment of $3,200.50 per month");
    QTest::newRow("credit") << UnitedStates
                            << QJsonObject{{QStringLiteral("credit_amount"), 40000},
                                           {QStringLiteral("currency"), QStringLiteral("USD")},
                                           {QStringLiteral("purchases"), 2}}
                            << QStringLiteral("Prepaid credit of $40,000 (purchases: 2)");
    QTest::newRow("scu") << UnitedStates << QJsonObject{{QStringLiteral("scu_hours_per_month"), 2000}}
                         << QStringLiteral("2,000 h of SkySQL compute units per month");
    QTest::newRow("support and unknown")
        << UnitedStates
        << QJsonObject{{QStringLiteral("support_type"), QStringLiteral("enterprise")},
                       {QStringLiteral("region_lock"), true}}
        << QStringLiteral("Enterprise support; Region lock: yes");
}

void TestDisplayFormat::contractTerms()
{
    QFETCH(QLocale, locale);
    QFETCH(QJsonObject, spec);
    QFETCH(QString, expected);
    QCOMPARE(plainSpaces(DisplayFormat(locale).contractTerms(spec)), expected);
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
