#include "api/invoicesource.h"

InvoiceSource::~InvoiceSource() = default;
