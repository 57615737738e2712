#include "widgets/adaptivecolumns.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

#include <algorithm>

AdaptiveColumns::AdaptiveColumns(QAbstractItemView *view, QHeaderView *header, const QString &settingsKey,
                                 QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_header(header)
    , m_settingsKey(settingsKey)
{
    const QStringList hidden = QSettings().value(m_settingsKey).toStringList();
    for (const QString &column : hidden)
        m_hiddenByUser.insert(column.toInt());
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createMenu(m_header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->mapToGlobal(position));
    });
    m_viewport->installEventFilter(this);
}

void AdaptiveColumns::setDropOrder(const QList<int> &columns)
{
    m_dropOrder = columns;
    apply();
}

void AdaptiveColumns::setApplicable(int column, bool applicable)
{
    if (applicable == !m_notApplicable.contains(column))
        return;
    if (applicable)
        m_notApplicable.remove(column);
    else
        m_notApplicable.insert(column);
    refit();
}

void AdaptiveColumns::measure(int padding, bool apply)
{
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    // The last section may be stretched to fill the view: its size says nothing of its need.
    int lastShown = -1;
    for (int visual = m_header->count() - 1; visual >= 0 && lastShown < 0; --visual) {
        if (!m_header->isSectionHidden(m_header->logicalIndex(visual)))
            lastShown = m_header->logicalIndex(visual);
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        int width = std::max(contentWidth(column), m_header->sectionSizeHint(column)) + padding;
        const bool interactive = m_header->sectionResizeMode(column) == QHeaderView::Interactive;
        // A width set before (by the user, or the header's default) is what the column takes.
        if (!apply && interactive && !(m_header->stretchLastSection() && column == lastShown))
            width = std::max(width, m_header->sectionSize(column));
        m_widths.insert(column, width);
        if (apply && interactive)
            m_header->resizeSection(column, width);
    }
}

int AdaptiveColumns::contentWidth(int column) const
{
    QAbstractItemModel *model = m_view->model();
    const int rows = model->rowCount(m_view->rootIndex());
    // Qt measures up to a thousand rows a column, each through the delegate: at a start with
    // thousands of invoices that was most of the time the table took to appear. The widest
    // cells are among the longest texts; only those, and the rows in view, go through it.
    constexpr int MeasuredAll = 100;
    constexpr int Longest = 12;
    if (rows <= MeasuredAll)
        return m_view->sizeHintForColumn(column);
    QList<std::pair<qsizetype, int>> longest;  // (length, row), the longest first
    longest.reserve(Longest + 1);
    // Past a few thousand rows, an even sample of them: a search over every row of a 100k-row
    // table would cost what it saves.
    constexpr int Scanned = 4000;
    const int step = std::max(1, rows / Scanned);
    for (int row = 0; row < rows; row += step) {
        const qsizetype length = model->index(row, column, m_view->rootIndex()).data().toString().size();
        if (longest.size() == Longest && length <= longest.last().first)
            continue;
        const auto at = std::upper_bound(longest.begin(), longest.end(), length,
                                         [](qsizetype value, const std::pair<qsizetype, int> &entry) {
                                             return value > entry.first;
                                         });
        longest.insert(at, {length, row});
        if (longest.size() > Longest)
            longest.removeLast();
    }
    int width = 0;
    const auto measureRow = [&](int row) {
        width = std::max(width, m_view->sizeHintForIndex(model->index(row, column, m_view->rootIndex())).width());
    };
    for (const auto &entry : std::as_const(longest))
        measureRow(entry.second);
    const int firstShown = std::max(0, m_view->indexAt(QPoint(0, 0)).row());
    for (int row = firstShown; row < std::min(rows, firstShown + MeasuredAll / 2); ++row)
        measureRow(row);
    return width;
}

