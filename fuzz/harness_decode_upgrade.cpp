// The upgrade answers: versions, the trigger's 202 (UpgradeAccepted) and an upgrade's status. The same
// input goes to all three decoders; none crashes, and a failure is always a MalformedBody error.
#include "decoding/decoders.h"
#include "fuzzsupport.h"

namespace {

template<typename R>
void expectMalformedOnFailure(const R &result)
{
    if (!result)
        fuzz::check(result.error().kind == pdc::ApiError::Kind::MalformedBody,
                    "upgrade error is not malformed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::input(data, size);
    expectMalformedOnFailure(pdc::decodeVersionList(body));
    expectMalformedOnFailure(pdc::decodeUpgradeAccepted(body));
    const auto status = pdc::decodeUpgradeStatus(body);
    expectMalformedOnFailure(status);
    if (status) {
        for (const pdc::ServiceStatus &s : status.value().services)
            (void)s.state.raw.size();
    }
    return 0;
}
