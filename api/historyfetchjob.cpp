#include "historyfetchjob.h"

#include "apilogging.h"
#include "decoding/decoders.h"
#include "jobs/networkjob.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pdc {

void decodeHistoryPageAsync(const QByteArray &body, QObject *context,
                            std::function<void(Result<HistoryPage>)> done)
{
    auto *watcher = new QFutureWatcher<Result<HistoryPage>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body]() { return decodeHistoryPage(body); }));
}

HistoryFetchJob::HistoryFetchJob(HistoryQuery query, StartPage startPage, QObject *parent)
    : HistoryFetch(parent)
    , m_query(std::move(query))
    , m_startPage(std::move(startPage))
{}

void HistoryFetchJob::start()
{
    requestPage();
}

void HistoryFetchJob::cancel()
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.message = QStringLiteral("The history fetch was cancelled.");
    finish(e);
    if (m_inFlight)
        m_inFlight->cancel(); // its answer is ignored: the fetch is done
}

void HistoryFetchJob::requestPage()
{
    if (m_done)
        return;
    m_inFlight = m_startPage(m_query, this, [this](NetworkJob *job) {
        m_inFlight = nullptr;
        if (m_done)
            return;
        if (job->error()) {
            finish(job->error());
            return;
        }
        const QString operation = job->operation();
        decodeHistoryPageAsync(job->body(), this, [this, operation](const Result<HistoryPage> &page) {
            onPage(page, operation);
        });
    });
}

void HistoryFetchJob::onPage(const Result<HistoryPage> &page, const QString &operation)
{
    if (m_done)
        return;
    if (!page.ok()) {
        ApiError e = page.error();
        e.operation = operation;
        finish(e);
        return;
    }
    const HistoryPage &p = page.value();
    if (!m_serverTime.isValid())
        m_serverTime = p.serverTime; // the first page's clock: a safe `updated_since` for the next refresh
    m_received += p.upgrades.size();
    if (!p.unreadable.isEmpty()) {
        qCWarning(lcApi).noquote() << p.unreadable.size() << "history records could not be read, first:"
                                   << p.unreadable.first().field;
        emit recordsUnreadable(p.unreadable);
        if (m_done)
            return; // cancelled from a slot
    }
    emit pageReceived(p.upgrades, m_received, p.total);
    if (m_done)
        return; // cancelled from a slot
    if (p.nextCursor.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    ++m_pages;
    m_emptyInARow = p.upgrades.isEmpty() && p.unreadable.isEmpty() ? m_emptyInARow + 1 : 0;
    QString endless;
    if (m_seenCursors.contains(p.nextCursor))
        endless = QStringLiteral("the portal repeated the cursor \"%1\"").arg(p.nextCursor.left(64));
    else if (m_emptyInARow >= kMaxEmptyPagesInARow)
        endless = QStringLiteral("%1 pages in a row held no record but named a next page")
                      .arg(QString::number(m_emptyInARow));
    else if (m_pages >= kMaxPages)
        endless =
            QStringLiteral("the portal still named a next page after %1 pages").arg(QString::number(m_pages));
    if (!endless.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::MalformedBody;
        e.field = QStringLiteral("next_cursor");
        e.message =
            QStringLiteral("The history stopped on endless paging: %1. The %2 records read so far are kept.")
                .arg(endless, QString::number(m_received));
        e.operation = operation;
        finish(e);
        return;
    }
    m_seenCursors.insert(p.nextCursor);
    m_query.cursor = p.nextCursor;
    requestPage();
}

void HistoryFetchJob::finish(const std::optional<ApiError> &error)
{
    if (m_done)
        return;
    m_done = true;
    if (error)
        qCInfo(lcApi).noquote() << "history fetch stopped after" << m_received
                                << "records:" << error->kindName();
    emit finished(error, m_serverTime);
    deleteLater();
}

} // namespace pdc
