// Money: integer minor units, decimal conversion at the JSON boundary, locale formatting.

#include "money.h"

#include <QLocale>
#include <QtTest>

#include <limits>

// Readable QCOMPARE failures: "1234.50 USD".
char *toString(const Money &money)
{
    return QTest::toString(money.toDecimalString() + QLatin1Char(' ') + money.currency());
}

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDecimalRounds_data();
    void fromDecimalRounds();
    void fromDecimalReadsWhatWasWritten();
    void minorDigitsPerCurrency();
    void parseDecimal_data();
    void parseDecimal();
    void parseDecimalRejectsOverflow();
    void toDecimalString_data();
    void toDecimalString();
    void formatEnglish();
    void formatFrench();
    void formatZeroDigitCurrency();
    void sameCurrencyArithmetic();
    void defaultMoneyIsNeutralInSums();
    void comparison();
    void validity();
    void mixingCurrenciesIsUndefinedInEveryBuild();
    void overflowIsUndefined();
    void mostNegativeAmountPrintsItsDigits();
};

void TestMoney::fromDecimalRounds_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << QStringLiteral("USD") << qint64(30);
    QTest::newRow("0.3") << 0.3 << QStringLiteral("USD") << qint64(30);
    // 12.345 is 12.3449999... as a double; the provider meant 12.345, half away from zero.
    QTest::newRow("12.345") << 12.345 << QStringLiteral("USD") << qint64(1235);
    QTest::newRow("1.005") << 1.005 << QStringLiteral("USD") << qint64(101);
    QTest::newRow("2.675") << 2.675 << QStringLiteral("EUR") << qint64(268);
    QTest::newRow("12.344") << 12.344 << QStringLiteral("USD") << qint64(1234);
    QTest::newRow("-12.345") << -12.345 << QStringLiteral("USD") << qint64(-1235);
    QTest::newRow("-0.004") << -0.004 << QStringLiteral("USD") << qint64(0);
    QTest::newRow("negative credit") << -42.5 << QStringLiteral("EUR") << qint64(-4250);
    QTest::newRow("zero") << 0.0 << QStringLiteral("USD") << qint64(0);
    QTest::newRow("integral") << 1234.0 << QStringLiteral("USD") << qint64(123400);
    QTest::newRow("JPY whole") << 1500.0 << QStringLiteral("JPY") << qint64(1500);
    QTest::newRow("JPY half") << 1500.5 << QStringLiteral("JPY") << qint64(1501);
    QTest::newRow("JPY below half") << 1500.4 << QStringLiteral("JPY") << qint64(1500);
    QTest::newRow("BHD 3 digits") << 1.2345 << QStringLiteral("BHD") << qint64(1235);
    QTest::newRow("large") << 98765432.1 << QStringLiteral("USD") << qint64(9876543210);
    QTest::newRow("sum of many cents") << (0.01 * 3) << QStringLiteral("USD") << qint64(3);
    QTest::newRow("lower-case code") << 1.5 << QStringLiteral("usd") << qint64(150);
}

void TestMoney::fromDecimalRounds()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Money money = Money::fromDecimal(amount, currency);
    QCOMPARE(money.minorUnits(), minor);
    QCOMPARE(money.currency(), currency.toUpper());
}

void TestMoney::fromDecimalReadsWhatWasWritten()
{
    // Every amount written with the currency's decimals, as a provider's JSON number, reads back
    // as exactly those minor units (the common case fromDecimal takes without formatting text).
    for (const auto &[currency, factor] : {std::pair{QStringLiteral("USD"), 100.0}, std::pair{QStringLiteral("JPY"), 1.0},
                                           std::pair{QStringLiteral("BHD"), 1000.0}}) {
        for (qint64 minor = -200003; minor <= 200003; minor += 37) {
            for (const qint64 scale : {qint64(1), qint64(1000003), qint64(1000000007)}) {
                const qint64 expected = minor * scale;
                QCOMPARE(Money::fromDecimal(double(expected) / factor, currency).minorUnits(), expected);
            }
        }
    }
}

