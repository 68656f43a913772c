// A small path-aware reader over nlohmann::json used by the decoders: every accessor checks the type,
// records the first problem as a MalformedBody ApiError naming the JSON path, and never throws.
#pragma once

#include "domain/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

namespace pdc::json {

using Json = nlohmann::json;

enum class Need
{
    Required,
    Optional,
};

// Parses a body into a JSON value after the size and depth guards; nullopt + error on failure.
std::optional<Json> parseBody(const QByteArray &body, ApiError *error);

ApiError malformed(const QString &field, const QString &message);

class Reader
{
public:
    // Path of a member of `parent` ("a.b", "items[2].name").
    static QString child(const QString &parent, const char *key);
    static QString index(const QString &parent, std::size_t i);

    bool failed() const { return m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    void fail(const QString &field, const QString &message);

    // The member `key` of the object `o` at `path`, or nullptr when absent or null (an error when required).
    const Json *member(const Json &o, const QString &path, const char *key, Need need);

    QString string(const Json &o, const QString &path, const char *key, Need need);
    std::optional<qint64> integer(const Json &o, const QString &path, const char *key, Need need,
                                  qint64 min = 0, qint64 max = std::numeric_limits<qint32>::max());
    std::optional<bool> boolean(const Json &o, const QString &path, const char *key, Need need);
    QDateTime timestamp(const Json &o, const QString &path, const char *key, Need need);
    const Json *object(const Json &o, const QString &path, const char *key, Need need);
    const Json *array(const Json &o, const QString &path, const char *key, Need need);
    // A JSON array of strings.
    QStringList stringList(const Json &o, const QString &path, const char *key, Need need);
    // An object of string values (e.g. checks, current).
    QMap<QString, QString> stringMap(const Json &o, const QString &path, const char *key, Need need);

    bool expectObject(const Json &value, const QString &path);

    static QString typeName(const Json &value);
    static QString toQString(const Json &stringValue);

private:
    std::optional<ApiError> m_error;
};

// The frame every decoder shares: parse the body, require a JSON object at the top, let `fill` read it,
// and answer the reader's first problem or what `fill` returned.
template<typename Fill>
auto decodeObject(const QByteArray &body, Fill fill)
    -> Result<decltype(fill(std::declval<Reader &>(), std::declval<const Json &>()))>
{
    ApiError parseError;
    const auto value = parseBody(body, &parseError);
    if (!value)
        return parseError;
    Reader r;
    if (!r.expectObject(*value, QString()))
        return r.error();
    auto out = fill(r, *value);
    if (r.failed())
        return r.error();
    return out;
}

} // namespace pdc::json
