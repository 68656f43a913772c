// The upgrade-state badge: a fixed colour that always repeats the state in words (never colour alone).
#pragma once

#include "domain/upgradestate.h"

#include <QLabel>

namespace pdc {

class StateBadge : public QLabel
{
    Q_OBJECT
public:
    explicit StateBadge(QWidget *parent = nullptr);
    void setState(const UpgradeState &state);
    // "Reconnecting" and "Session expired" are link states, shown calmly, never as a failure.
    void setLinkNote(const QString &note);

    static QString stateWords(const UpgradeState &state);
};

} // namespace pdc
