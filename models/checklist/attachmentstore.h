// Copies a checklist attachment (e.g. a dashboard screenshot) into <data folder>/attachments/ under a
// name that starts with its SHA-256, so the journal's name and hash always point at an unchanged copy.
//
// Invariants:
// - The file is streamed in chunks (kAttachmentChunkBytes): hashed while it is copied, never held whole
//   in memory. It is read once, so what is hashed is exactly what is stored.
// - A file larger than kAttachmentMaxBytes is refused with a sentence naming the file and the cap: before
//   reading when its size says so, and while reading when it grows past the cap.
// - An existing target of the same name is re-hashed before it is reused; one whose content does not
//   match its name (changed or cut off on disk) is replaced by the fresh copy, and a warning is logged.
// - This is blocking file work: callers on the GUI thread run it on a worker (ChecklistSession does).
//   It touches no journal and no store, so it is safe on any thread.
#pragma once

#include "checklist.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace pdc {

// 20 MiB: a dashboard screenshot or a short log excerpt is far below it; a video or a core dump, which
// do not belong in a change record, are above it. The copy is kept with the store for as long as the
// record, so the cap also bounds what one result can add to the workstation's disk.
inline constexpr qint64 kAttachmentMaxBytes = 20 * 1024 * 1024;
inline constexpr qint64 kAttachmentChunkBytes = 256 * 1024;

// Stores source under dataDir/attachments and returns what the journal records; nullopt with *error
// (one translated sentence) when it is refused or cannot be copied. maxBytes: the cap (tests pass less).
std::optional<AttachmentRecord> storeAttachmentFile(const QString &source, const QString &dataDir,
                                                    QString *error, qint64 maxBytes = kAttachmentMaxBytes);

// The SHA-256 (hex) of a file, streamed; empty when it cannot be read.
QString sha256OfFile(const QString &path);

} // namespace pdc
