#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class AccountRegistry;
class PageReadiness;
class QLabel;
class QVBoxLayout;

// Where each shown account stands: one section per account, made by its provider's view
// (createOverviewSection in overviewsections.cpp). Follows which accounts are shown.
class OverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(AccountRegistry *accounts, QWidget *parent = nullptr);

    // The sections on screen, in the order of the shown accounts.
    QList<QWidget *> sections() const;
    PageReadiness *readiness() const;
    QString placeholderText() const;

private:
    void rebuild();
    void updateReadiness();

    AccountRegistry *m_accounts;
    PageReadiness *m_readiness;
    QVBoxLayout *m_sectionsLayout;
    QLabel *m_placeholder;
    QList<QPointer<QWidget>> m_sections;
};
