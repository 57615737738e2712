#pragma once

#include "api/apierror.h"

#include <QObject>

// The state every editor controller shares (Contacts, Tax, Payment methods, Scalingo profile):
// whether the data is being read or has been read once, whether a change is on its way, and the
// failure waiting for retry(). Each editor keeps its own Operation enum and its typed
// failed(Operation, ApiError) signal; here the failed operation is that enum's value, with 0
// meaning None in every editor.
class EditorController : public QObject
{
    Q_OBJECT

public:
    ~EditorController() override;

    bool isLoading() const;
    bool hasLoaded() const;
    bool isBusy() const;
    ApiError lastError() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void busyChanged(bool busy);
    void refreshed();
    // The previous failure no longer stands (a later attempt succeeded).
    void failureCleared();

protected:
    static constexpr int NoOperation = 0;

    explicit EditorController(QObject *parent = nullptr);

    int failedOperationValue() const;
    // Only records: the editor emits its own typed failed() signal afterwards.
    void recordFailure(int operation, const ApiError &error);
    void clearFailure();
    void setLoading(bool loading);
    void setLoaded();
    void setBusy(bool busy);

private:
    bool m_loading = false;
    bool m_loaded = false;
    bool m_busy = false;
    int m_failedOperation = NoOperation;
    ApiError m_lastError;
};
