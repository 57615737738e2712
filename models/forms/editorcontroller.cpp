#include "forms/editorcontroller.h"

EditorController::EditorController(QObject *parent)
    : QObject(parent)
{
}

EditorController::~EditorController() = default;

bool EditorController::isLoading() const
{
    return m_loading;
}

bool EditorController::hasLoaded() const
{
    return m_loaded;
}

bool EditorController::isBusy() const
{
    return m_busy;
}

ApiError EditorController::lastError() const
{
    return m_lastError;
}

bool EditorController::save()
{
    return true;
}

bool EditorController::hasFailure() const
{
    return static_cast<bool>(m_retry);
}

void EditorController::retry()
{
    if (!m_retry)
        return;
    // A copy: the action may fail again and replace m_retry while it runs.
    const RetryAction action = m_retry;
    action();
}

void EditorController::recordFailure(const ApiError &error, RetryAction retry)
{
    Q_ASSERT(retry);
    m_retry = std::move(retry);
    m_lastError = error;
    Q_EMIT failureRecorded(error);
}

void EditorController::clearFailure()
{
    if (!m_retry)
        return;
    m_retry = nullptr;
    m_lastError = ApiError();
    Q_EMIT failureCleared();
}

void EditorController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void EditorController::setLoaded()
{
    m_loaded = true;
}

void EditorController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
