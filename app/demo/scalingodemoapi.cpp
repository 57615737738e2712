#include "scalingodemoapi.h"

#include "minipdf.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The page a list request asks for, read the way the provider's Rails/Kaminari stack does:
// a missing or unreadable page is page 1, a missing, unreadable or non-positive per_page is
// the default, and per_page above the maximum is clamped rather than refused.
struct PageRequest final
{
    int page = 1;
    int perPage = ScalingoDemoApi::DefaultPerPage;
};

PageRequest pageRequest(const DemoRouteContext &context)
{
    PageRequest request;
    bool ok = false;
    const int page = context.queryValue(QStringLiteral("page")).toInt(&ok);
    if (ok && page > 0)
        request.page = page;
    const int perPage = context.queryValue(QStringLiteral("per_page")).toInt(&ok);
    if (ok && perPage > 0)
        request.perPage = std::min(perPage, int(ScalingoDemoApi::MaxPerPage));
    return request;
}

// meta.pagination; the billing operations example spells the previous page
// "previous_page", the rest of the API "prev_page": each list keeps its own spelling.
QJsonObject paginationMeta(const PageRequest &request, qsizetype totalCount,
                           const QString &previousKey)
{
    const int totalPages = int((totalCount + request.perPage - 1) / request.perPage);
    const bool outOfRange = request.page > totalPages;
    const QJsonValue next = request.page < totalPages ? QJsonValue(request.page + 1)
                                                      : QJsonValue(QJsonValue::Null);
    const QJsonValue previous = request.page > 1 && !outOfRange ? QJsonValue(request.page - 1)
                                                                : QJsonValue(QJsonValue::Null);
    const QJsonObject pagination {
        {QStringLiteral("current_page"), request.page},
        {QStringLiteral("next_page"), next},
        {previousKey, previous},
        {QStringLiteral("total_pages"), totalPages},
        {QStringLiteral("total_count"), double(totalCount)},
    };
    return QJsonObject {{QStringLiteral("pagination"), pagination}};
}

template<typename T, typename ToJson>
QJsonObject pagedList(const QList<T> &all, const PageRequest &request, const QString &rootKey,
                      const QString &previousKey, ToJson toJson)
{
    QJsonArray page;
    const qsizetype first = qsizetype(request.page - 1) * request.perPage;
    for (qsizetype i = first; i < all.size() && i < first + request.perPage; ++i)
        page.append(toJson(all.at(i)));
    return QJsonObject {
        {rootKey, page},
        {QStringLiteral("meta"), paginationMeta(request, all.size(), previousKey)},
    };
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

// Comparing signatures in time independent of where they first differ, as a real server
// must (the demo does it properly since clients may copy its behaviour).
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char(a.at(i) ^ b.at(i));
    return difference == 0;
}

// The password of an HTTP Basic Authorization header; nullopt when there is none.
std::optional<QByteArray> basicPassword(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return std::nullopt;
    const auto credentials = QByteArray::fromBase64Encoding(
        authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!credentials || !credentials.decoded.contains(':'))
        return std::nullopt;
    return credentials.decoded.mid(credentials.decoded.indexOf(':') + 1);
}

