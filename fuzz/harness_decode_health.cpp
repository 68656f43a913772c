// The health answers: /health (never an error, any HTTP status), the connector and provider lists and
// the probe bodies. The first input byte picks the HTTP status given to decodeHealth.
#include "decoding/decoders.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 503, 500, 204, 404, 0};
    const int status = size > 0 ? statuses[data[0] % std::size(statuses)] : 200;
    const QByteArray body = fuzz::input(data, size).mid(size > 0 ? 1 : 0);
    const auto health = pdc::decodeHealth(body, status);
    fuzz::check(bool(health), "decodeHealth failed (the contract says it never does)");
    (void)pdc::decodeComponentHealthList(body);
    (void)pdc::decodeProbeBody(body);
    return 0;
}
