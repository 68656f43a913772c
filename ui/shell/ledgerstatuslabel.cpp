#include "ledgerstatuslabel.h"

#include <QLocale>

namespace pdc {

LedgerStatusLabel::LedgerStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("ledgerStatus"));
    setTextFormat(Qt::PlainText); // the ledger's error text is shown as it came
    setAccessibleName(tr("Team ledger shipping"));
    setFocusPolicy(Qt::TabFocus); // readable with the keyboard and by screen readers
    showStatus(ShippingStatus());
}

QString LedgerStatusLabel::describe(const ShippingStatus &status)
{
    const qint64 n = status.waiting;
    const QString waiting = n < 0 ? tr("Records wait") : tr("%Ln record(s) wait", nullptr, int(n));
    const QString next =
        status.nextAttemptAt.isValid()
            ? QLocale().toString(status.nextAttemptAt.toLocalTime().time(), QLocale::LongFormat)
            : QString();
    switch (status.state) {
    case ShippingStatus::State::Starting:
        return tr("Ledger: connecting\u2026");
    case ShippingStatus::State::UpToDate:
        return tr("Ledger: all records shipped");
    case ShippingStatus::State::Queued:
        return tr("Ledger: %1 to ship").arg(waiting);
    case ShippingStatus::State::Unreachable:
        return next.isEmpty()
                   ? tr("Ledger unreachable: %1 on this workstation").arg(waiting)
                   : tr("Ledger unreachable: %1 on this workstation; next attempt at %2").arg(waiting, next);
    case ShippingStatus::State::Refused:
        return next.isEmpty() ? tr("Ledger refused a record: %1 on this workstation").arg(waiting)
                              : tr("Ledger refused a record: %1 on this workstation; next attempt at %2")
                                    .arg(waiting, next);
    case ShippingStatus::State::NoPassword:
        return tr("Ledger: no password in the keychain; %1 on this workstation (edit the profile to enter "
                  "it)")
            .arg(waiting);
    case ShippingStatus::State::LocalError:
        return tr("Ledger: the local records cannot be read; nothing ships");
    }
    return {};
}

void LedgerStatusLabel::showStatus(const ShippingStatus &status)
{
    const bool trouble = status.state == ShippingStatus::State::Unreachable ||
                         status.state == ShippingStatus::State::Refused ||
                         status.state == ShippingStatus::State::NoPassword ||
                         status.state == ShippingStatus::State::LocalError;
    // A warning sign in the text itself, so the state never rests on colour.
    setText((trouble ? QStringLiteral("\u26A0 ") : QString()) + describe(status));
    QString tip = tr("Team ledger %1").arg(status.ledgerKey);
    if (!status.error.isEmpty())
        tip += QLatin1Char('\n') + status.error;
    setToolTip(tip);
    setAccessibleDescription(tip);
}

} // namespace pdc
