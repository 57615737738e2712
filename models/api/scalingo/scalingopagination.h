#pragma once

#include "api/apierror.h"
#include "api/jsonreader.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// meta.pagination of a Scalingo list answer.
struct ScalingoPagination {
    bool present = false;  // false: the answer had no meta.pagination (one page, all items)
    int currentPage = 0;
    std::optional<int> nextPage;      // absent or null on the last page
    std::optional<int> previousPage;  // "prev_page" in the general docs, "previous_page" in billing's
    int totalPages = 0;
    int totalCount = 0;

    // Reads root.meta.pagination; a wrong type is a Decode error through the reader.
    static ScalingoPagination read(const JsonReader &root);
};

// A page of a list: its items and where it sits.
template<typename T>
struct ScalingoPage {
    QList<T> items;
    ScalingoPagination pagination;
};

// Decides, page after page, which page to ask for next, so that fetching "every page" ends on any
// server: on next_page null, and with a Decode error when the server serves a page again, when
// next_page does not move forward, when a page holds only items already received, or past
// the total_pages it announced, or past MaxPages. Pure: no network, unit-tested as is.
class ScalingoPageWalk final
{
public:
    // 100 pages of 100: 10,000 invoices. Past it the server is taken to announce pages forever
    // (at Scalingo's 60 requests a minute, 1000 pages were 17 minutes of silence).
    static constexpr int MaxPages = 100;

    struct Step {
        enum class Kind { Fetch, Done, Fail };
        Kind kind = Kind::Done;
        int page = 0;      // Fetch: the page to request
        QString problem;   // Fail: why the walk stopped
        bool pastCap = false;  // Fail: the list went on past maxPages
    };

    explicit ScalingoPageWalk(int maxPages = MaxPages);

    int firstPage() const;
    // After receiving `requestedPage`, described by `pagination`, with items `itemIds`.
    Step afterPage(int requestedPage, const ScalingoPagination &pagination, const QStringList &itemIds);
    int pagesFetched() const;

    // Turns a Fail step into the error reported for `endpoint`.
    static ApiError failure(const QString &endpoint, const Step &step);

private:
    int m_maxPages;
    int m_pages = 0;
    QSet<int> m_fetched;
    QSet<QString> m_seenIds;
};