double centsToJson(qint64 cents)
{
    return double(cents) / 100.0;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// "1,234.56 EUR", for the PDF only (the JSON carries integer cents).
QString formatEur(qint64 cents)
{
    const qint64 absolute = qAbs(cents);
    return QStringLiteral("%1%2.%3 EUR")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(QLocale(QLocale::English, QLocale::UnitedStates).toString(absolute / 100))
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QString formatDuration(qint64 seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    return QStringLiteral("%1 min").arg((seconds + 59) / 60);
}

}  // namespace

ScalingoDemoApi::ScalingoDemoApi()
    : m_apiToken(QStringLiteral("tk-us-demo-billdeck"))
{
    // A fresh JWT secret per server: bearer tokens from another run are rejected, like
    // tokens signed by someone else.
    m_jwtSecret.resize(32);
    QRandomGenerator::system()->generate(m_jwtSecret.begin(), m_jwtSecret.end());
    // The storage signing key is fixed so PDF URLs are the same across runs (reproducible
    // JSON for the same reference date); the signature is still checked.
    m_storageKey = QByteArrayLiteral("billdeck-demo-scalingo-invoice-storage");
    m_clock.start();
}

void ScalingoDemoApi::setApiToken(const QString &token)
{
    m_apiToken = token;
}

QString ScalingoDemoApi::apiToken() const
{
    return m_apiToken;
}

void ScalingoDemoApi::setTokenLifetime(int seconds)
{
    m_tokenLifetime = seconds;
}

int ScalingoDemoApi::tokenLifetime() const
{
    return m_tokenLifetime;
}

void ScalingoDemoApi::setRateLimitEnabled(bool enabled)
{
    m_rateLimitEnabled = enabled;
    m_requestTimes.clear();
}

bool ScalingoDemoApi::isRateLimitEnabled() const
{
    return m_rateLimitEnabled;
}

void ScalingoDemoApi::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ScalingoDemoApi::generate(const QDate &referenceDate)
{
    m_data.generate(referenceDate);
    m_profile = m_data.initialBillingProfile();
}

void ScalingoDemoApi::clearBillingProfile()
{
    m_profile.reset();
}

void ScalingoDemoApi::setInvoiceCount(int count)
{
    m_data.setInvoiceCount(count);
}

void ScalingoDemoApi::setOperationCount(int count)
{
    m_data.setOperationCount(count);
}

QStringList ScalingoDemoApi::addBillingOperations(int count)
{
    return m_data.addOperations(count);
}

QString ScalingoDemoApi::issueNextMonth()
{
    return m_data.issueNextMonth();
}

const ScalingoDemoData &ScalingoDemoApi::data() const
{
    return m_data;
}

void ScalingoDemoApi::registerRoutes(DemoRouter &router)
{
    using Method = QHttpServerRequest::Method;
    // Auth service
    router.addRoute(Method::Post, QStringLiteral("/v1/tokens/exchange"),
                    guarded(&ScalingoDemoApi::exchangeToken, Auth::None));
    // Regional API
    router.addRoute(Method::Get, QStringLiteral("/v1/account/billing/operations"),
                    guarded(&ScalingoDemoApi::listBillingOperations, Auth::Bearer));
    router.addRoute(Method::Get, QStringLiteral("/v1/account/billing/profile"),
                    guarded(&ScalingoDemoApi::getAccountBillingProfile, Auth::Bearer));
    router.addRoute(Method::Get, QStringLiteral("/v1/account/invoices"),
                    guarded(&ScalingoDemoApi::listInvoices, Auth::Bearer));
    router.addRoute(Method::Get, QStringLiteral("/v1/account/invoices/{}"),
                    guarded(&ScalingoDemoApi::getInvoice, Auth::Bearer));
    router.addRoute(Method::Get, QStringLiteral("/v1/account/invoices/{}/download"),
                    guarded(&ScalingoDemoApi::downloadInvoice, Auth::Bearer));
    // Billing host (Scalingo's JavaScript client: Billing.profile/createProfile/updateProfile)
    router.addRoute(Method::Get, QStringLiteral("/profile"),
                    guarded(&ScalingoDemoApi::getBillingHostProfile, Auth::Bearer));
    router.addRoute(Method::Post, QStringLiteral("/profiles"),
                    guarded(&ScalingoDemoApi::createBillingProfile, Auth::Bearer));
    router.addRoute(Method::Put, QStringLiteral("/profiles/{}"),
                    guarded(&ScalingoDemoApi::updateBillingProfile, Auth::Bearer));
    // Invoice storage: a signed URL, like a storage bucket's, so no bearer token and no
    // API rate limit.
    router.addRoute(Method::Get, QStringLiteral("/demo/scalingo/invoices/{}"),
                    [this](const DemoRouteContext &context) { return getInvoicePdf(context); });
}

bool ScalingoDemoApi::ownsPath(const QString &path)
{
    return path.startsWith(u"/v1/") || path == u"/profile" || path == u"/profiles"
        || path.startsWith(u"/profiles/") || path.startsWith(u"/demo/scalingo/");
}

DemoResponse ScalingoDemoApi::errorResponse(int status, const QString &message,
                                            const QString &resource)
{
    QJsonObject body {{QStringLiteral("error"), message}};
    if (status == 404 && !resource.isEmpty())
        body.insert(QStringLiteral("resource"), resource);
    return DemoResponse::json(QJsonDocument(body), status);
}

DemoRouter::Handler ScalingoDemoApi::guarded(Endpoint endpoint, Auth auth)
{
    return [this, endpoint, auth](const DemoRouteContext &context) {
        // Throttling runs before authentication, as the provider's middleware does: failed
        // logins count too.
        if (std::optional<DemoResponse> rejection = rateLimited(context))
            return *rejection;
        if (auth == Auth::Bearer) {
            const BearerCheck check = checkBearer(context);
            if (check.userId.isEmpty())
                return errorResponse(401, check.error);
        }
        return (this->*endpoint)(context);
    };
}

std::optional<DemoResponse> ScalingoDemoApi::rateLimited(const DemoRouteContext &context)
{
    if (!m_rateLimitEnabled)
        return std::nullopt;

    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &times = m_requestTimes[rateLimitKey(context)];
    while (!times.empty() && now - times.front() >= RateLimitWindowMs)
        times.pop_front();
    if (times.size() >= std::size_t(RateLimitRequests)) {
        // Refused requests are not counted: a client that backs off gets through once the
        // oldest accepted request leaves the window.
        return DemoResponse::bytes(QByteArrayLiteral("Retry later\n"), "text/plain", 429);
    }
    times.push_back(now);
    return std::nullopt;
}

QString ScalingoDemoApi::rateLimitKey(const DemoRouteContext &context) const
{
    // Per user when the request proves who it is (a valid bearer token or the API token),
    // per client address otherwise.
    const QByteArray authorization = context.header("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const BearerCheck check = checkBearer(context);
        if (!check.userId.isEmpty())
            return QStringLiteral("user:") + check.userId;
    } else if (const auto password = basicPassword(authorization)) {
        if (sameBytes(*password, m_apiToken.toUtf8()))
            return QStringLiteral("user:") + m_data.userId();
    }
    return QStringLiteral("ip:") + context.request.remoteAddress().toString();
}

ScalingoDemoApi::BearerCheck ScalingoDemoApi::checkBearer(const DemoRouteContext &context) const
{
    const QByteArray authorization = context.header("Authorization");
    if (authorization.isEmpty())
        return {QString(), QStringLiteral("no authorization header, a bearer token is required")};
    if (!authorization.startsWith("Bearer "))
        return {QString(), QStringLiteral("invalid authorization scheme, expected Bearer")};

    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    const QString invalid = QStringLiteral("invalid token");
    if (parts.size() != 3)
        return {QString(), invalid};

    const QByteArray expected = base64Url(QMessageAuthenticationCode::hash(
        parts.at(0) + '.' + parts.at(1), m_jwtSecret, QCryptographicHash::Sha256));
    if (!sameBytes(expected, parts.at(2)))
        return {QString(), invalid};

    const auto header = fromBase64Url(parts.at(0));
    const auto payload = fromBase64Url(parts.at(1));
    if (!header || !payload)
        return {QString(), invalid};
    const QJsonObject headerJson = QJsonDocument::fromJson(*header).object();
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    if (headerJson.value(QStringLiteral("alg")).toString() != u"HS256")
        return {QString(), invalid};

    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return {QString(), invalid};
    if (qint64(exp.toDouble()) <= QDateTime::currentSecsSinceEpoch())
        return {QString(), QStringLiteral("token expired")};

    const QString userId = claims.value(QStringLiteral("uid")).toString();
    if (userId != m_data.userId())
        return {QString(), invalid};
    return {userId, QString()};
}

QString ScalingoDemoApi::issueToken()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header {
        {QStringLiteral("alg"), QStringLiteral("HS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
    };
    const QJsonObject claims {
        {QStringLiteral("exp"), double(now + m_tokenLifetime)},
        {QStringLiteral("iat"), double(now)},
        {QStringLiteral("iss"), m_baseUrl.toString(QUrl::StripTrailingSlash)},
        {QStringLiteral("jti"), QStringLiteral("%1-%2").arg(now).arg(++m_tokenSerial)},
        {QStringLiteral("sub"), m_data.userId()},
        {QStringLiteral("uid"), m_data.userId()},
    };
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = base64Url(
        QMessageAuthenticationCode::hash(signingInput, m_jwtSecret, QCryptographicHash::Sha256));
    return QString::fromLatin1(signingInput + '.' + signature);
}

DemoResponse ScalingoDemoApi::exchangeToken(const DemoRouteContext &context)
{
    const std::optional<QByteArray> password = basicPassword(context.header("Authorization"));
    if (!password)
        return errorResponse(401, QStringLiteral("no credentials, send the API token as the "
                                                 "password of HTTP basic authentication"));
    if (password->isEmpty() || !sameBytes(*password, m_apiToken.toUtf8()))
        return errorResponse(401, QStringLiteral("invalid API token"));
    return DemoResponse::json(QJsonDocument(QJsonObject {{QStringLiteral("token"), issueToken()}}));
}

DemoResponse ScalingoDemoApi::listBillingOperations(const DemoRouteContext &context)
{
    const QJsonObject body = pagedList(
        m_data.billingOperations(), pageRequest(context), QStringLiteral("billing-operations"),
        QStringLiteral("previous_page"),
        [this](const ScalingoDemoBillingOperation &operation) {
            return billingOperationJson(operation);
        });
    return DemoResponse::json(QJsonDocument(body));
}

DemoResponse ScalingoDemoApi::getAccountBillingProfile(const DemoRouteContext &)
{
    if (!m_profile)
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("billing_profile"));
    return DemoResponse::json(
        QJsonDocument(QJsonObject {{QStringLiteral("billing_profile"), profileJson(false)}}));
}

DemoResponse ScalingoDemoApi::listInvoices(const DemoRouteContext &context)
{
    const QJsonObject body = pagedList(
        m_data.invoices(), pageRequest(context), QStringLiteral("invoices"),
        QStringLiteral("prev_page"),
        [this](const ScalingoDemoInvoice &invoice) { return invoiceJson(invoice); });
    return DemoResponse::json(QJsonDocument(body));
}

DemoResponse ScalingoDemoApi::getInvoice(const DemoRouteContext &context)
{
    const ScalingoDemoInvoice *invoice = m_data.invoice(context.arguments.value(0));
    if (!invoice)
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("invoice"));
    return DemoResponse::json(
        QJsonDocument(QJsonObject {{QStringLiteral("invoice"), invoiceJson(*invoice)}}));
}

