#include "variant.h"

#include "simlogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <zlib.h>

#include <algorithm>

namespace sim {

namespace {

const QString kStatusPrefix = QStringLiteral("/api/v1/deployments/upgrade/");
const QString kHistory = QStringLiteral("/api/v1/deployments/upgrades");
const QString kTrigger = QStringLiteral("/api/v1/deployments/upgrade");
const QString kSession = QStringLiteral("/api/v1/auth/session");
const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QByteArray kCookie = "portal_session";

// Marker prefixes of the cursors the variant hands out for its empty pages (the contract's cursor is opaque).
const QString kEmptyMarker = QStringLiteral("E.");
const QString kEndMarker = QStringLiteral("Z.end");

// The optional fields the contract lets a portal leave out, per schema (required ones never appear here;
// Organization.tenant is its own aspect, environment is kept: the runbook's confirmation relies on it).
const QList<std::pair<const char *, QStringList>> &droppable()
{
    static const QList<std::pair<const char *, QStringList>> fields{
        {"User", {QStringLiteral("display_name")}},
        {"Organization", {QStringLiteral("region"), QStringLiteral("cluster"), QStringLiteral("stack")}},
        {"SessionInfo", {QStringLiteral("expires_at"), QStringLiteral("idle_expires_at")}},
        {"VersionList", {QStringLiteral("default"), QStringLiteral("current"), QStringLiteral("message")}},
        {"UpgradeAccepted", {QStringLiteral("status"), QStringLiteral("message")}},
        {"UpgradeStatus",
         {QStringLiteral("service"), QStringLiteral("version"), QStringLiteral("force_new_deployment"),
          QStringLiteral("initiated_by"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
          QStringLiteral("completed_at"), QStringLiteral("cluster"), QStringLiteral("region"),
          QStringLiteral("message")}},
        {"ServiceStatus",
         {QStringLiteral("ecs_service"), QStringLiteral("desired_count"), QStringLiteral("running_count"),
          QStringLiteral("pending_count"), QStringLiteral("failed_tasks"), QStringLiteral("rollout_state"),
          QStringLiteral("rollout_state_reason"), QStringLiteral("deployment_id"),
          QStringLiteral("task_definition"), QStringLiteral("message"), QStringLiteral("updated_at")}},
        {"UpgradeSummary",
         {QStringLiteral("service"), QStringLiteral("services"), QStringLiteral("service_count"),
          QStringLiteral("version"), QStringLiteral("force_new_deployment"), QStringLiteral("initiated_by"),
          QStringLiteral("updated_at"), QStringLiteral("completed_at"), QStringLiteral("message")}},
        {"UpgradeHistoryPage", {QStringLiteral("total"), QStringLiteral("server_time")}},
        {"Health", {QStringLiteral("version"), QStringLiteral("time"), QStringLiteral("checks")}},
        {"ComponentHealthList", {QStringLiteral("checked_at")}},
        {"ComponentHealth", {QStringLiteral("message"), QStringLiteral("latency_ms")}},
    };
    return fields;
}

// The schema of the object at `parentKey` below an object of schema `parent` (root: parent is empty).
QString schemaOf(const HttpRequest &request, int status, const QString &parent, const QString &parentKey)
{
    const QString &p = request.path;
    if (parent.isEmpty()) {
        if (status >= 400)
            return QStringLiteral("Error");
        if (p == kSession || p == kLogin)
            return QStringLiteral("SessionInfo");
        if (p == QStringLiteral("/api/v1/deployments/versions"))
            return QStringLiteral("VersionList");
        if (p == kTrigger)
            return QStringLiteral("UpgradeAccepted");
        if (p.startsWith(kStatusPrefix))
            return QStringLiteral("UpgradeStatus");
        if (p == kHistory)
            return QStringLiteral("UpgradeHistoryPage");
        if (p == QStringLiteral("/health"))
            return QStringLiteral("Health");
        if (p.startsWith(QStringLiteral("/api/v1/health/")))
            return QStringLiteral("ComponentHealthList");
        if (p == QStringLiteral("/api/v1/license"))
            return QStringLiteral("License");
        return QStringLiteral("Other");
    }
    if (parent == QStringLiteral("SessionInfo"))
        return parentKey == QStringLiteral("user") ? QStringLiteral("User") : QStringLiteral("Organization");
    if (parent == QStringLiteral("UpgradeAccepted") || parent == QStringLiteral("UpgradeStatus"))
        return QStringLiteral("ServiceStatus");
    if (parent == QStringLiteral("UpgradeHistoryPage"))
        return QStringLiteral("UpgradeSummary");
    if (parent == QStringLiteral("ComponentHealthList"))
        return QStringLiteral("ComponentHealth");
    if ((parent == QStringLiteral("Health") && parentKey == QStringLiteral("checks")) ||
        (parent == QStringLiteral("VersionList") && parentKey == QStringLiteral("current")))
        return QStringLiteral("StringMap"); // additionalProperties: string
    return QStringLiteral("Other");
}

bool isFinal(const QString &state)
{
    return state == QStringLiteral("SUCCESS") || state == QStringLiteral("FAILED") ||
           state == QStringLiteral("PARTIAL");
}

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// "2026-11-28T19:00:00.123Z" and the like (what this sim writes); the fraction is optional.
const QRegularExpression &utcTime()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$)"));
    return re;
}

} // namespace

