// Whether a record's columns (seq, upgrade_id, kind, author, at) are the values inside its hashed
// content, the canonical JSON text RecordJournal::canonicalContent writes:
//   {"at":"…","author":"…","kind":"…","payload":<any JSON value>,"seq":N,"upgrade_id":"…"}
//
// match() answers exactly what parsing the content with QJsonDocument and comparing the five fields
// answers (parseAndMatch()); it only gets there faster for the text that canonicalContent writes:
// matchesCanonicalText() recognises that exact shape in one pass without building a JSON tree, and is
// deliberately narrower than Qt's parser, so it says "matches" only where the parse says so too:
//  * the keys in that order, no white space, each of the four strings without escapes, quotes,
//    control characters or surrogates (and the columns likewise), seq written as QString::number does;
//  * the payload a well-formed JSON value (RFC 8259) — with standard escapes only, numbers of at most
//    30 characters without an exponent (Qt refuses numbers out of double's range), nesting at most 64
//    deep (Qt refuses 1024), no surrogate code units anywhere.
// Anything else — a reordered, re-spaced, escaped, duplicated or tampered content — goes to the parse.
// tst_models_content_columns compares the two on canonical, tampered and hostile texts.
#pragma once

#include <QString>
#include <QStringView>

namespace pdc {

namespace ContentColumns {

// Exact: true iff the content's seq, upgrade_id, kind, author and at equal these columns.
bool match(QStringView content, qint64 seq, QStringView upgradeId, QStringView kind, QStringView author,
           QStringView at);

// The fast recogniser: true only when the content is canonical text whose fields equal the columns
// (then parseAndMatch() is true as well); false says nothing either way.
bool matchesCanonicalText(QStringView content, qint64 seq, QStringView upgradeId, QStringView kind,
                          QStringView author, QStringView at);

// The reference: QJsonDocument's parse of the content, field by field.
bool parseAndMatch(QStringView content, qint64 seq, QStringView upgradeId, QStringView kind,
                   QStringView author, QStringView at);

} // namespace ContentColumns

} // namespace pdc