DemoResponse ScalingoDemoApi::downloadInvoice(const DemoRouteContext &context)
{
    const ScalingoDemoInvoice *invoice = m_data.invoice(context.arguments.value(0));
    if (!invoice)
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("invoice"));
    const QString location = invoicePdfUrl(*invoice);
    DemoResponse response = DemoResponse::bytes(
        QStringLiteral("<html><body>You are being <a href=\"%1\">redirected</a>.</body></html>")
            .arg(location.toHtmlEscaped())
            .toUtf8(),
        "text/html; charset=utf-8", 302);
    response.headers.append({"Location", location.toUtf8()});
    return response;
}

DemoResponse ScalingoDemoApi::getInvoicePdf(const DemoRouteContext &context)
{
    QString name = context.arguments.value(0);
    if (!name.endsWith(u".pdf"))
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("invoice"));
    name.chop(4);
    const ScalingoDemoInvoice *invoice = m_data.invoice(name);
    if (!invoice)
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("invoice"));
    if (!sameBytes(context.queryValue(QStringLiteral("signature")).toLatin1(),
                   signature(invoice->id).toLatin1())) {
        return errorResponse(403, QStringLiteral("invalid or missing signature"));
    }
    DemoResponse response = DemoResponse::bytes(invoicePdf(*invoice), "application/pdf");
    response.headers.append({"Content-Disposition",
                             "inline; filename=\"" + invoice->invoiceNumber.toUtf8() + ".pdf\""});
    return response;
}

