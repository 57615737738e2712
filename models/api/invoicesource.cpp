#include "invoicesource.h"

InvoiceSource::~InvoiceSource() = default;
