#include "widgets/pagereadiness.h"

PageReadiness::PageReadiness(const QString &pageKey, QObject *parent)
    : QObject(parent)
    , m_pageKey(pageKey)
{
}

QString PageReadiness::pageKey() const
{
    return m_pageKey;
}

bool PageReadiness::isReady() const
{
    return m_ready;
}

QString PageReadiness::failureMessage() const
{
    return m_failureMessage;
}

void PageReadiness::setLoading()
{
    update(false, QString());
}

void PageReadiness::setReady()
{
    update(true, QString());
}

void PageReadiness::setFailed(const QString &message)
{
    update(true, message);
}

void PageReadiness::update(bool ready, const QString &failure)
{
    m_failureMessage = failure;
    if (m_ready == ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged(ready);
}