DemoResponse ScalingoDemoApi::getBillingHostProfile(const DemoRouteContext &)
{
    if (!m_profile)
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("profile"));
    return DemoResponse::json(
        QJsonDocument(QJsonObject {{QStringLiteral("profile"), profileJson(true)}}));
}

DemoResponse ScalingoDemoApi::createBillingProfile(const DemoRouteContext &context)
{
    if (m_profile)
        return errorResponse(409, QStringLiteral("a billing profile already exists, update it"));

    ScalingoDemoData::BillingProfile profile;
    if (std::optional<DemoResponse> rejection = applyProfileChanges(context, true, &profile))
        return *rejection;
    // Reproducible ids: derived from the account, not drawn at random.
    profile.id = QString::fromLatin1(
        QCryptographicHash::hash(m_data.userId().toUtf8() + "/profile/" + profile.name.toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(24));
    m_profile = profile;
    return DemoResponse::json(
        QJsonDocument(QJsonObject {{QStringLiteral("profile"), profileJson(true)}}), 201);
}

DemoResponse ScalingoDemoApi::updateBillingProfile(const DemoRouteContext &context)
{
    if (!m_profile || m_profile->id != context.arguments.value(0))
        return errorResponse(404, QStringLiteral("not found"), QStringLiteral("profile"));

    ScalingoDemoData::BillingProfile profile = *m_profile;
    if (std::optional<DemoResponse> rejection = applyProfileChanges(context, false, &profile))
        return *rejection;
    m_profile = profile;
    return DemoResponse::json(
        QJsonDocument(QJsonObject {{QStringLiteral("profile"), profileJson(true)}}));
}

std::optional<DemoResponse>
ScalingoDemoApi::applyProfileChanges(const DemoRouteContext &context, bool creating,
                                     ScalingoDemoData::BillingProfile *profile) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(400, QStringLiteral("the request body is not a JSON object"));
    const QJsonValue profileValue = document.object().value(QStringLiteral("profile"));
    if (!profileValue.isObject())
        return errorResponse(400, QStringLiteral("param is missing or the value is empty: profile"));
    const QJsonObject changes = profileValue.toObject();

    enum class Check { None, Email, VatNumber };
    struct Field final
    {
        QString key;
        QString ScalingoDemoData::BillingProfile::*member;
        bool required;
        Check check;
    };
    using Profile = ScalingoDemoData::BillingProfile;
    const Field fields[] {
        {QStringLiteral("name"), &Profile::name, true, Check::None},
        {QStringLiteral("email"), &Profile::email, false, Check::Email},
        {QStringLiteral("company"), &Profile::company, false, Check::None},
        {QStringLiteral("address_line1"), &Profile::addressLine1, true, Check::None},
        {QStringLiteral("address_line2"), &Profile::addressLine2, false, Check::None},
        {QStringLiteral("address_city"), &Profile::addressCity, true, Check::None},
        {QStringLiteral("address_zip"), &Profile::addressZip, true, Check::None},
        {QStringLiteral("address_state"), &Profile::addressState, false, Check::None},
        {QStringLiteral("address_country"), &Profile::addressCountry, true, Check::None},
        {QStringLiteral("vat_number"), &Profile::vatNumber, false, Check::VatNumber},
        {QStringLiteral("invoice_additional_info"), &Profile::invoiceAdditionalInfo, false,
         Check::None},
    };
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression vatPattern(QStringLiteral("^[A-Z]{2}[0-9A-Z]{2,13}$"));
    constexpr int maxLength = 255;

    QJsonObject errors;
    const auto addError = [&errors](const QString &key, const QString &message) {
        QJsonArray messages = errors.value(key).toArray();
        messages.append(message);
        errors.insert(key, messages);
    };

    // Validated on a copy: a rejected update changes nothing.
    Profile updated = *profile;
    for (const Field &field : fields) {
        const QJsonValue value = changes.value(field.key);
        if (value.isUndefined()) {
            if (creating && field.required)
                addError(field.key, QStringLiteral("can't be blank"));
            continue;
        }
        if (!value.isString() && !value.isNull()) {
            addError(field.key, QStringLiteral("is invalid"));
            continue;
        }
        const QString text = value.toString().trimmed();
        if (field.required && text.isEmpty()) {
            addError(field.key, QStringLiteral("can't be blank"));
            continue;
        }
        if (text.size() > maxLength) {
            addError(field.key,
                     QStringLiteral("is too long (maximum is %1 characters)").arg(maxLength));
            continue;
        }
        if (!text.isEmpty() && field.check == Check::Email && !emailPattern.match(text).hasMatch()) {
            addError(field.key, QStringLiteral("is invalid"));
            continue;
        }
        if (!text.isEmpty() && field.check == Check::VatNumber
            && !vatPattern.match(text).hasMatch()) {
            addError(field.key, QStringLiteral("is invalid"));
            continue;
        }
        updated.*field.member = text;
    }

    if (!errors.isEmpty())
        return DemoResponse::json(QJsonDocument(QJsonObject {{QStringLiteral("errors"), errors}}), 422);
    *profile = updated;
    return std::nullopt;
}

