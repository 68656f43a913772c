#include "networkjob.h"

#include "domain/secureclear.h"

#include "apilogging.h"
#include "cookiejar.h"
#include "decoding/decoders.h"
#include "tlsdetails.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace pdc {

namespace {
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 4);
}

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
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &NetworkJob::onDeadline);
    if (m_verb != "GET")
        m_requestKind = RequestKind::Change;
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    // By now the finished reply (and QNetworkAccessManager's upload buffer sharing the body) is normally
    // gone, so this is the body's last reference and the wipe reaches it (models/domain/secureclear.h).
    if (m_secretBody)
        secureClear(m_body);
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

int NetworkJob::deadlineMs() const
{
    switch (m_requestKind) {
    case RequestKind::Read:
        return m_env.retry.readDeadlineMs;
    case RequestKind::SignIn:
        return m_env.retry.signInDeadlineMs;
    case RequestKind::Change:
        return m_env.retry.changeDeadlineMs;
    case RequestKind::Probe:
        return m_env.retry.probeDeadlineMs;
    }
    return m_env.retry.readDeadlineMs;
}

QString NetworkJob::deadlineName() const
{
    switch (m_requestKind) {
    case RequestKind::Read:
        return QStringLiteral("a read");
    case RequestKind::SignIn:
        return QStringLiteral("signing in");
    case RequestKind::Change:
        return QStringLiteral("a change");
    case RequestKind::Probe:
        return QStringLiteral("a probe");
    }
    return QString();
}

void NetworkJob::start()
{
    m_clock.start();
    if (deadlineMs() > 0)
        m_deadlineTimer.start(deadlineMs());
    sendAttempt();
}

void NetworkJob::onDeadline()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortReply(Abort::TooSlow); // onReplyFinished reports it
        return;
    }
    // Between attempts (a retry is never scheduled past the deadline, so this is a late timer at most).
    m_retryTimer.stop();
    m_abort = Abort::TooSlow;
    m_elapsedMs = m_clock.elapsed();
    m_error = abortError();
    finish();
}

void NetworkJob::abortReply(Abort reason)
{
    if (m_abort == Abort::None)
        m_abort = reason;
    if (m_reply)
        m_reply->abort(); // finishes the reply; onReplyFinished reports the reason
}

void NetworkJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
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
    m_abort = Abort::None;
    m_announced = -1;
    m_replyBody.clear();
    m_redirectPath = {url()};
    m_refusedTarget.clear();
    QNetworkRequest request(url());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("PortalDeploymentConsole/" CONSOLE_VERSION));
    request.setTransferTimeout(m_env.retry.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects + 1); // onRedirected ends a loop before Qt does
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
    // Qt buffers at most this much ahead of onReadyRead, which moves it into m_replyBody and checks the
    // running size: what the portal sends can never grow the process past the cap.
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &NetworkJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &NetworkJob::onReadyRead);
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
        m_refusedTarget = target;
        qCWarning(lcApi) << operation() << "refused a redirect to"
                         << target.toDisplayString(QUrl::RemoveQuery);
        abortReply(Abort::RedirectRefused);
        return;
    }
    // A target already visited in this attempt closes a loop; a chain longer than kMaxRedirects is
    // treated the same (a portal that keeps inventing URLs).
    const QUrl normalized = target.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    const bool seen = std::any_of(m_redirectPath.cbegin(), m_redirectPath.cend(), [&](const QUrl &u) {
        return u.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment) == normalized;
    });
    m_redirectPath.append(target);
    if (seen || m_redirectPath.size() > kMaxRedirects + 1) {
        m_refusedTarget = target;
        qCWarning(lcApi) << operation() << "ended a redirect loop at"
                         << target.toDisplayString(QUrl::RemoveQuery);
        abortReply(Abort::RedirectLoop);
        return;
    }
    if (m_reply)
        emit m_reply->redirectAllowed();
}

void NetworkJob::onMetaData()
{
    // The headers are in: an announced length over the cap is refused before any of the body is read.
    // (Redirect answers pass through here too; their length is theirs, so only a final answer counts.)
    if (!m_reply || m_abort != Abort::None)
        return;
    if (m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid())
        return;
    m_announced = announcedLength(m_reply);
    if (m_announced > kMaxAnswerBytes)
        abortReply(Abort::TooLarge);
}

void NetworkJob::onReadyRead()
{
    if (!m_reply || m_abort != Abort::None)
        return;
    if (m_announced < 0)
        onMetaData(); // Qt may deliver the first bytes before metaDataChanged reaches this job
    if (m_abort != Abort::None)
        return;
    const qint64 room = kMaxAnswerBytes - m_replyBody.size();
    m_replyBody += m_reply->read(room + 1);
    if (m_replyBody.size() > kMaxAnswerBytes) {
        m_replyBody.clear(); // no use for a part of it
        m_replyBody.squeeze();
        abortReply(Abort::TooLarge);
    }
}

