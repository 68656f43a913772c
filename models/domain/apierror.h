// The small error taxonomy the UI acts on, and Result<T> that every portal call answers with.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

namespace pdc {

struct ApiError
{
    enum class Kind
    {
        Offline,         // connection refused, host not found, network down
        Timeout,         // transfer timeout
        Tls,             // certificate or handshake failure; see tlsDetails
        SessionExpired,  // 401: offer to log in again, then resume
        Forbidden,       // 403
        Validation,      // 400 / 422 with the portal's message
        Conflict,        // 409: upgradeId names the running upgrade
        NotFound,        // 404
        ServerError,     // 5xx
        MalformedBody,   // the answer could not be decoded; message names what was wrong
        RequestRejected, // other 4xx (413, 415, 429 ...)
        Cancelled,       // the caller went away or logged out
        Keychain,        // the OS keychain failed or is unavailable
        RedirectRefused, // the portal redirected to another origin (scheme, host or port); not followed
        RedirectLoop,    // redirects on the portal's origin that came back to a URL already visited
    };

    // Too large, too slow, corrupt compression and endless paging keep the kind that says what a caller
    // must do (MalformedBody, Timeout) and name the cause in `message`.
    Kind kind = Kind::ServerError;
    int httpStatus = 0;
    QString code;           // the portal's stable `error` code, when it sent one
    QString message;        // a sentence for people
    QString upgradeId;      // with Conflict
    QString field;          // with Validation or MalformedBody: the offending field
    QStringList tlsDetails; // with Tls: certificate subject, issuer, validity, errors
    int retryAfterSeconds = -1;
    QString operation; // what was being done, e.g. "GET /api/v1/deployments/versions"

    // True for failures a later identical GET may not hit (offline, timeout, 5xx, 429).
    bool isTransient() const;
    QString kindName() const; // stable English identifier, e.g. "session-expired"
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Result(ApiError error)
        : m_data(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

struct Nothing
{};

} // namespace pdc
