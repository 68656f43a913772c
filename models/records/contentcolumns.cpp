#include "contentcolumns.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <cstring>

namespace pdc {

namespace {

constexpr int kMaxDepth = 64;              // Qt's parser refuses 1024 levels
constexpr int kMaxNumberLength = 30;       // no exponent: always within double's range, never 0 by underflow
constexpr qsizetype kMaxContent = 1 << 24; // longer texts take the parse

bool isSurrogate(char16_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

// Text that stands for itself inside a JSON string: no quote, backslash, control character or surrogate.
bool isPlain(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    for (; p != end; ++p)
        if (*p < 0x20 || *p == u'"' || *p == u'\\' || isSurrogate(*p))
            return false;
    return true;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// A strict JSON (RFC 8259) recogniser without white space, narrower than Qt's parser (see the header).
// Plain pointers: it runs once per row of a verification, in debug builds too.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_p(text.utf16())
        , m_end(text.utf16() + text.size())
    {}

    bool atEnd() const { return m_p == m_end; }

    // Consumes `expected` when the text continues with it.
    bool take(QStringView expected)
    {
        const qsizetype n = expected.size();
        if (n == 0)
            return true; // memcmp may not be handed the null pointer an empty view or text has
        if (m_end - m_p < n || std::memcmp(m_p, expected.utf16(), size_t(n) * sizeof(char16_t)) != 0)
            return false;
        m_p += n;
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end || depth > kMaxDepth)
            return false;
        switch (*m_p) {
        case u'{':
            return object(depth);
        case u'[':
            return array(depth);
        case u'"':
            return string();
        case u't':
            return take(u"true");
        case u'f':
            return take(u"false");
        case u'n':
            return take(u"null");
        default:
            return number();
        }
    }

private:
    char16_t peek() const { return m_p == m_end ? 0 : *m_p; }

    bool object(int depth)
    {
        ++m_p; // {
        if (peek() == u'}') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (peek() != u'"' || !string() || peek() != u':')
                return false;
            ++m_p;
            if (!value(depth + 1))
                return false;
            if (m_p == m_end)
                return false;
            const char16_t c = *m_p++;
            if (c == u'}')
                return true;
            if (c != u',')
                return false;
        }
    }

    bool array(int depth)
    {
        ++m_p; // [
        if (peek() == u']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth + 1))
                return false;
            if (m_p == m_end)
                return false;
            const char16_t c = *m_p++;
            if (c == u']')
                return true;
            if (c != u',')
                return false;
        }
    }

    bool string()
    {
        ++m_p; // "
        while (m_p != m_end) {
            const char16_t c = *m_p++;
            if (c == u'"')
                return true;
            if (c < 0x20 || isSurrogate(c))
                return false;
            if (c != u'\\')
                continue;
            if (m_p == m_end)
                return false;
            const char16_t e = *m_p++;
            if (e == u'"' || e == u'\\' || e == u'/' || e == u'b' || e == u'f' || e == u'n' || e == u'r' ||
                e == u't')
                continue;
            if (e != u'u' || m_end - m_p < 4)
                return false;
            for (int i = 0; i < 4; ++i)
                if (!isHexDigit(*m_p++))
                    return false;
        }
        return false;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)? ; an exponent is left to Qt's parser.
    bool number()
    {
        const char16_t *const start = m_p;
        if (peek() == u'-')
            ++m_p;
        if (peek() == u'0')
            ++m_p;
        else if (peek() >= u'1' && peek() <= u'9')
            while (isDigit(peek()))
                ++m_p;
        else
            return false;
        if (peek() == u'.') {
            ++m_p;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_p;
        }
        if (peek() == u'e' || peek() == u'E')
            return false;
        return m_p - start <= kMaxNumberLength;
    }

    const char16_t *m_p;
    const char16_t *m_end;
};

// seq as QString::number writes it, without allocating.
QStringView decimal(qint64 value, char16_t (&buffer)[24])
{
    char16_t *const end = buffer + 24;
    char16_t *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = u'-';
    return QStringView(p, end - p);
}

} // namespace

namespace ContentColumns {

bool matchesCanonicalText(QStringView content, qint64 seq, QStringView upgradeId, QStringView kind,
                          QStringView author, QStringView at)
{
    if (content.size() > kMaxContent || !isPlain(at) || !isPlain(author) || !isPlain(kind) ||
        !isPlain(upgradeId))
        return false;
    // Each column is plain, so the string that starts where it is taken ends right after it, and its
    // value is the column; the six keys are distinct, so no duplicate can override one.
    Scanner s(content);
    char16_t digits[24];
    return s.take(u"{\"at\":\"") && s.take(at) && s.take(u"\",\"author\":\"") && s.take(author) &&
           s.take(u"\",\"kind\":\"") && s.take(kind) && s.take(u"\",\"payload\":") && s.value(1) &&
           s.take(u",\"seq\":") && s.take(decimal(seq, digits)) && s.take(u",\"upgrade_id\":\"") &&
           s.take(upgradeId) && s.take(u"\"}") && s.atEnd();
}

bool parseAndMatch(QStringView content, qint64 seq, QStringView upgradeId, QStringView kind,
                   QStringView author, QStringView at)
{
    const QJsonObject c = QJsonDocument::fromJson(content.toUtf8()).object();
    return c.value(QStringLiteral("seq")).toInteger() == seq &&
           c.value(QStringLiteral("upgrade_id")).toString() == upgradeId &&
           c.value(QStringLiteral("kind")).toString() == kind &&
           c.value(QStringLiteral("author")).toString() == author &&
           c.value(QStringLiteral("at")).toString() == at;
}

bool match(QStringView content, qint64 seq, QStringView upgradeId, QStringView kind, QStringView author,
           QStringView at)
{
    return matchesCanonicalText(content, seq, upgradeId, kind, author, at) ||
           parseAndMatch(content, seq, upgradeId, kind, author, at);
}

} // namespace ContentColumns

} // namespace pdc
