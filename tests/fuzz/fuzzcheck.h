#pragma once

// What every fuzz target shares: a property check that libFuzzer reports as a crash (and saves
// the input for), the first-byte dispatch, and the promise every decoder keeps.

#include "api/apierror.h"
#include "domain/invoice.h"
#include "money.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace Fuzz
{
// Prints what broke and aborts: libFuzzer saves the input as crash-<sha1>.
inline void check(bool ok, const char *property, const QString &detail = QString())
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n%s\n", property, detail.toUtf8().constData());
    std::abort();
}

// The whole input as a body, without a copy.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Targets that cover several functions pick one with the first byte and give it the rest. The
// seed corpus (tests/fuzz/CMakeLists.txt) prefixes each fixture with as many consecutive bytes
// as there are functions, so every function gets every fixture.
struct Pick {
    size_t index = 0;
    QByteArray rest;
};
inline Pick pick(const uint8_t *data, size_t size, size_t count)
{
    if (size == 0)
        return {};
    return {data[0] % count, bytes(data + 1, size - 1)};
}

// A decoder either succeeds or reports one Decode error that says where: never another kind,
// never an error without its endpoint or a sentence for people.
inline void checkDecodeError(const ApiError &error)
{
    if (!error.isError())
        return;
    check(error.kind() == ApiError::Kind::Decode, "a decoder reports a Decode error", error.detail());
    check(!error.endpoint().isEmpty(), "a decode error names its endpoint", error.detail());
    check(!error.message().isEmpty(), "a decode error has a message", error.detail());
}

// A decoded amount is one a double held exactly: at most 2^53 minor units either way.
inline void checkAmount(const Money &money)
{
    constexpr qint64 Exact = qint64(1) << 53;
    check(!money.isUndefined() && money.minorUnits() >= -Exact && money.minorUnits() <= Exact,
          "a decoded amount is exact", money.toDecimalString() + QLatin1Char(' ') + money.currency());
}

inline void checkInvoice(const Invoice &invoice)
{
    checkAmount(invoice.amount);
    if (invoice.amountExcludingVat)
        checkAmount(*invoice.amountExcludingVat);
    for (const InvoiceService &service : invoice.services) {
        checkAmount(service.cost);
        for (const InvoiceLine &line : service.lines)
            checkAmount(line.cost);
    }
    for (const InvoiceLine &line : invoice.lines)
        checkAmount(line.cost);
}

// A decoder under test, given the body; it checks what it returned itself.
using Decoder = std::function<void(const QByteArray &body, ApiError *error)>;

// The whole of a decoder target: the first byte picks the decoder, the rest is its body.
inline void decodeOne(const std::vector<Decoder> &decoders, const uint8_t *data, size_t size)
{
    const Pick picked = pick(data, size, decoders.size());
    ApiError error;
    decoders[picked.index](picked.rest, &error);
    checkDecodeError(error);
}
}
