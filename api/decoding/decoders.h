// Pure JSON -> struct decoders for every answer of docs/api/openapi.yaml. No I/O, no Qt event loop,
// safe on any thread (history pages are decoded on a worker thread).
//
// Tolerance rules (the contract's "clients must ignore fields they do not know"):
//  - unknown fields are ignored; a missing optional field, or an optional field that is null, is allowed;
//  - an unknown state string is kept as it came (UpgradeState::fromWire), never mapped to a known state;
//  - estimated_time may be a number of seconds or a text;
//  - a missing required field or a field of the wrong type gives ApiError{Kind::MalformedBody} whose
//    `field` is the JSON path (e.g. "services[1].status") and whose message names it;
//  - no input crashes: bodies that are not JSON, not an object, larger than kMaxBodyBytes or nested
//    deeper than kMaxNestingDepth are MalformedBody errors;
//  - in a history page, a record that cannot be read does not fail the page: it is left out and named in
//    HistoryPage::unreadable (its index, its id when readable, the path and message of the first problem);
//    what is wrong with the page itself (upgrades, next_cursor, total, server_time) still fails it.
#pragma once

#include "domain/apierror.h"
#include "domain/portal.h"
#include "domain/upgrade.h"

#include <QByteArray>
#include <QDateTime>

namespace pdc {

constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
constexpr int kMaxNestingDepth = 256;

// The session answer: the public part and the CSRF token, which stays inside api/.
struct DecodedSession
{
    SessionInfo info;
    QString csrfToken;
};

// The body of POST probe routes.
struct ProbeBody
{
    bool ok = false;
    QString target;
    std::optional<qint64> latencyMs;
    QString message;
};

// What an error answer's JSON body says (all optional; a body that is not the contract's Error shape
// yields an empty ErrorBody, never an error).
struct ErrorBody
{
    QString code;
    QString message;
    QString upgradeId;
    QString field;
};

Result<DecodedSession> decodeSession(const QByteArray &body);
Result<VersionList> decodeVersionList(const QByteArray &body);
Result<UpgradeAccepted> decodeUpgradeAccepted(const QByteArray &body);
Result<UpgradeStatus> decodeUpgradeStatus(const QByteArray &body);
Result<HistoryPage> decodeHistoryPage(const QByteArray &body);
// Never an error (the contract: a 200 with any body is healthy). `httpStatus` is kept in Health. A JSON
// object with a non-empty string `status` is a Health body: status is used, and version, time and checks
// each when well formed (a bad optional field is dropped, not an error). Any other non-empty body (plain
// text, HTML, JSON without status) is kept as Health::excerpt.
Result<Health> decodeHealth(const QByteArray &body, int httpStatus);
Result<ComponentHealthList> decodeComponentHealthList(const QByteArray &body);
Result<ProbeBody> decodeProbeBody(const QByteArray &body);
ErrorBody decodeErrorBody(const QByteArray &body);

// RFC 3339 timestamps as the portal sends them ("2026-11-28T19:00:00Z", with or without fraction/offset).
// A leap second ("23:59:60Z", seconds 60 with any fraction) is read as hh:mm:59.999 of the same minute.
QDateTime parseTimestamp(const QString &text);
QString formatTimestamp(const QDateTime &time); // UTC, "yyyy-MM-ddTHH:mm:ssZ"

} // namespace pdc
