#include "approvalqueueview.h"

#include "common/recordtable.h"
#include "policy/approvalqueuemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pdc {

ApprovalQueueView::ApprovalQueueView(ApprovalQueueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("approvalQueue"));
    setAccessibleName(tr("Approval requests waiting for you"));
    auto *layout = new QVBoxLayout(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("approvalQueueCount"));
    m_count->setTextFormat(Qt::PlainText);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    layout->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("approvalQueueTable"));
    m_table->setAccessibleName(tr("Approval requests"));
    m_table->setModel(model);
    setUpRecordTable(m_table); // Tab leaves the table for the buttons
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_count->setBuddy(m_table);
    layout->addWidget(m_table, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("approvalQueueNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve\u2026"), this);
    m_approve->setObjectName(QStringLiteral("approvalQueueApprove"));
    m_approve->setAccessibleName(tr("Approve the selected request"));
    m_reject = new QPushButton(tr("&Reject\u2026"), this);
    m_reject->setObjectName(QStringLiteral("approvalQueueReject"));
    m_reject->setAccessibleName(tr("Reject the selected request"));
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (m_model->mayDecide(currentRow()))
            emit approveRequested(currentRequestId());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (m_model->mayDecide(currentRow()))
            emit rejectRequested(currentRequestId());
    });
    // Enter or a double click on a row is "Approve…" (the dialog still asks).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &) {
        if (m_model->mayDecide(currentRow()))
            emit approveRequested(currentRequestId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalQueueView::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalQueueView::refresh);
    refresh();
}

int ApprovalQueueView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString ApprovalQueueView::currentRequestId() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->index(row, 0).data(ApprovalQueueModel::RequestIdRole).toString();
}

void ApprovalQueueView::selectRequest(const QString &requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
}

void ApprovalQueueView::refresh()
{
    const int waiting = m_model->waitingForViewer();
    m_count->setText(m_model->rowCount() == 0 ? tr("&Waiting for you: nothing")
                                              : tr("&Waiting for you: %n request(s)", nullptr, waiting));
    m_count->setAccessibleName(m_count->text().remove(QLatin1Char('&')));
    const int row = currentRow();
    const bool may = m_model->mayDecide(row);
    m_approve->setEnabled(may);
    m_reject->setEnabled(may);
    QString note;
    if (row < 0)
        note = m_model->rowCount() == 0 ? tr("No approval request is open.")
                                        : tr("Select a request to approve or reject it.");
    else if (m_model->isOwn(row))
        note = tr("You filed this request: another person must approve or reject it.");
    else if (!may)
        note = tr("This request can no longer be decided: %1.")
                   .arg(ApprovalQueueModel::stateText(m_model->entries().at(row).verdict));
    m_note->setText(note);
    m_note->setAccessibleName(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace pdc
