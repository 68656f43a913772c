#include "approvalrequestdialog.h"

#include "intentview.h"
#include "policy/changewindows.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

ApprovalRequestDialog::ApprovalRequestDialog(const TriggerIntent &intent, const QString &environment,
                                             const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_intent(intent)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    setObjectName(QStringLiteral("approvalRequestDialog"));
    setWindowTitle(tr("Request approval"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Another person approves exactly this upgrade. Any change to tenant, scope, "
                                "version or the force flag needs a new approval."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_intentView = new IntentView(this);
    m_intentView->showIntent(intent, environment);
    layout->addWidget(m_intentView);

    auto *form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this upgrade, and why now (required)"));
    m_reason->setAccessibleName(tr("Reason (required)"));
    m_reason->setMaximumHeight(90);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    const QString zoneId = QString::fromUtf8(m_zone.id());
    m_planned = new QCheckBox(tr("&Plan a window (times in %1)").arg(zoneId), this);
    m_planned->setObjectName(QStringLiteral("approvalPlanned"));
    form->addRow(QString(), m_planned);
    // The edits hold wall-clock times of `zone`; they run in UTC so the machine's own DST never moves them.
    const QDateTime local = now.toTimeZone(m_zone);
    const QDateTime start(local.date(), QTime(local.time().hour(), 0), Qt::UTC);
    const auto makeEdit = [&](const QDateTime &value, const QString &name, const QString &accessible) {
        auto *edit = new QDateTimeEdit(this);
        edit->setObjectName(name);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setDateTime(value);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_from = makeEdit(start.addSecs(3600), QStringLiteral("approvalPlannedFrom"),
                      tr("Planned from, in %1").arg(zoneId));
    m_to = makeEdit(start.addSecs(3 * 3600), QStringLiteral("approvalPlannedTo"),
                    tr("Planned until, in %1").arg(zoneId));
    auto *fromLabel = new QLabel(tr("&From (%1):").arg(zoneId), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&Until (%1):").arg(zoneId), this);
    toLabel->setBuddy(m_to);
    form->addRow(fromLabel, m_from);
    form->addRow(toLabel, m_to);
    m_plannedText = new QLabel(this);
    m_plannedText->setObjectName(QStringLiteral("approvalPlannedText"));
    m_plannedText->setTextFormat(Qt::PlainText);
    m_plannedText->setWordWrap(true);
    form->addRow(QString(), m_plannedText);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("approvalRequestProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send request"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ApprovalRequestDialog::refresh);
    connect(m_planned, &QCheckBox::toggled, this, &ApprovalRequestDialog::refresh);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ApprovalRequestDialog::refresh);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ApprovalRequestDialog::refresh);
    m_reason->setFocus();
    refresh();
    resize(620, sizeHint().height());
}

QString ApprovalRequestDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool ApprovalRequestDialog::hasPlannedWindow() const
{
    return m_planned->isChecked();
}

QDateTime ApprovalRequestDialog::instant(const QDateTimeEdit *edit) const
{
    const QDateTime wall = edit->dateTime();
    // The same DST rule as the change windows: a skipped time is reached when the clock jumps over it.
    return reachedAt(wall.date(), wall.time(), m_zone).toUTC();
}

QDateTime ApprovalRequestDialog::plannedFrom() const
{
    return hasPlannedWindow() ? instant(m_from) : QDateTime();
}

QDateTime ApprovalRequestDialog::plannedTo() const
{
    return hasPlannedWindow() ? instant(m_to) : QDateTime();
}

ApprovalRequest ApprovalRequestDialog::draft() const
{
    ApprovalRequest r;
    r.intent = m_intent;
    r.reason = reason();
    r.plannedFrom = plannedFrom();
    r.plannedTo = plannedTo();
    return r;
}

QString ApprovalRequestDialog::problem() const
{
    if (reason().isEmpty())
        return tr("Write a reason: the approver reads it.");
    if (hasPlannedWindow() && plannedTo() <= plannedFrom())
        return tr("The planned window ends before it starts.");
    return QString();
}

void ApprovalRequestDialog::refresh()
{
    m_from->setEnabled(hasPlannedWindow());
    m_to->setEnabled(hasPlannedWindow());
    if (hasPlannedWindow()) {
        const QDateTime from = plannedFrom();
        const QDateTime to = plannedTo();
        const QTimeZone utc = QTimeZone::utc();
        const QString zoneId = QString::fromUtf8(m_zone.id());
        m_plannedText->setText(tr("Planned from %1 until %2")
                                   .arg(WindowBanner::instantText(from, zoneId, from, utc, true),
                                        WindowBanner::instantText(to, zoneId, from, utc, true)));
    } else {
        m_plannedText->setText(
            tr("No planned window: the approval is valid for as long as the policy says."));
    }
    m_plannedText->setAccessibleName(m_plannedText->text());
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : tr("\u26A0 %1").arg(why));
    m_problem->setAccessibleName(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace pdc
