// "Request approval…" (issue 16): shows exactly the trigger the operator is preparing, read-only (tenant,
// scope, version, force flag, environment, content hash), and collects a reason (required) and an
// optional planned window, entered as wall-clock times in an explicit zone (the policy's window zone or
// the viewer's) and shown in that zone and UTC. It returns plain values; the storage files the request
// (it gives the id, the requester from the session and the time).
#pragma once

#include "policy/approvalrules.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pdc {

class IntentView;

class ApprovalRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // `now` seeds the planned window (from the next full hour, for two hours); `zone` is the IANA zone
    // its times are entered in.
    ApprovalRequestDialog(const TriggerIntent &intent, const QString &environment, const QDateTime &now,
                          const QTimeZone &zone, QWidget *parent = nullptr);

    TriggerIntent intent() const { return m_intent; }
    QString reason() const;
    bool hasPlannedWindow() const;
    QDateTime plannedFrom() const; // UTC; invalid without a planned window
    QDateTime plannedTo() const;
    // The request as entered: intent, reason and planned window. id, requester and createdAt are empty;
    // the storage fills them.
    ApprovalRequest draft() const;
    // Why the entry cannot be sent yet (empty when it can).
    QString problem() const;

    IntentView *intentView() const { return m_intentView; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *plannedCheck() const { return m_planned; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *plannedLabel() const { return m_plannedText; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void refresh();
    QDateTime instant(const QDateTimeEdit *edit) const;

    TriggerIntent m_intent;
    QTimeZone m_zone;
    IntentView *m_intentView = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_planned = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_plannedText = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc
