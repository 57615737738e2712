// Every Scalingo decoder, fed the input as a response body (the first byte picks the decoder),
// and the page walk over what a list page says of its pagination. A decoder answers with a value
// or one Decode error naming its endpoint, never crashes, hangs, leaks or reads out of bounds;
// on an error it returns nothing partial. Every amount is integer cents a double held exactly.

#include "api/scalingo/scalingodecoders.h"
#include "fuzzcheck.h"

namespace
{
// A list page: nothing partial on an error; then the walk decides what to fetch next from the
// page's pagination as if that page had been asked for, and must answer without crashing.
template<typename T>
void checkPage(const ScalingoPage<T> &page, const ApiError &error, void (*each)(const T &))
{
    Fuzz::checkDecodeError(error);
    Fuzz::check(!error.isError() || page.items.isEmpty(), "a failed page decode returns no entries", error.detail());
    if (error.isError())
        return;
    QStringList ids;
    for (const T &item : page.items) {
        each(item);
        ids << item.id;
    }
    ScalingoPageWalk walk;
    const ScalingoPageWalk::Step step = walk.afterPage(walk.firstPage(), page.pagination, ids);
    Fuzz::check(step.kind != ScalingoPageWalk::Step::Kind::Fetch || step.page > walk.firstPage(),
                "the walk moves forward");
    if (step.kind == ScalingoPageWalk::Step::Kind::Fail)
        Fuzz::checkDecodeError(ScalingoPageWalk::failure(QStringLiteral("GET /v1/account/invoices"), step));
}

const std::vector<Fuzz::Decoder> &decoders()
{
    static const std::vector<Fuzz::Decoder> table = {
        [](const QByteArray &body, ApiError *error) {
            const QByteArray token = ScalingoDecoders::exchangedToken(body, error);
            Fuzz::check(error->isError() != !token.isEmpty(), "a token, or an error");
        },
        [](const QByteArray &body, ApiError *error) {
            const QDateTime expiry = ScalingoDecoders::jwtExpiry(body, error);
            Fuzz::check(error->isError() || expiry.isValid(), "an expiry, or an error");
        },
        [](const QByteArray &body, ApiError *error) {
            checkPage<BillingOperation>(ScalingoDecoders::billingOperations(body, error), *error,
                                        [](const BillingOperation &operation) { Fuzz::checkAmount(operation.amount); });
        },
        [](const QByteArray &body, ApiError *error) { Fuzz::checkAmount(ScalingoDecoders::billingProfile(body, error).credit); },
        [](const QByteArray &body, ApiError *error) {
            Fuzz::checkAmount(ScalingoDecoders::billingHostProfile(body, error).credit);
        },
        [](const QByteArray &body, ApiError *error) {
            checkPage<Invoice>(ScalingoDecoders::invoices(body, error), *error, Fuzz::checkInvoice);
        },
        [](const QByteArray &body, ApiError *error) { Fuzz::checkInvoice(ScalingoDecoders::invoice(body, error)); },
        [](const QByteArray &body, ApiError *error) {
            const QByteArray pdf = ScalingoDecoders::invoicePdf(body, error);
            Fuzz::check(error->isError() || pdf.startsWith("%PDF-"), "an accepted PDF is a PDF");
        },
    };
    return table;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::decodeOne(decoders(), data, size);
    return 0;
}