QStringList Variant::aspectNames()
{
    return {QStringLiteral("unknown-fields"),   QStringLiteral("key-order"),
            QStringLiteral("id-case"),          QStringLiteral("id-encoded"),
            QStringLiteral("cookie"),           QStringLiteral("csrf"),
            QStringLiteral("cookie-name"),      QStringLiteral("time-format"),
            QStringLiteral("estimated-time"),   QStringLiteral("optional-absent"),
            QStringLiteral("tenant-absent"),    QStringLiteral("page-size"),
            QStringLiteral("empty-pages"),      QStringLiteral("delays"),
            QStringLiteral("one-off-503"),      QStringLiteral("gzip"),
            QStringLiteral("chunked"),          QStringLiteral("close"),
            QStringLiteral("read-after-write"), QStringLiteral("unknown-state"),
            QStringLiteral("cancelled")};
}

Variant::Variant(quint64 seed, const QStringList &skip, bool beyondContract)
    : m_seed(seed)
    , m_beyondContract(beyondContract)
{
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)) ^ 0x5eedu);
    auto chance = [&rng](int percent) {
        return int(rng.bounded(100)) < percent;
    };
    auto pick = [&rng](const QStringList &from) {
        return from.at(int(rng.bounded(quint32(from.size()))));
    };
    // Every draw happens whatever is skipped, so skipping one aspect leaves the others as they were.
    for (const QString &aspect : aspectNames()) {
        // The contract's state lists are open (x-extensible-enum), so "cancelled" is inside it; only the
        // cookie name is beyond. The odds stay as they were, so a seed keeps its choices.
        const bool beyond = aspect == QStringLiteral("cookie-name");
        const bool on = chance(beyond || aspect == QStringLiteral("cancelled") ? 50 : 60);
        const bool allowed = !skip.contains(aspect) && (!beyond || beyondContract);
        if (on && allowed)
            m_on.insert(aspect);
    }
    m_unknownDepth = 1 + int(rng.bounded(3));
    m_keyOrder = pick({QStringLiteral("reverse"), QStringLiteral("shuffle")});
    m_idForm = pick({QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("mixed")});
    m_cookieName = pick({QStringLiteral("SID"), QStringLiteral("__portal-sess"), QStringLiteral("JSESSIONID"),
                         QStringLiteral("ps.v2")});
    m_cookiePath = pick({QStringLiteral("/"), QStringLiteral("/api"), QStringLiteral("/api/v1")});
    m_extraCookies = chance(50);
    m_csrfMode =
        pick({QStringLiteral("omit"), QStringLiteral("rotate-once"), QStringLiteral("rotate-every")});
    m_offsetMinutes = QList<int>{120, -300, 330, 0, -690, 840}.at(int(rng.bounded(6)));
    m_fractionDigits = QList<int>{0, 1, 6, 9}.at(int(rng.bounded(4)));
    m_estimateForm = pick({QStringLiteral("text"), QStringLiteral("absent"), QStringLiteral("zero")});
    for (const auto &[schema, fields] : droppable()) {
        for (const QString &field : fields) {
            if (chance(30))
                m_dropped.append(QLatin1String(schema) + QLatin1Char('.') + field);
        }
    }
    m_pageSize = 1 + int(rng.bounded(3));
    m_delayMaxMs = 20 + int(rng.bounded(130));
    for (const QString &route :
         {QStringLiteral("/api/v1/deployments/versions"), kHistory, kSession, kStatusPrefix,
          QStringLiteral("/api/v1/health/connectors"), QStringLiteral("/api/v1/health/providers")}) {
        if (chance(40))
            m_oneOffRoutes.insert(route);
    }
    if (m_oneOffRoutes.isEmpty())
        m_oneOffRoutes.insert(kStatusPrefix);
    m_rawWindowMs = 300 + int(rng.bounded(1700)); // at most 2 s (the grace the contract lets a portal take)
    m_chunkSize = 1 + int(rng.bounded(64));
}

