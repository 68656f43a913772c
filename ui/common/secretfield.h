// Reading a password field once: takeSecret() returns what was typed and empties the field at once with
// setText() (which, unlike clear(), also drops the undo history), so the returned string holds the
// typed buffer alone and secureClear() (models/domain/secureclear.h) can wipe it after use. What Qt
// does not let us wipe is listed there.
#pragma once

#include <QString>

class QLineEdit;

namespace pdc {

QString takeSecret(QLineEdit *field);
// Empties a secret field and its undo history (nothing is returned).
void clearSecretField(QLineEdit *field);

} // namespace pdc
