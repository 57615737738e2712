#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QSignalSpy>

#include <utility>

namespace TestSupport
{
// What a command-line command wrote and the exit code it finished with (-1: it never finished
// from the event loop within the timeout).
struct CommandRun final {
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

// Builds `Command(args..., &output, &errors)`, starts it and waits for its finished(int exitCode),
// as main() runs `billdeck export` and `billdeck accounts`. finished() must come from the event
// loop, never from inside start(): a command that finishes synchronously keeps exitCode -1.
template<typename Command, typename... Args>
CommandRun runCommand(int timeoutMs, Args &&...args)
{
    CommandRun run;
    QBuffer output(&run.output);
    QBuffer errors(&run.errors);
    output.open(QIODevice::WriteOnly);
    errors.open(QIODevice::WriteOnly);
    Command command(std::forward<Args>(args)..., &output, &errors);
    QSignalSpy finished(&command, &Command::finished);
    command.start();
    if (finished.isEmpty() && finished.wait(timeoutMs))
        run.exitCode = finished.first().first().toInt();
    return run;
}
} // namespace TestSupport
