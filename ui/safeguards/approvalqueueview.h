// The approver's "Waiting for you" list (issue 16): a table over ApprovalQueueModel and two buttons,
// "Approve…" and "Reject…", enabled only for a selected request the viewer may decide (never their own:
// the model says so, and the note under the table says why). Keyboard: the table takes focus, arrows
// move, Enter asks to approve, the buttons have mnemonics. It emits the request's id; the caller opens
// ApprovalDecisionDialog and records the decision.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pdc {

class ApprovalQueueModel;

class ApprovalQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalQueueView(ApprovalQueueModel *model, QWidget *parent = nullptr);

    ApprovalQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *countLabel() const { return m_count; }

    QString currentRequestId() const; // empty: nothing selected
    void selectRequest(const QString &requestId);

signals:
    void approveRequested(const QString &requestId);
    void rejectRequested(const QString &requestId);

private:
    void refresh();
    int currentRow() const;

    ApprovalQueueModel *m_model;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace pdc
