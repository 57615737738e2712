#include "forms/editorbackend.h"

EditorBackend::EditorBackend(QObject *parent)
    : QObject(parent)
{
}

EditorBackend::~EditorBackend() = default;

bool EditorBackend::isLoading() const
{
    return m_loading;
}

bool EditorBackend::hasLoaded() const
{
    return m_loaded;
}

bool EditorBackend::isBusy() const
{
    return m_busy;
}

ApiError EditorBackend::lastError() const
{
    return m_lastError;
}

bool EditorBackend::writeMayHaveHappened(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Decode:
        return true;
    case ApiError::Kind::Network:
        return error.cause() != ApiError::Cause::TooManyRedirects && error.cause() != ApiError::Cause::InsecureRedirect
            && error.cause() != ApiError::Cause::RedirectChangesMethod;
    default:
        return false;
    }
}

bool EditorBackend::save()
{
    return true;
}

bool EditorBackend::hasFailure() const
{
    return static_cast<bool>(m_retry);
}

void EditorBackend::retry()
{
    if (!m_retry)
        return;
    // A copy: the action may fail again and replace m_retry while it runs.
    const RetryAction action = m_retry;
    action();
}

void EditorBackend::recordFailure(const ApiError &error, RetryAction retry)
{
    Q_ASSERT(retry);
    m_retry = std::move(retry);
    m_lastError = error;
    Q_EMIT failureRecorded(error);
}

void EditorBackend::clearFailure()
{
    if (!m_retry)
        return;
    m_retry = nullptr;
    m_lastError = ApiError();
    Q_EMIT failureCleared();
}

void EditorBackend::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void EditorBackend::setLoaded()
{
    m_loaded = true;
}

void EditorBackend::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    if (!busy)
        ++m_writesAnswered;
    Q_EMIT busyChanged(busy);
}

quint64 EditorBackend::writesAnswered() const
{
    return m_writesAnswered;
}

bool EditorBackend::readAgainIfOutdated(quint64 writesBefore)
{
    if (writesBefore == m_writesAnswered)
        return false;
    refresh();
    return true;
}
