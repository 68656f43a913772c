#include "historymarks.h"

#include "records/recordjournal.h"
#include "records/recordkinds.h"

namespace pdc {

QString OverrideMark::describe() const
{
    QString out = QStringLiteral("by %1").arg(by.isEmpty() ? QStringLiteral("(unknown)") : by);
    if (!role.isEmpty())
        out += QStringLiteral(" (role %1)").arg(role);
    if (at.isValid())
        out += QStringLiteral(" at %1").arg(at.toUTC().toString(Qt::ISODate));
    if (!reason.isEmpty())
        out += QStringLiteral(": %1").arg(reason);
    return out;
}

QJsonObject OverrideMark::toJson() const
{
    return {{QStringLiteral("override_id"), overrideId},
            {QStringLiteral("by"), by},
            {QStringLiteral("role"), role},
            {QStringLiteral("at"), at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("request_id"), requestId}};
}

std::optional<OverrideMark> overrideMarkOf(const QJsonObject &triggerPayload)
{
    const QJsonObject gate = triggerPayload.value(QStringLiteral("safeguards")).toObject();
    const QJsonValue value = gate.value(QStringLiteral("override"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    OverrideMark mark;
    mark.overrideId = o.value(QStringLiteral("id")).toString();
    mark.by = o.value(QStringLiteral("by")).toString();
    mark.role = o.value(QStringLiteral("role")).toString();
    mark.reason = o.value(QStringLiteral("reason")).toString();
    mark.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    mark.requestId =
        gate.value(QStringLiteral("approval")).toObject().value(QStringLiteral("request_id")).toString();
    if (mark.overrideId.isEmpty() && mark.by.isEmpty())
        return std::nullopt; // an empty object names nobody: not an override
    return mark;
}

QHash<QString, OverrideMark> overrideMarksOf(const QList<JournalEntry> &entries)
{
    QHash<QString, OverrideMark> out;
    for (const JournalEntry &e : entries) {
        if (e.kind != recordkind::Triggered)
            continue;
        if (auto mark = overrideMarkOf(e.payload))
            out.insert(e.upgradeId, *mark);
    }
    return out;
}

} // namespace pdc
