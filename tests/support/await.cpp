#include "support/await.h"

namespace TestSupport
{
bool waitForSignal(QSignalSpy &spy, int timeoutMs)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}
} // namespace TestSupport