QString Variant::describe() const
{
    QStringList routes = m_oneOffRoutes.values();
    routes.sort();
    const QHash<QString, QString> details{
        {QStringLiteral("unknown-fields"), QStringLiteral("depth %1").arg(m_unknownDepth)},
        {QStringLiteral("key-order"), m_keyOrder},
        {QStringLiteral("id-case"), m_idForm},
        {QStringLiteral("cookie"),
         QStringLiteral("path %1%2")
             .arg(m_cookiePath, m_extraCookies ? QStringLiteral(" +extra") : QString())},
        {QStringLiteral("cookie-name"), m_cookieName},
        {QStringLiteral("csrf"), m_csrfMode},
        {QStringLiteral("time-format"),
         QStringLiteral("offset %1 min, %2 fraction digits").arg(m_offsetMinutes).arg(m_fractionDigits)},
        {QStringLiteral("estimated-time"), m_estimateForm},
        {QStringLiteral("optional-absent"), m_dropped.join(QLatin1Char(' '))},
        {QStringLiteral("page-size"), QString::number(m_pageSize)},
        {QStringLiteral("delays"), QStringLiteral("up to %1 ms").arg(m_delayMaxMs)},
        {QStringLiteral("one-off-503"), routes.join(QLatin1Char(' '))},
        {QStringLiteral("chunked"), QStringLiteral("%1-byte chunks").arg(m_chunkSize)},
        {QStringLiteral("read-after-write"), QStringLiteral("404 for %1 ms").arg(m_rawWindowMs)},
    };
    QStringList parts;
    for (const QString &aspect : aspectNames()) {
        if (!m_on.contains(aspect))
            continue;
        const QString detail = details.value(aspect);
        parts.append(detail.isEmpty() ? aspect : QStringLiteral("%1(%2)").arg(aspect, detail));
    }
    return QStringLiteral("portal-sim variant seed %1: %2 (replay: portal-sim --variant %1%3)")
        .arg(m_seed)
        .arg(parts.isEmpty() ? QStringLiteral("no variation") : parts.join(QStringLiteral(", ")),
             m_beyondContract ? QStringLiteral(" --variant-beyond-contract") : QString());
}

quint32 Variant::draw()
{
    // A small generator per request: the same seed and the same request sequence give the same draws.
    m_requestDraw = m_requestDraw * 1664525u + 1013904223u;
    return (m_requestDraw >> 8) & 0xffffffu;
}

