// Appends an amendment to a signed checklist: which item it corrects (or the whole checklist) and what
// is corrected and why. The signed record itself never changes.
#pragma once

#include "checklist/checklist.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace pdc {

class AmendmentDialog : public QDialog
{
    Q_OBJECT
public:
    AmendmentDialog(const Checklist &checklist, QWidget *parent = nullptr);

    QString itemId() const; // empty: the whole checklist
    QString text() const;

    QComboBox *itemPicker() const { return m_item; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QComboBox *m_item = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc
