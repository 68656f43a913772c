#include "secretfield.h"

#include <QLineEdit>

namespace pdc {

QString takeSecret(QLineEdit *field)
{
    QString secret = field->text();
    clearSecretField(field);
    return secret;
}

void clearSecretField(QLineEdit *field)
{
    field->setText(QString()); // setText() resets the undo/redo history; clear() would be undoable
}

} // namespace pdc