QString Variant::externalId(const QString &canonical)
{
    QString id = canonical;
    if (has(QStringLiteral("id-case"))) {
        if (m_idForm == QStringLiteral("lower"))
            id = id.toLower();
        else if (m_idForm == QStringLiteral("upper"))
            id = id.toUpper();
        else
            for (qsizetype i = 0; i < id.size(); ++i)
                id[i] = (i + qsizetype(m_seed)) % 2 ? id[i].toLower() : id[i].toUpper();
    }
    if (has(QStringLiteral("id-encoded"))) {
        // Characters a URL path must percent-encode (the contract's upgradeID is any 1-128 characters).
        static const QStringList specials{QStringLiteral(" #"), QStringLiteral("%+"), QStringLiteral("?&="),
                                          QStringLiteral("é:"), QStringLiteral(" %?")};
        id.insert(4, specials.at(int(m_seed % quint64(specials.size()))));
    }
    m_canonicalByLower.insert(id.toLower(), canonical);
    return id;
}

QString Variant::rewriteIds(const QString &text)
{
    static const QRegularExpression canonical(QStringLiteral("upg_[0-9A-Z]{26}"));
    if (!text.contains(QStringLiteral("upg_")))
        return text;
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : canonical.globalMatch(text)) {
        out += text.mid(last, m.capturedStart() - last) + externalId(m.captured());
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString Variant::rewriteTime(const QString &text) const
{
    const QRegularExpressionMatch m = utcTime().match(text);
    if (!m.hasMatch() || m.captured(3) != QStringLiteral("Z"))
        return text;
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return text;
    t.setTimeZone(QTimeZone::utc());
    const QString fraction = (m.captured(2) + QStringLiteral("000000000")).left(9);
    t = t.toOffsetFromUtc(m_offsetMinutes * 60);
    QString out = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (m_fractionDigits > 0)
        out += QLatin1Char('.') + fraction.left(m_fractionDigits);
    if (m_offsetMinutes == 0)
        return out + QStringLiteral("+00:00");
    const int abs = std::abs(m_offsetMinutes);
    return out + QStringLiteral("%1%2:%3")
                     .arg(m_offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                     .arg(abs / 60, 2, 10, QLatin1Char('0'))
                     .arg(abs % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue Variant::unknownValue(int depth)
{
    switch (draw() % (depth > 1 ? 7 : 5)) {
    case 0:
        return QStringLiteral("unknown <b>text</b> \u00e9\u4e2d");
    case 1:
        return double(draw() % 100000);
    case 2:
        return bool(draw() % 2);
    case 3:
        return QJsonValue::Null;
    case 4:
        return 3.25;
    case 5:
        return QJsonObject{{QStringLiteral("nested_unknown"), unknownValue(depth - 1)},
                           {QStringLiteral("status"), QStringLiteral("WHATEVER")}};
    default:
        return QJsonArray{unknownValue(depth - 1), QStringLiteral("x")};
    }
}

QJsonValue Variant::rewrite(const QJsonValue &value, const QString &schema, int depth)
{
    if (value.isString()) {
        QString s = value.toString();
        if (has(QStringLiteral("time-format")))
            s = rewriteTime(s);
        return rewriteIds(s);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(rewrite(item, schema, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (has(QStringLiteral("optional-absent")) &&
            m_dropped.contains(schema + QLatin1Char('.') + it.key()))
            continue;
        if (has(QStringLiteral("tenant-absent")) && schema == QStringLiteral("Organization") &&
            it.key() == QStringLiteral("tenant"))
            continue;
        const QString child =
            it->isObject() || it->isArray() ? schemaOf(*m_request, m_status, schema, it.key()) : QString();
        out.insert(it.key(), rewrite(*it, child, depth + 1));
    }
    // Upgrade objects: estimated_time forms, unknown and final states.
    if (schema == QStringLiteral("UpgradeAccepted") || schema == QStringLiteral("UpgradeStatus")) {
        if (has(QStringLiteral("estimated-time")) && o.contains(QStringLiteral("estimated_time"))) {
            const int seconds = o.value(QStringLiteral("estimated_time")).toInt();
            if (m_estimateForm == QStringLiteral("text"))
                out.insert(QStringLiteral("estimated_time"),
                           QStringLiteral("%1-%2 minutes").arg(seconds / 60).arg(seconds / 60 + 2));
            else if (m_estimateForm == QStringLiteral("zero"))
                out.insert(QStringLiteral("estimated_time"), 0);
            else
                out.remove(QStringLiteral("estimated_time"));
        }
    }
    if (schema == QStringLiteral("ServiceStatus") && has(QStringLiteral("unknown-state")) &&
        o.value(QStringLiteral("status")).toString() == QStringLiteral("IN_PROGRESS") &&
        out.contains(QStringLiteral("rollout_state")))
        out.insert(QStringLiteral("rollout_state"), QStringLiteral("PROVISIONING_TASKS"));
    if (schema == QStringLiteral("License") && has(QStringLiteral("unknown-state")))
        out.insert(QStringLiteral("status"), QStringLiteral("active_grace_period"));
    if (has(QStringLiteral("cancelled")) &&
        (schema == QStringLiteral("UpgradeStatus") || schema == QStringLiteral("UpgradeSummary")) &&
        isFinal(o.value(QStringLiteral("status")).toString()) &&
        m_acceptedAt.contains(o.value(QStringLiteral("upgrade_id")).toString())) {
        out.insert(QStringLiteral("status"), QStringLiteral("CANCELLED"));
        QString completed = o.value(QStringLiteral("completed_at")).toString();
        if (has(QStringLiteral("time-format")))
            completed = rewriteTime(completed);
        out.insert(QStringLiteral("completed_at"), completed);
    }
    if (schema == QStringLiteral("UpgradeStatus") && !has(QStringLiteral("id-case")) && !m_typedId.isEmpty())
        out.insert(QStringLiteral("upgrade_id"), m_typedId); // echo the id as the client typed it
    if (has(QStringLiteral("unknown-fields")) && depth <= m_unknownDepth * 2 + 1) {
        static const QStringList names{QStringLiteral("_links"),           QStringLiteral("trace_id"),
                                       QStringLiteral("x_region_hint"),    QStringLiteral("meta"),
                                       QStringLiteral("deprecated_since"), QStringLiteral("revision")};
        const QString name = names.at(int(draw() % quint32(names.size())));
        if (!out.contains(name)) {
            if (schema == QStringLiteral("StringMap"))
                out.insert(QStringLiteral("x-") + name, QStringLiteral("ok"));
            else
                out.insert(name, unknownValue(m_unknownDepth));
        }
    }
    return out;
}

QByteArray Variant::serialize(const QJsonValue &value) const
{
    QByteArray out;
    serializeInto(value, out);
    return out;
}

void Variant::serializeInto(const QJsonValue &value, QByteArray &out) const
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        QStringList keys = o.keys();
        if (has(QStringLiteral("key-order"))) {
            if (m_keyOrder == QStringLiteral("reverse"))
                std::reverse(keys.begin(), keys.end());
            else
                std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
                    return qHash(a, size_t(m_seed)) < qHash(b, size_t(m_seed));
                });
        }
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            serializeInto(keys.at(i), out);
            out += ':';
            serializeInto(o.value(keys.at(i)), out);
        }
        out += '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            serializeInto(a.at(i), out);
        }
        out += ']';
        return;
    }
    default: {
        // Scalars as Qt writes them (a one-element array, unwrapped).
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += wrapped.mid(1, wrapped.size() - 2);
        return;
    }
    }
}

