#include "networkjob.h"

#include "apilogging.h"
#include "cookiejar.h"
#include "decoding/decoders.h"
#include "tlsdetails.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace pdc {

namespace {
constexpr qsizetype kMaxReplyBytes = 64 * 1024 * 1024;

QString defaultMessage(ApiError::Kind kind, int status)
{
    switch (kind) {
    case ApiError::Kind::SessionExpired:
        return QStringLiteral("The portal session has expired or is missing; sign in again.");
    case ApiError::Kind::Forbidden:
        return QStringLiteral("The portal refused this for the signed-in user.");
    case ApiError::Kind::Validation:
        return QStringLiteral("The portal rejected the request as invalid.");
    case ApiError::Kind::Conflict:
        return QStringLiteral("Another upgrade of this service is already running.");
    case ApiError::Kind::NotFound:
        return QStringLiteral("The portal does not know this item.");
    case ApiError::Kind::ServerError:
        return QStringLiteral("The portal failed (HTTP %1).").arg(status);
    default:
        return QStringLiteral("The portal rejected the request (HTTP %1).").arg(status);
    }
}
} // namespace

NetworkJob::NetworkJob(JobEnvironment env, QByteArray verb, QString path, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_verb(std::move(verb))
    , m_path(std::move(path))
    , m_retryable(m_verb == "GET")
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkJob::sendAttempt);
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::setRawHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QString NetworkJob::operation() const
{
    return QString::fromLatin1(m_verb) + QLatin1Char(' ') + m_path;
}

QUrl NetworkJob::url() const
{
    QUrl u = m_env.baseUrl;
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString path = m_path; // already percent-encoded where it holds data (an upgrade id)
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    u.setPath(base + path, QUrl::TolerantMode); // keeps %XX as is instead of encoding '%' again
    u.setQuery(m_query);
    u.setFragment(QString());
    return u;
}

void NetworkJob::start()
{
    m_clock.start();
    sendAttempt();
}

void NetworkJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finishes the reply; onReplyFinished reports Cancelled
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.message = QStringLiteral("The request was cancelled.");
    e.operation = operation();
    m_error = e;
    finish();
}

void NetworkJob::sendAttempt()
{
    ++m_attempt;
    m_sslErrors.clear();
    m_redirectRefused = false;
    QNetworkRequest request(url());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("PortalDeploymentConsole/" CONSOLE_VERSION));
    request.setTransferTimeout(m_env.retry.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Automatic);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Automatic);
    if (request.url().scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_env.ssl);
    if (m_verb != "GET") {
        if (!m_body.isEmpty()) // routes without a request body (logout, probes) get none, nor a type
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_env.csrfToken.isEmpty())
            request.setRawHeader("X-CSRF-Token", m_env.csrfToken);
    }
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (m_verb == "GET")
        reply = m_env.nam->get(request);
    else
        reply = m_env.nam->sendCustomRequest(request, m_verb, m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // recorded for the details; never ignored
    });
    connect(reply, &QNetworkReply::redirected, this, &NetworkJob::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
}

void NetworkJob::onRedirected(const QUrl &target)
{
    // Only the portal's own origin (scheme, host and port) is followed. The reply's url() already names
    // the target when this is emitted, so the comparison is with the profile's portal URL: an https
    // portal redirecting to http on the same host, or to another port, is refused like another host.
    if (!sameOrigin(target, m_env.baseUrl)) {
        m_redirectRefused = true;
        m_refusedTarget = target;
        qCWarning(lcApi) << operation() << "refused a redirect to"
                         << target.toDisplayString(QUrl::RemoveQuery);
        if (m_reply)
            m_reply->abort();
        return;
    }
    if (m_reply)
        emit m_reply->redirectAllowed();
}

ApiError NetworkJob::transportError(QNetworkReply::NetworkError code, const QString &errorString) const
{
    ApiError e;
    e.operation = operation();
    if (m_redirectRefused) {
        e.kind = ApiError::Kind::Tls;
        e.message =
            QStringLiteral("Refused a redirect to %1: the console only follows redirects that stay on the "
                           "portal's origin (same scheme, host and port), so never from https to http.")
                .arg(m_refusedTarget.toDisplayString(QUrl::RemoveQuery));
        e.tlsDetails = {
            QStringLiteral("Redirect target: %1").arg(m_refusedTarget.toDisplayString(QUrl::RemoveQuery))};
        return e;
    }
    if (m_cancelled) {
        e.kind = ApiError::Kind::Cancelled;
        e.message = QStringLiteral("The request was cancelled.");
        return e;
    }
    switch (code) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        e.message = QStringLiteral("The portal did not answer within %1 s.")
                        .arg(m_env.retry.transferTimeoutMs / 1000.0);
        return e;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::Tls;
        e.tlsDetails = describeTlsFailure(m_reply ? m_reply->sslConfiguration().peerCertificateChain()
                                                  : QList<QSslCertificate>(),
                                          m_sslErrors);
        if (!m_env.tlsNote.isEmpty())
            e.tlsDetails.append(m_env.tlsNote);
        e.message = QStringLiteral("The portal's TLS certificate is not trusted: %1")
                        .arg(m_sslErrors.isEmpty() ? errorString : m_sslErrors.first().errorString());
        return e;
    default:
        e.kind = ApiError::Kind::Offline;
        e.message = QStringLiteral("The portal cannot be reached: %1").arg(errorString);
        return e;
    }
}

