#pragma once

#include "api/apierror.h"

#include <QObject>

#include <functional>

// The state every editor backend shares (Contacts, Tax, Payment methods, billing profile):
// whether the data is being read or has been read once, whether a change is on its way, and the
// failure waiting for retry(). The failure keeps the action that failed, with its arguments
// (which contact to delete, which card to make the default), so retry() repeats exactly that;
// each editor keeps its own Operation enum and typed failed(Operation, ApiError) signal.
class EditorBackend : public QObject
{
    Q_OBJECT

public:
    ~EditorBackend() override;

    bool isLoading() const;
    bool hasLoaded() const;
    bool isBusy() const;
    ApiError lastError() const;
    bool hasFailure() const;

    // Repeats the action that failed; nothing when nothing failed.
    void retry();
    // Reads the account's data again; never over a form with unsaved changes.
    virtual void refresh() = 0;
    // Checks and sends the form's changes. False when the form has errors (nothing was sent);
    // an editor without a form has nothing to save.
    virtual bool save();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void busyChanged(bool busy);
    void refreshed();
    // A failure now waits for retry(); the editor's typed failed() signal follows.
    void failureRecorded(const ApiError &error);
    // The previous failure no longer stands (a later attempt succeeded).
    void failureCleared();

protected:
    using RetryAction = std::function<void()>;

    explicit EditorBackend(QObject *parent = nullptr);

    // Whether a write that failed with `error` may still have been applied: its answer was lost
    // (timeout, connection dropped or cut short) or came and could not be read (a 2xx whose body
    // does not decode: the server did the work). A create that failed so is not sent again before
    // the data is read back; a refused redirect or an HTTP error status did nothing.
    static bool writeMayHaveHappened(const ApiError &error);

    // Only records: the editor emits its own typed failed() signal afterwards.
    void recordFailure(const ApiError &error, RetryAction retry);
    void clearFailure();
    void setLoading(bool loading);
    void setLoaded();
    // Busy is a write on its way (or the read before one): it ends when its answer came, done,
    // failed or lost.
    void setBusy(bool busy);
    // How many of those answers came: a refresh notes it when it sends its read.
    quint64 writesAnswered() const;
    // A read sent when writesAnswered() was `writesBefore` and answered after a write may hold
    // what the write changed: true, after refreshing again, when that is so, and the answer
    // must not be loaded into a form that was just saved.
    bool readAgainIfOutdated(quint64 writesBefore);

private:
    bool m_loading = false;
    bool m_loaded = false;
    bool m_busy = false;
    quint64 m_writesAnswered = 0;
    RetryAction m_retry;
    ApiError m_lastError;
};
