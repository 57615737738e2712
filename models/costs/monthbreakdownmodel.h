#pragma once

#include "money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class InvoiceRepository;

// One month's bill, broken down by service: the table and the donut below the chart.
class MonthBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, AccountColumn, AmountColumn, ShareColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,  // qint64 minor units (Amount), per mille (Share)
        ChartValueRole,                    // double in major units, for drawing only
    };

    explicit MonthBreakdownModel(InvoiceRepository *repository, QObject *parent = nullptr);

    void setMonth(const QDate &month, const QString &currency);
    QDate month() const;
    QString currency() const;
    Money total() const;
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    struct Row {
        QString service;
        QString accountId;
        QString accountName;
        qint64 minorUnits = 0;
    };

    InvoiceRepository *m_repository;
    QDate m_month;
    QString m_currency;
    QLocale m_locale;
    QList<Row> m_rows;
    qint64 m_total = 0;
};
