#include "store/snapshots.h"

#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace
{
constexpr quint32 InvoicesMagic = 0x42444953;    // "BDIS"
constexpr quint32 OperationsMagic = 0x4244424f;  // "BDBO"

// Bump whenever a field of Invoice, InvoiceService, InvoiceLine or Money is added or changes
// meaning: an old record is then refused rather than read wrong. Version 2 keeps each distinct string once, in a table before the items, which refer to it by
// index: a start then allocates a currency, region or unit name once instead of once per line,
// and the decoded invoices share it (less to read, less memory held).
constexpr quint32 FormatVersion = 2;
constexpr quint32 NullString = 0xffffffff;

// Writes the items' fields into `out`, their strings as indexes into the table it builds.
class RecordWriter final
{
public:
    RecordWriter()
        : out(&m_items, QIODevice::WriteOnly)
    {
        out.setVersion(QDataStream::Qt_6_4);
    }

    void string(const QString &text)
    {
        if (text.isNull()) {
            out << NullString;
            return;
        }
        const auto found = m_indexes.constFind(text);
        if (found != m_indexes.constEnd()) {
            out << *found;
            return;
        }
        const auto index = static_cast<quint32>(m_strings.size());
        m_indexes.insert(text, index);
        m_strings.append(text);
        out << index;
    }

    // magic, version, item count, the string table, then the items.
    QByteArray record(quint32 magic, qint32 count) const
    {
        QByteArray data;
        QDataStream header(&data, QIODevice::WriteOnly);
        header.setVersion(QDataStream::Qt_6_4);
        header << magic << FormatVersion << count << qint32(m_strings.size());
        for (const QString &text : m_strings)
            header << text;
        data.append(m_items);
        return data;
    }

    QDataStream out;

private:
    QByteArray m_items;
    QHash<QString, quint32> m_indexes;
    QStringList m_strings;
};

// Reads QDataStream's format (Qt_6_4, big-endian) straight from a record's bytes, as
// QDataStream would, for the types the records hold: through a QDataStream every value went
// through its QBuffer's QIODevice::read, which was most of the time a start took to decode the
// invoices' snapshot. Reading past the end sets ReadPastEnd and gives 0, like QDataStream.
class RecordInput final
{
public:
    explicit RecordInput(const QByteArray &data)
        : m_data(data)
        , m_at(data.constData())
        , m_end(data.constData() + data.size())
    {
    }

    QDataStream::Status status() const
    {
        return m_status;
    }
    // Like QDataStream, the first failure is the one kept.
    void setStatus(QDataStream::Status status)
    {
        if (m_status == QDataStream::Ok)
            m_status = status;
    }
    bool atEnd() const
    {
        return m_at == m_end;
    }

    RecordInput &operator>>(qint32 &value)
    {
        return number(&value);
    }
    RecordInput &operator>>(quint32 &value)
    {
        return number(&value);
    }
    RecordInput &operator>>(qint64 &value)
    {
        return number(&value);
    }
    RecordInput &operator>>(bool &value)
    {
        qint8 byte = 0;
        number(&byte);
        value = byte != 0;
        return *this;
    }
    RecordInput &operator>>(double &value)
    {
        quint64 bits = 0;
        number(&bits);
        std::memcpy(&value, &bits, sizeof value);
        return *this;
    }
    RecordInput &operator>>(QDate &value)
    {
        qint64 julianDay = 0;
        number(&julianDay);
        value = QDate::fromJulianDay(julianDay);
        return *this;
    }
    RecordInput &operator>>(QString &value)
    {
        quint32 bytes = 0;
        number(&bytes);
        value.clear();
        if (m_status != QDataStream::Ok || bytes == NullString)
            return *this;
        if (bytes % 2 != 0) {
            setStatus(QDataStream::ReadCorruptData);
            return *this;
        }
        if (quint64(m_end - m_at) < bytes) {
            setStatus(QDataStream::ReadPastEnd);
            return *this;
        }
        if (bytes == 0) {
            value = QString(QLatin1String(""));
            return *this;
        }
        value.resize(qsizetype(bytes / 2));
        qFromBigEndian<char16_t>(m_at, qsizetype(bytes / 2), value.data());
        m_at += bytes;
        return *this;
    }
    // A date and time has variants (an offset, a time zone): QDataStream reads it, from here.
    RecordInput &operator>>(QDateTime &value)
    {
        value = QDateTime();
        if (m_status != QDataStream::Ok)
            return *this;
        const QByteArray rest = QByteArray::fromRawData(m_at, m_end - m_at);
        QDataStream in(rest);
        in.setVersion(QDataStream::Qt_6_4);
        in >> value;
        if (in.status() != QDataStream::Ok) {
            setStatus(in.status());
            return *this;
        }
        m_at += in.device()->pos();
        return *this;
    }

private:
    template<typename T>
    RecordInput &number(T *value)
    {
        if (m_status != QDataStream::Ok || m_end - m_at < qsizetype(sizeof(T))) {
            *value = 0;
            setStatus(QDataStream::ReadPastEnd);
            return *this;
        }
        if constexpr (sizeof(T) == 1)
            *value = T(*m_at);
        else
            *value = qFromBigEndian<T>(m_at);
        m_at += sizeof(T);
        return *this;
    }

    QByteArray m_data;  // keeps the bytes m_at points into
    const char *m_at;
    const char *m_end;
    QDataStream::Status m_status = QDataStream::Ok;
};

// Reads what RecordWriter wrote; an index outside the table marks the stream corrupt.
class RecordReader final
{
public:
    explicit RecordReader(const QByteArray &data)
        : in(data)
        , m_size(data.size())
    {
    }

    // The header up to the table; false for another kind or version, or a damaged table.
    bool readHeader(quint32 magic, qint32 *count)
    {
        quint32 readMagic = 0;
        quint32 version = 0;
        qint32 strings = 0;
        in >> readMagic >> version >> *count >> strings;
        if (readMagic != magic || version != FormatVersion || *count < 0 || strings < 0 || in.status() != QDataStream::Ok)
            return false;
        // A damaged count must not reserve gigabytes: a string takes at least 4 bytes.
        m_strings.reserve(std::min<qsizetype>(strings, m_size / 4));
        for (qint32 i = 0; i < strings && in.status() == QDataStream::Ok; ++i) {
            QString text;
            in >> text;
            m_strings.append(text);
        }
        return in.status() == QDataStream::Ok;
    }

    QString string()
    {
        quint32 index = NullString;
        in >> index;
        if (index == NullString)
            return QString();
        if (index >= static_cast<quint32>(m_strings.size())) {
            in.setStatus(QDataStream::ReadCorruptData);
            return QString();
        }
        return m_strings.at(index);
    }

    qsizetype size() const
    {
        return m_size;
    }

    RecordInput in;

private:
    qsizetype m_size;
    QList<QString> m_strings;
};

void write(RecordWriter &record, const Money &money)
{
    record.string(money.currency());
    record.out << money.minorUnits() << money.isUndefined();
}

Money readMoney(RecordReader &record)
{
    const QString currency = record.string();
    qint64 minorUnits = 0;
    bool undefined = false;
    record.in >> minorUnits >> undefined;
    return undefined ? Money::undefined(currency) : Money(minorUnits, currency);
}

void write(RecordWriter &record, const InvoiceLine &line)
{
    record.out << static_cast<qint32>(line.kind);
    record.string(line.description);
    record.string(line.size);
    record.out << qint32(line.activeNodes) << line.quantity;
    record.string(line.unit);
    record.out << line.rate;
    record.string(line.rateUnit);
    write(record, line.cost);
}

InvoiceLine readLine(RecordReader &record)
{
    InvoiceLine line;
    qint32 kind = 0;
    qint32 activeNodes = 0;
    record.in >> kind;
    line.kind = static_cast<InvoiceLine::Kind>(kind);
    line.description = record.string();
    line.size = record.string();
    record.in >> activeNodes >> line.quantity;
    line.activeNodes = activeNodes;
    line.unit = record.string();
    record.in >> line.rate;
    line.rateUnit = record.string();
    line.cost = readMoney(record);
    return line;
}

void write(RecordWriter &record, const QList<InvoiceLine> &lines)
{
    record.out << qint32(lines.size());
    for (const InvoiceLine &line : lines)
        write(record, line);
}

bool readLines(RecordReader &record, QList<InvoiceLine> *lines)
{
    qint32 count = 0;
    record.in >> count;
    if (count < 0 || record.in.status() != QDataStream::Ok)
        return false;
    lines->reserve(std::min<qsizetype>(count, record.size() / 32));
    for (qint32 i = 0; i < count && record.in.status() == QDataStream::Ok; ++i)
        lines->append(readLine(record));
    return record.in.status() == QDataStream::Ok;
}

void write(RecordWriter &record, const InvoiceService &service)
{
    for (const QString *text : {&service.serviceId, &service.name, &service.provider, &service.region, &service.topology,
                                &service.tier, &service.instance, &service.arch})
        record.string(*text);
    write(record, service.cost);
    write(record, service.nodeCost);
    write(record, service.storageCost);
    write(record, service.lines);
}

bool readService(RecordReader &record, InvoiceService *service)
{
    for (QString *text : {&service->serviceId, &service->name, &service->provider, &service->region, &service->topology,
                          &service->tier, &service->instance, &service->arch})
        *text = record.string();
    service->cost = readMoney(record);
    service->nodeCost = readMoney(record);
    service->storageCost = readMoney(record);
    return readLines(record, &service->lines);
}

void write(RecordWriter &record, const Invoice &invoice)
{
    for (const QString *text : {&invoice.accountId, &invoice.id, &invoice.number, &invoice.organizationId})
        record.string(*text);
    record.out << invoice.date << invoice.dueDate;
    record.string(invoice.period);
    record.out << invoice.periodStart << invoice.periodEnd;
    write(record, invoice.amount);
    record.out << invoice.amountExcludingVat.has_value();
    if (invoice.amountExcludingVat)
        write(record, *invoice.amountExcludingVat);
    record.out << qint32(invoice.vatRatePerMille) << static_cast<qint32>(invoice.status);
    record.string(invoice.pdfUrl);
    record.out << invoice.hasDetails << qint32(invoice.services.size());
    for (const InvoiceService &service : invoice.services)
        write(record, service);
    write(record, invoice.lines);
}

bool readInvoice(RecordReader &record, Invoice *invoice)
{
    for (QString *text : {&invoice->accountId, &invoice->id, &invoice->number, &invoice->organizationId})
        *text = record.string();
    record.in >> invoice->date >> invoice->dueDate;
    invoice->period = record.string();
    record.in >> invoice->periodStart >> invoice->periodEnd;
    invoice->amount = readMoney(record);
    bool hasAmountExcludingVat = false;
    record.in >> hasAmountExcludingVat;
    if (hasAmountExcludingVat)
        invoice->amountExcludingVat = readMoney(record);
    qint32 vatRate = -1;
    qint32 status = 0;
    record.in >> vatRate >> status;
    invoice->pdfUrl = record.string();
    qint32 serviceCount = 0;
    record.in >> invoice->hasDetails >> serviceCount;
    invoice->vatRatePerMille = vatRate;
    if (status < static_cast<qint32>(InvoiceStatus::Unknown) || status > static_cast<qint32>(InvoiceStatus::Failed)
        || serviceCount < 0 || record.in.status() != QDataStream::Ok)
        return false;
    invoice->status = static_cast<InvoiceStatus>(status);
    invoice->services.reserve(std::min<qsizetype>(serviceCount, record.size() / 32));
    for (qint32 i = 0; i < serviceCount; ++i) {
        InvoiceService service;
        if (!readService(record, &service))
            return false;
        invoice->services.append(std::move(service));
    }
    return readLines(record, &invoice->lines);
}

void write(RecordWriter &record, const BillingOperation &operation)
{
    record.string(operation.id);
    record.out << operation.createdAt;
    write(record, operation.amount);
    for (const QString *text : {&operation.source, &operation.description, &operation.invoiceId})
        record.string(*text);
    record.string(operation.invoiceUrl);
}

bool readOperation(RecordReader &record, BillingOperation *operation)
{
    operation->id = record.string();
    record.in >> operation->createdAt;
    operation->amount = readMoney(record);
    for (QString *text : {&operation->source, &operation->description, &operation->invoiceId})
        *text = record.string();
    operation->invoiceUrl = record.string();
    return record.in.status() == QDataStream::Ok;
}

template<typename T>
QByteArray encodeList(quint32 magic, const QList<T> &items)
{
    RecordWriter record;
    for (const T &item : items)
        write(record, item);
    return record.record(magic, qint32(items.size()));
}

template<typename T>
bool decodeList(quint32 magic, const QByteArray &data, QList<T> *items, bool (*readItem)(RecordReader &, T *))
{
    items->clear();
    RecordReader record(data);
    qint32 count = 0;
    if (!record.readHeader(magic, &count))
        return false;
    QList<T> read;
    // A damaged count must not reserve gigabytes: an item takes well over 32 bytes.
    read.reserve(std::min<qsizetype>(count, data.size() / 32));
    for (qint32 i = 0; i < count; ++i) {
        T item;
        if (!readItem(record, &item))
            return false;
        read.append(std::move(item));
    }
    if (record.in.status() != QDataStream::Ok || !record.in.atEnd())
        return false;
    *items = std::move(read);
    return true;
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
