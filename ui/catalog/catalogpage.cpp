#include "catalog/catalogpage.h"

#include "accounts/accountregistry.h"
#include "catalog/catalogloader.h"
#include "catalog/costestimator.h"
#include "catalog/pricemodel.h"
#include "widgets/adaptivecolumns.h"
#include "widgets/accountpicker.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"
#include "widgets/themecolors.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
constexpr int IdRole = Qt::UserRole + 1;

QString dimensionTitle(const QString &dimension)
{
    if (dimension == u"provider")
        return CatalogPage::tr("Provider");
    if (dimension == u"product")
        return CatalogPage::tr("Product");
    if (dimension == u"topology")
        return CatalogPage::tr("Topology");
    if (dimension == u"tier")
        return CatalogPage::tr("Tier");
    return dimension;
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
}

CatalogPage::CatalogPage(AccountRegistry *accounts, QWidget *parent)
    : QWidget(parent)
    , m_picker(new AccountPicker(accounts, Capability::PriceCatalogue, this))
    , m_filter(new PriceFilterModel(this))
    , m_estimator(new CostEstimator(this))
    , m_readiness(new PageReadiness(QStringLiteral("catalog"), this))
    , m_banner(new ErrorBanner(this))
    , m_sourceLabel(new QLabel(this))
    , m_offerings(new QListWidget(this))
    , m_offeringDescription(new QLabel(this))
    , m_meters(new QListWidget(this))
    , m_priceCount(new QLabel(this))
    , m_priceTable(new QTableView(this))
    , m_priceColumns(new AdaptiveColumns(m_priceTable, m_priceTable->horizontalHeader(),
                                         QStringLiteral("CatalogPage/hiddenColumns"), this))
    , m_quantity(new QDoubleSpinBox(this))
    , m_quantityUnit(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add to estimate"), this))
    , m_hours(new QSpinBox(this))
    , m_estimateTable(new QTableView(this))
    , m_estimateStack(new QStackedWidget(this))
    , m_estimateHint(new QLabel(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_estimatorProblem(new QLabel(this))
    , m_totalLabel(new QLabel(this))
{
    m_banner->hide();
    m_filter->setDynamicSortFilter(true);

    // Left: offerings, then the chosen offering's meters.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionTitle(tr("Offerings"), left));
    m_offerings->setMaximumHeight(110);
    leftLayout->addWidget(m_offerings);
    m_offeringDescription->setWordWrap(true);
    ThemeColors::setMutedText(m_offeringDescription);
    leftLayout->addWidget(m_offeringDescription);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(sectionTitle(tr("Meters"), left));
    leftLayout->addWidget(m_meters, 1);
    m_sourceLabel->setWordWrap(true);
    ThemeColors::setMutedText(m_sourceLabel);
    leftLayout->addWidget(m_sourceLabel);
    leftLayout->addWidget(m_picker);

    // Right: filters and prices.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    for (const QString &dimension : PriceModel::filterDimensions()) {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("Any"), QString());
        m_filterCombos.insert(dimension, combo);
        auto *label = new QLabel(dimensionTitle(dimension), this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, dimension, combo] {
            m_filter->setDimensionFilter(dimension, combo->currentData().toString());
        });
    }
    filters->addStretch(1);
    ThemeColors::setMutedText(m_priceCount);
    filters->addWidget(m_priceCount);

    m_priceTable->setModel(m_filter);
    m_priceTable->setAccessibleName(tr("Prices"));
    m_estimateTable->setAccessibleName(tr("Estimate"));
    m_offerings->setAccessibleName(tr("Offerings"));
    m_meters->setAccessibleName(tr("Meters"));
    m_quantity->setAccessibleName(tr("Quantity"));
    setUpTable(m_priceTable);
    m_priceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_priceTable->setSortingEnabled(true);
    m_priceTable->sortByColumn(-1, Qt::AscendingOrder);
    m_priceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A narrow window keeps the meter, what it is sold in and its monthly price.
    m_priceColumns->setDropOrder({PriceModel::ProviderColumn, PriceModel::TypeColumn, PriceModel::TierColumn,
                                  PriceModel::TopologyColumn, PriceModel::PerHourColumn, PriceModel::RangeColumn});
    m_priceColumns->capNeededWidth(PriceModel::RangeColumn, 160);
    m_priceColumns->followModel(0);

    // Bottom: the estimator.
    m_quantity->setRange(0, CostEstimator::MaximumQuantity);
    m_quantity->setDecimals(2);
    m_quantity->setValue(1);
    m_quantity->setMinimumWidth(110);
    m_hours->setRange(1, CostEstimator::MaximumHoursPerMonth);
    m_hours->setValue(m_estimator->hoursPerMonth());
    m_hours->setSuffix(tr(" h"));
    m_hours->setToolTip(tr("Hours billed per month for hourly meters (730 = a year's 8,760 hours / 12)"));
    m_addButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    ThemeColors::setTextTone(m_estimatorProblem, ThemeColors::Tone::Negative);
    m_estimatorProblem->setWordWrap(true);
    m_estimatorProblem->hide();

    m_estimateHint->setText(tr("Pick a price above, set the quantity (nodes, GB, IOPS…) and press "
                               "Add to estimate, or double-click a price."));
    m_estimateHint->setWordWrap(true);
    m_estimateHint->setAlignment(Qt::AlignCenter);
    ThemeColors::setMutedText(m_estimateHint);
    m_estimateStack->addWidget(m_estimateHint);
    m_estimateStack->addWidget(m_estimateTable);
    m_estimateTable->setModel(m_estimator);
    setUpTable(m_estimateTable);
    m_estimateTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView *estimateHeader = m_estimateTable->horizontalHeader();
    estimateHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    estimateHeader->setSectionResizeMode(CostEstimator::DescriptionColumn, QHeaderView::Stretch);

    QFont totalFont = m_totalLabel->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.8);
    totalFont.setBold(true);
    m_totalLabel->setFont(totalFont);
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QFormLayout;
    controls->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_quantityUnit);
    controls->addRow(tr("Quantity"), quantityRow);
    controls->addRow(tr("Hours / month"), m_hours);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    controls->addRow(buttons);
    auto *controlColumn = new QVBoxLayout;
    controlColumn->addLayout(controls);
    controlColumn->addWidget(m_estimatorProblem);
    controlColumn->addStretch(1);
    auto *totalCaption = new QLabel(tr("ESTIMATED PER MONTH"), this);
    totalCaption->setAlignment(Qt::AlignRight);
    ThemeColors::setMutedText(totalCaption);
    QFont captionFont = totalCaption->font();
    captionFont.setBold(true);
    totalCaption->setFont(captionFont);
    controlColumn->addWidget(totalCaption);
    controlColumn->addWidget(m_totalLabel);

    auto *estimator = new QGroupBox(tr("Estimate"), this);
    auto *estimatorLayout = new QHBoxLayout(estimator);
    estimatorLayout->addWidget(m_estimateStack, 1);
    estimatorLayout->addLayout(controlColumn);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_priceTable, 3);
    rightLayout->addWidget(estimator, 0);
    estimator->setFixedHeight(250);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1000});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_offerings, &QListWidget::currentRowChanged, this, &CatalogPage::onOfferingChanged);
    connect(m_meters, &QListWidget::currentRowChanged, this, &CatalogPage::onMeterChanged);
    connect(m_priceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogPage::updateAddButton);
    connect(m_priceTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        addPriceToEstimate(index.row());
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_priceTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            addPriceToEstimate(rows.constFirst().row());
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_estimateTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_estimator->removeLine(rows.constFirst().row());
    });
    connect(m_estimateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeButton->setEnabled(m_estimateTable->selectionModel()->hasSelection());
    });
    connect(m_hours, &QSpinBox::valueChanged, this, [this](int hours) {
        if (!m_estimator->setHoursPerMonth(hours))
            showEstimatorProblem(tr("%n hours is too many to estimate with these quantities.", nullptr, hours));
    });
    connect(m_estimator, &CostEstimator::totalChanged, this, &CatalogPage::updateTotal);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CatalogPage::updateAddButton);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CatalogPage::updateAddButton);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CatalogPage::updateAddButton);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CatalogPage::updateAddButton);
    connect(m_banner, &ErrorBanner::retryRequested, this, &CatalogPage::refresh);
    connect(m_picker, &AccountPicker::currentConnectionChanged, this, &CatalogPage::rebuildLoader);

    updateTotal();
    rebuildLoader();
}

