// The store's decoded copies of what a page showed (invoices, billing operations): every field
// survives the round trip, and a record of another format, kind or a damaged one is refused
// rather than read wrong.

#include "store/snapshots.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include <cmath>
#include <limits>

namespace
{
Invoice fullInvoice()
{
    Invoice invoice;
    invoice.accountId = QStringLiteral("acct");
    invoice.id = QStringLiteral("inv-1");
    invoice.number = QStringLiteral("2026-0042");
    invoice.organizationId = QStringLiteral("org-7");
    invoice.date = QDate(2026, 10, 1);
    invoice.dueDate = QDate(2026, 10, 31);
    invoice.period = QStringLiteral("2026-09");
    invoice.periodStart = QDate(2026, 9, 1);
    invoice.periodEnd = QDate(2026, 9, 30);
    invoice.amount = Money(123456, QStringLiteral("EUR"));
    invoice.amountExcludingVat = Money(102880, QStringLiteral("EUR"));
    invoice.vatRatePerMille = 200;
    invoice.status = InvoiceStatus::Overdue;
    // The provider's text, kept verbatim: not normalised (scheme and host case) nor re-encoded.
    invoice.pdfUrl = QStringLiteral("HTTPS://Example.test/invoices/Sept 2026.pdf");
    invoice.hasDetails = true;
    InvoiceService service;
    service.serviceId = QStringLiteral("db-1");
    service.name = QStringLiteral("orders");
    service.provider = QStringLiteral("aws");
    service.region = QStringLiteral("eu-west-1");
    service.topology = QStringLiteral("replicated");
    service.tier = QStringLiteral("power");
    service.instance = QStringLiteral("sky-4x16");
    service.arch = QStringLiteral("arm64");
    service.cost = Money(100000, QStringLiteral("EUR"));
    service.nodeCost = Money(80000, QStringLiteral("EUR"));
    service.storageCost = Money::undefined(QStringLiteral("EUR"));
    InvoiceLine nodes;
    nodes.kind = InvoiceLine::Kind::Nodes;
    nodes.description = QStringLiteral("Nodes");
    nodes.size = QStringLiteral("sky-4x16");
    nodes.activeNodes = 3;
    nodes.quantity = 2232.5;
    nodes.unit = QStringLiteral("hours");
    nodes.rate = 0.035833;
    nodes.rateUnit = QStringLiteral("EUR/hour");
    nodes.cost = Money(80000, QStringLiteral("EUR"));
    service.lines = {nodes, InvoiceLine()};
    invoice.services = {service, InvoiceService()};
    InvoiceLine credit;
    credit.description = QStringLiteral("Credit");
    credit.cost = Money(-500, QStringLiteral("EUR"));
    invoice.lines = {credit};
    return invoice;
}

void compareLines(const QList<InvoiceLine> &read, const QList<InvoiceLine> &written)
{
    QCOMPARE(read.size(), written.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).kind, written.at(i).kind);
        QCOMPARE(read.at(i).description, written.at(i).description);
        QCOMPARE(read.at(i).size, written.at(i).size);
        QCOMPARE(read.at(i).activeNodes, written.at(i).activeNodes);
        QCOMPARE(read.at(i).quantity, written.at(i).quantity);
        QCOMPARE(read.at(i).unit, written.at(i).unit);
        QCOMPARE(read.at(i).rate, written.at(i).rate);
        QCOMPARE(read.at(i).rateUnit, written.at(i).rateUnit);
        QCOMPARE(read.at(i).cost, written.at(i).cost);
    }
}
}

class TestSnapshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldSurvives()
    {
        Invoice bare;
        bare.id = QStringLiteral("inv-2");
        bare.amount = Money(0, QStringLiteral("USD"));
        const QList<Invoice> written{fullInvoice(), bare};
        QList<Invoice> read;
        QVERIFY(Snapshots::decode(Snapshots::encode(written), &read));
        QCOMPARE(read.size(), 2);
        const Invoice &a = read.first();
        const Invoice &b = written.first();
        QCOMPARE(a.accountId, b.accountId);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.number, b.number);
        QCOMPARE(a.organizationId, b.organizationId);
        QCOMPARE(a.date, b.date);
        QCOMPARE(a.dueDate, b.dueDate);
        QCOMPARE(a.period, b.period);
        QCOMPARE(a.periodStart, b.periodStart);
        QCOMPARE(a.periodEnd, b.periodEnd);
        QCOMPARE(a.amount, b.amount);
        QCOMPARE(a.amountExcludingVat, b.amountExcludingVat);
        QCOMPARE(a.vatRatePerMille, b.vatRatePerMille);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.pdfUrl, b.pdfUrl);
        QCOMPARE(a.hasDetails, b.hasDetails);
        QCOMPARE(a.services.size(), b.services.size());
        for (qsizetype i = 0; i < a.services.size(); ++i) {
            const InvoiceService &s = a.services.at(i);
            const InvoiceService &t = b.services.at(i);
            QCOMPARE(s.serviceId, t.serviceId);
            QCOMPARE(s.name, t.name);
            QCOMPARE(s.provider, t.provider);
            QCOMPARE(s.region, t.region);
            QCOMPARE(s.topology, t.topology);
            QCOMPARE(s.tier, t.tier);
            QCOMPARE(s.instance, t.instance);
            QCOMPARE(s.arch, t.arch);
            QCOMPARE(s.cost, t.cost);
            QCOMPARE(s.nodeCost, t.nodeCost);
            QCOMPARE(s.storageCost, t.storageCost);
            compareLines(s.lines, t.lines);
        }
        QVERIFY(a.services.first().storageCost.isUndefined());
        compareLines(a.lines, b.lines);

        const Invoice &c = read.last();
        QCOMPARE(c.id, bare.id);
        QVERIFY(!c.amountExcludingVat.has_value());
        QVERIFY(!c.date.isValid());
        QCOMPARE(c.vatRatePerMille, -1);
        QCOMPARE(c.status, InvoiceStatus::Unknown);
        QVERIFY(!c.hasDetails);
    }

    void aRepeatedStringIsKeptOnceAndShared()
    {
        QList<Invoice> written{fullInvoice(), fullInvoice(), fullInvoice()};
        written[1].id = QStringLiteral("second");
        written[2].id = QStringLiteral("third");
        const QByteArray three = Snapshots::encode(written);
        // Each text is in the record once (QDataStream writes UTF-16, big-endian), however many
        // invoices, services and lines hold it.
        const auto utf16 = [](const QString &text) {
            QByteArray bytes;
            for (const QChar c : text)
                bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            return bytes;
        };
        QCOMPARE(three.count(utf16(QStringLiteral("eu-west-1"))), 1);
        QCOMPARE(three.count(utf16(QStringLiteral("sky-4x16"))), 1);
        QCOMPARE(three.count(utf16(QStringLiteral("EUR/hour"))), 1);
        QCOMPARE(three.count(utf16(QStringLiteral("third"))), 1);
        QList<Invoice> read;
        QVERIFY(Snapshots::decode(three, &read));
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(2).id, QStringLiteral("third"));
        // Decoded, the same text is one string held by every invoice.
        QCOMPARE(read.at(0).services.first().region.constData(), read.at(2).services.first().region.constData());
        QCOMPARE(read.at(0).amount.currency().constData(), read.at(1).services.first().cost.currency().constData());
        // A null string stays null, an empty one empty.
        Invoice blanks = fullInvoice();
        blanks.number = QString();
        blanks.period = QStringLiteral("");
        QVERIFY(Snapshots::decode(Snapshots::encode(QList<Invoice>{blanks}), &read));
        QVERIFY(read.first().number.isNull());
        QVERIFY(!read.first().period.isNull() && read.first().period.isEmpty());
    }

    void anIndexOutsideTheTableIsRefused()
    {
        const QByteArray data = Snapshots::encode(QList<Invoice>{fullInvoice()});
        // The first item's first field (accountId) is an index right after the table: point it
        // past the table's end.
        QList<Invoice> read;
        QVERIFY(Snapshots::decode(data, &read));
        QDataStream header(data);
        quint32 magic = 0, version = 0;
        qint32 count = 0, strings = 0;
        header >> magic >> version >> count >> strings;
        for (qint32 i = 0; i < strings; ++i) {
            QString text;
            header >> text;
        }
        QByteArray damaged = data;
        QDataStream patch(&damaged, QIODevice::ReadWrite);
        patch.device()->seek(header.device()->pos());
        patch << quint32(strings);
        QVERIFY(!Snapshots::decode(damaged, &read));
        QVERIFY(read.isEmpty());
    }

    void anEmptyListIsARecordToo()
    {
        QList<Invoice> read{fullInvoice()};
        QVERIFY(Snapshots::decode(Snapshots::encode(QList<Invoice>{}), &read));
        QVERIFY(read.isEmpty());
    }

    void anotherFormatIsRefused()
    {
        QByteArray data = Snapshots::encode(QList<Invoice>{fullInvoice()});
        // The version follows the 4-byte magic.
        QByteArray newer = data;
        newer[7] = static_cast<char>(newer.at(7) + 1);
        QList<Invoice> read{fullInvoice()};
        QVERIFY(!Snapshots::decode(newer, &read));
        QVERIFY(read.isEmpty());
        QByteArray notOurs = data;
        notOurs[0] = 'X';
        QVERIFY(!Snapshots::decode(notOurs, &read));
        QVERIFY(!Snapshots::decode(QByteArray(), &read));
        // A response body under the snapshot's key would not pass either.
        QVERIFY(!Snapshots::decode(QByteArrayLiteral("{\"invoices\":[]}"), &read));
    }

    void aDamagedRecordIsRefused()
    {
        const QByteArray data = Snapshots::encode(QList<Invoice>{fullInvoice(), fullInvoice()});
        QList<Invoice> read;
        for (qsizetype cut : {data.size() - 1, data.size() / 2, qsizetype(12)}) {
            QVERIFY2(!Snapshots::decode(data.left(cut), &read), qPrintable(QString::number(cut)));
            QVERIFY(read.isEmpty());
        }
        QVERIFY(!Snapshots::decode(data + QByteArrayLiteral("trailing"), &read));
        // A count that claims more invoices than the record holds.
        QByteArray inflated = data;
        QDataStream patch(&inflated, QIODevice::ReadWrite);
        patch.device()->seek(8);
        patch << qint32(1000000);
        QVERIFY(!Snapshots::decode(inflated, &read));
    }

    void billingOperationsSurvive()
    {
        BillingOperation invoiced;
        invoiced.id = QStringLiteral("op-1");
        invoiced.createdAt = QDateTime(QDate(2026, 10, 1), QTime(9, 30), Qt::UTC);
        invoiced.amount = Money(-2632, QStringLiteral("EUR"));
        invoiced.source = QStringLiteral("invoicing");
        invoiced.description = QStringLiteral("Invoice for September 2026");
        invoiced.invoiceId = QStringLiteral("inv-9");
        // Even a malformed link is stored as the provider wrote it; it is judged where it is used.
        invoiced.invoiceUrl = QStringLiteral("http://exa mple.test:port/inv-9");
        BillingOperation credit;
        credit.id = QStringLiteral("op-2");
        credit.amount = Money(1500, QStringLiteral("EUR"));
        QList<BillingOperation> read;
        QVERIFY(Snapshots::decode(Snapshots::encode(QList<BillingOperation>{invoiced, credit}), &read));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.first().id, invoiced.id);
        QCOMPARE(read.first().createdAt, invoiced.createdAt);
        QCOMPARE(read.first().amount, invoiced.amount);
        QCOMPARE(read.first().source, invoiced.source);
        QCOMPARE(read.first().description, invoiced.description);
        QCOMPARE(read.first().invoiceId, invoiced.invoiceId);
        QCOMPARE(read.first().invoiceUrl, invoiced.invoiceUrl);
        QCOMPARE(read.last().id, credit.id);
        QVERIFY(!read.last().createdAt.isValid());
        QVERIFY(read.last().invoiceId.isEmpty());

        // One kind's record is not read as the other's.
        QList<Invoice> invoices;
        QVERIFY(!Snapshots::decode(Snapshots::encode(QList<BillingOperation>{invoiced}), &invoices));
        QVERIFY(!Snapshots::decode(Snapshots::encode(QList<Invoice>{fullInvoice()}), &read));
        QVERIFY(read.isEmpty());
    }

    void textsAndTimesAreReadAsQDataStreamWroteThem()
    {
        // The records are read from their bytes, not through a QDataStream: the texts outside
        // Latin-1 (a surrogate pair too), an empty text apart from a null one, a time at an
        // offset followed by more fields, a fraction and the largest amounts.
        BillingOperation operation;
        operation.id = QStringLiteral("op-\u00e9\u20ac\U0001F600");
        operation.createdAt = QDateTime(QDate(2026, 3, 29), QTime(1, 59, 59, 999), Qt::OffsetFromUTC, 2 * 3600);
        operation.amount = Money(std::numeric_limits<qint64>::min() + 1, QStringLiteral("EUR"));
        operation.source = QLatin1String("");
        QList<BillingOperation> operations;
        QVERIFY(Snapshots::decode(Snapshots::encode(QList<BillingOperation>{operation, operation}), &operations));
        QCOMPARE(operations.size(), 2);
        for (const BillingOperation &read : std::as_const(operations)) {
            QCOMPARE(read.id, operation.id);
            QCOMPARE(read.createdAt, operation.createdAt);
            QCOMPARE(read.createdAt.offsetFromUtc(), 2 * 3600);
            QCOMPARE(read.amount, operation.amount);
            QVERIFY(!read.source.isNull());
            QVERIFY(read.source.isEmpty());
            QVERIFY(read.invoiceId.isNull());
        }

        Invoice invoice = fullInvoice();
        invoice.lines.first().quantity = 1.0 / 3.0;
        invoice.lines.first().rate = -0.0;
        QList<Invoice> invoices;
        QVERIFY(Snapshots::decode(Snapshots::encode(QList<Invoice>{invoice}), &invoices));
        QCOMPARE(invoices.first().lines.first().quantity, 1.0 / 3.0);
        QVERIFY(std::signbit(invoices.first().lines.first().rate));
        // A record cut short anywhere is refused, never read past its end.
        const QByteArray whole = Snapshots::encode(QList<Invoice>{invoice});
        for (qsizetype size = 0; size < whole.size(); size += 7)
            QVERIFY(!Snapshots::decode(whole.left(size), &invoices));
    }

    void theKeysNeverAnswerARequest()
    {
        QVERIFY(!Snapshots::invoicesKey().startsWith(QLatin1String("GET ")));
        QVERIFY(!Snapshots::billingOperationsKey().startsWith(QLatin1String("GET ")));
        QVERIFY(Snapshots::invoicesKey() != Snapshots::billingOperationsKey());
    }
};

QTEST_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
