#pragma once

#include "costs/monthrange.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

class InvoiceRepository;
class MonthlyCostModel;
class QChart;
class QChartView;
class QBoxLayout;
class QCategoryAxis;

// With accounts billed in several currencies, the Costs page's main chart draws one currency
// (money is never added across currencies); these are the others, one small chart each over
// the same months, so no account ever hides behind the currency choice. Clicking one makes its
// currency the main chart's.
class OtherCurrencyCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit OtherCurrencyCharts(InvoiceRepository *repository, QWidget *parent = nullptr);

    // One chart per currency of `currencies` but `mainCurrency`, over the main chart's months
    // (`first` to `last`); hidden when there is no other currency.
    void setCurrencies(const QStringList &currencies, const QString &mainCurrency, const QDate &first, const QDate &last,
              const QDate &referenceDate);

    QStringList currencies() const;       // those drawn, in order
    QChart *chart(int index) const;
    // The month labels chart `index` draws: one per month, "" for a month left unlabelled
    // because the chart is too narrow for all of them; the newest always has its label.
    QStringList monthLabels(int index) const;
    // Side by side (the default) or one above the other, when they sit in a narrow column.
    void setStacked(bool stacked);
    bool isStacked() const;
    MonthlyCostModel *model(int index) const;

Q_SIGNALS:
    void currencyChosen(const QString &currency);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Panel {
        QString currency;
        MonthlyCostModel *model = nullptr;
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QCategoryAxis *monthAxis = nullptr;  // owned by the chart; replaced by each fill()
        QStringList months;                  // every month's label
        QStringList shown;                   // those drawn
    };
    void fill(Panel &panel);
    void updateMonthLabels(Panel &panel);

    InvoiceRepository *m_repository;
    QBoxLayout *m_layout;
    QList<Panel> m_panels;
};
