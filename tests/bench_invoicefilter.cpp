// How the Invoices page behaves with 100,000 invoices: the real repository, models and page
// (its QTableView shown, offscreen), driven the way a person does it: typing in the search one key
// at a time and deleting it again, ticking statuses, choosing an account, clicking each column to
// sort, clearing the filters. Each step's time includes the table repainting.
//
// Every figure stands beside a baseline measured in the same run: a plain loop over the same
// 100,000 rows doing the same job (counting the rows a search matches in one precomputed string
// per row, counting a status or an account, std::stable_sort of the column's plain values). The
// loop is also the check: after every step the page must show exactly the rows it counted, in an
// order the column's values agree with. No timed assertion; run with `ctest -L benchmark -V`.
//
// Resident memory (VmRSS) with the 100,000 invoices in the models and the page shown is printed
// beside a bare QTableView window over a QStandardItemModel holding the same 100,000 search strings,
// measured in a child process so that neither heap affects the other.

#include "format/displayformat.h"
#include "invoices/invoicefiltermodel.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetablemodel.h"
#include "invoices/invoicetotals.h"
#include "support/generatedinvoices.h"

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <ctime>
#include <functional>
#include <numeric>

using namespace TestSupport;

namespace
{
constexpr int InvoiceCount = 100000;
const QString BaselineVariable = QStringLiteral("BENCH_INVOICEFILTER_BASELINE_RSS");

QString accountNameOf(const QString &accountId)
{
    return accountId == QLatin1String("scale") ? QStringLiteral("Scaleway Billing") : QStringLiteral("Production SkySQL");
}

QString statusText(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid: return QStringLiteral("Paid");
    case InvoiceStatus::Open: return QStringLiteral("Open");
    case InvoiceStatus::Overdue: return QStringLiteral("Overdue");
    case InvoiceStatus::Failed: return QStringLiteral("Payment failed");
    case InvoiceStatus::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

// What the page's search promises to look in, written out plainly from the invoice: every shown
// column, the ISO dates, the plain amount, the currency, the status word and the id.
QString searchStringOf(const Invoice &invoice, const QLocale &locale)
{
    const QStringList parts{
        accountNameOf(invoice.accountId),
        invoice.number,
        DisplayFormat(locale).shortDate(invoice.date),
        invoice.date.toString(Qt::ISODate),
        DisplayFormat(locale).month(invoice.periodStart),
        invoice.periodStart.toString(Qt::ISODate),
        DisplayFormat(locale).shortDate(invoice.dueDate),
        invoice.dueDate.toString(Qt::ISODate),
        invoice.amount.format(locale),
        statusText(invoice.status),
        invoice.amount.toDecimalString(),
        invoice.amount.currency(),
        invoiceStatusKey(invoice.status),
        invoice.id,
    };
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

double megabytes(qint64 kb)
{
    return double(kb) / 1024.0;
}

// The baseline process: a bare QTableView window over the same 100,000 search strings.
int printBaselineResidentMemory()
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QStandardItemModel model(InvoiceCount, 1);
    for (int i = 0; i < InvoiceCount; ++i) {
        Invoice invoice = generatedInvoice(i, InvoiceCount);
        invoice.accountId = generatedAccountOf(i);
        model.setItem(i, 0, new QStandardItem(searchStringOf(invoice, locale)));
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    std::printf("%lld\n", residentKb());
    return 0;
}

// Milliseconds of CPU this thread used: the machine running the suite is shared, so wall time
// alone says as much about the neighbours as about the page.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Figures {
    QList<double> page;
    QList<double> baseline;
    QList<double> pageCpu;
    QList<double> baselineCpu;
};

double mean(const QList<double> &values)
{
    return values.isEmpty() ? 0 : std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

double ratio(double page, double baseline)
{
    return baseline > 0 ? page / baseline : 0;
}

// What a column sorts on, plainly: the same order InvoiceSortModel promises.
struct SortValue {
    QString text;      // collated for text columns; the currency (compared as is) for amounts
    qint64 number = 0;
};
}

class BenchInvoiceFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void typingInTheSearch();
    void statusFilter();
    void accountFilter();
    void sortByEachColumn();
    void clearFilters();
    void residentMemory();

private:
    // Times one user action on the page, up to the table painted again.
    double timePage(const std::function<void()> &action);
    // Times the baseline of the page's step timed last; both CPU times go into figures.
    double timeBaseline(Figures *figures, const std::function<void()> &loop);
    // The rows the plain loop counts must be the rows the page shows.
    void verifyShown(int expected, const char *what);
    int countSearch(const QString &text) const;
    int countWhere(const std::function<bool(int)> &keep) const;
    void print(const char *what, const Figures &figures);
    SortValue sortValue(const Invoice &invoice, int column) const;
    bool sortsBefore(const SortValue &a, const SortValue &b, int column) const;

    QSettings *m_settings = nullptr;
    std::unique_ptr<InvoiceSource> m_sky = generatedInvoiceSource(QStringLiteral("sky"), InvoiceCount);
    std::unique_ptr<InvoiceSource> m_scale = generatedInvoiceSource(QStringLiteral("scale"), InvoiceCount);
    std::unique_ptr<InvoiceRepository> m_repository;
    std::unique_ptr<InvoicesPage> m_page;
    // The baseline's data: one search string per row, and each row's plain fields.
    QStringList m_searchStrings;
    QList<InvoiceStatus> m_statuses;
    QStringList m_accountIds;
    QCollator m_collator;
    double m_pageCpuMs = 0;
    qint64 m_residentBeforeKb = 0;
    qint64 m_residentLoadedKb = 0;
    double m_loadMs = 0;
};

void BenchInvoiceFilter::initTestCase()
{
    QSettings().remove(QStringLiteral("InvoicesPage"));
    m_residentBeforeKb = residentKb();
    m_repository = std::make_unique<InvoiceRepository>();
    Account sky;
    sky.id = QStringLiteral("sky");
    sky.displayName = accountNameOf(sky.id);
    Account scale;
    scale.id = QStringLiteral("scale");
    scale.displayName = accountNameOf(scale.id);
    m_repository->addAccount(sky, m_sky.get());
    m_repository->addAccount(scale, m_scale.get());
    m_page = std::make_unique<InvoicesPage>(m_repository.get());
    m_page->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_page->tableModel()->setLocale(m_page->locale());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    QSignalSpy loaded(m_repository.get(), &InvoiceRepository::loaded);
    QElapsedTimer timer;
    timer.start();
    m_repository->refreshInvoices();
    QVERIFY(loaded.wait(60000));
    QCoreApplication::processEvents();
    m_page->tableView()->viewport()->repaint();
    m_loadMs = double(timer.nsecsElapsed()) / 1e6;
    // One key typed and deleted, so that whatever the models build for searching is built.
    QTest::keyClick(m_page->searchEdit(), 'x');
    QTest::keyClick(m_page->searchEdit(), Qt::Key_Backspace);
    QCoreApplication::processEvents();
    m_residentLoadedKb = residentKb();
    QCOMPARE(m_page->sortModel()->rowCount(), InvoiceCount);

    const QList<Invoice> &invoices = m_repository->invoices();
    m_searchStrings.reserve(invoices.size());
    for (const Invoice &invoice : invoices) {
        m_searchStrings << searchStringOf(invoice, m_page->locale());
        m_statuses << invoice.status;
        m_accountIds << invoice.accountId;
    }
    qInfo("%d invoices loaded and shown in %.0f ms", InvoiceCount, m_loadMs);
    qInfo("%-34s %9s %9s %9s | %9s %9s %9s | %7s %7s", "step (wall ms unless cpu)", "mean", "max", "cpu mean",
          "base mean", "base max", "base cpu", "ratio", "cpu");
}

void BenchInvoiceFilter::cleanupTestCase()
{
    m_page.reset();
    QSettings().remove(QStringLiteral("InvoicesPage"));
    m_repository.reset();
}

double BenchInvoiceFilter::timePage(const std::function<void()> &action)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    action();
    QCoreApplication::processEvents();
    m_page->tableView()->viewport()->repaint();
    m_pageCpuMs = threadCpuMs() - cpu;
    return double(timer.nsecsElapsed()) / 1e6;
}

