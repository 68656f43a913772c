// A PortalGateway for model tests: history fetches are answered from pages the test queues.
#pragma once

#include "portalgateway.h"

#include <QTimer>

namespace pdc::testing {

class FakeFetch : public HistoryFetch
{
    Q_OBJECT
public:
    using HistoryFetch::HistoryFetch;
    void cancel() override { m_cancelled = true; }
    bool m_cancelled = false;
};

class FakeHistoryGateway : public PortalGateway
{
    Q_OBJECT
public:
    struct Answer
    {
        QList<QList<UpgradeSummary>> pages;
        std::optional<ApiError> error;
        QDateTime serverTime;
        QList<UnreadableRecord> unreadable = {}; // reported with the first page
    };
    QList<Answer> answers; // one per fetchHistory call
    QList<HistoryQuery> queries;

    ConnectionProfile profile() const override { return {}; }
    void login(const QString &, const QString &, QObject *, Callback<SessionInfo>) override {}
    void logout(QObject *, Callback<Nothing>) override {}
    void checkSession(QObject *, Callback<SessionInfo>) override {}
    std::optional<SessionInfo> session() const override { return SessionInfo{}; }
    void fetchVersions(QObject *, Callback<VersionList>) override {}
    void triggerUpgrade(const UpgradeRequest &, const QString &, QObject *,
                        Callback<UpgradeAccepted>) override
    {}
    void fetchUpgrade(const QString &, QObject *, Callback<UpgradeStatus>) override {}
    void fetchHistoryPage(const HistoryQuery &, QObject *, Callback<HistoryPage>) override {}
    HistoryFetch *fetchHistory(const HistoryQuery &query) override
    {
        queries << query;
        auto *fetch = new FakeFetch;
        const Answer a = answers.isEmpty() ? Answer{} : answers.takeFirst();
        QTimer::singleShot(0, fetch, [fetch, a] {
            qint64 received = 0;
            for (const auto &page : a.pages) {
                received += page.size();
                if (!a.unreadable.isEmpty() && &page == &a.pages.first())
                    emit fetch->recordsUnreadable(a.unreadable);
                emit fetch->pageReceived(page, received, std::nullopt);
            }
            emit fetch->finished(a.error, a.serverTime);
            fetch->deleteLater();
        });
        return fetch;
    }
    void fetchHealth(QObject *, Callback<Health>) override {}
    void fetchConnectorHealth(QObject *, Callback<ComponentHealthList>) override {}
    void fetchProviderHealth(QObject *, Callback<ComponentHealthList>) override {}
    void probeRoute(const RouteProbe &, QObject *, Callback<ProbeResult>) override {}
    void probeSignIn(const QString &, const QString &, QObject *, Callback<ProbeResult>) override {}
};

} // namespace pdc::testing