int NetworkJob::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, 24 * 3600));
}

ApiError NetworkJob::errorForStatus(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    if (status == 401)
        e.kind = ApiError::Kind::SessionExpired;
    else if (status == 403)
        e.kind = ApiError::Kind::Forbidden;
    else if (status == 400 || status == 422)
        e.kind = ApiError::Kind::Validation;
    else if (status == 409)
        e.kind = ApiError::Kind::Conflict;
    else if (status == 404)
        e.kind = ApiError::Kind::NotFound;
    else if (status >= 500)
        e.kind = ApiError::Kind::ServerError;
    else
        e.kind = ApiError::Kind::RequestRejected;
    const ErrorBody portal = decodeErrorBody(body);
    e.code = portal.code;
    e.message = portal.message.isEmpty() ? defaultMessage(e.kind, status) : portal.message;
    e.upgradeId = portal.upgradeId;
    e.field = portal.field;
    e.retryAfterSeconds = parseRetryAfter(retryAfter);
    return e;
}

qint64 NetworkJob::announcedLength(const QNetworkReply *reply)
{
    // A compressed body is inflated by Qt, so its Content-Length says nothing about the bytes read.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return -1;
    bool ok = false;
    const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_elapsedMs = m_clock.elapsed();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_replyBody = reply->isOpen() ? reply->read(kMaxReplyBytes) : QByteArray();
    const QNetworkReply::NetworkError code = reply->error();

    std::optional<ApiError> error;
    if (m_status == 0 || m_redirectRefused || m_cancelled) {
        if (code != QNetworkReply::NoError || m_redirectRefused || m_cancelled)
            error = transportError(code, reply->errorString());
        else
            error = transportError(QNetworkReply::UnknownNetworkError, QStringLiteral("no HTTP answer"));
        if (code == QNetworkReply::SslHandshakeFailedError && error->tlsDetails.isEmpty())
            error->tlsDetails =
                describeTlsFailure(reply->sslConfiguration().peerCertificateChain(), m_sslErrors);
    } else if (m_status < 200 || m_status >= 300) {
        error = errorForStatus(m_status, m_replyBody, reply->rawHeader("Retry-After"));
        error->operation = operation();
    } else if (const qint64 announced = announcedLength(reply); announced > kMaxReplyBytes) {
        error = ApiError{};
        error->kind = ApiError::Kind::MalformedBody;
        error->httpStatus = m_status;
        error->operation = operation();
        error->message =
            QStringLiteral("The portal's answer is %1 bytes, more than the %2 MiB the console reads.")
                .arg(QString::number(announced), QString::number(kMaxReplyBytes >> 20));
    } else if (const bool shortBody = announced >= 0 && m_replyBody.size() < announced;
               code != QNetworkReply::NoError || shortBody) {
        // A 2xx status line arrived but the whole answer did not (cut off, timed out; Qt sometimes ends
        // such a reply without an error, so a body shorter than its Content-Length counts too). It is not
        // an answer: for the trigger the outcome is unknown, and only a retry with the same key may follow.
        error =
            code != QNetworkReply::NoError
                ? transportError(code, reply->errorString())
                : transportError(QNetworkReply::RemoteHostClosedError,
                                 QStringLiteral("received %1 of %2 bytes")
                                     .arg(QString::number(m_replyBody.size()), QString::number(announced)));
        error->httpStatus = m_status;
        error->message = QStringLiteral("The portal's %1 answer was cut off before its end: %2")
                             .arg(QString::number(m_status), error->message);
    }

    qCInfo(lcApi).noquote() << operation() << "->"
                            << (m_status ? QString::number(m_status) : QStringLiteral("no answer"))
                            << (error ? error->kindName() : QString()) << "in" << m_elapsedMs << "ms, attempt"
                            << m_attempt;

    if (error && m_retryable && m_verb == "GET" && !m_cancelled && error->isTransient() &&
        m_attempt < m_env.retry.maxAttempts) {
        const qint64 delay = m_env.retry.backoffMs(m_attempt, error->retryAfterSeconds,
                                                   QRandomGenerator::global()->generateDouble());
        if (error->retryAfterSeconds < 0 ||
            qint64(error->retryAfterSeconds) * 1000 <= m_env.retry.maxRetryAfterMs) {
            qCDebug(lcApi).noquote() << operation() << "retrying in" << delay << "ms";
            m_retryTimer.start(int(delay));
            return;
        }
    }
    m_error = error;
    finish();
}

void NetworkJob::setDecodeError(ApiError error)
{
    error.operation = operation();
    error.httpStatus = m_status;
    if (error.message.isEmpty())
        error.message = QStringLiteral("The portal's answer could not be read.");
    qCWarning(lcApi).noquote() << operation() << "answer could not be decoded:" << error.field
                               << error.message;
    m_error = error;
}

void NetworkJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    deliver();
    emit finished(this);
    deleteLater();
}

} // namespace pdc
