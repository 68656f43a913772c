#include "portalsession.h"

#include "portalgateway.h"

namespace pdc {

PortalSession::PortalSession(PortalGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
{
    connect(gateway, &PortalGateway::sessionChanged, this, &PortalSession::sessionChanged);
    connect(gateway, &PortalGateway::sessionExpired, this, &PortalSession::sessionExpired);
}

ConnectionProfile PortalSession::profile() const
{
    return m_gateway->profile();
}

std::optional<SessionInfo> PortalSession::session() const
{
    return m_gateway->session();
}

QString PortalSession::author() const
{
    const auto s = session();
    return s ? s->user.username : profile().username;
}

QString PortalSession::identity() const
{
    const auto s = session();
    if (!s)
        return {};
    return QStringList{s->user.username, s->organization.tenant, s->organization.environment}.join(
        QLatin1Char('/'));
}

void PortalSession::signIn(const QString &username, const QString &password, QObject *context,
                           Callback<SessionInfo> done)
{
    m_gateway->login(username, password, context, std::move(done));
}

void PortalSession::fetchVersions(QObject *context, Callback<VersionList> done)
{
    m_gateway->fetchVersions(context, std::move(done));
}

void PortalSession::fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done)
{
    m_gateway->fetchUpgrade(upgradeId, context, std::move(done));
}

} // namespace pdc
