#include "contacts/contactlistmodel.h"

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_contacts.at(index.row());
    if (role == ContactIdRole)
        return contact.id;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return contact.fullName();
    case TypeColumn:
        // The API's types in the reader's words; an unknown one as the API spells it.
        if (role == Qt::DisplayRole && contact.type == QLatin1String("billing"))
            return tr("Billing");
        if (role == Qt::DisplayRole && contact.type == QLatin1String("technical"))
            return tr("Technical");
        if (role == Qt::DisplayRole && contact.type == QLatin1String("primary"))
            return tr("Primary");
        if (role == Qt::DisplayRole && !contact.type.isEmpty())
            return QString(contact.type.at(0).toUpper() + contact.type.mid(1));
        return contact.type;
    case EmailColumn:
        return contact.email;
    case PhoneColumn:
        return contact.phone;
    case CountryColumn:
        return contact.address.country;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case CountryColumn: return tr("Country");
    case ColumnCount: break;
    }
    return {};
}

void ContactListModel::setContacts(const QList<Contact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

QList<Contact> ContactListModel::contacts() const
{
    return m_contacts;
}

Contact ContactListModel::contactAt(int row) const
{
    return m_contacts.value(row);
}

int ContactListModel::rowOf(const QString &contactId) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == contactId)
            return row;
    }
    return -1;
}
