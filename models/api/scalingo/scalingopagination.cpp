#include "api/scalingo/scalingopagination.h"

namespace
{
std::optional<int> optionalPage(const JsonReader &json, const QString &key)
{
    if (!json.has(key))
        return std::nullopt;
    return static_cast<int>(json.integer(key));
}
}

ScalingoPagination ScalingoPagination::read(const JsonReader &root)
{
    ScalingoPagination pagination;
    const auto meta = root.optionalObject(QStringLiteral("meta"));
    if (!meta)
        return pagination;
    const auto json = meta->optionalObject(QStringLiteral("pagination"));
    if (!json)
        return pagination;
    pagination.present = true;
    pagination.currentPage = json->has(QStringLiteral("current_page")) ? static_cast<int>(json->integer(QStringLiteral("current_page"))) : 0;
    pagination.nextPage = optionalPage(*json, QStringLiteral("next_page"));
    pagination.previousPage = optionalPage(*json, QStringLiteral("previous_page"));
    if (!pagination.previousPage)
        pagination.previousPage = optionalPage(*json, QStringLiteral("prev_page"));
    pagination.totalPages = json->has(QStringLiteral("total_pages")) ? static_cast<int>(json->integer(QStringLiteral("total_pages"))) : 0;
    pagination.totalCount = json->has(QStringLiteral("total_count")) ? static_cast<int>(json->integer(QStringLiteral("total_count"))) : 0;
    return pagination;
}

ScalingoPageWalk::ScalingoPageWalk(int maxPages)
    : m_maxPages(std::max(1, maxPages))
{
}

int ScalingoPageWalk::firstPage() const
{
    return 1;
}

int ScalingoPageWalk::pagesFetched() const
{
    return m_pages;
}

ScalingoPageWalk::Step ScalingoPageWalk::afterPage(int requestedPage, const ScalingoPagination &pagination,
                                                   const QStringList &itemIds)
{
    Step step;
    step.kind = Step::Kind::Fail;
    // The page the server says it served; a server ignoring `page` serves page 1 again.
    const int servedPage = pagination.currentPage > 0 ? pagination.currentPage : requestedPage;
    if (m_fetched.contains(servedPage) || m_fetched.contains(requestedPage)) {
        step.problem = QStringLiteral("the server sent page %1 again").arg(servedPage);
        return step;
    }
    m_fetched.insert(servedPage);
    m_fetched.insert(requestedPage);
    ++m_pages;

    bool anyNew = itemIds.isEmpty();
    for (const QString &id : itemIds) {
        if (id.isEmpty() || !m_seenIds.contains(id))
            anyNew = true;
        m_seenIds.insert(id);
    }
    if (!anyNew) {
        step.problem = QStringLiteral("page %1 repeats items already received").arg(servedPage);
        return step;
    }

    if (!pagination.nextPage) {
        step.kind = Step::Kind::Done;
        return step;
    }
    const int next = *pagination.nextPage;
    if (next <= servedPage || next <= requestedPage || m_fetched.contains(next)) {
        step.problem = QStringLiteral("next_page %1 does not follow page %2").arg(next).arg(servedPage);
        return step;
    }
    if (pagination.totalPages > 0 && next > pagination.totalPages) {
        step.problem = QStringLiteral("next_page %1 is past total_pages %2").arg(next).arg(pagination.totalPages);
        return step;
    }
    if (m_pages >= m_maxPages) {
        step.problem = QStringLiteral("more than %1 pages").arg(m_maxPages);
        step.pastCap = true;
        return step;
    }
    step.kind = Step::Kind::Fetch;
    step.page = next;
    return step;
}

ApiError ScalingoPageWalk::failure(const QString &endpoint, const Step &step)
{
    if (step.pastCap) {
        ApiError error = ApiError::fromCause(ApiError::Cause::EndlessList, step.problem);
        error.setEndpoint(endpoint);
        return error;
    }
    return ApiError::decode(endpoint, QStringLiteral("meta.pagination"), step.problem);
}
