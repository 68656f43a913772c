// HistoryFetch over HTTP: requests page after page (following next_cursor), decodes each page on a
// worker thread (QtConcurrent) and reports it on the GUI thread. Records a page's decoder could not read
// are reported with recordsUnreadable and do not stop the paging.
//
// Paging ends when a page has no next_cursor. It stops with a MalformedBody error on `next_cursor` that
// says "endless paging" when the portal repeats a cursor or hands out kMaxEmptyPagesInARow cursors in a
// row whose pages hold no record at all (read or unreadable), or after kMaxPages pages; the records of
// the pages before were delivered (pageReceived) and stay delivered.
#pragma once

#include "domain/upgrade.h"
#include "portalgateway.h"

#include <QPointer>
#include <QSet>
#include <functional>

namespace pdc {

class NetworkJob;

// Decodes a history page body on the thread pool; `done` runs on `context`'s thread (the GUI thread)
// while `context` lives.
void decodeHistoryPageAsync(const QByteArray &body, QObject *context,
                            std::function<void(Result<HistoryPage>)> done);

class HistoryFetchJob final : public HistoryFetch
{
    Q_OBJECT
public:
    // `startPage` starts one page request, returns its job, and calls back with the finished job (error
    // or body).
    using StartPage = std::function<NetworkJob *(const HistoryQuery &query, QObject *context,
                                                 std::function<void(NetworkJob *job)> done)>;

    static constexpr int kMaxEmptyPagesInARow = 10;
    static constexpr int kMaxPages = 10000;

    HistoryFetchJob(HistoryQuery query, StartPage startPage, QObject *parent = nullptr);

    void start();
    // Finishes with a Cancelled error at once and aborts the page request still in flight.
    void cancel() override;

private:
    void requestPage();
    void onPage(const Result<HistoryPage> &page, const QString &operation);
    void finish(const std::optional<ApiError> &error);

    HistoryQuery m_query;
    StartPage m_startPage;
    QPointer<NetworkJob> m_inFlight;
    QSet<QString> m_seenCursors;
    int m_pages = 0;
    int m_emptyInARow = 0;
    qint64 m_received = 0;
    QDateTime m_serverTime;
    bool m_done = false;
};

} // namespace pdc