void AdaptiveColumns::followModel(int padding)
{
    for (QMetaObject::Connection &connection : m_modelConnections)
        disconnect(connection);
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    // Several changes in a row are measured once, when the event loop is back.
    const auto remeasure = [this, padding] {
        if (m_remeasurePending)
            return;
        m_remeasurePending = true;
        QTimer::singleShot(0, this, [this, padding] {
            m_remeasurePending = false;
            measure(padding, false);
            refit();
        });
    };
    m_modelConnections[0] = connect(model, &QAbstractItemModel::modelReset, this, remeasure);
    m_modelConnections[1] = connect(model, &QAbstractItemModel::rowsInserted, this, remeasure);
    m_modelConnections[2] = connect(model, &QAbstractItemModel::rowsRemoved, this, remeasure);
    m_modelConnections[3] = connect(model, &QAbstractItemModel::dataChanged, this, remeasure);
    m_modelConnections[4] = connect(model, &QAbstractItemModel::layoutChanged, this, remeasure);
    measure(padding, false);
    refit();
}

void AdaptiveColumns::capNeededWidth(int column, int width)
{
    m_caps.insert(column, width);
}

int AdaptiveColumns::neededWidth(int column) const
{
    const int width = m_widths.value(column, m_header->defaultSectionSize());
    return std::min(width, m_caps.value(column, width));
}

bool AdaptiveColumns::wanted(int column) const
{
    return !m_notApplicable.contains(column) && !m_hiddenByUser.contains(column);
}

int AdaptiveColumns::shownWidth() const
{
    int width = 0;
    for (int column = 0; column < m_header->count(); ++column) {
        if (wanted(column) && !m_dropped.contains(column))
            width += neededWidth(column);
    }
    return width;
}

int AdaptiveColumns::fit(int width)
{
    m_lastFitWidth = width;
    m_dropped.clear();
    for (int column : std::as_const(m_dropOrder)) {
        if (shownWidth() <= width)
            break;
        if (wanted(column))
            m_dropped.insert(column);
    }
    apply();
    return shownWidth();
}

void AdaptiveColumns::refit()
{
    fit(m_view->viewport()->width());
}

void AdaptiveColumns::apply()
{
    bool changed = false;
    for (int column = 0; column < m_header->count(); ++column) {
        const bool hidden = !wanted(column) || m_dropped.contains(column);
        if (m_header->isSectionHidden(column) != hidden) {
            m_header->setSectionHidden(column, hidden);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT columnsChanged();
}

bool AdaptiveColumns::isDropped(int column) const
{
    return m_dropped.contains(column);
}

bool AdaptiveColumns::isHiddenByUser(int column) const
{
    return m_hiddenByUser.contains(column);
}

void AdaptiveColumns::setHiddenByUser(int column, bool hidden)
{
    if (!m_dropOrder.contains(column) || hidden == m_hiddenByUser.contains(column))
        return;
    if (hidden)
        m_hiddenByUser.insert(column);
    else
        m_hiddenByUser.remove(column);
    QStringList saved;
    for (int each : std::as_const(m_hiddenByUser))
        saved << QString::number(each);
    std::sort(saved.begin(), saved.end());
    QSettings().setValue(m_settingsKey, saved);
    refit();
}

QMenu *AdaptiveColumns::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    QAbstractItemModel *model = m_view->model();
    for (int column = 0; column < m_header->count(); ++column) {
        if (m_notApplicable.contains(column))
            continue;
        const QString title = model ? model->headerData(column, Qt::Horizontal).toString() : QString::number(column);
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setData(column);
        // What must stay (an amount, a status) cannot be hidden.
        action->setEnabled(m_dropOrder.contains(column));
        if (m_dropped.contains(column))
            action->setToolTip(tr("Hidden while the window is too narrow"));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setHiddenByUser(column, !shown); });
    }
    return menu;
}

bool AdaptiveColumns::eventFilter(QObject *watched, QEvent *event)
{
    // The page may size the view itself (fit() before a split); a plain resize refits. Nothing
    // here calls the view before knowing it is a resize of its viewport: the viewport still gets
    // events while the view is being destroyed (it is hidden and deleted as the view's child),
    // and by then the view is no longer a QAbstractItemView.
    if (event->type() == QEvent::Resize && watched == m_viewport
        && static_cast<QResizeEvent *>(event)->size().width() != m_lastFitWidth)
        refit();
    return QObject::eventFilter(watched, event);
}
