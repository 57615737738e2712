#include "invoices/invoiceitems.h"

#include <algorithm>

namespace InvoiceItems
{
QList<InvoiceLine> besideServices(const Invoice &invoice)
{
    QList<InvoiceLine> beside;
    for (const InvoiceLine &line : invoice.lines) {
        const QString label = line.description.trimmed();
        const bool subtotal = std::any_of(invoice.services.cbegin(), invoice.services.cend(),
                                          [&label, &line](const InvoiceService &service) {
                                              const QString name = service.name.isEmpty() ? service.serviceId : service.name;
                                              if (name.isEmpty() || service.cost != line.cost)
                                                  return false;
                                              return label == name || label.endsWith(QLatin1Char(' ') + name);
                                          });
        if (!subtotal)
            beside.append(line);
    }
    return beside;
}
}