ApiError NetworkJob::abortError() const
{
    ApiError e;
    e.operation = operation();
    e.httpStatus = m_status;
    const QString target = m_refusedTarget.toDisplayString(QUrl::RemoveQuery);
    switch (m_abort) {
    case Abort::None:
        break;
    case Abort::TooLarge:
        e.kind = ApiError::Kind::MalformedBody;
        e.message =
            m_announced > kMaxAnswerBytes
                ? QStringLiteral("The portal's answer is too large: it announced %1 bytes, more than the "
                                 "%2 MiB the console reads; nothing of it was read.")
                      .arg(QString::number(m_announced), QString::number(kMaxAnswerBytes >> 20))
                : QStringLiteral("The portal's answer is too large: it went past the %1 MiB the console "
                                 "reads, so reading stopped there.")
                      .arg(QString::number(kMaxAnswerBytes >> 20));
        return e;
    case Abort::TooSlow:
        e.kind = ApiError::Kind::Timeout;
        e.message =
            QStringLiteral("The portal is too slow: %1 took more than the %2 s allowed for %3 "
                           "(%4 bytes of the answer had arrived after %5 s, attempt %6).")
                .arg(operation(), seconds(deadlineMs()), deadlineName(), QString::number(m_replyBody.size()),
                     seconds(m_elapsedMs), QString::number(m_attempt));
        return e;
    case Abort::RedirectRefused:
        e.kind = ApiError::Kind::RedirectRefused;
        e.message =
            QStringLiteral("The portal redirected to another origin, %1; the console only follows "
                           "redirects that stay on the portal's origin (same scheme, host and port), so "
                           "never from https to http.")
                .arg(target);
        e.tlsDetails = {QStringLiteral("Redirect target: %1").arg(target)};
        return e;
    case Abort::RedirectLoop: {
        QStringList path;
        for (const QUrl &u : m_redirectPath)
            path.append(u.path().isEmpty() ? QStringLiteral("/") : u.path());
        e.kind = ApiError::Kind::RedirectLoop;
        e.message = QStringLiteral("The portal answered with a redirect loop: %1 (%2 redirects followed, at "
                                   "most %3).")
                        .arg(path.join(QStringLiteral(" -> ")), QString::number(m_redirectPath.size() - 1),
                             QString::number(kMaxRedirects));
        return e;
    }
    }
    return e;
}

ApiError NetworkJob::transportError(QNetworkReply::NetworkError code, const QString &errorString) const
{
    if (m_abort != Abort::None)
        return abortError();
    ApiError e;
    e.operation = operation();
    if (m_cancelled) {
        e.kind = ApiError::Kind::Cancelled;
        e.message = QStringLiteral("The request was cancelled.");
        return e;
    }
    switch (code) {
    case QNetworkReply::TooManyRedirectsError: // only if Qt's own count ends a chain before onRedirected
        e.kind = ApiError::Kind::RedirectLoop;
        e.message = QStringLiteral("The portal answered with a redirect loop: %1").arg(errorString);
        return e;
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
    if (m_abort == Abort::None && reply->isOpen()) { // what is left in Qt's bounded buffer
        m_replyBody += reply->read(kMaxAnswerBytes - m_replyBody.size() + 1);
        if (m_replyBody.size() > kMaxAnswerBytes) {
            m_replyBody.clear();
            m_abort = Abort::TooLarge;
        }
    }
    const QNetworkReply::NetworkError code = reply->error();
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool compressed = !encoding.isEmpty() && encoding != "identity";

    std::optional<ApiError> error;
    if (m_abort != Abort::None) {
        error = abortError();
    } else if (m_status == 0 || m_cancelled) {
        if (code != QNetworkReply::NoError || m_cancelled)
            error = transportError(code, reply->errorString());
        else
            error = transportError(QNetworkReply::UnknownNetworkError, QStringLiteral("no HTTP answer"));
        if (code == QNetworkReply::SslHandshakeFailedError && error->tlsDetails.isEmpty())
            error->tlsDetails =
                describeTlsFailure(reply->sslConfiguration().peerCertificateChain(), m_sslErrors);
    } else if (compressed && code != QNetworkReply::NoError &&
               code != QNetworkReply::OperationCanceledError && code != QNetworkReply::TimeoutError &&
               code != QNetworkReply::RemoteHostClosedError) {
        // Qt inflates gzip/deflate/br/zstd itself and fails the reply when the stream is not what it says.
        error = ApiError{};
        error->kind = ApiError::Kind::MalformedBody;
        error->httpStatus = m_status;
        error->operation = operation();
        error->message =
            QStringLiteral("The portal's %1 answer has corrupt compression (Content-Encoding: %2) "
                           "and cannot be read: %3")
                .arg(QString::number(m_status), QString::fromLatin1(encoding), reply->errorString());
    } else if (m_status < 200 || m_status >= 300) {
        error = errorForStatus(m_status, m_replyBody, reply->rawHeader("Retry-After"));
        error->operation = operation();
    } else if (const qint64 announced = announcedLength(reply);
               code != QNetworkReply::NoError || (announced >= 0 && m_replyBody.size() < announced)) {
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

    if (error && m_retryable && m_verb == "GET" && !m_cancelled && m_abort == Abort::None &&
        error->isTransient() && m_attempt < m_env.retry.maxAttempts) {
        const qint64 delay = m_env.retry.backoffMs(m_attempt, error->retryAfterSeconds,
                                                   QRandomGenerator::global()->generateDouble());
        const bool beforeDeadline = deadlineMs() <= 0 || m_clock.elapsed() + delay < deadlineMs();
        if (beforeDeadline && (error->retryAfterSeconds < 0 ||
                               qint64(error->retryAfterSeconds) * 1000 <= m_env.retry.maxRetryAfterMs)) {
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
    m_deadlineTimer.stop();
    m_retryTimer.stop();
    deliver();
    emit finished(this);
    deleteLater();
}

} // namespace pdc
