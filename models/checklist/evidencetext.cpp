#include "evidencetext.h"

#include <algorithm>

namespace pdc {

namespace {

bool breaksAfter(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case ',':
    case ';':
    case ':':
    case '&':
    case '/':
    case '?':
    case '}':
    case ']':
    case ')':
        return true;
    default:
        return false;
    }
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("    ");
        } else if (c == QLatin1Char('\n')) {
            out += c;
        } else if (c.category() == QChar::Other_Control) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

WrappedText wrapMonospace(const QString &text, int columns, qsizetype limit)
{
    WrappedText w;
    w.total = text.size();
    w.shown = (limit > 0 && text.size() > limit) ? limit : text.size();
    if (w.shown < w.total && w.shown > 0 && text.at(w.shown - 1).isHighSurrogate())
        --w.shown;
    w.truncated = w.shown < w.total;
    columns = std::max(columns, 8);
    const QStringList lines = printable(text.left(w.shown)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        qsizetype start = 0;
        while (line.size() - start > columns) {
            qsizetype cut = start + columns;
            // The last separator in the window's second half; else a hard cut.
            for (qsizetype i = start + columns - 1; i >= start + columns / 2; --i) {
                if (breaksAfter(line.at(i))) {
                    cut = i + 1;
                    break;
                }
            }
            if (line.at(cut - 1).isHighSurrogate())
                --cut;
            w.lines.append(line.mid(start, cut - start));
            start = cut;
        }
        w.lines.append(line.mid(start));
    }
    return w;
}

} // namespace pdc