QString ScalingoDemoApi::signature(const QString &invoiceId) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(invoiceId.toUtf8(), m_storageKey, QCryptographicHash::Sha256)
            .toHex());
}

QString ScalingoDemoApi::invoicePdfUrl(const ScalingoDemoInvoice &invoice) const
{
    return invoicePdfUrl(invoice.id);
}

QString ScalingoDemoApi::invoicePdfUrl(const QString &invoiceId) const
{
    return m_baseUrl.toString(QUrl::StripTrailingSlash)
        + QStringLiteral("/demo/scalingo/invoices/%1.pdf?signature=%2")
              .arg(invoiceId, signature(invoiceId));
}

QJsonObject ScalingoDemoApi::invoiceJson(const ScalingoDemoInvoice &invoice) const
{
    QJsonArray items;
    for (const ScalingoDemoInvoiceItem &item : invoice.items) {
        items.append(QJsonObject {
            {QStringLiteral("id"), item.id},
            {QStringLiteral("label"), item.label},
            {QStringLiteral("price"), double(item.priceCents)},
        });
    }
    QJsonArray detailedItems;
    for (const ScalingoDemoDetailedItem &item : invoice.detailedItems) {
        detailedItems.append(QJsonObject {
            {QStringLiteral("id"), item.id},
            {QStringLiteral("label"), item.label},
            {QStringLiteral("price"), double(item.priceCents)},
            {QStringLiteral("app"), item.app},
            {QStringLiteral("duration"), double(item.durationSeconds)},
        });
    }
    return QJsonObject {
        {QStringLiteral("id"), invoice.id},
        {QStringLiteral("total_price"), double(invoice.totalPriceCents())},
        {QStringLiteral("total_price_with_vat"), double(invoice.totalPriceWithVatCents())},
        {QStringLiteral("billing_month"), invoice.billingMonth.toString(Qt::ISODate)},
        {QStringLiteral("pdf_url"), invoicePdfUrl(invoice)},
        {QStringLiteral("invoice_number"), invoice.invoiceNumber},
        {QStringLiteral("state"), invoice.state},
        {QStringLiteral("vat_rate"), invoice.vatRatePerMille},
        {QStringLiteral("items"), items},
        {QStringLiteral("detailed_items"), detailedItems},
    };
}