void TestMoney::minorDigitsPerCurrency()
{
    QCOMPARE(Money::minorDigits(QStringLiteral("USD")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("eur")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("JPY")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("KRW")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("BHD")), 3);
    QCOMPARE(Money::minorDigits(QString()), 2);
}

void TestMoney::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("plain") << QStringLiteral("1234.56") << QStringLiteral("USD") << true << qint64(123456);
    QTest::newRow("no fraction") << QStringLiteral("12") << QStringLiteral("USD") << true << qint64(1200);
    QTest::newRow("one fraction digit") << QStringLiteral("12.5") << QStringLiteral("USD") << true << qint64(1250);
    QTest::newRow("trailing dot") << QStringLiteral("12.") << QStringLiteral("USD") << true << qint64(1200);
    QTest::newRow("leading dot") << QStringLiteral(".5") << QStringLiteral("USD") << true << qint64(50);
    QTest::newRow("negative") << QStringLiteral("-0.01") << QStringLiteral("USD") << true << qint64(-1);
    QTest::newRow("plus sign") << QStringLiteral("+3.10") << QStringLiteral("USD") << true << qint64(310);
    QTest::newRow("surrounding spaces") << QStringLiteral("  7.25 ") << QStringLiteral("EUR") << true << qint64(725);
    QTest::newRow("zero") << QStringLiteral("0.00") << QStringLiteral("USD") << true << qint64(0);
    QTest::newRow("JPY integer") << QStringLiteral("1500") << QStringLiteral("JPY") << true << qint64(1500);
    QTest::newRow("BHD three digits") << QStringLiteral("1.234") << QStringLiteral("BHD") << true << qint64(1234);

    QTest::newRow("empty") << QString() << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("dot only") << QStringLiteral(".") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("decimal comma") << QStringLiteral("1,50") << QStringLiteral("EUR") << false << qint64(0);
    QTest::newRow("thousands separator") << QStringLiteral("1,234.50") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("currency symbol") << QStringLiteral("$12") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("too precise") << QStringLiteral("12.345") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("JPY fraction") << QStringLiteral("1500.5") << QStringLiteral("JPY") << false << qint64(0);
    QTest::newRow("double sign") << QStringLiteral("--1") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("inner space") << QStringLiteral("1 000") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("USD") << false << qint64(0);
    // "C locale": digits from other scripts are not accepted.
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662") << QStringLiteral("USD") << false << qint64(0);
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\uFF11\uFF12") << QStringLiteral("USD") << false << qint64(0);
}

void TestMoney::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, accepted);
    QFETCH(qint64, minor);

    const Money untouched(777, QStringLiteral("GBP"));
    Money out = untouched;
    QCOMPARE(Money::parseDecimal(text, currency, &out), accepted);
    if (accepted) {
        QCOMPARE(out.minorUnits(), minor);
        QCOMPARE(out.currency(), currency.toUpper());
    } else {
        // A rejected input leaves the caller's value as it was.
        QCOMPARE(out, untouched);
    }
    // A null out pointer is allowed (validation only).
    QCOMPARE(Money::parseDecimal(text, currency, nullptr), accepted);
}

