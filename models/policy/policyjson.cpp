#include "policyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace pdc {

namespace {

const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Reads one document, remembering the first problem with its path; every accessor is harmless after one.
class PolicyReader
{
public:
    bool failed() const { return m_error.has_value(); }
    const PolicyDecodeError &error() const { return *m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = PolicyDecodeError{path, message};
    }

    static QString child(const QString &parent, const char *key)
    {
        return parent.isEmpty() ? QString::fromLatin1(key) : parent + QLatin1Char('.') + QLatin1String(key);
    }
    static QString index(const QString &parent, qsizetype i)
    {
        return QStringLiteral("%1[%2]").arg(parent).arg(i);
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }

    // The member, or nullopt when absent or null (a problem when required).
    std::optional<QJsonValue> member(const QJsonObject &o, const QString &path, const char *key,
                                     bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(child(path, key), QStringLiteral("is required"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const auto v = member(o, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->isString()) {
            fail(child(path, key), QStringLiteral("must be a string, not %1").arg(typeName(*v)));
            return std::nullopt;
        }
        return v->toString();
    }

    std::optional<qint64> integer(const QJsonObject &o, const QString &path, const char *key, qint64 min,
                                  qint64 max)
    {
        const auto v = member(o, path, key, false);
        if (!v)
            return std::nullopt;
        const double d = v->toDouble();
        if (!v->isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(child(path, key), QStringLiteral("must be a whole number, not %1").arg(typeName(*v)));
            return std::nullopt;
        }
        const auto n = static_cast<qint64>(d);
        if (n < min || n > max) {
            fail(child(path, key),
                 QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(n));
            return std::nullopt;
        }
        return n;
    }

    std::optional<QJsonArray> array(const QJsonObject &o, const QString &path, const char *key)
    {
        const auto v = member(o, path, key, false);
        if (!v)
            return std::nullopt;
        if (!v->isArray()) {
            fail(child(path, key), QStringLiteral("must be an array, not %1").arg(typeName(*v)));
            return std::nullopt;
        }
        return v->toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, QStringLiteral("must be an object, not %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QStringList> strings(const QJsonObject &o, const QString &path, const char *key)
    {
        const auto a = array(o, path, key);
        if (!a)
            return std::nullopt;
        QStringList out;
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QJsonValue v = a->at(i);
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                fail(index(child(path, key), i), QStringLiteral("must be a non-empty string"));
                return std::nullopt;
            }
            out << v.toString().trimmed();
        }
        return out;
    }

    std::optional<QString> zone(const QJsonObject &o, const QString &path)
    {
        const auto z = string(o, path, "zone", true);
        if (!z)
            return std::nullopt;
        if (!QTimeZone::isTimeZoneIdAvailable(z->toUtf8())) {
            fail(child(path, "zone"),
                 QStringLiteral("\"%1\" is not a time zone this machine knows (an IANA id "
                                "such as Europe/Berlin)")
                     .arg(*z));
            return std::nullopt;
        }
        return z;
    }

    std::optional<QTime> time(const QJsonObject &o, const QString &path, const char *key)
    {
        static const QRegularExpression form(QStringLiteral("^\\d\\d:\\d\\d$"));
        const auto s = string(o, path, key, true);
        if (!s)
            return std::nullopt;
        const QTime t = QTime::fromString(*s, QStringLiteral("HH:mm"));
        if (!form.match(*s).hasMatch() || !t.isValid()) {
            fail(child(path, key), QStringLiteral("must be a local time as HH:mm, not \"%1\"").arg(*s));
            return std::nullopt;
        }
        return t;
    }

    std::optional<QDateTime> instant(const QJsonObject &o, const QString &path, const char *key)
    {
        static const QRegularExpression withOffset(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$"));
        const auto s = string(o, path, key, true);
        if (!s)
            return std::nullopt;
        const QDateTime t = QDateTime::fromString(*s, Qt::ISODateWithMs);
        if (!withOffset.match(*s).hasMatch() || !t.isValid()) {
            fail(child(path, key),
                 QStringLiteral("must be an ISO 8601 instant with an offset or Z, not \"%1\"").arg(*s));
            return std::nullopt;
        }
        return t.toUTC();
    }

private:
    std::optional<PolicyDecodeError> m_error;
};

void readApproval(PolicyReader &r, const QJsonObject &o, const QString &path, SafeguardPolicy &p)
{
    if (const auto scopes = r.strings(o, path, "scopes")) {
        p.scopesNeedingApproval.clear();
        for (qsizetype i = 0; i < scopes->size(); ++i) {
            const auto t = serviceTargetFromWire(scopes->at(i));
            if (!t) {
                r.fail(PolicyReader::index(PolicyReader::child(path, "scopes"), i),
                       QStringLiteral("\"%1\" is not a scope (agent, orchestrator, customer-portal, all)")
                           .arg(scopes->at(i)));
                return;
            }
            p.scopesNeedingApproval.insert(*t);
        }
    }
    if (const auto n = r.integer(o, path, "approvers", 1, 10))
        p.approversRequired = static_cast<int>(*n);
    if (const auto roles = r.strings(o, path, "approver_roles")) {
        if (roles->isEmpty())
            r.fail(PolicyReader::child(path, "approver_roles"),
                   QStringLiteral("must name at least one role"));
        p.approverRoles = *roles;
    }
    if (const auto minutes = r.integer(o, path, "valid_for_minutes", 1, 30 * 24 * 60))
        p.approvalValiditySeconds = *minutes * 60;
}

std::optional<ChangeWindow> readWindow(PolicyReader &r, const QJsonValue &v, const QString &path)
{
    const auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    ChangeWindow w;
    const auto days = r.strings(*o, path, "days");
    if (!days || days->isEmpty()) {
        r.fail(PolicyReader::child(path, "days"), QStringLiteral("must name at least one day (mon … sun)"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < days->size(); ++i) {
        const QString day = days->at(i).toLower();
        const auto *it = std::find_if(std::begin(kDayNames), std::end(kDayNames),
                                      [&day](const char *name) { return day == QLatin1String(name); });
        if (it == std::end(kDayNames)) {
            r.fail(
                PolicyReader::index(PolicyReader::child(path, "days"), i),
                QStringLiteral("\"%1\" is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(days->at(i)));
            return std::nullopt;
        }
        w.days.insert(static_cast<int>(it - std::begin(kDayNames)) + 1);
    }
    const auto start = r.time(*o, path, "start");
    const auto end = r.time(*o, path, "end");
    const auto zone = r.zone(*o, path);
    if (!start || !end || !zone)
        return std::nullopt;
    w.start = *start;
    w.end = *end;
    w.zone = *zone;
    return w;
}

std::optional<Freeze> readFreeze(PolicyReader &r, const QJsonValue &v, const QString &path)
{
    const auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    const auto from = r.instant(*o, path, "from");
    const auto to = r.instant(*o, path, "to");
    const auto zone = r.zone(*o, path);
    const auto reason = r.string(*o, path, "reason", true);
    if (!from || !to || !zone || !reason)
        return std::nullopt;
    if (*to <= *from) {
        r.fail(PolicyReader::child(path, "to"), QStringLiteral("must be after \"from\""));
        return std::nullopt;
    }
    if (reason->trimmed().isEmpty()) {
        r.fail(PolicyReader::child(path, "reason"),
               QStringLiteral("must say why (it is shown in the banner)"));
        return std::nullopt;
    }
    return Freeze{*from, *to, *zone, reason->trimmed()};
}

std::optional<SafeguardPolicy> readPolicy(PolicyReader &r, const QJsonValue &v, const QString &path)
{
    const auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    const auto tenant = r.string(*o, path, "tenant", true);
    const auto klass = r.string(*o, path, "environment_class", true);
    if (!tenant || !klass)
        return std::nullopt;
    if (tenant->trimmed().isEmpty()) {
        r.fail(PolicyReader::child(path, "tenant"), QStringLiteral("must name a tenant, or \"*\" for any"));
        return std::nullopt;
    }
    const auto environmentClass = environmentClassFromWire(*klass);
    if (!environmentClass) {
        r.fail(PolicyReader::child(path, "environment_class"),
               QStringLiteral("\"%1\" is not an environment class (production, staging, development, custom)")
                   .arg(*klass));
        return std::nullopt;
    }
    SafeguardPolicy p = defaultPolicy(tenant->trimmed(), *environmentClass);
    if (const auto approval = r.member(*o, path, "approval", false)) {
        const QString approvalPath = PolicyReader::child(path, "approval");
        if (const auto a = r.object(*approval, approvalPath))
            readApproval(r, *a, approvalPath, p);
    }
    if (const auto roles = r.strings(*o, path, "override_roles")) {
        if (roles->isEmpty())
            r.fail(PolicyReader::child(path, "override_roles"),
                   QStringLiteral("must name at least one role"));
        p.overrideRoles = *roles;
    }
    if (const auto windows = r.array(*o, path, "windows")) {
        for (qsizetype i = 0; i < windows->size() && !r.failed(); ++i) {
            if (const auto w = readWindow(r, windows->at(i),
                                          PolicyReader::index(PolicyReader::child(path, "windows"), i)))
                p.windows << *w;
        }
    }
    if (const auto freezes = r.array(*o, path, "freezes")) {
        for (qsizetype i = 0; i < freezes->size() && !r.failed(); ++i) {
            if (const auto f = readFreeze(r, freezes->at(i),
                                          PolicyReader::index(PolicyReader::child(path, "freezes"), i)))
                p.freezes << *f;
        }
    }
    if (r.failed())
        return std::nullopt;
    return p;
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QString instantText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

PolicyDecodeResult decodePolicySet(const QByteArray &json)
{
    PolicyDecodeResult out;
    if (json.size() > kMaxPolicyBytes) {
        out.error = {QString(), QStringLiteral("The policy is too large (%1 bytes)").arg(json.size())};
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error = {QString(), QStringLiteral("The policy is not valid JSON (%1 at offset %2)")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)};
        return out;
    }
    if (!doc.isObject()) {
        out.error = {QString(), QStringLiteral("The policy must be a JSON object")};
        return out;
    }
    PolicyReader r;
    PolicySet set;
    const QJsonObject root = doc.object();
    if (const auto policies = r.array(root, QString(), "policies")) {
        for (qsizetype i = 0; i < policies->size() && !r.failed(); ++i) {
            const QString path = PolicyReader::index(QStringLiteral("policies"), i);
            const auto p = readPolicy(r, policies->at(i), path);
            if (!p)
                break;
            const bool duplicate = std::any_of(set.policies.cbegin(), set.policies.cend(),
                                               [&p](const SafeguardPolicy &q) { return q.key == p->key; });
            if (duplicate) {
                r.fail(path, QStringLiteral("a second policy for tenant \"%1\" and class %2")
                                 .arg(p->key.tenant, toWire(p->key.environmentClass)));
                break;
            }
            set.policies << *p;
        }
    } else if (!r.failed()) {
        r.fail(QStringLiteral("policies"), QStringLiteral("is required"));
    }
    if (r.failed()) {
        out.error = r.error();
        return out;
    }
    out.policy = set;
    return out;
}

QByteArray encodePolicySet(const PolicySet &set)
{
    QJsonArray policies;
    for (const SafeguardPolicy &p : set.policies) {
        QStringList scopes;
        for (ServiceTarget t : allTargets()) {
            if (p.scopesNeedingApproval.contains(t))
                scopes << toWire(t);
        }
        QJsonArray windows;
        for (const ChangeWindow &w : p.windows) {
            QStringList days;
            for (int d = 1; d <= 7; ++d) {
                if (w.days.contains(d))
                    days << QString::fromLatin1(kDayNames[d - 1]);
            }
            windows.append(QJsonObject{{QStringLiteral("days"), stringArray(days)},
                                       {QStringLiteral("start"), w.start.toString(QStringLiteral("HH:mm"))},
                                       {QStringLiteral("end"), w.end.toString(QStringLiteral("HH:mm"))},
                                       {QStringLiteral("zone"), w.zone}});
        }
        QJsonArray freezes;
        for (const Freeze &f : p.freezes) {
            freezes.append(QJsonObject{{QStringLiteral("from"), instantText(f.from)},
                                       {QStringLiteral("to"), instantText(f.to)},
                                       {QStringLiteral("zone"), f.zone},
                                       {QStringLiteral("reason"), f.reason}});
        }
        policies.append(
            QJsonObject{{QStringLiteral("tenant"), p.key.tenant},
                        {QStringLiteral("environment_class"), toWire(p.key.environmentClass)},
                        {QStringLiteral("approval"),
                         QJsonObject{{QStringLiteral("scopes"), stringArray(scopes)},
                                     {QStringLiteral("approvers"), p.approversRequired},
                                     {QStringLiteral("approver_roles"), stringArray(p.approverRoles)},
                                     {QStringLiteral("valid_for_minutes"), p.approvalValiditySeconds / 60}}},
                        {QStringLiteral("override_roles"), stringArray(p.overrideRoles)},
                        {QStringLiteral("windows"), windows},
                        {QStringLiteral("freezes"), freezes}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("policies"), policies}}).toJson(QJsonDocument::Compact);
}

} // namespace pdc
