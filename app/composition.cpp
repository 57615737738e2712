#include "composition.h"

#include "api/apiclient.h"
#include "api/skysql/skysqlbackend.h"
#include "api/skysql/skysqlrequests.h"
#include "demoserver.h"
#include "repository.h"

#include <QNetworkAccessManager>

Composition::Composition(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_repository(std::make_unique<Repository>())
{
}

Composition::~Composition() = default;

bool Composition::addDemoAccount(QString *errorMessage, const QDate &referenceDate)
{
    if (m_demoServer)
        return true;
    auto server = std::make_unique<DemoServer>();
    if (referenceDate.isValid())
        server->setReferenceDate(referenceDate);
    if (!server->listen(0)) {
        *errorMessage = tr("The demo server could not start: %1").arg(server->errorString());
        return false;
    }
    const Account account = demoAccount(*server);
    m_demoClient = std::make_unique<ApiClient>(
        m_network.get(), server->baseUrl(),
        std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(server->skySqlApiKey(), server->organizationId())));
    m_demoBackend = std::make_unique<SkySqlBackend>(m_demoClient.get());
    m_demoServer = std::move(server);
    m_repository->addAccount(account, m_demoBackend.get());
    return true;
}

Account Composition::demoAccount(const DemoServer &server)
{
    Account account;
    account.id = QStringLiteral("demo");
    account.displayName = tr("Demo SkySQL");
    account.provider = Provider::SkySql;
    account.apiUrl = server.baseUrl();
    account.organizationId = server.organizationId();
    account.isDemo = true;
    return account;
}

Repository *Composition::repository() const
{
    return m_repository.get();
}

QNetworkAccessManager *Composition::network() const
{
    return m_network.get();
}

DemoServer *Composition::demoServer() const
{
    return m_demoServer.get();
}
