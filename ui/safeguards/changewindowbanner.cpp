#include "changewindowbanner.h"

#include "safeguardtone.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pdc {

namespace {

SafeguardTone toneOf(ChangeWindowBanner::State state)
{
    switch (state) {
    case ChangeWindowBanner::State::Open:
    case ChangeWindowBanner::State::Unrestricted:
        return SafeguardTone::Go;
    case ChangeWindowBanner::State::Closed:
        return SafeguardTone::Blocked;
    case ChangeWindowBanner::State::Frozen:
        return SafeguardTone::Frozen;
    case ChangeWindowBanner::State::NoLedger:
    case ChangeWindowBanner::State::LedgerUnreachable:
        return SafeguardTone::Warning;
    case ChangeWindowBanner::State::Empty:
        break;
    }
    return SafeguardTone::Neutral;
}

ChangeWindowBanner::State stateOf(WindowStatus::State state)
{
    switch (state) {
    case WindowStatus::State::Open:
        return ChangeWindowBanner::State::Open;
    case WindowStatus::State::Closed:
        return ChangeWindowBanner::State::Closed;
    case WindowStatus::State::Frozen:
        return ChangeWindowBanner::State::Frozen;
    case WindowStatus::State::Unrestricted:
        break;
    }
    return ChangeWindowBanner::State::Unrestricted;
}

} // namespace

ChangeWindowBanner::ChangeWindowBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("changeWindowBanner"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus); // a screen reader reaches it with the keyboard
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_glyph = new QLabel(this);
    m_glyph->setObjectName(QStringLiteral("changeWindowGlyph"));
    m_glyph->setTextFormat(Qt::PlainText);
    QFont glyphFont = m_glyph->font();
    glyphFont.setBold(true);
    glyphFont.setPointSizeF(glyphFont.pointSizeF() * 1.2);
    m_glyph->setFont(glyphFont);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("changeWindowText"));
    m_text->setTextFormat(Qt::PlainText); // a freeze reason comes from the ledger: never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont textFont = m_text->font();
    textFont.setBold(true);
    m_text->setFont(textFont);
    layout->addWidget(m_glyph, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    clear();
}

void ChangeWindowBanner::showStatus(const WindowStatus &status, const QDateTime &now,
                                    const QTimeZone &viewerZone)
{
    display(stateOf(status.state), WindowBanner::text(status, now, viewerZone));
}

void ChangeWindowBanner::showVerdict(const GateVerdict &verdict, const QDateTime &now,
                                     const QTimeZone &viewerZone)
{
    if (!verdict.policyChecked) {
        showLedgerMissing(verdict.ledger, verdict.environmentClass == EnvironmentClass::Production &&
                                              verdict.decision == GateVerdict::Decision::Blocked);
        return;
    }
    QString text = WindowBanner::text(verdict.window, now, viewerZone);
    if (verdict.overrideUsed && verdict.emergency)
        text = tr("%1 \u2014 lifted by an emergency override of %2: %3")
                   .arg(text, verdict.emergency->lead.trimmed(), verdict.emergency->reason);
    display(stateOf(verdict.window.state), text);
    if (verdict.overrideUsed) {
        // Lifted, not open: a warning, with the words saying so.
        applySafeguardTone(this, SafeguardTone::Warning);
        m_glyph->setText(safeguardGlyph(SafeguardTone::Warning));
    }
}

void ChangeWindowBanner::showLedgerMissing(LedgerAvailability availability, bool blocksProduction)
{
    QString text;
    if (availability == LedgerAvailability::Unreachable)
        text = blocksProduction ? tr("Team ledger unreachable: safeguards not checked; production upgrades "
                                     "are refused until it can be read")
                                : tr("Team ledger unreachable: safeguards not checked");
    else
        text = blocksProduction
                   ? tr("No team ledger: safeguards not checked; production upgrades are refused")
                   : tr("No team ledger: safeguards not checked");
    display(availability == LedgerAvailability::Unreachable ? State::LedgerUnreachable : State::NoLedger,
            text);
    if (blocksProduction) {
        applySafeguardTone(this, SafeguardTone::Blocked);
        m_glyph->setText(safeguardGlyph(SafeguardTone::Blocked));
    }
}

void ChangeWindowBanner::clear()
{
    display(State::Empty, tr("Change windows not known yet"));
}

QString ChangeWindowBanner::text() const
{
    return m_text->text();
}

void ChangeWindowBanner::display(State state, const QString &text)
{
    m_state = state;
    const SafeguardTone tone = toneOf(state);
    applySafeguardTone(this, tone);
    m_glyph->setText(safeguardGlyph(tone));
    m_text->setText(text);
    setAccessibleName(tr("Change window: %1").arg(text));
    setToolTip(text);
}

} // namespace pdc
