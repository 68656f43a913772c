#include "decoders.h"
#include "jsonreader.h"

namespace pdc {

using json::Need;

Result<DecodedSession> decodeSession(const QByteArray &body)
{
    ApiError parseError;
    const auto value = json::parseBody(body, &parseError);
    if (!value)
        return parseError;
    json::Reader r;
    if (!r.expectObject(*value, QString()))
        return r.error();
    DecodedSession out;
    if (const auto *user = r.object(*value, QString(), "user", Need::Required)) {
        out.info.user.username = r.string(*user, QStringLiteral("user"), "username", Need::Required);
        out.info.user.displayName = r.string(*user, QStringLiteral("user"), "display_name", Need::Optional);
        out.info.user.role = r.string(*user, QStringLiteral("user"), "role", Need::Required);
    }
    if (const auto *org = r.object(*value, QString(), "organization", Need::Required)) {
        const QString p = QStringLiteral("organization");
        Organization &o = out.info.organization;
        o.id = r.string(*org, p, "id", Need::Required);
        o.name = r.string(*org, p, "name", Need::Required);
        o.tenant = r.string(*org, p, "tenant", Need::Optional);
        o.environment = r.string(*org, p, "environment", Need::Optional);
        o.region = r.string(*org, p, "region", Need::Optional);
        o.cluster = r.string(*org, p, "cluster", Need::Optional);
        o.stack = r.string(*org, p, "stack", Need::Optional);
    }
    out.csrfToken = r.string(*value, QString(), "csrf_token", Need::Optional);
    out.info.expiresAt = r.timestamp(*value, QString(), "expires_at", Need::Optional);
    out.info.idleExpiresAt = r.timestamp(*value, QString(), "idle_expires_at", Need::Optional);
    if (r.failed())
        return r.error();
    return out;
}

} // namespace pdc
