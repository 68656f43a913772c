// Variant mode (`portal-sim --variant SEED`, issue 13): from one seed, the sim varies everything
// docs/api/openapi.yaml leaves open while staying inside it, so clients are tested against the contract and
// not against this sim's habits. Every variation is chosen once at start from a QRandomGenerator seeded with
// SEED (the same seed gives the same choices; per-request draws come from the seed and the request's number),
// and describe() names them on one line so a failing seed can be replayed.
//
// Applied at one point: PortalSim::handle() passes each request through inbound() before routing (undo
// what the variant changed in names the client sends back: cookie name, upgrade ids, cursors, page size;
// one-off 429/503 and the read-after-write 404 answer here) and each answer through outbound() before it
// is written (JSON rewritten: unknown fields, key order, ids, times, estimated_time, missing optional
// fields, unknown states; cookies, CSRF rotation, empty history pages, delays, gzip, chunked, close).
// No route knows the variant exists.
//
// Invariants: an answer stays valid for the contract (Prism's validating proxy agrees); paging always
// ends (an empty page is given at most once per position); the read-after-write window is at most 2 s;
// one-off errors come only on GETs and only once per route. `cancelled` (a final state outside the listed
// ones, with completed_at) is inside the contract: its state lists are open (x-extensible-enum). One
// aspect is allowed by the contract's prose but not by its schema, so Prism's proxy rejects it; it is only
// chosen with beyondContract: `cookie-name` (the session cookie not named portal_session; "clients keep
// whatever cookies the login answer sets", but the security scheme names the cookie).
#pragma once

#include "httpserver.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sim {

class Variant
{
public:
    // Every aspect by name (the names PORTAL_SIM_VARIANT_SKIP takes and describe() prints).
    static QStringList aspectNames();

    // skip: aspects never chosen (diagnosis aid). beyondContract: also allow the aspects the contract's
    // prose permits but its schema (and so Prism) does not: `cookie-name`.
    Variant(quint64 seed, const QStringList &skip, bool beyondContract);

    quint64 seed() const { return m_seed; }
    bool has(const QString &aspect) const { return m_on.contains(aspect); }
    QString describe() const; // one line: the seed and every chosen variation with its parameters

    // Rotates the CSRF token of the session with this (canonical) cookie value; returns the new token.
    using CsrfRotator = std::function<QString(const QString &sessionToken)>;
    void setCsrfRotator(CsrfRotator rotate) { m_rotateCsrf = std::move(rotate); }

    // Before routing: rewrites the request into the sim's own terms. Returns an answer when the variant
    // answers itself (one-off 429/503, read-after-write 404, a trailing empty history page).
    std::optional<HttpResponse> inbound(HttpRequest &request, qint64 nowMs);
    // After routing: reshapes the answer (the request is the rewritten one inbound() produced).
    void outbound(const HttpRequest &request, HttpResponse &response, qint64 nowMs);

    // The id as this variant shows it (exposed for tests of the mapping).
    QString externalId(const QString &canonical);

private:
    // `schema`: the contract schema of `value` when it is an object or an array of objects.
    QJsonValue rewrite(const QJsonValue &value, const QString &schema, int depth);
    void shapeJson(const HttpRequest &request, HttpResponse &response);
    void shapeCookies(HttpResponse &response);
    QString rewriteTime(const QString &text) const;
    QString rewriteIds(const QString &text);
    QJsonValue unknownValue(int depth);
    QByteArray serialize(const QJsonValue &value) const;
    void serializeInto(const QJsonValue &value, QByteArray &out) const;
    quint32 draw(); // per-request random number (seeded by the seed and the request's number)

    quint64 m_seed;
    bool m_beyondContract;
    QSet<QString> m_on;
    // Parameters of the chosen aspects.
    int m_unknownDepth = 0;
    QString m_keyOrder;   // "reverse", "shuffle"
    QString m_idForm;     // "lower", "upper", "mixed", "encoded"
    QString m_cookieName; // the session cookie's name
    QString m_cookiePath;
    bool m_extraCookies = false;
    QString m_csrfMode; // "omit", "rotate-once", "rotate-every"
    int m_offsetMinutes = 0;
    int m_fractionDigits = 3;
    QString m_estimateForm; // "text", "absent", "zero"
    QStringList m_dropped;  // optional fields left out ("Object.field")
    int m_pageSize = 0;
    int m_delayMaxMs = 0;
    QSet<QString> m_oneOffRoutes;
    int m_rawWindowMs = 0;
    int m_chunkSize = 0;

    // Run state.
    quint64 m_requests = 0;
    quint32 m_requestDraw = 0;
    QHash<QString, QString> m_canonicalByLower; // lower-cased external id -> canonical id
    QHash<QString, qint64> m_acceptedAt;        // canonical id -> when its 202 was written
    QSet<QString> m_oneOffDone;
    QSet<QString> m_emptyPageGiven; // cursors (empty = first page) that already had their empty page
    CsrfRotator m_rotateCsrf;
    // The request being answered (set by inbound/outbound, one request at a time on the sim's thread).
    const HttpRequest *m_request = nullptr;
    int m_status = 0;
    QString m_typedId;        // the upgrade id as the client typed it in the status route's path
    bool m_synthetic = false; // the answer is the variant's own (no empty page instead of it)
    QString m_historyCursor;  // the cursor the client sent, before the variant's markers were removed
    QHash<QString, int> m_sessionCheckCount; // session cookie -> session checks answered
};

} // namespace sim
