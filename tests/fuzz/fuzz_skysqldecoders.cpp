// Every SkySQL decoder, fed the input as a response body (the first byte picks the decoder).
// Each must answer with a value or one Decode error naming its endpoint, never crash, hang, leak
// or read out of bounds; on an error it returns nothing partial, and every amount it does return
// is one a double held exactly (at most 2^53 minor units).

#include "api/skysql/skysqldecoders.h"
#include "fuzzcheck.h"

namespace
{
const QString Usd = QStringLiteral("USD");

void checkBill(const Bill &bill)
{
    Fuzz::checkAmount(bill.total);
    for (const BillItem &item : bill.items) {
        Fuzz::checkAmount(item.total);
        for (const BillLine &line : item.lines)
            Fuzz::checkAmount(line.total);
    }
}

// A list decoder: on an error, no entries at all.
template<typename T>
void checkList(const QList<T> &list, const ApiError &error, void (*each)(const T &) = nullptr)
{
    Fuzz::checkDecodeError(error);
    Fuzz::check(!error.isError() || list.isEmpty(), "a failed list decode returns no entries", error.detail());
    if (each) {
        for (const T &value : list)
            each(value);
    }
}

const std::vector<Fuzz::Decoder> &decoders()
{
    static const std::vector<Fuzz::Decoder> table = {
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::account(body, Usd, error); },
        [](const QByteArray &body, ApiError *error) {
            checkList(SkySqlDecoders::postpaidCommitLedger(body, Usd, error), *error);
        },
        [](const QByteArray &body, ApiError *error) {
            checkList<LedgerEntry>(SkySqlDecoders::prepaidCreditLedger(body, Usd, error), *error,
                                   [](const LedgerEntry &entry) { Fuzz::checkAmount(entry.amount); });
        },
        [](const QByteArray &body, ApiError *error) { checkBill(SkySqlDecoders::billV1(body, error)); },
        [](const QByteArray &body, ApiError *error) { checkBill(SkySqlDecoders::billV2(body, error)); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::contacts(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::createdContact(body, error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::contracts(body, error), *error); },
        [](const QByteArray &body, ApiError *error) {
            checkList(SkySqlDecoders::invoices(body, error), *error, Fuzz::checkInvoice);
        },
        [](const QByteArray &body, ApiError *error) {
            checkList(SkySqlDecoders::invoicesInCurrency(body, QStringLiteral("JPY"), error), *error, Fuzz::checkInvoice);
        },
        [](const QByteArray &body, ApiError *error) { Fuzz::checkInvoice(SkySqlDecoders::invoice(body, error)); },
        [](const QByteArray &body, ApiError *error) {
            const QByteArray pdf = SkySqlDecoders::invoicePdf(body, error);
            Fuzz::check(error->isError() || pdf.startsWith("%PDF-"), "an accepted PDF is a PDF");
        },
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::byteArrayJson(body, error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::countries(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::statesProvinces(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::offerings(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::meters(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::offeringMeters(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::prices(body, Usd, error), *error); },
        [](const QByteArray &body, ApiError *error) { checkList(SkySqlDecoders::paymentMethods(body, error), *error); },
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::setupIntent(body, error); },
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::taxInfo(body, error); },
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::createdTaxInfo(body, error); },
        [](const QByteArray &body, ApiError *error) { SkySqlDecoders::noContent(body, error); },
    };
    return table;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::decodeOne(decoders(), data, size);
    return 0;
}
