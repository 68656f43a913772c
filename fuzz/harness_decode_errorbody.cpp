// Error answers' bodies: decodeErrorBody never fails and never crashes, whatever the body.
#include "decoding/decoders.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const pdc::ErrorBody e = pdc::decodeErrorBody(fuzz::input(data, size));
    (void)e.code.size();
    return 0;
}
