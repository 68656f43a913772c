// The session answer (login and GET /api/v1/auth/session) with its CSRF token.
#include "decoding/decoders.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto session = pdc::decodeSession(fuzz::input(data, size));
    if (!session)
        fuzz::check(session.error().kind == pdc::ApiError::Kind::MalformedBody,
                    "session error is not malformed");
    return 0;
}
