#pragma once

#include <QObject>
#include <QString>

// Whether a page (or a section of one) that loads its own data has it on screen yet. A page
// that loads data creates one as a direct child, named by its page key; `billdeck --screenshot
// --page KEY` waits for it. Sections of a page may own one each; the page gathers them.
class PageReadiness final : public QObject
{
    Q_OBJECT

public:
    // `pageKey` is the key given to MainWindow::addPage(); empty for a section.
    explicit PageReadiness(const QString &pageKey, QObject *parent);

    QString pageKey() const;
    bool isReady() const;
    // Set when loading finished with failures; the page shows them in its banner.
    QString failureMessage() const;

    void setLoading();
    void setReady();
    void setFailed(const QString &message);

Q_SIGNALS:
    void readyChanged(bool ready);

private:
    void update(bool ready, const QString &failure);

    QString m_pageKey;
    bool m_ready = false;
    QString m_failureMessage;
};
