#include "store/snapshots.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace
{
// Bump whenever a field of Invoice, InvoiceService, InvoiceLine or Money is added or changes
// meaning: an old record is then refused rather than read wrong.
constexpr quint32 InvoicesMagic = 0x42444953;    // "BDIS"
constexpr quint32 OperationsMagic = 0x4244424f;  // "BDBO"
constexpr quint32 FormatVersion = 1;

void write(QDataStream &out, const Money &money)
{
    out << money.currency() << money.minorUnits() << money.isUndefined();
}

Money readMoney(QDataStream &in)
{
    QString currency;
    qint64 minorUnits = 0;
    bool undefined = false;
    in >> currency >> minorUnits >> undefined;
    return undefined ? Money::undefined(currency) : Money(minorUnits, currency);
}

void write(QDataStream &out, const InvoiceLine &line)
{
    out << static_cast<qint32>(line.kind) << line.description << line.size << qint32(line.activeNodes) << line.quantity
        << line.unit << line.rate << line.rateUnit;
    write(out, line.cost);
}

InvoiceLine readLine(QDataStream &in)
{
    InvoiceLine line;
    qint32 kind = 0;
    qint32 activeNodes = 0;
    in >> kind >> line.description >> line.size >> activeNodes >> line.quantity >> line.unit >> line.rate >> line.rateUnit;
    line.kind = static_cast<InvoiceLine::Kind>(kind);
    line.activeNodes = activeNodes;
    line.cost = readMoney(in);
    return line;
}

void write(QDataStream &out, const QList<InvoiceLine> &lines)
{
    out << qint32(lines.size());
    for (const InvoiceLine &line : lines)
        write(out, line);
}

bool readLines(QDataStream &in, QList<InvoiceLine> *lines)
{
    qint32 count = 0;
    in >> count;
    if (count < 0 || in.status() != QDataStream::Ok)
        return false;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
        lines->append(readLine(in));
    return in.status() == QDataStream::Ok;
}

void write(QDataStream &out, const InvoiceService &service)
{
    out << service.serviceId << service.name << service.provider << service.region << service.topology << service.tier
        << service.instance << service.arch;
    write(out, service.cost);
    write(out, service.nodeCost);
    write(out, service.storageCost);
    write(out, service.lines);
}

bool readService(QDataStream &in, InvoiceService *service)
{
    in >> service->serviceId >> service->name >> service->provider >> service->region >> service->topology
        >> service->tier >> service->instance >> service->arch;
    service->cost = readMoney(in);
    service->nodeCost = readMoney(in);
    service->storageCost = readMoney(in);
    return readLines(in, &service->lines);
}

void write(QDataStream &out, const Invoice &invoice)
{
    out << invoice.accountId << invoice.id << invoice.number << invoice.organizationId << invoice.date << invoice.dueDate
        << invoice.period << invoice.periodStart << invoice.periodEnd;
    write(out, invoice.amount);
    out << invoice.amountExcludingVat.has_value();
    if (invoice.amountExcludingVat)
        write(out, *invoice.amountExcludingVat);
    out << qint32(invoice.vatRatePerMille) << static_cast<qint32>(invoice.status) << invoice.pdfUrl << invoice.hasDetails;
    out << qint32(invoice.services.size());
    for (const InvoiceService &service : invoice.services)
        write(out, service);
    write(out, invoice.lines);
}

void write(QDataStream &out, const BillingOperation &operation)
{
    out << operation.id << operation.createdAt;
    write(out, operation.amount);
    out << operation.source << operation.description << operation.invoiceId << operation.invoiceUrl;
}

bool readOperation(QDataStream &in, BillingOperation *operation)
{
    in >> operation->id >> operation->createdAt;
    operation->amount = readMoney(in);
    in >> operation->source >> operation->description >> operation->invoiceId >> operation->invoiceUrl;
    return in.status() == QDataStream::Ok;
}

template<typename T>
QByteArray encodeList(quint32 magic, const QList<T> &items)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << FormatVersion << qint32(items.size());
    for (const T &item : items)
        write(out, item);
    return data;
}

template<typename T>
bool decodeList(quint32 magic, const QByteArray &data, QList<T> *items, bool (*readItem)(QDataStream &, T *))
{
    items->clear();
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 readMagic = 0;
    quint32 version = 0;
    qint32 count = 0;
    in >> readMagic >> version >> count;
    if (readMagic != magic || version != FormatVersion || count < 0 || in.status() != QDataStream::Ok)
        return false;
    QList<T> read;
    // A damaged count must not reserve gigabytes: an item takes well over 32 bytes.
    read.reserve(std::min<qsizetype>(count, data.size() / 32));
    for (qint32 i = 0; i < count; ++i) {
        T item;
        if (!readItem(in, &item))
            return false;
        read.append(std::move(item));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *items = std::move(read);
    return true;
}

bool readInvoice(QDataStream &in, Invoice *invoice)
{
    in >> invoice->accountId >> invoice->id >> invoice->number >> invoice->organizationId >> invoice->date
        >> invoice->dueDate >> invoice->period >> invoice->periodStart >> invoice->periodEnd;
    invoice->amount = readMoney(in);
    bool hasAmountExcludingVat = false;
    in >> hasAmountExcludingVat;
    if (hasAmountExcludingVat)
        invoice->amountExcludingVat = readMoney(in);
    qint32 vatRate = -1;
    qint32 status = 0;
    qint32 serviceCount = 0;
    in >> vatRate >> status >> invoice->pdfUrl >> invoice->hasDetails >> serviceCount;
    invoice->vatRatePerMille = vatRate;
    if (status < static_cast<qint32>(InvoiceStatus::Unknown) || status > static_cast<qint32>(InvoiceStatus::Failed)
        || serviceCount < 0 || in.status() != QDataStream::Ok)
        return false;
    invoice->status = static_cast<InvoiceStatus>(status);
    for (qint32 i = 0; i < serviceCount; ++i) {
        InvoiceService service;
        if (!readService(in, &service))
            return false;
        invoice->services.append(std::move(service));
    }
    return readLines(in, &invoice->lines);
}
}

QString Snapshots::invoicesKey()
{
    return QStringLiteral("snapshot invoices");
}

QString Snapshots::billingOperationsKey()
{
    return QStringLiteral("snapshot billing operations");
}

QByteArray Snapshots::encode(const QList<Invoice> &invoices)
{
    return encodeList(InvoicesMagic, invoices);
}

QByteArray Snapshots::encode(const QList<BillingOperation> &operations)
{
    return encodeList(OperationsMagic, operations);
}

bool Snapshots::decode(const QByteArray &data, QList<Invoice> *invoices)
{
    return decodeList(InvoicesMagic, data, invoices, &readInvoice);
}

bool Snapshots::decode(const QByteArray &data, QList<BillingOperation> *operations)
{
    return decodeList(OperationsMagic, data, operations, &readOperation);
}