double BenchInvoiceFilter::timeBaseline(Figures *figures, const std::function<void()> &loop)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    loop();
    figures->baselineCpu << threadCpuMs() - cpu;
    figures->pageCpu << m_pageCpuMs;
    return double(timer.nsecsElapsed()) / 1e6;
}

void BenchInvoiceFilter::verifyShown(int expected, const char *what)
{
    const int shown = m_page->sortModel()->rowCount();
    QVERIFY2(shown == expected, qPrintable(QStringLiteral("%1: the page shows %2 rows, a plain count finds %3")
                                               .arg(QLatin1String(what)).arg(shown).arg(expected)));
    QVERIFY2(m_page->totals()->invoiceCount() == expected,
             qPrintable(QStringLiteral("%1: the totals count %2 rows, a plain count finds %3")
                            .arg(QLatin1String(what)).arg(m_page->totals()->invoiceCount()).arg(expected)));
}

int BenchInvoiceFilter::countSearch(const QString &text) const
{
    const QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int count = 0;
    for (const QString &haystack : m_searchStrings) {
        if (std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
                return haystack.contains(word);
            }))
            ++count;
    }
    return count;
}

int BenchInvoiceFilter::countWhere(const std::function<bool(int)> &keep) const
{
    int count = 0;
    for (int row = 0; row < InvoiceCount; ++row) {
        if (keep(row))
            ++count;
    }
    return count;
}

