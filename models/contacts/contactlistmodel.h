#pragma once

#include "domain/contact.h"

#include <QAbstractTableModel>
#include <QList>

// The organization's contacts, one row each.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, EmailColumn, PhoneColumn, CountryColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ContactIdRole };

    explicit ContactListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContacts(const QList<Contact> &contacts);
    QList<Contact> contacts() const;
    Contact contactAt(int row) const;
    // -1 when not listed.
    int rowOf(const QString &contactId) const;

private:
    QList<Contact> m_contacts;
};
