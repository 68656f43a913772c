#include "preflightpane.h"

#include "common/elapsedlabel.h"
#include "preflight.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pdc {

namespace {
QString badgeText(PreflightCheck::Result r, bool overridden)
{
    switch (r) {
    case PreflightCheck::Result::Pass:
        return PreflightPane::tr("\u2714 PASS");
    case PreflightCheck::Result::Fail:
        return overridden ? PreflightPane::tr("\u2716 FAIL (overridden)") : PreflightPane::tr("\u2716 FAIL");
    case PreflightCheck::Result::Unknown:
        break;
    }
    return overridden ? PreflightPane::tr("? UNKNOWN (overridden)") : PreflightPane::tr("? UNKNOWN");
}

QString badgeStyle(PreflightCheck::Result r)
{
    // Fixed colours only on badges, and always with the word.
    switch (r) {
    case PreflightCheck::Result::Pass:
        return QStringLiteral("background:#1b5e20;color:white;padding:2px 6px;border-radius:3px;");
    case PreflightCheck::Result::Fail:
        return QStringLiteral("background:#b00020;color:white;padding:2px 6px;border-radius:3px;");
    case PreflightCheck::Result::Unknown:
        break;
    }
    return QStringLiteral("background:#6d6d6d;color:white;padding:2px 6px;border-radius:3px;");
}
} // namespace

PreflightPane::PreflightPane(Preflight *preflight, QWidget *parent)
    : QWidget(parent)
    , m_preflight(preflight)
{
    setObjectName(QStringLiteral("preflightPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("1. Pre-flight checks"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    auto *intro = new QLabel(tr("Before starting: the right tenant, session access, portal health, "
                                "connector and provider health, and no upgrade already running."),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_portalSays = new QLabel(box);
    m_portalSays->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_portalSays->setObjectName(QStringLiteral("portalSays"));
    m_portalSays->setWordWrap(true);
    m_portalSays->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_portalSays);
    m_confirmTenant = new QCheckBox(box);
    m_confirmTenant->setObjectName(QStringLiteral("confirmTenant"));
    m_confirmTenant->setAccessibleName(tr("Confirm tenant and environment"));
    layout->addWidget(m_confirmTenant);

    m_grid = new QGridLayout;
    // The check's name and the portal's detail share the width (both wrap).
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    layout->addLayout(m_grid);
    for (const PreflightCheck &c : m_preflight->checks())
        addRow(c);

    m_summary = new QLabel(box);
    m_summary->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_elapsed = new ElapsedLabel(m_preflight->clock(), box);
    m_elapsed->setObjectName(QStringLiteral("preflightElapsed"));
    layout->addWidget(m_elapsed);
    m_run = new QPushButton(tr("&Run Pre-flight Checks"), box);
    m_run->setObjectName(QStringLiteral("runPreflight"));
    m_run->setAccessibleName(tr("Run pre-flight checks"));
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    connect(m_run, &QPushButton::clicked, this, &PreflightPane::run);
    connect(m_confirmTenant, &QCheckBox::toggled, m_preflight, &Preflight::setTenantConfirmed);
    connect(m_preflight, &Preflight::changed, this, [this] {
        show();
        emit changed();
    });
    connect(m_preflight, &Preflight::started, this, &PreflightPane::started);
    const ConnectionProfile profile = m_preflight->profile();
    m_confirmTenant->setText(tr("I con&firm I mean to change tenant \u201c%1\u201d in %2")
                                 .arg(profile.tenant, profile.environment));
    show();
}

