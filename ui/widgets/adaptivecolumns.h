#pragma once

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QAbstractItemView;
class QHeaderView;
class QMenu;
class QWidget;

// A table's columns in a narrow window: the least useful ones are hidden first (the drop
// order), so the ones that matter (an amount, a status) never scroll out of view, and the
// header's context menu lets the user hide or show any droppable column; that choice is kept in
// the settings under `settingsKey`. Columns outside the drop order always stay.
class AdaptiveColumns final : public QObject
{
    Q_OBJECT

public:
    AdaptiveColumns(QAbstractItemView *view, QHeaderView *header, const QString &settingsKey, QObject *parent);

    // The columns the view may hide, the least useful first.
    void setDropOrder(const QList<int> &columns);
    // A column with nothing to show (VAT where no invoice states it) is hidden at any width.
    void setApplicable(int column, bool applicable);
    // Widths each column's content and title need (plus `padding`), from the view's data.
    // Applies them too unless `apply` is false (widths the user set in an earlier run).
    void measure(int padding, bool apply = true);
    // Measures again (without applying) whenever the view's model changes, and refits: for
    // columns the header sizes to their contents. Call again after the view gets a new model.
    void followModel(int padding);
    // At most `width` for a column that shows long text (a charge name), which elides beyond it.
    void capNeededWidth(int column, int width);
    // The width a column needs, as last measured.
    int neededWidth(int column) const;
    // Hides droppable columns, least useful first, until the rest need at most `width`
    // (the view's viewport); the width the shown columns need.
    int fit(int width);
    // Fits the view's current viewport, as a resize does.
    void refit();

    bool isDropped(int column) const;
    bool isHiddenByUser(int column) const;
    void setHiddenByUser(int column, bool hidden);
    // The header's context menu: a check box per droppable column.
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    // Columns were hidden or shown.
    void columnsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The widest cell of `column`, as the view's delegate sizes it.
    int contentWidth(int column) const;
    void apply();
    int shownWidth() const;
    bool wanted(int column) const;

    QAbstractItemView *m_view;
    // The view's viewport, which this watches for resizes.
    QWidget *m_viewport;
    QHeaderView *m_header;
    QString m_settingsKey;
    QList<int> m_dropOrder;
    QSet<int> m_notApplicable;
    QSet<int> m_hiddenByUser;
    QSet<int> m_dropped;
    QHash<int, int> m_widths;
    QHash<int, int> m_caps;
    QMetaObject::Connection m_modelConnections[5];
    bool m_remeasurePending = false;
    int m_lastFitWidth = -1;
};