void TestMoney::parseDecimalRejectsOverflow()
{
    Money out;
    // The largest amount that fits in qint64 cents is 92233720368547758.07.
    QVERIFY(Money::parseDecimal(QStringLiteral("92233720368547758.07"), QStringLiteral("USD"), &out));
    QCOMPARE(out.minorUnits(), std::numeric_limits<qint64>::max());
    QVERIFY(!Money::parseDecimal(QStringLiteral("92233720368547758.08"), QStringLiteral("USD"), &out));
    QVERIFY(!Money::parseDecimal(QStringLiteral("92233720368547759"), QStringLiteral("USD"), &out));
    QVERIFY(!Money::parseDecimal(QStringLiteral("99999999999999999999999"), QStringLiteral("USD"), &out));
    QVERIFY(!Money::parseDecimal(QStringLiteral("9223372036854776"), QStringLiteral("BHD"), &out));
    QVERIFY(Money::parseDecimal(QStringLiteral("9223372036854775"), QStringLiteral("BHD"), &out));
    QCOMPARE(out.minorUnits(), qint64(9223372036854775000));
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");

    QTest::newRow("cents") << qint64(123450) << QStringLiteral("USD") << QStringLiteral("1234.50");
    QTest::newRow("under one") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00");
    QTest::newRow("negative") << qint64(-1) << QStringLiteral("USD") << QStringLiteral("-0.01");
    QTest::newRow("negative whole") << qint64(-4250) << QStringLiteral("EUR") << QStringLiteral("-42.50");
    QTest::newRow("JPY") << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("1500");
    QTest::newRow("BHD") << qint64(1005) << QStringLiteral("BHD") << QStringLiteral("1.005");
    QTest::newRow("no thousands separator") << qint64(123456789) << QStringLiteral("USD") << QStringLiteral("1234567.89");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    const Money money(minor, currency);
    QCOMPARE(money.toDecimalString(), text);
    // It is the exact inverse of parseDecimal.
    Money back;
    QVERIFY(Money::parseDecimal(text, currency, &back));
    QCOMPARE(back, money);
}

void TestMoney::formatEnglish()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money(123456, QStringLiteral("USD")).format(english), QStringLiteral("$1,234.56"));
    QCOMPARE(Money(5, QStringLiteral("USD")).format(english), QStringLiteral("$0.05"));
    const QString euros = Money(123450, QStringLiteral("EUR")).format(english);
    QVERIFY2(euros.contains(QStringLiteral("1,234.50")), qPrintable(euros));
    QVERIFY2(euros.contains(QStringLiteral("€")), qPrintable(euros));
    const QString negative = Money(-4250, QStringLiteral("USD")).format(english);
    QVERIFY2(negative.contains(QStringLiteral("42.50")), qPrintable(negative));
    QVERIFY2(negative.contains(QLatin1Char('-')) || negative.contains(QLatin1Char('(')), qPrintable(negative));
    // Unknown symbols fall back to the ISO code, never to a wrong symbol.
    const QString francs = Money(1000, QStringLiteral("CHF")).format(english);
    QVERIFY2(francs.contains(QStringLiteral("CHF")), qPrintable(francs));
    QVERIFY2(francs.contains(QStringLiteral("10.00")), qPrintable(francs));
}

void TestMoney::formatFrench()
{
    const QLocale french(QLocale::French, QLocale::France);
    const QString text = Money(123456, QStringLiteral("EUR")).format(french);
    // The group separator is a (narrow) no-break space whose code point varies by CLDR version.
    QString digitsOnly = text;
    digitsOnly.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    QVERIFY2(digitsOnly.contains(QStringLiteral("1234,56")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("€")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("1,234")), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("€")) > text.indexOf(QStringLiteral("56")), qPrintable(text));
}

void TestMoney::formatZeroDigitCurrency()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString yen = Money(1500, QStringLiteral("JPY")).format(english);
    QVERIFY2(yen.contains(QStringLiteral("1,500")), qPrintable(yen));
    QVERIFY2(!yen.contains(QLatin1Char('.')), qPrintable(yen));
    QVERIFY2(yen.contains(QStringLiteral("¥")), qPrintable(yen));
}

void TestMoney::sameCurrencyArithmetic()
{
    const Money a(1050, QStringLiteral("USD"));
    const Money b(295, QStringLiteral("USD"));
    QCOMPARE(a + b, Money(1345, QStringLiteral("USD")));
    QCOMPARE(a - b, Money(755, QStringLiteral("USD")));
    QCOMPARE(b - a, Money(-755, QStringLiteral("USD")));
    QCOMPARE(-a, Money(-1050, QStringLiteral("USD")));
    Money total(0, QStringLiteral("USD"));
    for (int i = 0; i < 10; ++i)
        total += Money::fromDecimal(0.1, QStringLiteral("USD"));
    // Ten dimes are exactly a dollar, unlike ten 0.1 doubles.
    QCOMPARE(total, Money(100, QStringLiteral("USD")));
    QVERIFY((a - a).isZero());
    QCOMPARE((a - a).currency(), QStringLiteral("USD"));
}