void CatalogPage::rebuildLoader()
{
    AccountConnection *source = m_picker->currentConnection();
    CatalogLoader *loader = source ? source->catalog() : nullptr;
    // Same account: keep what is loaded.
    if (loader && loader == m_loader)
        return;
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    m_banner->dismiss();
    m_offerings->clear();
    m_meters->clear();
    m_filter->setSourceModel(nullptr);
    if (!loader) {
        m_sourceLabel->setText(tr("Show an account with a price catalogue to browse it."));
        m_readiness->setReady();
        return;
    }
    m_sourceLabel->setText(tr("Prices as %1 lists them.").arg(source->account().displayName));
    m_filter->setSourceModel(loader->prices());
    // Per-column settings need the columns to exist: set once the model is there.
    // The offering is chosen on the left and names its product there.
    m_priceColumns->setApplicable(PriceModel::OfferingColumn, false);
    m_priceColumns->setApplicable(PriceModel::ProductColumn, false);
    m_priceTable->horizontalHeader()->setSectionResizeMode(PriceModel::RangeColumn, QHeaderView::Stretch);
    connect(loader, &CatalogLoader::offeringsLoaded, this, &CatalogPage::onOfferingsLoaded);
    connect(loader, &CatalogLoader::loaded, this, &CatalogPage::onLoaded);
    connect(loader, &CatalogLoader::failed, this, [this](const ApiError &error) { m_banner->showError(error, true); });
    if (!loader->offerings().isEmpty() && !loader->isLoading()) {
        // Shown before: the account kept its catalogue.
        onOfferingsLoaded();
        onLoaded();
        return;
    }
    m_readiness->setLoading();
    if (m_started)
        refresh();
}

void CatalogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void CatalogPage::refresh()
{
    m_started = true;
    if (!m_loader)
        return;
    m_banner->dismiss();
    m_readiness->setLoading();
    m_loader->load();
}

void CatalogPage::onOfferingsLoaded()
{
    const QString previous = m_offerings->currentItem() ? m_offerings->currentItem()->data(IdRole).toString() : QString();
    QSignalBlocker blocker(m_offerings);
    m_offerings->clear();
    const QList<Offering> offerings = m_loader->offerings();
    for (const Offering &offering : offerings) {
        auto *item = new QListWidgetItem(offering.name.isEmpty() ? offering.id : offering.name, m_offerings);
        item->setData(IdRole, offering.id);
        item->setToolTip(offering.description);
    }
    int row = 0;
    for (int i = 0; i < m_offerings->count(); ++i) {
        if (m_offerings->item(i)->data(IdRole).toString() == previous)
            row = i;
    }
    if (m_offerings->count() > 0)
        m_offerings->setCurrentRow(row);
}

void CatalogPage::onLoaded()
{
    fillFilterCombos();
    onOfferingChanged();
    // A price is picked from the start, so Add to estimate works right away.
    if (m_filter->rowCount() > 0 && !m_priceTable->selectionModel()->hasSelection())
        m_priceTable->selectRow(0);
    const QList<ApiError> errors = m_loader->errors();
    if (errors.isEmpty())
        m_readiness->setReady();
    else
        m_readiness->setFailed(errors.constFirst().message());
}

