// Long evidence (probe excerpts, log lines, JSON) made printable in a monospace block of a fixed width:
// every line is cut into pieces of at most `columns` characters, preferably after a space or a JSON /
// URL separator, so nothing runs off the page; text beyond a stated limit is left out and said so.
// Pure: the change record uses it, the tests check it directly.
#pragma once

#include <QString>
#include <QStringList>

namespace pdc {

struct WrappedText
{
    QStringList lines;      // each at most `columns` characters (a surrogate pair is never split)
    qsizetype shown = 0;    // characters of the original text included
    qsizetype total = 0;    // characters of the original text
    bool truncated = false; // shown < total
};

// `limit`: at most this many characters of the text are included (0: no limit). Tabs become spaces,
// other control characters U+FFFD; CR LF and CR end a line like LF.
WrappedText wrapMonospace(const QString &text, int columns, qsizetype limit);

} // namespace pdc