void BenchInvoiceFilter::print(const char *what, const Figures &figures)
{
    qInfo("%-34s %9.2f %9.2f %9.2f | %9.2f %9.2f %9.2f | %6.1fx %6.1fx", what, mean(figures.page),
          maximum(figures.page), mean(figures.pageCpu), mean(figures.baseline), maximum(figures.baseline),
          mean(figures.baselineCpu), ratio(mean(figures.page), mean(figures.baseline)),
          ratio(mean(figures.pageCpu), mean(figures.baselineCpu)));
}

void BenchInvoiceFilter::typingInTheSearch()
{
    // Lower case, as people type: "o" matches most rows ("Open", "Overdue", "Production"...),
    // each key after it fewer.
    const QStringList typed{QStringLiteral("o"), QStringLiteral("oc"), QStringLiteral("oct"), QStringLiteral("octo"),
                            QStringLiteral("octob")};
    QLineEdit *search = m_page->searchEdit();
    search->setFocus();
    Figures typing;
    Figures deleting;
    for (const QString &text : typed) {
        typing.page << timePage([&] {
            QTest::keyClick(search, text.back().toLatin1());
        });
        QCOMPARE(search->text(), text);
        int expected = 0;
        typing.baseline << timeBaseline(&typing, [&] {
            expected = countSearch(text);
        });
        verifyShown(expected, qPrintable(QStringLiteral("typing \"%1\"").arg(text)));
    }
    // A second word narrows further: "octob 2019".
    for (const QChar key : QStringLiteral(" 2019")) {
        const QString text = search->text() + key;
        typing.page << timePage([&] {
            QTest::keyClick(search, key.toLatin1());
        });
        QCOMPARE(search->text(), text);
        int expected = 0;
        typing.baseline << timeBaseline(&typing, [&] {
            expected = countSearch(text);
        });
        verifyShown(expected, qPrintable(QStringLiteral("typing \"%1\"").arg(text)));
    }
    while (!search->text().isEmpty()) {
        deleting.page << timePage([&] {
            QTest::keyClick(search, Qt::Key_Backspace);
        });
        const QString text = search->text();
        int expected = 0;
        deleting.baseline << timeBaseline(&deleting, [&] {
            expected = countSearch(text);
        });
        verifyShown(expected, qPrintable(QStringLiteral("deleting to \"%1\"").arg(text)));
    }
    print("search, typing (per keystroke)", typing);
    print("search, deleting (per keystroke)", deleting);
    // An invoice number, typed as people copy it.
    Figures number;
    for (const QChar key : QStringLiteral("BD-0012")) {
        const QString text = search->text() + key;
        number.page << timePage([&] {
            QTest::keyClick(search, key.toLatin1());
        });
        int expected = 0;
        number.baseline << timeBaseline(&number, [&] {
            expected = countSearch(text);
        });
        verifyShown(expected, qPrintable(QStringLiteral("typing \"%1\"").arg(text)));
    }
    QCOMPARE(m_page->sortModel()->rowCount(), 100);
    print("search, an invoice number", number);
    search->clear();
    verifyShown(InvoiceCount, "search cleared");
}

