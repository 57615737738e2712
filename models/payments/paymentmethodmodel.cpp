#include "payments/paymentmethodmodel.h"

#include "format/displayformat.h"

#include <QLocale>

PaymentMethodModel::PaymentMethodModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PaymentMethodModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

int PaymentMethodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_methods.size());
}

int PaymentMethodModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CardExpiryState PaymentMethodModel::expiryState(const PaymentMethod &method) const
{
    if (!method.hasCard)
        return CardExpiryState::Unknown;
    return cardExpiryState(method.expiryMonth, method.expiryYear,
                           m_today.isValid() ? m_today : QDate::currentDate());
}

QString PaymentMethodModel::expiryWarning(const PaymentMethod &method) const
{
    switch (expiryState(method)) {
    case CardExpiryState::Expired:
        return tr("This card has expired: payments with it will fail.");
    case CardExpiryState::ExpiresSoon:
        return tr("This card expires on %1: add a new one before then.")
            .arg(DisplayFormat().longDate(cardLastValidDay(method.expiryMonth, method.expiryYear)));
    case CardExpiryState::Unknown:
    case CardExpiryState::Valid:
        break;
    }
    return QString();
}

static QString brandName(const PaymentMethod &method)
{
    if (!method.hasCard) {
        if (method.type == QLatin1String("sepa_debit"))
            return PaymentMethodModel::tr("SEPA direct debit");
        return method.type;
    }
    const QString brand = method.cardBrand.toLower();
    if (brand == QLatin1String("visa"))
        return QStringLiteral("Visa");
    if (brand == QLatin1String("mastercard"))
        return QStringLiteral("Mastercard");
    if (brand == QLatin1String("amex"))
        return QStringLiteral("American Express");
    return brand.isEmpty() ? PaymentMethodModel::tr("Card") : QString(brand.at(0).toUpper() + brand.mid(1));
}

QVariant PaymentMethodModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentMethod &method = m_methods.at(index.row());
    switch (role) {
    case PaymentMethodIdRole:
        return method.id;
    case IsDefaultRole:
        return method.isDefault;
    case ExpiryStateRole:
        return static_cast<int>(expiryState(method));
    case ExpiryWarningRole:
        return expiryWarning(method);
    case Qt::ToolTipRole:
        return index.column() == ExpiryColumn ? QVariant(expiryWarning(method)) : QVariant();
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case MethodColumn:
        return raw ? method.cardBrand : brandName(method);
    case NumberColumn:
        return raw ? method.maskedCardNumber : DisplayFormat::cardNumber(QString(), method.maskedCardNumber);
    case ExpiryColumn:
        if (raw)
            return method.expiryYear * 100 + method.expiryMonth;
        if (method.expiryMonth <= 0 || method.expiryYear <= 0)
            return QString();
        return QStringLiteral("%1/%2").arg(method.expiryMonth, 2, 10, QLatin1Char('0')).arg(method.expiryYear);
    case HolderColumn:
        if (raw || method.country.isEmpty())
            return method.holderName;
        return QStringLiteral("%1 (%2)").arg(method.holderName, method.country);
    case DefaultColumn:
        if (raw)
            return method.isDefault;
        return method.isDefault ? tr("Default") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentMethodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case MethodColumn: return tr("Method");
    case NumberColumn: return tr("Number");
    case ExpiryColumn: return tr("Expires");
    case HolderColumn: return tr("Holder");
    case DefaultColumn: return tr("Default");
    case ColumnCount: break;
    }
    return {};
}

void PaymentMethodModel::setPaymentMethods(const QList<PaymentMethod> &methods)
{
    beginResetModel();
    m_methods = methods;
    endResetModel();
}

QList<PaymentMethod> PaymentMethodModel::paymentMethods() const
{
    return m_methods;
}

PaymentMethod PaymentMethodModel::paymentMethodAt(int row) const
{
    return m_methods.value(row);
}

int PaymentMethodModel::rowOf(const QString &paymentMethodId) const
{
    for (int row = 0; row < m_methods.size(); ++row) {
        if (m_methods.at(row).id == paymentMethodId)
            return row;
    }
    return -1;
}
