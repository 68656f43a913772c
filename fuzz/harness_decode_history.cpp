// History pages (GET /api/v1/deployments/upgrades): decodeHistoryPage never crashes, and a page it
// accepts names every record it left out with a path inside `upgrades`.
#include "decoding/decoders.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto page = pdc::decodeHistoryPage(fuzz::input(data, size));
    if (page) {
        for (const pdc::UnreadableRecord &u : page.value().unreadable)
            fuzz::check(u.field.startsWith(QLatin1String("upgrades[")), "unreadable record outside upgrades");
    } else {
        fuzz::check(page.error().kind == pdc::ApiError::Kind::MalformedBody,
                    "history error is not malformed");
    }
    return 0;
}
