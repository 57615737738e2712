#pragma once

#include "demoserver.h"

#include <QDate>

#include <memory>

namespace TestSupport
{
// The demo backend as integration tests use it: on 127.0.0.1 with a port the OS picks, so test
// executables can run in parallel, and with its generated history ending at `referenceDate`
// (a null date keeps the server's default, today). Null when it could not start; the reason is
// in the test log, because a helper cannot fail the calling test itself.
std::unique_ptr<DemoServer> startDemoServer(const QDate &referenceDate = QDate());
} // namespace TestSupport
