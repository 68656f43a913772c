// Removes secrets from text that may be shown or stored as evidence (probe excerpts): JSON string
// values of keys that look secret (password, token, csrf, cookie, session, secret, authorization).
#pragma once

#include <QByteArray>
#include <QString>

namespace pdc {

QString redactSecrets(const QString &text);
// The first `maxChars` characters of a body as text, secrets removed.
QString bodyExcerpt(const QByteArray &body, int maxChars = 300);

} // namespace pdc
