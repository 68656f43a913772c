#include "jsonreader.h"

#include "decoders.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace pdc::json {

namespace {

// Depth of the deepest array/object, scanning bytes outside strings; stops early past `limit`.
int nestingDepth(const QByteArray &body, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

} // namespace

ApiError malformed(const QString &field, const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::MalformedBody;
    e.field = field;
    e.message = message;
    return e;
}

std::optional<Json> parseBody(const QByteArray &body, ApiError *error)
{
    if (body.size() > kMaxBodyBytes) {
        *error = malformed(QString(), QStringLiteral("The answer is too large (%1 bytes)").arg(body.size()));
        return std::nullopt;
    }
    if (body.trimmed().isEmpty()) {
        *error = malformed(QString(), QStringLiteral("The answer has no body where JSON was expected"));
        return std::nullopt;
    }
    if (nestingDepth(body, kMaxNestingDepth) > kMaxNestingDepth) {
        *error = malformed(
            QString(), QStringLiteral("The answer is nested deeper than %1 levels").arg(kMaxNestingDepth));
        return std::nullopt;
    }
    Json value = Json::parse(body.cbegin(), body.cend(), nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        *error = malformed(QString(), QStringLiteral("The answer is not valid JSON"));
        return std::nullopt;
    }
    return value;
}

QString Reader::child(const QString &parent, const char *key)
{
    const QString k = QString::fromUtf8(key);
    return parent.isEmpty() ? k : parent + QLatin1Char('.') + k;
}

QString Reader::index(const QString &parent, std::size_t i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

void Reader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = malformed(field, message);
}

QString Reader::typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::object:
        return QStringLiteral("an object");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::boolean:
        return QStringLiteral("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return QStringLiteral("a number");
    default:
        return QStringLiteral("something else");
    }
}

QString Reader::toQString(const Json &stringValue)
{
    const auto &s = stringValue.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool Reader::expectObject(const Json &value, const QString &path)
{
    if (value.is_object())
        return true;
    fail(path, path.isEmpty()
                   ? QStringLiteral("The answer should be a JSON object but is %1").arg(typeName(value))
                   : QStringLiteral("Field '%1' should be an object but is %2").arg(path, typeName(value)));
    return false;
}

const Json *Reader::member(const Json &o, const QString &path, const char *key, Need need)
{
    if (failed() || !o.is_object())
        return nullptr;
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        if (need == Need::Required) {
            const QString field = child(path, key);
            fail(field, QStringLiteral("Required field '%1' is missing").arg(field));
        }
        return nullptr;
    }
    return &*it;
}

QString Reader::string(const Json &o, const QString &path, const char *key, Need need)
{
    const Json *v = member(o, path, key, need);
    if (!v)
        return {};
    if (!v->is_string()) {
        const QString field = child(path, key);
        fail(field, QStringLiteral("Field '%1' should be a string but is %2").arg(field, typeName(*v)));
        return {};
    }
    return toQString(*v);
}

