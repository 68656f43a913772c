// The change-record verifier (models/checklist/changerecordcheck.h) over any exported JSON. Invariants:
// no crash; a verdict that says intact covers at least one entry and its chain links entry by entry;
// a verdict that is not intact says why.
#include "checklist/changerecordcheck.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::input(data, size);
    const pdc::ChainVerdict v = pdc::verifyChangeRecordChain(json);
    fuzz::check(!v.message.isEmpty(), "verdict without a message");
    if (!v.intact)
        return 0;
    fuzz::check(v.entries > 0, "an intact verdict over no entries");
    const QJsonArray entries = QJsonDocument::fromJson(json)
                                   .object()
                                   .value(QStringLiteral("chain"))
                                   .toObject()
                                   .value(QStringLiteral("entries"))
                                   .toArray();
    fuzz::check(entries.size() == v.entries, "verdict counts other entries than the export has");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        fuzz::check(pdc::RecordJournal::chainHash(e.value(QStringLiteral("prev_hash")).toString(),
                                                  e.value(QStringLiteral("content")).toString()) ==
                        e.value(QStringLiteral("hash")).toString(),
                    "intact verdict over an entry whose hash does not match");
        if (i > 0) {
            const QJsonObject before = entries.at(i - 1).toObject();
            fuzz::check(e.value(QStringLiteral("prev_hash")) == before.value(QStringLiteral("hash")),
                        "intact verdict over a broken link");
            fuzz::check(e.value(QStringLiteral("seq")).toInteger() ==
                            before.value(QStringLiteral("seq")).toInteger() + 1,
                        "intact verdict over a gap");
        }
    }
    return 0;
}
