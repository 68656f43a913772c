#include "safeguardtone.h"

#include <QVariant>
#include <QWidget>

namespace pdc {

QString safeguardGlyph(SafeguardTone tone)
{
    switch (tone) {
    case SafeguardTone::Go:
        return QStringLiteral("\u2714");
    case SafeguardTone::Warning:
        return QStringLiteral("\u26A0");
    case SafeguardTone::Blocked:
        return QStringLiteral("\u2716");
    case SafeguardTone::Frozen:
        return QStringLiteral("\u2744");
    case SafeguardTone::Neutral:
        break;
    }
    return QStringLiteral("\u2139");
}

QString safeguardToneName(SafeguardTone tone)
{
    switch (tone) {
    case SafeguardTone::Go:
        return QStringLiteral("go");
    case SafeguardTone::Warning:
        return QStringLiteral("warning");
    case SafeguardTone::Blocked:
        return QStringLiteral("blocked");
    case SafeguardTone::Frozen:
        return QStringLiteral("frozen");
    case SafeguardTone::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

void applySafeguardTone(QWidget *frame, SafeguardTone tone)
{
    QString background;
    switch (tone) {
    case SafeguardTone::Go:
        background = QStringLiteral("#1b6e3a");
        break;
    case SafeguardTone::Warning:
        background = QStringLiteral("#8a5a00");
        break;
    case SafeguardTone::Blocked:
        background = QStringLiteral("#b3261e");
        break;
    case SafeguardTone::Frozen:
        background = QStringLiteral("#1f4e8c");
        break;
    case SafeguardTone::Neutral:
        background = QStringLiteral("#5f6368");
        break;
    }
    frame->setProperty("safeguardTone", safeguardToneName(tone));
    const QString name = frame->objectName();
    frame->setStyleSheet(QStringLiteral("#%1 { background: %2; border: none; border-radius: 3px; }"
                                        "#%1 QLabel { color: #ffffff; }")
                             .arg(name, background));
}

} // namespace pdc
