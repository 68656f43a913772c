#include "upgradestate.h"

#include <array>
#include <utility>

namespace pdc {

namespace {
constexpr std::array<std::pair<UpgradeState::Kind, const char16_t *>, 5> kWire{{
    {UpgradeState::Kind::Pending, u"PENDING"},
    {UpgradeState::Kind::InProgress, u"IN_PROGRESS"},
    {UpgradeState::Kind::Success, u"SUCCESS"},
    {UpgradeState::Kind::Failed, u"FAILED"},
    {UpgradeState::Kind::Partial, u"PARTIAL"},
}};
} // namespace

QString toWire(UpgradeState::Kind kind)
{
    for (const auto &[k, w] : kWire) {
        if (k == kind)
            return QString::fromUtf16(w);
    }
    return {};
}

UpgradeState UpgradeState::fromWire(const QString &wire)
{
    for (const auto &[k, w] : kWire) {
        if (wire == QStringView(w))
            return {k, wire};
    }
    return {Kind::Unknown, wire};
}

UpgradeState UpgradeState::of(Kind kind)
{
    return {kind, toWire(kind)};
}

bool UpgradeState::isFinal() const
{
    return kind == Kind::Success || kind == Kind::Failed || kind == Kind::Partial;
}

bool hasEnded(const UpgradeState &state, const QDateTime &completedAt)
{
    return state.isFinal() || (!state.isKnown() && completedAt.isValid());
}

bool sameUpgradeId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace pdc
