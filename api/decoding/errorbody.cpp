#include "decoders.h"
#include "jsonreader.h"

namespace pdc {

ErrorBody decodeErrorBody(const QByteArray &body)
{
    ErrorBody out;
    ApiError ignored;
    const auto value = json::parseBody(body, &ignored);
    if (!value || !value->is_object())
        return out;
    // Each field on its own: one mistyped field must not hide the others.
    const auto text = [&](const char *key) {
        const auto it = value->find(key);
        return it != value->end() && it->is_string() ? json::Reader::toQString(*it) : QString();
    };
    out.code = text("error");
    out.message = text("message");
    out.upgradeId = text("upgrade_id");
    out.field = text("field");
    return out;
}

} // namespace pdc
