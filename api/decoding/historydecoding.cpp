#include "decoders.h"
#include "jsonreader.h"

namespace pdc {

using json::Json;
using json::Need;
using json::Reader;

namespace {

UpgradeSummary summary(Reader &r, const Json &o, const QString &p)
{
    UpgradeSummary s;
    s.upgradeId = r.string(o, p, "upgrade_id", Need::Required);
    s.state = UpgradeState::fromWire(r.string(o, p, "status", Need::Required));
    s.createdAt = r.timestamp(o, p, "created_at", Need::Required);
    s.service = r.string(o, p, "service", Need::Optional);
    s.services = r.stringList(o, p, "services", Need::Optional);
    if (const auto n = r.integer(o, p, "service_count", Need::Optional))
        s.serviceCount = int(*n);
    s.version = r.string(o, p, "version", Need::Optional);
    s.forceNewDeployment = r.boolean(o, p, "force_new_deployment", Need::Optional);
    s.initiatedBy = r.string(o, p, "initiated_by", Need::Optional);
    s.updatedAt = r.timestamp(o, p, "updated_at", Need::Optional);
    s.completedAt = r.timestamp(o, p, "completed_at", Need::Optional);
    s.message = r.string(o, p, "message", Need::Optional);
    return s;
}

} // namespace

Result<HistoryPage> decodeHistoryPage(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        HistoryPage out;
        if (const Json *items = r.array(root, QString(), "upgrades", Need::Required)) {
            out.upgrades.reserve(qsizetype(items->size()));
            for (std::size_t i = 0; i < items->size(); ++i) {
                const QString p = Reader::index(QStringLiteral("upgrades"), i);
                const Json &item = (*items)[i];
                // Each record on its own reader: one that cannot be read is left out and named, and the
                // page's other records still count (one bad record must not hide the whole history).
                Reader one;
                if (one.expectObject(item, p)) {
                    UpgradeSummary s = summary(one, item, p);
                    if (!one.failed()) {
                        out.upgrades.append(std::move(s));
                        continue;
                    }
                }
                UnreadableRecord bad;
                bad.index = int(i);
                bad.field = one.error().field;
                bad.message = one.error().message;
                if (item.is_object()) {
                    const auto id = item.find("upgrade_id");
                    if (id != item.end() && id->is_string())
                        bad.upgradeId = Reader::toQString(*id);
                }
                out.unreadable.append(bad);
            }
        }
        out.nextCursor = r.string(root, QString(), "next_cursor", Need::Optional);
        out.total =
            r.integer(root, QString(), "total", Need::Optional, 0, std::numeric_limits<qint64>::max());
        out.serverTime = r.timestamp(root, QString(), "server_time", Need::Optional);
        return out;
    });
}

} // namespace pdc
