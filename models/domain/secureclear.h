// Clearing secrets (passwords, the login body) from memory after use, as far as Qt lets us.
//
// What is guaranteed: secureClear() overwrites, with zeros, every byte of the buffer it is given (its
// whole capacity, not only its current size) when that buffer is not shared, and then empties it. The
// overwrite goes through a volatile pointer, so the compiler does not drop it as a dead store.
//
// What cannot be guaranteed in Qt, and why:
// - Implicit sharing: QString and QByteArray share one buffer between copies. Writing into a shared
//   buffer would first detach (copy) it, so the wipe would reach only the fresh copy. secureClear()
//   therefore wipes only a buffer it holds alone (isDetached()); for a shared one it drops this reference
//   and returns false: the buffer is wiped when the last holder clears it (the callers here arrange to
//   be that holder: takeSecret() below empties the field first, so the caller's copy is the last one).
// - Conversions: toUtf8(), toStdString(), JSON writers and QNetworkAccessManager's upload make
//   temporaries that are freed without being wiped; heap memory freed by Qt or the C library is not
//   zeroed. The login body is wiped after the request (NetworkJob), not the copies Qt made of it.
// - QLineEdit keeps an undo history; setText() (not clear(), which is undoable) empties it, but the
//   freed history entries are not wiped. Its password echo mode already refuses to copy to the
//   clipboard.
// - Swap, core dumps and the process's other pages are not in reach of a user-space program here.
#pragma once

#include <QByteArray>
#include <QString>
#include <string>

namespace pdc {

// True when the buffer was overwritten in place; false when it was shared (only this reference went) or
// empty. Either way s is empty afterwards.
bool secureClear(QString &s);
bool secureClear(QByteArray &b);
void secureClear(std::string &s);

// The overwrite alone: zeros over the whole capacity of an unshared buffer, which keeps its size (now
// all zeros) and is not freed. False, and nothing touched, when the buffer is shared or empty.
bool secureWipe(QString &s);
bool secureWipe(QByteArray &b);

} // namespace pdc