std::optional<qint64> Reader::integer(const Json &o, const QString &path, const char *key, Need need,
                                      qint64 min, qint64 max)
{
    const Json *v = member(o, path, key, need);
    if (!v)
        return std::nullopt;
    const QString field = child(path, key);
    std::optional<qint64> n;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u <= std::uint64_t(std::numeric_limits<qint64>::max()))
            n = qint64(u);
    } else if (v->is_number_integer()) {
        n = v->get<std::int64_t>();
    } else if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            n = qint64(d);
        else {
            fail(field, QStringLiteral("Field '%1' should be a whole number").arg(field));
            return std::nullopt;
        }
    } else {
        fail(field, QStringLiteral("Field '%1' should be a number but is %2").arg(field, typeName(*v)));
        return std::nullopt;
    }
    if (!n || *n < min || *n > max) {
        fail(field, QStringLiteral("Field '%1' is out of range").arg(field));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> Reader::boolean(const Json &o, const QString &path, const char *key, Need need)
{
    const Json *v = member(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        const QString field = child(path, key);
        fail(field, QStringLiteral("Field '%1' should be true or false but is %2").arg(field, typeName(*v)));
        return std::nullopt;
    }
    return v->get<bool>();
}

QDateTime Reader::timestamp(const Json &o, const QString &path, const char *key, Need need)
{
    const Json *v = member(o, path, key, need);
    if (!v)
        return {};
    const QString field = child(path, key);
    if (!v->is_string()) {
        fail(field,
             QStringLiteral("Field '%1' should be an RFC 3339 time but is %2").arg(field, typeName(*v)));
        return {};
    }
    const QDateTime t = parseTimestamp(toQString(*v));
    if (!t.isValid())
        fail(field, QStringLiteral("Field '%1' is not an RFC 3339 time").arg(field));
    return t;
}

const Json *Reader::object(const Json &o, const QString &path, const char *key, Need need)
{
    const Json *v = member(o, path, key, need);
    if (!v)
        return nullptr;
    if (!v->is_object()) {
        const QString field = child(path, key);
        fail(field, QStringLiteral("Field '%1' should be an object but is %2").arg(field, typeName(*v)));
        return nullptr;
    }
    return v;
}

const Json *Reader::array(const Json &o, const QString &path, const char *key, Need need)
{
    const Json *v = member(o, path, key, need);
    if (!v)
        return nullptr;
    if (!v->is_array()) {
        const QString field = child(path, key);
        fail(field, QStringLiteral("Field '%1' should be an array but is %2").arg(field, typeName(*v)));
        return nullptr;
    }
    return v;
}

QStringList Reader::stringList(const Json &o, const QString &path, const char *key, Need need)
{
    QStringList out;
    const Json *a = array(o, path, key, need);
    if (!a)
        return out;
    const QString field = child(path, key);
    for (std::size_t i = 0; i < a->size(); ++i) {
        const Json &item = (*a)[i];
        if (!item.is_string()) {
            const QString itemPath = index(field, i);
            fail(itemPath,
                 QStringLiteral("Field '%1' should be a string but is %2").arg(itemPath, typeName(item)));
            return {};
        }
        out.append(toQString(item));
    }
    return out;
}

QMap<QString, QString> Reader::stringMap(const Json &o, const QString &path, const char *key, Need need)
{
    QMap<QString, QString> out;
    const Json *m = object(o, path, key, need);
    if (!m)
        return out;
    const QString field = child(path, key);
    for (auto it = m->begin(); it != m->end(); ++it) {
        const QString k = QString::fromStdString(it.key());
        if (it->is_string())
            out.insert(k, toQString(*it));
        else if (it->is_number() || it->is_boolean())
            out.insert(k, QString::fromStdString(it->dump()));
        else if (!it->is_null()) {
            const QString itemPath = field + QLatin1Char('.') + k;
            fail(itemPath,
                 QStringLiteral("Field '%1' should be a string but is %2").arg(itemPath, typeName(*it)));
            return {};
        }
    }
    return out;
}

} // namespace pdc::json

namespace pdc {

QDateTime parseTimestamp(const QString &text)
{
    // RFC 3339 allows a leap second (time-second 60, "2016-12-31T23:59:60Z"); QDateTime has none and
    // refuses it. It is read as 23:59:59.999 (hh:mm:59.999 of the same minute, fraction dropped), not as
    // the next second: the time stays on the day, in the hour and in the minute the portal wrote (date
    // filters, weeks and "since" keep the record where the portal put it) and after every earlier instant
    // of that minute. Only the seconds field is touched; anything else invalid stays invalid.
    static const QRegularExpression leapSecond(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):60(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$)"));
    if (const QRegularExpressionMatch m = leapSecond.match(text); m.hasMatch())
        return parseTimestamp(m.captured(1) + QStringLiteral(":59.999") + m.captured(2));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a time without an offset is UTC here, never the workstation's zone
    return t.toUTC();
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace pdc
