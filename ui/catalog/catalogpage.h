#pragma once

#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QWidget>

class AccountPicker;
class AdaptiveColumns;
class AccountRegistry;
class CatalogLoader;
class CostEstimator;
class ErrorBanner;
class PageReadiness;
class PriceFilterModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

// SkySQL's price catalogue: the offerings, the meters of the chosen one, its prices narrowed by
// provider, product, topology and tier, and an estimator that turns picked prices and
// quantities into a monthly cost. The catalogue is the provider's: with several accounts that
// list one, a picker chooses which is asked. Loads when first shown.
class CatalogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    void refresh();
    // Selects an offering by id in the list; false when it is not there.
    bool selectOffering(const QString &offeringId);
    // Sets a filter combo ("provider"...) to a value ("" = any); false when the value is not offered.
    bool setDimensionFilter(const QString &dimension, const QString &value);
    // Adds the price on this row of the table with the quantity box's value.
    bool addPriceToEstimate(int proxyRow);

    CatalogLoader *loader() const;
    PriceFilterModel *priceFilter() const;
    CostEstimator *estimator() const;
    PageReadiness *readiness() const;
    ErrorBanner *errorBanner() const;
    QListWidget *offeringList() const;
    QListWidget *meterList() const;
    QComboBox *filterCombo(const QString &dimension) const;
    QTableView *priceTable() const;
    QTableView *estimateTable() const;
    QDoubleSpinBox *quantitySpin() const;
    QSpinBox *hoursSpin() const;
    QLabel *totalLabel() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildLoader();
    void onOfferingsLoaded();
    void onLoaded();
    void onOfferingChanged();
    void onMeterChanged();
    void fillFilterCombos();
    void updateAddButton();
    void updateTotal();
    void showEstimatorProblem(const QString &problem);

    AccountPicker *m_picker;
    QPointer<CatalogLoader> m_loader;
    PriceFilterModel *m_filter;
    CostEstimator *m_estimator;
    PageReadiness *m_readiness;
    QLocale m_locale;
    bool m_started = false;

    ErrorBanner *m_banner;
    QLabel *m_sourceLabel;
    QListWidget *m_offerings;
    QLabel *m_offeringDescription;
    QListWidget *m_meters;
    QHash<QString, QComboBox *> m_filterCombos;
    QLabel *m_priceCount;
    QTableView *m_priceTable;
    AdaptiveColumns *m_priceColumns;
    QDoubleSpinBox *m_quantity;
    QLabel *m_quantityUnit;
    QPushButton *m_addButton;
    QSpinBox *m_hours;
    QTableView *m_estimateTable;
    QStackedWidget *m_estimateStack;
    QLabel *m_estimateHint;
    QPushButton *m_removeButton;
    QLabel *m_estimatorProblem;
    QLabel *m_totalLabel;
};