QJsonObject
ScalingoDemoApi::billingOperationJson(const ScalingoDemoBillingOperation &operation) const
{
    return QJsonObject {
        {QStringLiteral("id"), operation.id},
        {QStringLiteral("created_at"), operation.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("amount"), centsToJson(operation.amountCents)},
        {QStringLiteral("source"), operation.source},
        {QStringLiteral("description"), operation.description},
        {QStringLiteral("invoice_id"), stringOrNull(operation.invoiceId)},
        {QStringLiteral("invoice_url"), operation.invoiceId.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(invoicePdfUrl(operation.invoiceId))},
    };
}

QJsonObject ScalingoDemoApi::profileJson(bool billingHost) const
{
    const ScalingoDemoData::BillingProfile &profile = *m_profile;
    const ScalingoDemoData::PaymentCard &card = profile.card;
    QJsonValue stripe(QJsonValue::Null);
    if (!card.id.isEmpty()) {
        stripe = QJsonObject {
            {QStringLiteral("id"), card.id},
            {QStringLiteral("default_card_last4"), card.last4},
            {QStringLiteral("default_card_exp"), card.expiry},
            {QStringLiteral("default_card_brand"), card.brand},
            {QStringLiteral("default_card_name"), card.name},
            {QStringLiteral("sepa_bank_code"), QJsonValue::Null},
            {QStringLiteral("sepa_country"), QJsonValue::Null},
            {QStringLiteral("sepa_last4"), QJsonValue::Null},
            {QStringLiteral("sepa_mandate_reference"), QJsonValue::Null},
            {QStringLiteral("sepa_mandate_url"), QJsonValue::Null},
        };
    }
    QJsonObject json {
        {QStringLiteral("id"), profile.id},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("email"), profile.email},
        {QStringLiteral("address_line1"), profile.addressLine1},
        {QStringLiteral("address_line2"), profile.addressLine2},
        {QStringLiteral("address_city"), profile.addressCity},
        {QStringLiteral("credit"), centsToJson(profile.creditCents)},
        {QStringLiteral("address_zip"), profile.addressZip},
        {QStringLiteral("address_state"), stringOrNull(profile.addressState)},
        {QStringLiteral("address_country"), profile.addressCountry},
        {QStringLiteral("vat_number"), profile.vatNumber},
        {QStringLiteral("invoice_additional_info"), profile.invoiceAdditionalInfo},
        {QStringLiteral("company"), profile.company},
        {QStringLiteral("payment_method"),
         card.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("stripe"))},
        {QStringLiteral("stripe_payment_method"), stripe},
        {QStringLiteral("paypal_payment_method"), QJsonValue::Null},
    };
    // The billing host's model (Scalingo's JavaScript client) also carries feature flags.
    if (billingHost)
        json.insert(QStringLiteral("flags"), QJsonArray());
    return json;
}

