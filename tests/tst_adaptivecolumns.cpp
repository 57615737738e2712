// AdaptiveColumns measures what a column needs from the rows with the longest texts and the rows
// in view, not by sizing every row through the delegate (Qt's sizeHintForColumn takes up to a
// thousand rows and was most of the time a large table took to appear). The widest cell must
// still be found wherever it is, including far below the first thousand rows.

#include "widgets/adaptivecolumns.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

class TestAdaptiveColumns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWidestCellIsFoundAnywhereInALargeTable_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("longRow");
        QTest::newRow("small table, measured whole") << 40 << 33;
        QTest::newRow("large table, long text at the top") << 5000 << 0;
        QTest::newRow("large table, long text past Qt's thousand rows") << 5000 << 4321;
    }

    void theWidestCellIsFoundAnywhereInALargeTable()
    {
        QFETCH(int, rows);
        QFETCH(int, longRow);
        QStandardItemModel model(rows, 2);
        for (int row = 0; row < rows; ++row) {
            model.setItem(row, 0, new QStandardItem(QStringLiteral("INV-%1").arg(row, 5, 10, QLatin1Char('0'))));
            model.setItem(row, 1, new QStandardItem(QStringLiteral("Paid")));
        }
        const QString longText = QStringLiteral("Payment failed, card declined");
        model.item(longRow, 1)->setText(longText);
        QTableView view;
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AdaptiveColumns columns(&view, view.horizontalHeader(), QStringLiteral("test/hidden"), &view);
        columns.measure(0);
        const int longWidth = view.sizeHintForIndex(model.index(longRow, 1)).width();
        const int shortWidth = view.sizeHintForIndex(model.index(longRow == 0 ? 1 : 0, 1)).width();
        QVERIFY(longWidth > shortWidth);
        QVERIFY2(columns.neededWidth(1) >= longWidth,
                 qPrintable(QStringLiteral("%1 < %2").arg(columns.neededWidth(1)).arg(longWidth)));
        // The first column's texts are all as long: any of them gives its width (Qt adds the
        // grid line's pixel when it measures a whole small column).
        const int expected = std::max(view.sizeHintForIndex(model.index(0, 0)).width(),
                                      view.horizontalHeader()->sectionSizeHint(0));
        QVERIFY2(qAbs(columns.neededWidth(0) - expected) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(columns.neededWidth(0)).arg(expected)));
    }
};

QTEST_MAIN(TestAdaptiveColumns)
#include "tst_adaptivecolumns.moc"
