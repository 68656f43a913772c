#include "apierror.h"

namespace pdc {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::ServerError:
        return true;
    case Kind::RequestRejected:
        return httpStatus == 429;
    default:
        return false;
    }
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::MalformedBody:
        return QStringLiteral("malformed-body");
    case Kind::RequestRejected:
        return QStringLiteral("request-rejected");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case Kind::RedirectLoop:
        return QStringLiteral("redirect-loop");
    }
    return QStringLiteral("unknown");
}

} // namespace pdc