QByteArray ScalingoDemoApi::invoicePdf(const ScalingoDemoInvoice &invoice) const
{
    constexpr double left = InvoicePdfLayout::Left;
    constexpr double right = InvoicePdfLayout::Right;
    constexpr double lineHeight = InvoicePdfLayout::LineHeight;

    MiniPdf pdf;
    pdf.setTitle(QStringLiteral("Scalingo invoice %1").arg(invoice.invoiceNumber));
    pdf.newPage();

    double y = InvoicePdfLayout::drawHeading(pdf, QStringLiteral("Scalingo"),
                                             QStringLiteral("Platform as a Service (Billdeck demo data)"));

    const ScalingoDemoData::BillingProfile profile =
        m_profile ? *m_profile : m_data.initialBillingProfile();
    const QList<QPair<QString, QString>> header {
        {QStringLiteral("Invoice number"), invoice.invoiceNumber},
        {QStringLiteral("Billing month"),
         QLocale::c().monthName(invoice.billingMonth.month()) + u' '
             + QString::number(invoice.billingMonth.year())},
        {QStringLiteral("Issued"), invoice.createdAt.date().toString(Qt::ISODate)},
        {QStringLiteral("State"), invoice.state.toUpper()},
        {QStringLiteral("Billed to"), profile.company.isEmpty() ? profile.name : profile.company},
        {QString(), QStringLiteral("%1, %2 %3, %4")
                        .arg(profile.addressLine1, profile.addressZip, profile.addressCity,
                             profile.addressCountry)},
        {QStringLiteral("VAT number"), profile.vatNumber},
    };
    InvoicePdfLayout::drawFacts(pdf, y, header);

    y += 15;
    pdf.drawText(left, y, QStringLiteral("Application / resource"), 10, MiniPdf::Font::Bold);
    pdf.drawTextRightAligned(right - 90, y, QStringLiteral("Duration"), 10, MiniPdf::Font::Bold);
    pdf.drawTextRightAligned(right, y, QStringLiteral("Price"), 10, MiniPdf::Font::Bold);
    y += 6;
    pdf.drawRule(left, y, right, 1);
    y += lineHeight;

    for (const ScalingoDemoInvoiceItem &item : invoice.items) {
        InvoicePdfLayout::keepTogether(pdf, y, lineHeight * 2);
        pdf.drawText(left, y, item.label, 11, MiniPdf::Font::Bold);
        pdf.drawTextRightAligned(right, y, formatEur(item.priceCents), 11, MiniPdf::Font::Bold);
        y += lineHeight;
        const QString app = item.label.section(u' ', 1);
        for (const ScalingoDemoDetailedItem &detail : invoice.detailedItems) {
            if (!item.label.startsWith(u"Application ") || detail.app != app)
                continue;
            InvoicePdfLayout::keepTogether(pdf, y, lineHeight);
            pdf.drawText(left + 15, y, detail.label, 10);
            pdf.drawTextRightAligned(right - 90, y, formatDuration(detail.durationSeconds), 10);
            pdf.drawTextRightAligned(right, y, formatEur(detail.priceCents), 10);
            y += lineHeight;
        }
        y += 6;
    }

    InvoicePdfLayout::keepTogether(pdf, y, lineHeight * 4 + 30);
    pdf.drawRule(left, y - 4, right, 1);
    y += 10;
    const QList<QPair<QString, qint64>> totals {
        {QStringLiteral("Total excluding VAT"), invoice.totalPriceCents()},
        {QStringLiteral("VAT %1 %").arg(QString::number(invoice.vatRatePerMille / 10.0)),
         invoice.vatCents()},
        {QStringLiteral("Total including VAT"), invoice.totalPriceWithVatCents()},
    };
    for (const auto &[label, cents] : totals) {
        const bool last = label == totals.last().first;
        const MiniPdf::Font font = last ? MiniPdf::Font::Bold : MiniPdf::Font::Regular;
        pdf.drawText(right - 250, y, label, last ? 12 : 10, font);
        pdf.drawTextRightAligned(right, y, formatEur(cents), last ? 12 : 10, font);
        y += lineHeight + (last ? 4 : 0);
    }
    y += 20;
    pdf.drawText(left, y, QStringLiteral("Amounts in euros. Paid by card on file unless stated."),
                 9);
    return pdf.toPdf();
}
