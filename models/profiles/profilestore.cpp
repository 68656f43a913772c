#include "profilestore.h"

#include <QSettings>
#include <algorithm>

namespace pdc {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("lastUsedProfile");

// Profile names may contain '/' or other characters QSettings treats specially; store them encoded.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(kGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &g : groups) {
        if (auto p = profile(QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1()))))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + groupKey(name));
    const bool exists = m_settings->contains(QStringLiteral("portalUrl"));
    ConnectionProfile p;
    if (exists) {
        p.name = m_settings->value(QStringLiteral("name"), name).toString();
        p.portalUrl =
            QUrl(m_settings->value(QStringLiteral("portalUrl")).toString()).adjusted(QUrl::RemoveUserInfo);
        p.tenant = m_settings->value(QStringLiteral("tenant")).toString();
        p.environment = m_settings->value(QStringLiteral("environment")).toString();
        p.caBundlePath = m_settings->value(QStringLiteral("caBundlePath")).toString();
        p.username = m_settings->value(QStringLiteral("username")).toString();
        p.metricsLinkTemplate = m_settings->value(QStringLiteral("metricsLinkTemplate")).toString();
        p.logsLinkTemplate = m_settings->value(QStringLiteral("logsLinkTemplate")).toString();
        // An unknown or missing mode is the safe default (refuse production without a ledger).
        p.noLedgerMode = noLedgerModeFromWire(m_settings->value(QStringLiteral("noLedgerMode")).toString())
                             .value_or(NoLedgerMode::RefuseProduction);
        m_settings->beginGroup(QStringLiteral("routes"));
        for (AssumedRoute r : allAssumedRoutes()) {
            const QString value = m_settings->value(assumedRouteKey(r)).toString().trimmed();
            if (!value.isEmpty())
                p.routeOverrides.insert(r, value);
        }
        m_settings->endGroup();
        m_settings->beginGroup(QStringLiteral("ledger"));
        p.ledger.host = m_settings->value(QStringLiteral("host")).toString();
        p.ledger.port = m_settings->value(QStringLiteral("port"), p.ledger.port).toInt();
        p.ledger.database = m_settings->value(QStringLiteral("database")).toString();
        p.ledger.user = m_settings->value(QStringLiteral("user")).toString();
        p.ledger.caBundlePath = m_settings->value(QStringLiteral("caBundlePath")).toString();
        p.ledger.sslMode = m_settings->value(QStringLiteral("sslMode"), p.ledger.sslMode).toString();
        m_settings->endGroup();
    }
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    if (p.name.isEmpty())
        return;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + groupKey(p.name));
    m_settings->remove(QString()); // replace: drop old keys (e.g. a removed route override)
    m_settings->setValue(QStringLiteral("name"), p.name);
    // A user name or password in the URL is never written (the editor and deployctl refuse such URLs).
    m_settings->setValue(QStringLiteral("portalUrl"), p.portalUrl.adjusted(QUrl::RemoveUserInfo).toString());
    m_settings->setValue(QStringLiteral("tenant"), p.tenant);
    m_settings->setValue(QStringLiteral("environment"), p.environment);
    m_settings->setValue(QStringLiteral("caBundlePath"), p.caBundlePath);
    m_settings->setValue(QStringLiteral("username"), p.username);
    m_settings->setValue(QStringLiteral("metricsLinkTemplate"), p.metricsLinkTemplate);
    m_settings->setValue(QStringLiteral("logsLinkTemplate"), p.logsLinkTemplate);
    m_settings->setValue(QStringLiteral("noLedgerMode"), toWire(p.noLedgerMode));
    m_settings->beginGroup(QStringLiteral("routes"));
    for (auto it = p.routeOverrides.cbegin(); it != p.routeOverrides.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            m_settings->setValue(assumedRouteKey(it.key()), it.value().trimmed());
    }
    m_settings->endGroup();
    if (p.ledger.isConfigured()) {
        m_settings->beginGroup(QStringLiteral("ledger"));
        m_settings->setValue(QStringLiteral("host"), p.ledger.host);
        m_settings->setValue(QStringLiteral("port"), p.ledger.port);
        m_settings->setValue(QStringLiteral("database"), p.ledger.database);
        m_settings->setValue(QStringLiteral("user"), p.ledger.user);
        m_settings->setValue(QStringLiteral("caBundlePath"), p.ledger.caBundlePath);
        m_settings->setValue(QStringLiteral("sslMode"), p.ledger.sslMode);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(kGroup + QLatin1Char('/') + groupKey(name));
    if (lastUsed() == name)
        m_settings->remove(kLastUsed);
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(kLastUsed).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsed, name);
    m_settings->sync();
}

} // namespace pdc
