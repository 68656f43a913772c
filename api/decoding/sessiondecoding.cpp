#include "decoders.h"
#include "jsonreader.h"

namespace pdc {

using json::Need;

Result<DecodedSession> decodeSession(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        DecodedSession out;
        if (const auto *user = r.object(root, QString(), "user", Need::Required)) {
            out.info.user.username = r.string(*user, QStringLiteral("user"), "username", Need::Required);
            out.info.user.displayName =
                r.string(*user, QStringLiteral("user"), "display_name", Need::Optional);
            out.info.user.role = r.string(*user, QStringLiteral("user"), "role", Need::Required);
        }
        if (const auto *org = r.object(root, QString(), "organization", Need::Required)) {
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
        out.csrfToken = r.string(root, QString(), "csrf_token", Need::Optional);
        out.info.expiresAt = r.timestamp(root, QString(), "expires_at", Need::Optional);
        out.info.idleExpiresAt = r.timestamp(root, QString(), "idle_expires_at", Need::Optional);
        return out;
    });
}

} // namespace pdc
