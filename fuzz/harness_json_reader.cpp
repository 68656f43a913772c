// The JSON reader every decoder stands on (api/decoding/jsonreader.h): parseBody's size and depth guards,
// then every typed accessor on every member of every object found (each with a fresh Reader, as a
// decoder's first problem sticks), and parseTimestamp on every string. Invariants: a failed accessor
// names a path that starts with the object's path, and a timestamp that parses formats and parses back
// to the same second.
#include "decoding/decoders.h"
#include "decoding/jsonreader.h"

#include "fuzzsupport.h"
#include <functional>

namespace {

using pdc::json::Json;
using pdc::json::Need;
using pdc::json::Reader;

void checkPath(const Reader &r, const QString &path)
{
    if (r.failed())
        fuzz::check(r.error().field.startsWith(path), "reader error path outside the object");
}

void walk(const Json &value, const QString &path, int depth)
{
    if (depth > 16)
        return;
    if (value.is_string()) {
        const QDateTime t = pdc::parseTimestamp(Reader::toQString(value));
        if (t.isValid()) {
            const QDateTime again = pdc::parseTimestamp(pdc::formatTimestamp(t));
            fuzz::check(again.isValid() && again.toSecsSinceEpoch() == t.toSecsSinceEpoch(),
                        "timestamp does not survive format and parse");
        }
        return;
    }
    if (value.is_array()) {
        std::size_t i = 0;
        for (const Json &item : value) {
            walk(item, Reader::index(path, i++), depth + 1);
            if (i > 64)
                break;
        }
        return;
    }
    if (!value.is_object())
        return;
    int members = 0;
    for (auto it = value.begin(); it != value.end() && members < 64; ++it, ++members) {
        const std::string &key = it.key();
        const char *k = key.c_str();
        for (const Need need : {Need::Required, Need::Optional}) {
            // One fresh Reader per accessor: a reader keeps only its first problem.
            const std::function<void(Reader &)> reads[] = {
                [&](Reader &r) { (void)r.string(value, path, k, need); },
                [&](Reader &r) { (void)r.integer(value, path, k, need); },
                [&](Reader &r) {
                    (void)r.integer(value, path, k, need, std::numeric_limits<qint64>::min(),
                                    std::numeric_limits<qint64>::max());
                },
                [&](Reader &r) { (void)r.boolean(value, path, k, need); },
                [&](Reader &r) { (void)r.timestamp(value, path, k, need); },
                [&](Reader &r) { (void)r.object(value, path, k, need); },
                [&](Reader &r) { (void)r.array(value, path, k, need); },
                [&](Reader &r) { (void)r.stringList(value, path, k, need); },
                [&](Reader &r) { (void)r.stringMap(value, path, k, need); },
            };
            for (const auto &read : reads) {
                Reader r;
                read(r);
                checkPath(r, path);
            }
        }
        walk(it.value(), Reader::child(path, k), depth + 1);
    }
    Reader missing;
    (void)missing.string(value, path, "\x01-not-a-member", Need::Required);
    fuzz::check(missing.failed(), "a missing required member was not an error");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pdc::ApiError error;
    const auto value = pdc::json::parseBody(fuzz::input(data, size), &error);
    if (!value) {
        fuzz::check(error.kind == pdc::ApiError::Kind::MalformedBody, "parse error is not malformed");
        return 0;
    }
    walk(*value, QString(), 0);
    return 0;
}
