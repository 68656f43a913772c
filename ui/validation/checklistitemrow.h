// One checklist item in the Validation pane: what to do and why, automatic or manual, the latest
// result with its evidence (status code, response time, excerpt) or note, link and attachment, and the
// buttons that run the probe again or record a manual pass or fail.
#pragma once

#include "checklist/checklist.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pdc {

class ChecklistItemRow : public QFrame
{
    Q_OBJECT
public:
    ChecklistItemRow(int number, const ChecklistItemState &item, QWidget *parent = nullptr);

    QString itemId() const { return m_id; }
    // running: a probe is in flight; locked: the checklist is signed off.
    void showState(const ChecklistItemState &item, bool running, bool locked);

    QPushButton *runButton() const { return m_run; }
    QPushButton *passButton() const { return m_pass; }
    QPushButton *failButton() const { return m_fail; }
    QString verdictText() const;
    QString evidenceText() const;

signals:
    void runRequested(const QString &itemId);
    void manualRequested(const QString &itemId, bool pass);

private:
    QString m_id;
    QString m_title;
    QLabel *m_verdict = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_excerpt = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_pass = nullptr;
    QPushButton *m_fail = nullptr;
};

} // namespace pdc
