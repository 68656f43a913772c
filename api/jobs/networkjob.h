// The shared base of every request to the portal (in the spirit of the Nextcloud desktop client's
// AbstractNetworkJob). A NetworkJob owns one logical request:
//  - builds the URL from the profile's base URL and a path, sets Accept/Content-Type, the CSRF header on
//    POSTs and any extra header (Idempotency-Key);
//  - a transfer (idle) timeout on every attempt and an overall deadline per request kind
//    (RetryPolicy::*DeadlineMs), so a portal that trickles bytes cannot keep a request alive ("too slow");
//  - the answer is read while it arrives through a bounded read buffer: an announced Content-Length over
//    kMaxAnswerBytes, or a body that grows past it, aborts the request at once ("too large"), so memory
//    stays bounded whatever the portal sends;
//  - redirects only when they stay on the portal's origin (never from https to http); another origin is
//    refused (RedirectRefused) and a target seen before, or more than kMaxRedirects hops, ends the
//    request as a loop (RedirectLoop);
//  - a compressed body that cannot be inflated is "corrupt compression" (MalformedBody), not "offline";
//  - TLS is verified against the NAM's configuration (system CAs + the profile's CA bundle); SSL errors
//    are recorded for the error's details and never ignored;
//  - maps every failure into the ApiError taxonomy;
//  - retries GETs (setRetryable) with exponential back-off and jitter, honouring Retry-After;
//  - logs method, path, status and time under console.api, never headers or bodies.
// Subclasses (one per endpoint, jobs/endpointjobs.h) decode the body and deliver a typed Result.
#pragma once

#include "clientoptions.h"
#include "domain/apierror.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;

namespace pdc {

// What every job needs from the client, copied at creation.
struct JobEnvironment
{
    QNetworkAccessManager *nam = nullptr;
    QUrl baseUrl;         // the profile's portal URL (scheme, host, port, optional base path)
    QByteArray csrfToken; // sent as X-CSRF-Token on POSTs when not empty
    RetryPolicy retry;
    QSslConfiguration ssl; // system CAs + the profile's CA bundle
    QString tlsNote;       // e.g. "CA bundle /x.pem holds no certificate", added to Tls errors
};

class NetworkJob : public QObject
{
    Q_OBJECT
public:
    // The most bytes of one answer the console reads (after decompression).
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024 * 1024;
    // How much Qt may buffer ahead of the job's own reads.
    static constexpr qint64 kReadBufferBytes = 256 * 1024;
    // Redirect hops one request may follow.
    static constexpr int kMaxRedirects = 5;

    // Which overall deadline applies (RetryPolicy): GETs are Read and other verbs Change unless the
    // endpoint job says otherwise.
    enum class RequestKind
    {
        Read,
        SignIn,
        Change,
        Probe,
    };

    NetworkJob(JobEnvironment env, QByteArray verb, QString path, QObject *parent = nullptr);
    ~NetworkJob() override;

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QByteArray &body) { m_body = body; }
    // The body carries a secret (the login's password): it is wiped when the job goes (secureClear()).
    void setSecretBody(bool secret) { m_secretBody = secret; }
    bool hasSecretBody() const { return m_secretBody; }
    void setRawHeader(const QByteArray &name, const QByteArray &value);
    // GETs are retryable by default; POSTs never are (setting it on a POST is ignored).
    void setRetryable(bool retryable) { m_retryable = retryable; }
    void setRequestKind(RequestKind kind) { m_requestKind = kind; }
    int deadlineMs() const;

    void start();
    // Stops the request; the job finishes with a Cancelled error.
    void cancel();

    QString operation() const; // "GET /api/v1/deployments/versions"
    QUrl url() const;
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_replyBody; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    int attempts() const { return m_attempt; }
    const std::optional<ApiError> &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    // The taxonomy mapping of an HTTP answer with a non-2xx status.
    static ApiError errorForStatus(int status, const QByteArray &body, const QByteArray &retryAfter);
    static int parseRetryAfter(const QByteArray &value); // seconds, or -1
    // The body length the answer announced (Content-Length of an uncompressed body), or -1.
    static qint64 announcedLength(const QNetworkReply *reply);

signals:
    void finished(pdc::NetworkJob *job);

protected:
    // Called once, after the last attempt: decode and deliver. The default does nothing.
    virtual void deliver() {}
    void setDecodeError(ApiError error); // a 2xx answer whose body did not decode

private:
    // Why the job itself aborted the reply in flight.
    enum class Abort
    {
        None,
        TooLarge,
        TooSlow,
        RedirectRefused,
        RedirectLoop,
    };

    void sendAttempt();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    void onMetaData();
    void onReadyRead();
    void onDeadline();
    void abortReply(Abort reason);
    void finish();
    ApiError transportError(QNetworkReply::NetworkError code, const QString &errorString) const;
    ApiError abortError() const;
    QString deadlineName() const;

    JobEnvironment m_env;
    QByteArray m_verb;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    bool m_secretBody = false;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_retryable = false;
    RequestKind m_requestKind = RequestKind::Read;

    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_clock;
    QList<QSslError> m_sslErrors;
    int m_attempt = 0;
    int m_status = 0;
    QByteArray m_replyBody;
    qint64 m_elapsedMs = 0;
    std::optional<ApiError> m_error;
    bool m_cancelled = false;
    Abort m_abort = Abort::None;
    qint64 m_announced = -1;    // the Content-Length the answer announced (uncompressed), or -1
    QList<QUrl> m_redirectPath; // this attempt's URL, then every redirect target followed
    QUrl m_refusedTarget;       // the redirect target that was refused or closed a loop
    bool m_finished = false;
};

} // namespace pdc
