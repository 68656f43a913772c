#include "fakeportal.h"

namespace pdc::testing {

ConnectionProfile acmeStaging()
{
    ConnectionProfile p;
    p.name = QStringLiteral("acme-staging");
    p.portalUrl = QUrl(QStringLiteral("https://portal.acme.example/"));
    p.tenant = QStringLiteral("acme");
    p.environment = QStringLiteral("staging");
    p.username = QStringLiteral("olivia");
    return p;
}

ApiError fakeError(ApiError::Kind kind, int httpStatus, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.message = message.isEmpty() ? QStringLiteral("scripted %1 (HTTP %2)").arg(e.kindName()).arg(httpStatus)
                                  : message;
    return e;
}

FakePortal::FakePortal(ConnectionProfile profile, QObject *parent)
    : PortalGateway(parent)
    , m_profile(std::move(profile))
{}

void FakePortal::signIn(const QString &user, const QString &role, const QString &tenant,
                        const QString &environment)
{
    SessionInfo s;
    s.user.username = user;
    s.user.role = role;
    s.organization.id = QStringLiteral("org-1");
    s.organization.name = tenant.isEmpty() ? QStringLiteral("Unnamed") : tenant;
    s.organization.tenant = tenant;
    s.organization.environment = environment;
    setSession(s);
}

void FakePortal::setSession(std::optional<SessionInfo> session)
{
    m_session = std::move(session);
    emit sessionChanged();
}

void FakePortal::login(const QString &, const QString &, QObject *context, Callback<SessionInfo> done)
{
    answer(sessionAnswers, QStringLiteral("login"), context, std::move(done));
}

void FakePortal::logout(QObject *context, Callback<Nothing> done)
{
    m_session.reset();
    QTimer::singleShot(0, context, [done = std::move(done)] { done(Nothing{}); });
    emit sessionChanged();
}

void FakePortal::checkSession(QObject *context, Callback<SessionInfo> done)
{
    answer(sessionAnswers, QStringLiteral("session"), context, std::move(done));
}

void FakePortal::fetchVersions(QObject *context, Callback<VersionList> done)
{
    answer(versionAnswers, QStringLiteral("versions"), context, std::move(done));
}

void FakePortal::triggerUpgrade(const UpgradeRequest &request, const QString &idempotencyKey,
                                QObject *context, Callback<UpgradeAccepted> done)
{
    triggerCalls.append({request, idempotencyKey});
    answer(triggerAnswers, QStringLiteral("trigger"), context, std::move(done));
}

void FakePortal::fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done)
{
    statusCalls.append(upgradeId);
    answer(statusAnswers, QStringLiteral("status"), context, std::move(done));
}

void FakePortal::fetchHistoryPage(const HistoryQuery &query, QObject *context, Callback<HistoryPage> done)
{
    historyPageCalls.append(query);
    answer(historyPageAnswers, QStringLiteral("history page"), context, std::move(done));
}

HistoryFetch *FakePortal::fetchHistory(const HistoryQuery &query)
{
    historyFetchCalls.append(query);
    class Pages : public HistoryFetch
    {
    public:
        using HistoryFetch::HistoryFetch;
        void cancel() override { cancelled = true; }
        bool cancelled = false;
    };
    auto *fetch = new Pages;
    QList<Scripted<HistoryPage>> pages;
    while (!historyFetchAnswers.isEmpty()) {
        pages.append(historyFetchAnswers.takeFirst());
        const Scripted<HistoryPage> &last = pages.last();
        if (last.hold || !last.answer->ok() || last.answer->value().nextCursor.isEmpty())
            break;
    }
    QPointer<FakePortal> self(this);
    QTimer::singleShot(0, fetch, [self, fetch, pages] {
        qint64 received = 0;
        QDateTime serverTime;
        for (const Scripted<HistoryPage> &page : pages) {
            if (fetch->cancelled || page.hold)
                return; // a portal that never answers: the fetch stays open
            if (!page.answer->ok()) {
                if (self)
                    self->noteError(page.answer->error());
                emit fetch->finished(page.answer->error(), QDateTime());
                fetch->deleteLater();
                return;
            }
            const HistoryPage &p = page.answer->value();
            received += p.upgrades.size();
            serverTime = p.serverTime;
            emit fetch->pageReceived(p.upgrades, received, p.total);
        }
        if (pages.isEmpty())
            emit fetch->finished(fakeError(ApiError::Kind::NotFound, 404,
                                           QStringLiteral("FakePortal: no history pages scripted")),
                                 QDateTime());
        else
            emit fetch->finished(std::nullopt, serverTime);
        fetch->deleteLater();
    });
    return fetch;
}

void FakePortal::fetchHealth(QObject *context, Callback<Health> done)
{
    answer(healthAnswers, QStringLiteral("health"), context, std::move(done));
}

void FakePortal::fetchConnectorHealth(QObject *context, Callback<ComponentHealthList> done)
{
    answer(connectorAnswers, QStringLiteral("connector health"), context, std::move(done));
}

void FakePortal::fetchProviderHealth(QObject *context, Callback<ComponentHealthList> done)
{
    answer(providerAnswers, QStringLiteral("provider health"), context, std::move(done));
}

void FakePortal::probeRoute(const RouteProbe &probe, QObject *context, Callback<ProbeResult> done)
{
    probeCalls.append(probe.target);
    if (!probeAnswers.isEmpty()) {
        answer(probeAnswers, QStringLiteral("probe"), context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done(fakeError(ApiError::Kind::NotFound, 404, QStringLiteral("FakePortal: probes are not scripted")));
    });
}

void FakePortal::probeSignIn(const QString &username, const QString &, QObject *context,
                             Callback<ProbeResult> done)
{
    loginProbeCalls.append(username);
    if (!loginProbeAnswers.isEmpty()) {
        answer(loginProbeAnswers, QStringLiteral("login probe"), context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done(fakeError(ApiError::Kind::NotFound, 404,
                       QStringLiteral("FakePortal: sign-in probes are not scripted")));
    });
}

void FakePortal::noteError(const ApiError &error)
{
    if (error.kind != ApiError::Kind::SessionExpired || !m_session)
        return;
    m_session.reset();
    emit sessionExpired();
    emit sessionChanged();
}

} // namespace pdc::testing
