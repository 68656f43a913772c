#include "amendmentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

AmendmentDialog::AmendmentDialog(const Checklist &checklist, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("amendmentDialog"));
    setWindowTitle(tr("Amend the signed checklist"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The signed record of upgrade %1 is not changed. The amendment is appended "
                                "with your name and the time, and is part of every export.")
                                 .arg(checklist.upgradeId),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("amendedItem"));
    m_item->addItem(tr("The whole checklist"), QString());
    for (const ChecklistItemState &item : checklist.items)
        m_item->addItem(item.title, item.id);
    auto *itemLabel = new QLabel(tr("&Corrects:"), this);
    itemLabel->setBuddy(m_item);
    form->addRow(itemLabel, m_item);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("amendmentText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What is corrected, and why (required)"));
    m_text->setAccessibleName(tr("Amendment text (required)"));
    auto *textLabel = new QLabel(tr("&Amendment:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("A&ppend amendment"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });
    m_text->setFocus();
    resize(560, sizeHint().height());
}

QString AmendmentDialog::itemId() const
{
    return m_item->currentData().toString();
}

QString AmendmentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace pdc
