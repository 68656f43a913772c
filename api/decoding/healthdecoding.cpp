#include "decoders.h"
#include "jsonreader.h"
#include "redaction.h"

namespace pdc {

using json::Need;

Result<Health> decodeHealth(const QByteArray &body, int httpStatus)
{
    Health out;
    out.httpStatus = httpStatus;
    if (body.trimmed().isEmpty())
        return out; // "a portal that answers 200 with any body counts as healthy"
    ApiError notJson;
    const std::optional<json::Json> root = json::parseBody(body, &notJson);
    const json::Json *status = nullptr;
    if (root && root->is_object()) {
        const auto it = root->find("status");
        if (it != root->end() && it->is_string() && !it->get_ref<const std::string &>().empty())
            status = &*it;
    }
    if (!status) {
        out.excerpt = bodyExcerpt(body);
        return out;
    }
    out.status = json::Reader::toQString(*status);
    // Each detail on its own reader: one that is not well formed is dropped without losing the others.
    json::Reader version, time, checks;
    out.version = version.string(*root, QString(), "version", Need::Optional);
    out.time = time.timestamp(*root, QString(), "time", Need::Optional);
    out.checks = checks.stringMap(*root, QString(), "checks", Need::Optional);
    return out;
}

Result<ComponentHealthList> decodeComponentHealthList(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        ComponentHealthList out;
        out.status = r.string(root, QString(), "status", Need::Required);
        out.checkedAt = r.timestamp(root, QString(), "checked_at", Need::Optional);
        if (const auto *items = r.array(root, QString(), "items", Need::Required)) {
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
        return out;
    });
}

Result<ProbeBody> decodeProbeBody(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        ProbeBody out;
        out.ok = r.boolean(root, QString(), "ok", Need::Required).value_or(false);
        out.target = r.string(root, QString(), "target", Need::Optional);
        out.latencyMs = r.integer(root, QString(), "latency_ms", Need::Optional);
        out.message = r.string(root, QString(), "message", Need::Optional);
        return out;
    });
}

} // namespace pdc