std::optional<HttpResponse> Variant::inbound(HttpRequest &request, qint64 nowMs)
{
    m_requestDraw = quint32(qHash(++m_requests, size_t(m_seed)));
    m_request = &request;
    m_typedId.clear();
    m_historyCursor.clear();
    m_synthetic = false;
    auto answer = [this](int status, const QJsonObject &body) {
        m_synthetic = true;
        return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    if (has(QStringLiteral("cookie-name"))) {
        const QByteArray name = m_cookieName.toLatin1() + '=';
        for (auto &[key, value] : request.headers) {
            if (key.compare("cookie", Qt::CaseInsensitive) != 0)
                continue;
            QList<QByteArray> parts = value.split(';');
            for (QByteArray &part : parts) {
                if (part.trimmed().startsWith(name))
                    part = kCookie + '=' + part.trimmed().mid(name.size());
            }
            value = parts.join(';');
        }
    }
    const bool get = request.method == "GET";
    if (request.path.startsWith(kStatusPrefix)) {
        m_typedId = request.path.mid(kStatusPrefix.size());
        const QString canonical = m_canonicalByLower.value(m_typedId.toLower());
        if (!canonical.isEmpty())
            request.path = kStatusPrefix + canonical;
        if (get && has(QStringLiteral("read-after-write")) && m_acceptedAt.contains(canonical) &&
            nowMs - m_acceptedAt.value(canonical) < m_rawWindowMs)
            return answer(404, {{QStringLiteral("error"), QStringLiteral("not_found")},
                                {QStringLiteral("message"),
                                 QStringLiteral("No upgrade with id %1 (yet)").arg(m_typedId)}});
    }
    if (get && has(QStringLiteral("one-off-503"))) {
        const QString route = request.path.startsWith(kStatusPrefix) ? kStatusPrefix : request.path;
        if (m_oneOffRoutes.contains(route) && !m_oneOffDone.contains(route)) {
            m_oneOffDone.insert(route);
            HttpResponse r = answer(
                503, {{QStringLiteral("error"), has(QStringLiteral("unknown-state"))
                                                    ? QStringLiteral("edge_overloaded")
                                                    : QStringLiteral("unavailable")},
                      {QStringLiteral("message"), QStringLiteral("Busy for a moment (variant one-off)")}});
            r.setHeader("Retry-After", "1");
            return r;
        }
    }
    if (request.path == kHistory && get) {
        QUrlQuery &q = request.query;
        if (has(QStringLiteral("page-size"))) {
            const int limit = q.hasQueryItem(QStringLiteral("limit"))
                                  ? q.queryItemValue(QStringLiteral("limit")).toInt()
                                  : 100;
            if (limit > m_pageSize) { // smaller pages than asked for: "at most limit"
                q.removeAllQueryItems(QStringLiteral("limit"));
                q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
            }
        }
        const QString cursor = q.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        if (cursor == kEndMarker)
            return answer(
                200, {{QStringLiteral("upgrades"), QJsonArray()},
                      {QStringLiteral("next_cursor"), QJsonValue::Null},
                      {QStringLiteral("server_time"),
                       QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(Qt::ISODateWithMs)}});
        m_historyCursor = cursor;
        if (cursor.startsWith(kEmptyMarker)) {
            m_historyCursor = cursor.mid(kEmptyMarker.size());
            q.removeAllQueryItems(QStringLiteral("cursor"));
            if (!m_historyCursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), m_historyCursor);
        }
    }
    return std::nullopt;
}