void BenchInvoiceFilter::statusFilter()
{
    const QList<QAction *> actions = m_page->statusButton()->menu()->actions();
    QCOMPARE(actions.size(), 4);
    // Paid, then Paid + Overdue, then Overdue, then every status again.
    const QList<std::pair<int, bool>> clicks{{0, true}, {2, true}, {0, false}, {2, false}};
    Figures figures;
    for (const auto &[action, checked] : clicks) {
        figures.page << timePage([&] {
            actions.at(action)->setChecked(checked);
        });
        QSet<InvoiceStatus> wanted;
        for (const QAction *candidate : actions) {
            if (candidate->isChecked())
                wanted.insert(static_cast<InvoiceStatus>(candidate->data().toInt()));
        }
        int expected = 0;
        figures.baseline << timeBaseline(&figures, [&] {
            expected = countWhere([&](int row) {
                return wanted.isEmpty() || wanted.contains(m_statuses.at(row));
            });
        });
        verifyShown(expected, "status filter");
    }
    print("status filter (per click)", figures);
}

void BenchInvoiceFilter::accountFilter()
{
    QComboBox *combo = m_page->accountCombo();
    QCOMPARE(combo->count(), 3);
    Figures figures;
    for (const int index : {1, 2, 0}) {
        figures.page << timePage([&] {
            combo->setCurrentIndex(index);
        });
        const QString accountId = combo->itemData(index).toString();
        int expected = 0;
        figures.baseline << timeBaseline(&figures, [&] {
            expected = countWhere([&](int row) {
                return accountId.isEmpty() || m_accountIds.at(row) == accountId;
            });
        });
        verifyShown(expected, "account filter");
    }
    print("account filter (per choice)", figures);
}

SortValue BenchInvoiceFilter::sortValue(const Invoice &invoice, int column) const
{
    switch (column) {
    case InvoiceTableModel::AccountColumn: return {accountNameOf(invoice.accountId), 0};
    case InvoiceTableModel::NumberColumn: return {invoice.number, 0};
    case InvoiceTableModel::DateColumn: return {QString(), invoice.date.toJulianDay()};
    case InvoiceTableModel::PeriodColumn: return {QString(), invoice.periodStart.toJulianDay()};
    case InvoiceTableModel::DueDateColumn: return {QString(), invoice.dueDate.toJulianDay()};
    case InvoiceTableModel::AmountColumn: return {invoice.amount.currency(), invoice.amount.minorUnits()};
    case InvoiceTableModel::StatusColumn: {
        // Severity: what needs attention sorts last ascending.
        const QList<InvoiceStatus> bySeverity{InvoiceStatus::Paid, InvoiceStatus::Unknown, InvoiceStatus::Open,
                                              InvoiceStatus::Overdue, InvoiceStatus::Failed};
        return {QString(), bySeverity.indexOf(invoice.status)};
    }
    default: return {};
    }
}

bool BenchInvoiceFilter::sortsBefore(const SortValue &a, const SortValue &b, int column) const
{
    if (column == InvoiceTableModel::AccountColumn || column == InvoiceTableModel::NumberColumn)
        return m_collator.compare(a.text, b.text) < 0;
    if (a.text != b.text)
        return a.text < b.text;
    return a.number < b.number;
}

