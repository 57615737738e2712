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

int EditorController::failedOperationValue() const
{
    return m_failedOperation;
}

void EditorController::recordFailure(int operation, const ApiError &error)
{
    m_failedOperation = operation;
    m_lastError = error;
}

void EditorController::clearFailure()
{
    if (m_failedOperation == NoOperation)
        return;
    m_failedOperation = NoOperation;
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