void Variant::shapeJson(const HttpRequest &request, HttpResponse &response)
{
    if (response.body.isEmpty() || response.cutBodyAfter >= 0)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return; // not JSON (a fault or another body): left as it is
    QJsonObject root = doc.object();
    const bool ok = response.status >= 200 && response.status < 300;
    if (ok && request.path == kSession && has(QStringLiteral("csrf")) && m_rotateCsrf) {
        const QString token = QString::fromLatin1(request.cookie(kCookie));
        const int checks = m_sessionCheckCount[token]++;
        const bool rotate = m_csrfMode == QStringLiteral("rotate-every") ||
                            (m_csrfMode == QStringLiteral("rotate-once") && checks == 0);
        if (rotate)
            root.insert(QStringLiteral("csrf_token"), m_rotateCsrf(token));
        else
            root.remove(QStringLiteral("csrf_token")); // the client keeps the one it holds
    }
    if (response.status == 202 && request.path == kTrigger)
        m_acceptedAt.insert(root.value(QStringLiteral("upgrade_id")).toString(),
                            QDateTime::currentMSecsSinceEpoch());
    if (ok && request.path == kHistory && has(QStringLiteral("empty-pages")) && !m_synthetic) {
        const bool last = root.value(QStringLiteral("next_cursor")).isNull();
        if (!m_emptyPageGiven.contains(m_historyCursor) && draw() % 2 == 0) {
            // An empty page before this one; its cursor leads back here (and here it is not empty again).
            m_emptyPageGiven.insert(m_historyCursor);
            root.insert(QStringLiteral("upgrades"), QJsonArray());
            root.insert(QStringLiteral("next_cursor"), kEmptyMarker + m_historyCursor);
        } else if (last && !m_emptyPageGiven.contains(kEndMarker)) {
            m_emptyPageGiven.insert(kEndMarker); // one trailing empty page per run
            root.insert(QStringLiteral("next_cursor"), kEndMarker);
        }
    }
    m_status = response.status;
    response.body = serialize(rewrite(root, schemaOf(request, response.status, QString(), QString()), 0));
}

