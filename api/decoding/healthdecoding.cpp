#include "decoders.h"
#include "jsonreader.h"

namespace pdc {

using json::Need;

Result<Health> decodeHealth(const QByteArray &body, int httpStatus)
{
    Health out;
    out.httpStatus = httpStatus;
    if (body.trimmed().isEmpty())
        return out; // "a portal that answers 200 with any body counts as healthy"
    ApiError parseError;
    const auto value = json::parseBody(body, &parseError);
    if (!value)
        return parseError;
    json::Reader r;
    if (!r.expectObject(*value, QString()))
        return r.error();
    out.status = r.string(*value, QString(), "status", Need::Required);
    out.version = r.string(*value, QString(), "version", Need::Optional);
    out.time = r.timestamp(*value, QString(), "time", Need::Optional);
    out.checks = r.stringMap(*value, QString(), "checks", Need::Optional);
    if (r.failed())
        return r.error();
    return out;
}

Result<ComponentHealthList> decodeComponentHealthList(const QByteArray &body)
{
    ApiError parseError;
    const auto value = json::parseBody(body, &parseError);
    if (!value)
        return parseError;
    json::Reader r;
    if (!r.expectObject(*value, QString()))
        return r.error();
    ComponentHealthList out;
    out.status = r.string(*value, QString(), "status", Need::Required);
    out.checkedAt = r.timestamp(*value, QString(), "checked_at", Need::Optional);
    if (const auto *items = r.array(*value, QString(), "items", Need::Required)) {
        for (std::size_t i = 0; i < items->size() && !r.failed(); ++i) {
            const QString p = json::Reader::index(QStringLiteral("items"), i);
            const auto &item = (*items)[i];
            if (!r.expectObject(item, p))
                break;
            ComponentHealth c;
            c.name = r.string(item, p, "name", Need::Required);
            c.status = r.string(item, p, "status", Need::Required);
            c.message = r.string(item, p, "message", Need::Optional);
            if (const auto ms = r.integer(item, p, "latency_ms", Need::Optional))
                c.latencyMs = int(*ms);
            out.items.append(c);
        }
    }
    if (r.failed())
        return r.error();
    return out;
}

Result<ProbeBody> decodeProbeBody(const QByteArray &body)
{
    ApiError parseError;
    const auto value = json::parseBody(body, &parseError);
    if (!value)
        return parseError;
    json::Reader r;
    if (!r.expectObject(*value, QString()))
        return r.error();
    ProbeBody out;
    out.ok = r.boolean(*value, QString(), "ok", Need::Required).value_or(false);
    out.target = r.string(*value, QString(), "target", Need::Optional);
    out.latencyMs = r.integer(*value, QString(), "latency_ms", Need::Optional);
    out.message = r.string(*value, QString(), "message", Need::Optional);
    if (r.failed())
        return r.error();
    return out;
}

} // namespace pdc