void BenchInvoiceFilter::sortByEachColumn()
{
    QTableView *table = m_page->tableView();
    Figures ascending;
    Figures descending;
    const QList<Invoice> &invoices = m_repository->invoices();
    for (int column = 0; column < InvoiceTableModel::ColumnCount; ++column) {
        if (table->isColumnHidden(column))
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double pageMs = timePage([&] {
                table->sortByColumn(column, order);
            });
            QList<int> rows(InvoiceCount);
            std::iota(rows.begin(), rows.end(), 0);
            Figures &figures = order == Qt::AscendingOrder ? ascending : descending;
            const double baselineMs = timeBaseline(&figures, [&] {
                std::vector<SortValue> values;
                values.reserve(InvoiceCount);
                for (const Invoice &invoice : invoices)
                    values.push_back(sortValue(invoice, column));
                std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                    return order == Qt::AscendingOrder ? sortsBefore(values[a], values[b], column)
                                                       : sortsBefore(values[b], values[a], column);
                });
            });
            figures.page << pageMs;
            figures.baseline << baselineMs;
            qInfo("  sort by %-25s %9.2f           %9.2f | %9.2f           %9.2f | %6.1fx %6.1fx",
                  qPrintable(m_page->tableModel()->headerData(column, Qt::Horizontal).toString()
                             + (order == Qt::AscendingOrder ? QStringLiteral(" (up)") : QStringLiteral(" (down)"))),
                  pageMs, figures.pageCpu.last(), baselineMs, figures.baselineCpu.last(), ratio(pageMs, baselineMs),
                  ratio(figures.pageCpu.last(), figures.baselineCpu.last()));
            // The page's order agrees with the column's values at every row.
            QCOMPARE(m_page->sortModel()->rowCount(), InvoiceCount);
            const QAbstractProxyModel *proxy = m_page->sortModel();
            SortValue previous = sortValue(invoices.at(proxy->mapToSource(proxy->index(0, 0)).row()), column);
            for (int row = 1; row < InvoiceCount; ++row) {
                const SortValue current = sortValue(invoices.at(proxy->mapToSource(proxy->index(row, 0)).row()), column);
                const bool outOfOrder = order == Qt::AscendingOrder ? sortsBefore(current, previous, column)
                                                                    : sortsBefore(previous, current, column);
                QVERIFY2(!outOfOrder, qPrintable(QStringLiteral("column %1, row %2 is out of order").arg(column).arg(row)));
                previous = current;
            }
        }
    }
    print("sort, ascending (per column)", ascending);
    print("sort, descending (per column)", descending);
    table->sortByColumn(InvoiceTableModel::DateColumn, Qt::DescendingOrder);
}

void BenchInvoiceFilter::clearFilters()
{
    QLineEdit *search = m_page->searchEdit();
    const QList<QPushButton *> buttons = m_page->findChildren<QPushButton *>();
    const auto found = std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
        return button->text() == QLatin1String("Clear filters");
    });
    QVERIFY(found != buttons.cend());
    QPushButton *clear = *found;
    Figures figures;
    for (int round = 0; round < 3; ++round) {
        search->setText(QStringLiteral("2019"));
        m_page->statusButton()->menu()->actions().at(1)->setChecked(true);
        QVERIFY(m_page->sortModel()->rowCount() < InvoiceCount);
        figures.page << timePage([&] {
            clear->click();
        });
        int expected = 0;
        figures.baseline << timeBaseline(&figures, [&] {
            expected = countSearch(QString());
        });
        verifyShown(expected, "clear filters");
    }
    print("clear filters (per click)", figures);
}

void BenchInvoiceFilter::residentMemory()
{
    // Search keys and the like are built by the steps above: this is the page as used.
    const qint64 used = residentKb();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(BaselineVariable, QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitCode(), 0);
    const qint64 baseline = child.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(baseline > 0);
    qInfo("resident memory: empty page %.1f MB; 100k invoices loaded and searched once %.1f MB (the figure the"
          " goal is about); at the end, with this benchmark's own copies of the rows, %.1f MB",
          megabytes(m_residentBeforeKb), megabytes(m_residentLoadedKb), megabytes(used));
    qInfo("resident memory baseline, a bare QTableView over a QStandardItemModel of the same 100k search strings:"
          " %.1f MB; ratio %.2fx",
          megabytes(baseline), ratio(double(m_residentLoadedKb), double(baseline)));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(qPrintable(BaselineVariable)))
        return printBaselineResidentMemory();
    BenchInvoiceFilter bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_invoicefilter.moc"
