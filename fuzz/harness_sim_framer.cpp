// portal-sim's connection guard framing on its own (portal-sim/connectionguard.h, RequestFramer): the
// bytes of one connection, fed whole and again in pieces whose sizes the input's first byte chooses.
// Invariants: no crash; the verdict, the number of requests framed and the phase reached do not depend
// on how the bytes were split into reads (TCP may split them anywhere).
#include "connectionguard.h"
#include "fuzzsupport.h"

namespace {

struct Outcome
{
    sim::RequestFramer::Verdict verdict = sim::RequestFramer::Verdict::Ok;
    int completed = 0;
    sim::RequestFramer::Phase phase = sim::RequestFramer::Phase::Idle;
};

Outcome frame(const QByteArray &bytes, qsizetype step, int seed)
{
    sim::RequestFramer framer{sim::ConnectionLimits{}};
    Outcome out;
    qsizetype at = 0;
    while (at < bytes.size() && out.verdict == sim::RequestFramer::Verdict::Ok) {
        const qsizetype n = std::min(bytes.size() - at, step > 0 ? step : 1 + (at * 31 + seed) % 97);
        out.verdict = framer.feed(bytes.constData() + at, n);
        at += n;
    }
    out.completed = framer.completed();
    out.phase = framer.phase();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes = fuzz::input(data + 1, size - 1);
    const Outcome whole = frame(bytes, bytes.size() + 1, 0);
    for (const qsizetype step : {qsizetype(1), qsizetype(0)}) {
        const Outcome split = frame(bytes, step, data[0]);
        fuzz::check(split.verdict == whole.verdict, "the verdict depends on how the bytes were split");
        fuzz::check(split.completed == whole.completed, "the requests framed depend on the split");
        fuzz::check(split.phase == whole.phase, "the phase reached depends on the split");
    }
    return 0;
}