void PreflightPane::addRow(const PreflightCheck &check)
{
    const int r = int(m_rows.size());
    const QString id = check.id;
    Row entry;
    entry.id = id;
    auto *name = new QLabel(check.title, this);
    name->setWordWrap(true);
    entry.badge = new QLabel(this);
    entry.badge->setTextFormat(Qt::PlainText); // may show portal text: never markup
    entry.badge->setObjectName(QStringLiteral("badge_") + id);
    entry.detail = new QLabel(tr("Not checked yet"), this);
    entry.detail->setObjectName(QStringLiteral("detail_") + id);
    entry.detail->setTextFormat(Qt::PlainText); // the portal's words, never markup
    entry.detail->setWordWrap(true);
    entry.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    entry.time = new QLabel(this);
    entry.time->setTextFormat(Qt::PlainText); // may show portal text: never markup
    entry.overrideReason = new QLineEdit(this);
    entry.overrideReason->setObjectName(QStringLiteral("override_") + id);
    entry.overrideReason->setAccessibleName(tr("Reason to override: %1").arg(check.title));
    entry.overrideReason->setPlaceholderText(tr("Reason to override (kept with the record)"));
    entry.overrideReason->setEnabled(false);
    connect(entry.overrideReason, &QLineEdit::textChanged, this,
            [this, id](const QString &text) { m_preflight->setOverride(id, text); });
    m_grid->addWidget(entry.badge, r * 2, 0);
    m_grid->addWidget(name, r * 2, 1);
    m_grid->addWidget(entry.detail, r * 2, 2);
    m_grid->addWidget(entry.time, r * 2, 3);
    m_grid->addWidget(entry.overrideReason, r * 2 + 1, 1, 1, 3);
    entry.overrideReason->hide();
    m_rows.append(entry);
}

void PreflightPane::show()
{
    for (Row &r : m_rows) {
        const auto check = m_preflight->check(r.id);
        if (!check)
            continue;
        const bool overridden = !check->overrideReason.isEmpty();
        r.badge->setText(badgeText(check->result, overridden));
        r.badge->setStyleSheet(badgeStyle(check->result));
        r.badge->setAccessibleName(tr("%1: %2").arg(check->title, badgeText(check->result, false)));
        r.detail->setText(check->checkedAt.isValid() ? check->detail : tr("Not checked yet"));
        r.time->setText(
            check->checkedAt.isValid()
                ? tr("checked %1")
                      .arg(QLocale().toString(check->checkedAt.toLocalTime().time(), QLocale::ShortFormat))
                : QString());
        const bool overridable = m_preflight->isOverridable(r.id);
        r.overrideReason->setEnabled(overridable);
        r.overrideReason->setVisible(overridable);
        if (r.overrideReason->text().trimmed() != check->overrideReason) {
            const QSignalBlocker block(r.overrideReason);
            r.overrideReason->setText(check->overrideReason);
        }
    }
    {
        const QSignalBlocker block(m_confirmTenant);
        m_confirmTenant->setChecked(m_preflight->tenantConfirmed());
    }
    m_portalSays->setText(m_preflight->portalSays());
    m_summary->setText(m_preflight->summary());
    m_run->setEnabled(!m_preflight->isRunning());
    if (m_preflight->isRunning() && !m_elapsed->isRunning())
        m_elapsed->start(tr("Waiting for the portal to answer the pre-flight checks\u2026"));
    else if (!m_preflight->isRunning())
        m_elapsed->stop();
    m_run->setText(m_preflight->hasRun() ? tr("&Run Pre-flight Checks Again") : tr("&Run Pre-flight Checks"));
}

QLineEdit *PreflightPane::overrideField(const QString &checkId) const
{
    for (const Row &r : m_rows) {
        if (r.id == checkId)
            return r.overrideReason;
    }
    return nullptr;
}

void PreflightPane::run()
{
    m_preflight->run();
}

void PreflightPane::reset()
{
    m_preflight->reset();
}

void PreflightPane::setScope(std::optional<ServiceTarget> scope)
{
    m_preflight->setScope(scope);
}

bool PreflightPane::isRunning() const
{
    return m_preflight->isRunning();
}

bool PreflightPane::hasRun() const
{
    return m_preflight->hasRun();
}

bool PreflightPane::blocking() const
{
    return m_preflight->blocking();
}

QList<PreflightCheck> PreflightPane::checks() const
{
    return m_preflight->checks();
}

} // namespace pdc
