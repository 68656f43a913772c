#include "statebadge.h"

namespace pdc {

StateBadge::StateBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("stateBadge"));
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    setFont(f);
    setState(UpgradeState::of(UpgradeState::Kind::Pending));
}

QString StateBadge::stateWords(const UpgradeState &state)
{
    switch (state.kind) {
    case UpgradeState::Kind::Pending:
        return tr("\u23f3 PENDING");
    case UpgradeState::Kind::InProgress:
        return tr("\u27f3 IN PROGRESS");
    case UpgradeState::Kind::Success:
        return tr("\u2714 SUCCESS");
    case UpgradeState::Kind::Failed:
        return tr("\u2716 FAILED");
    case UpgradeState::Kind::Partial:
        return tr("\u26a0 PARTIAL");
    case UpgradeState::Kind::Unknown:
        break;
    }
    return tr("? %1").arg(state.raw.isEmpty() ? tr("NOT YET OBSERVED") : state.raw);
}

void StateBadge::setState(const UpgradeState &state)
{
    QString colour = QStringLiteral("#6d6d6d");
    switch (state.kind) {
    case UpgradeState::Kind::Pending:
        colour = QStringLiteral("#5c6bc0");
        break;
    case UpgradeState::Kind::InProgress:
        colour = QStringLiteral("#1565c0");
        break;
    case UpgradeState::Kind::Success:
        colour = QStringLiteral("#1b5e20");
        break;
    case UpgradeState::Kind::Failed:
        colour = QStringLiteral("#b00020");
        break;
    case UpgradeState::Kind::Partial:
        colour = QStringLiteral("#8d4b00");
        break;
    case UpgradeState::Kind::Unknown:
        break;
    }
    setText(stateWords(state));
    setAccessibleName(tr("Upgrade state: %1").arg(state.raw));
    setStyleSheet(
        QStringLiteral("background:%1;color:white;padding:4px 10px;border-radius:4px;").arg(colour));
}

void StateBadge::setLinkNote(const QString &note)
{
    setToolTip(note);
}

} // namespace pdc