void CatalogPage::fillFilterCombos()
{
    const PriceModel *prices = m_loader->prices();
    for (auto it = m_filterCombos.cbegin(); it != m_filterCombos.cend(); ++it) {
        QComboBox *combo = it.value();
        const QString current = combo->currentData().toString();
        QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Any"), QString());
        const QStringList values = prices->dimensionValues(it.key());
        for (const QString &value : values)
            combo->addItem(it.key() == u"provider" ? value.toUpper() : value, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        m_filter->setDimensionFilter(it.key(), combo->currentData().toString());
    }
}

void CatalogPage::onOfferingChanged()
{
    const QListWidgetItem *item = m_offerings->currentItem();
    const QString offeringId = item ? item->data(IdRole).toString() : QString();
    m_filter->setOfferingId(offeringId);
    QString description = item ? item->toolTip() : QString();
    if (m_loader) {
        const QList<Offering> offerings = m_loader->offerings();
        for (const Offering &offering : offerings) {
            if (offering.id == offeringId && !offering.productMapping.isEmpty())
                description += tr("\n\nProduct: %1").arg(offering.productMapping);
        }
    }
    m_offeringDescription->setText(description);

    QSignalBlocker blocker(m_meters);
    m_meters->clear();
    if (m_loader && !offeringId.isEmpty()) {
        auto *all = new QListWidgetItem(tr("All meters"), m_meters);
        all->setData(IdRole, QString());
        const QList<Meter> meters = m_loader->meters(offeringId);
        for (const Meter &meter : meters) {
            auto *meterItem = new QListWidgetItem(
                tr("%1 · per %2").arg(meter.label.isEmpty() ? meter.name : meter.label, meter.unit), m_meters);
            meterItem->setData(IdRole, meter.id);
            meterItem->setToolTip(tr("%1\nClass: %2").arg(meter.description, meter.meterClass));
        }
        m_meters->setCurrentRow(0);
    }
    onMeterChanged();
}

void CatalogPage::onMeterChanged()
{
    const QListWidgetItem *item = m_meters->currentItem();
    m_filter->setMeterId(item ? item->data(IdRole).toString() : QString());
    updateAddButton();
}

void CatalogPage::updateAddButton()
{
    const int total = m_loader ? m_loader->prices()->rowCount() : 0;
    m_priceCount->setText(tr("%1 of %n prices", nullptr, total).arg(m_filter->rowCount()));
    const QModelIndexList rows = m_priceTable->selectionModel()->selectedRows();
    m_addButton->setEnabled(!rows.isEmpty());
    if (!rows.isEmpty()) {
        const QModelIndex source = m_filter->mapToSource(rows.constFirst());
        const Price &price = m_loader->prices()->priceAt(source.row());
        m_quantityUnit->setText(CostEstimator::isHourly(price) ? tr("nodes / units") : price.meter.unit);
    } else {
        m_quantityUnit->setText(QString());
    }
}

bool CatalogPage::addPriceToEstimate(int proxyRow)
{
    if (!m_loader || proxyRow < 0 || proxyRow >= m_filter->rowCount())
        return false;
    const QModelIndex source = m_filter->mapToSource(m_filter->index(proxyRow, 0));
    QString problem;
    if (!m_estimator->addPrice(m_loader->prices()->priceAt(source.row()), m_quantity->value(), &problem)) {
        showEstimatorProblem(problem);
        return false;
    }
    m_estimatorProblem->hide();
    return true;
}

void CatalogPage::showEstimatorProblem(const QString &problem)
{
    m_estimatorProblem->setText(problem);
    m_estimatorProblem->show();
    m_hours->blockSignals(true);
    m_hours->setValue(m_estimator->hoursPerMonth());
    m_hours->blockSignals(false);
}

void CatalogPage::updateTotal()
{
    const QList<Money> totals = m_estimator->monthlyTotals();
    m_estimateStack->setCurrentWidget(totals.isEmpty() ? static_cast<QWidget *>(m_estimateHint) : m_estimateTable);
    if (totals.isEmpty()) {
        m_totalLabel->setText(Money(0, QStringLiteral("USD")).format(m_locale));
        return;
    }
    QStringList texts;
    for (const Money &total : totals)
        texts << total.format(m_locale);
    m_totalLabel->setText(texts.join(QStringLiteral(" + ")));
}

bool CatalogPage::selectOffering(const QString &offeringId)
{
    for (int i = 0; i < m_offerings->count(); ++i) {
        if (m_offerings->item(i)->data(IdRole).toString() == offeringId) {
            m_offerings->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool CatalogPage::setDimensionFilter(const QString &dimension, const QString &value)
{
    QComboBox *combo = m_filterCombos.value(dimension);
    if (!combo)
        return false;
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

CatalogLoader *CatalogPage::loader() const
{
    return m_loader.data();
}

PriceFilterModel *CatalogPage::priceFilter() const
{
    return m_filter;
}

CostEstimator *CatalogPage::estimator() const
{
    return m_estimator;
}

PageReadiness *CatalogPage::readiness() const
{
    return m_readiness;
}

ErrorBanner *CatalogPage::errorBanner() const
{
    return m_banner;
}

QListWidget *CatalogPage::offeringList() const
{
    return m_offerings;
}

QListWidget *CatalogPage::meterList() const
{
    return m_meters;
}

QComboBox *CatalogPage::filterCombo(const QString &dimension) const
{
    return m_filterCombos.value(dimension);
}

QTableView *CatalogPage::priceTable() const
{
    return m_priceTable;
}

QTableView *CatalogPage::estimateTable() const
{
    return m_estimateTable;
}

QDoubleSpinBox *CatalogPage::quantitySpin() const
{
    return m_quantity;
}

QSpinBox *CatalogPage::hoursSpin() const
{
    return m_hours;
}

QLabel *CatalogPage::totalLabel() const
{
    return m_totalLabel;
}
