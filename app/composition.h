#pragma once

#include "domain/account.h"

#include <QDate>
#include <QObject>

#include <memory>

class ApiClient;
class DemoServer;
class QNetworkAccessManager;
class Repository;
class SkySqlBackend;

// The composition root: the one place that creates the network access manager, the accounts'
// clients and backends, and the repository the window or an export reads from.
class Composition final : public QObject
{
    Q_OBJECT

public:
    explicit Composition(QObject *parent = nullptr);
    ~Composition() override;

    // Starts the demo server on a free loopback port and adds its SkySQL account. An invalid
    // `referenceDate` means today. False, with a message for people, if it cannot listen.
    bool addDemoAccount(QString *errorMessage, const QDate &referenceDate = QDate());

    Repository *repository() const;
    QNetworkAccessManager *network() const;
    DemoServer *demoServer() const;

    // The account the demo server's data belongs to.
    static Account demoAccount(const DemoServer &server);

private:
    // Declared in the order they depend on each other; destroyed the other way round.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DemoServer> m_demoServer;
    std::unique_ptr<ApiClient> m_demoClient;
    std::unique_ptr<SkySqlBackend> m_demoBackend;
    std::unique_ptr<Repository> m_repository;
};