void Variant::shapeCookies(HttpResponse &response)
{
    if (!has(QStringLiteral("cookie")) && !has(QStringLiteral("cookie-name")))
        return;
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[key, value] : std::as_const(response.headers)) {
        if (key.compare("set-cookie", Qt::CaseInsensitive) != 0 || !value.startsWith(kCookie + '=')) {
            headers.append({key, value});
            continue;
        }
        const QList<QByteArray> parts = value.split(';');
        QByteArray cookie = has(QStringLiteral("cookie-name"))
                                ? m_cookieName.toLatin1() + parts.first().mid(kCookie.size())
                                : parts.first();
        QList<QByteArray> attributes{"path=" + m_cookiePath.toLatin1(), "HTTPONLY", "samesite=Strict"};
        for (const QByteArray &part : parts.mid(1)) {
            const QByteArray a = part.trimmed();
            if (a.compare("Secure", Qt::CaseInsensitive) == 0 || a.startsWith("Max-Age"))
                attributes.append(a.toLower());
        }
        if (m_seed % 2)
            std::reverse(attributes.begin(), attributes.end());
        for (const QByteArray &a : std::as_const(attributes))
            cookie += "; " + a;
        headers.append({QByteArray("set-cookie"), cookie});
        if (m_extraCookies) {
            headers.append(
                {QByteArray("Set-Cookie"), "lb_route=" + QByteArray::number(m_seed, 16) + "; Path=/"});
            headers.append({QByteArray("Set-Cookie"),
                            QByteArray("ui_pref=compact; Path=/; Max-Age=31536000; SameSite=Lax")});
        }
    }
    response.headers = headers;
}

void Variant::outbound(const HttpRequest &request, HttpResponse &response, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    m_request = &request;
    shapeJson(request, response);
    shapeCookies(response);
    if (has(QStringLiteral("delays")) && draw() % 3 == 0)
        response.delayMs += int(draw() % quint32(m_delayMaxMs + 1));
    if (has(QStringLiteral("close")) && draw() % 3 == 0)
        response.closeConnection = true;
    if (response.status == 204 || response.body.isEmpty() || response.cutBodyAfter >= 0)
        return;
    if (has(QStringLiteral("gzip")) && request.header("accept-encoding").contains("gzip")) {
        const QByteArray packed = gzip(response.body);
        if (!packed.isEmpty()) {
            response.body = packed;
            response.setHeader("Content-Encoding", "gzip");
            response.setHeader("Vary", "Accept-Encoding");
        }
    }
    if (has(QStringLiteral("chunked")))
        response.chunkSize = m_chunkSize;
}

} // namespace sim
