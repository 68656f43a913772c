#include "redaction.h"

#include <QRegularExpression>

namespace pdc {

QString redactSecrets(const QString &text)
{
    static const QRegularExpression secretValue(
        QStringLiteral(
            R"RE(("[^"]*(?:password|passwd|token|csrf|cookie|session_id|secret|authorization|api_key)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*")RE"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(secretValue, QStringLiteral(R"(\1"[redacted]")"));
    return out;
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    // Redact the whole body first so a secret cut by the excerpt's end cannot leak half of itself.
    QString text = redactSecrets(QString::fromUtf8(body.left(64 * 1024)));
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("\u2026");
    return text;
}

} // namespace pdc
