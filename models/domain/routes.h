// The routes of the Deployment Operations Guide, in one table (docs/api/openapi.yaml; fixed by the
// guide, so not overridable). Routes the contract marks as assumptions (sign-in, session, component
// health, probes) are per profile: ConnectionProfile::route().
#pragma once

#include <QString>
#include <QUrl>

namespace pdc::routes {

inline const QString Versions = QStringLiteral("/api/v1/deployments/versions");
inline const QString Trigger = QStringLiteral("/api/v1/deployments/upgrade");
inline const QString History = QStringLiteral("/api/v1/deployments/upgrades");
inline const QString Health = QStringLiteral("/health");

// GET one upgrade: the id percent-encoded once (QUrl::setPath would encode a '%' again).
inline QString upgrade(const QString &upgradeId)
{
    return Trigger + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(upgradeId));
}

} // namespace pdc::routes