void TestMoney::defaultMoneyIsNeutralInSums()
{
    // A default Money (no currency, zero) is the starting value of a per-currency total.
    Money total;
    QVERIFY(!total.isValid());
    total += Money(250, QStringLiteral("EUR"));
    QCOMPARE(total, Money(250, QStringLiteral("EUR")));
    total += Money();
    QCOMPARE(total, Money(250, QStringLiteral("EUR")));
    QCOMPARE(Money() + Money(5, QStringLiteral("JPY")), Money(5, QStringLiteral("JPY")));
}

void TestMoney::comparison()
{
    const Money nine(900, QStringLiteral("USD"));
    const Money ten(1000, QStringLiteral("USD"));
    const Money hundred(10000, QStringLiteral("USD"));
    QVERIFY(nine < ten);
    QVERIFY(ten < hundred);
    QVERIFY(!(ten < nine));
    QVERIFY(!(ten < ten));
    QVERIFY(ten == Money(1000, QStringLiteral("usd")));
    QVERIFY(ten != Money(1000, QStringLiteral("EUR")));
    QVERIFY(ten != nine);
    // Different currencies order by code first, whatever the amounts.
    QVERIFY(Money(999999, QStringLiteral("EUR")) < Money(1, QStringLiteral("USD")));
    QVERIFY(!(Money(1, QStringLiteral("USD")) < Money(999999, QStringLiteral("EUR"))));
}

void TestMoney::validity()
{
    QVERIFY(!Money().isValid());
    QVERIFY(Money().isZero());
    QVERIFY(Money(0, QStringLiteral("USD")).isValid());
    QVERIFY(Money(0, QStringLiteral("USD")).isZero());
    QVERIFY(!Money(1, QStringLiteral("USD")).isZero());
    QCOMPARE(Money(1, QStringLiteral("usd")).currency(), QStringLiteral("USD"));
}

void TestMoney::mixingCurrenciesIsUndefinedInEveryBuild()
{
    // Before: an assertion in debug builds, and the left operand unchanged in release, so a
    // euro total silently dropped a dollar line.
    const Money euros(250, QStringLiteral("EUR"));
    const Money dollars(100, QStringLiteral("USD"));
    const Money sum = euros + dollars;
    QVERIFY(sum.isUndefined());
    QVERIFY(!sum.isValid());
    QVERIFY(sum != euros);
    QVERIFY(!euros.checkedAdd(dollars).has_value());
    QVERIFY((euros - dollars).isUndefined());
    // Undefined stays undefined, even plus a good amount of the first currency.
    QVERIFY((sum + euros).isUndefined());
    Money total(0, QStringLiteral("EUR"));
    total += dollars;
    total += euros;
    QVERIFY(total.isUndefined());
    // It never shows or exports as a number.
    QCOMPARE(sum.toDecimalString(), QString());
    QCOMPARE(sum.format(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("n/a"));
    QVERIFY(euros.checkedAdd(Money(50, QStringLiteral("eur"))) == std::optional<Money>(Money(300, QStringLiteral("EUR"))));
}

void TestMoney::overflowIsUndefined()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    const Money top(max, QStringLiteral("USD"));
    QVERIFY((top + Money(1, QStringLiteral("USD"))).isUndefined());
    QVERIFY(!top.checkedAdd(Money(1, QStringLiteral("USD"))).has_value());
    QCOMPARE(top + Money(-1, QStringLiteral("USD")), Money(max - 1, QStringLiteral("USD")));
    const Money bottom(min, QStringLiteral("USD"));
    QVERIFY((-bottom).isUndefined());
    QVERIFY((bottom - Money(1, QStringLiteral("USD"))).isUndefined());
    QVERIFY((Money(0, QStringLiteral("USD")) - bottom).isUndefined());
}

void TestMoney::mostNegativeAmountPrintsItsDigits()
{
    // Negating it to print its digits was undefined: "--92233720368547758.-8".
    QCOMPARE(Money(std::numeric_limits<qint64>::min(), QStringLiteral("USD")).toDecimalString(),
             QStringLiteral("-92233720368547758.08"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
