// Prism's validating proxy (prism-cli, pinned in package.json) in front of a portal-sim, and an HTTP client
// whose every answer is checked against docs/api/openapi.yaml by it.
//
// Two proxies run: `prism proxy --errors` for well-formed traffic (any request or response violation turns
// into a Prism error answer with an `sl-violations` header, which the client reports as a failure), and
// `prism proxy` without --errors for deliberately malformed requests (Prism would otherwise reject them
// itself, so the sim's own error answer would never be seen); there the client fails on any violation located
// in the response and tolerates only request violations.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace simtest {

class PrismProxy
{
public:
    ~PrismProxy();
    // Starts `prism proxy [--errors] docs/api/openapi.yaml <upstream>` on a free port; waits until it
    // listens.
    bool start(const QUrl &upstream, bool errors, QString *error = nullptr)
    {
        return launch(upstream, errors) && waitReady(error);
    }
    bool launch(const QUrl &upstream, bool errors); // starts without waiting (start two in parallel)
    bool waitReady(QString *error = nullptr);
    QUrl url() const { return m_url; }
    void stop();
    QByteArray log() const { return m_log; }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_log;
    quint16 m_port = 0;
};

struct Reply
{
    int status = 0;       // 0 = no HTTP answer (connection refused, ...)
    QString networkError; // when status is 0
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString violations; // non-empty when Prism found the exchange invalid (see SimClient)
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

// A signed-in (or not) client. `strict` routes through the --errors proxy, `lenient` through the other,
// `direct` straight to the sim (only for routes outside the contract: /__admin/ and deliberately broken
// answers). All three share one cookie jar.
class SimClient
{
public:
    enum class Via
    {
        Strict,
        Lenient,
        Direct
    };
    SimClient(QUrl strict, QUrl lenient, QUrl direct);

    Reply get(const QString &pathAndQuery, Via via = Via::Strict);
    Reply post(const QString &path, const QByteArray &body, Via via = Via::Strict,
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &contentType = "application/json");
    Reply postJson(const QString &path, const QJsonObject &body, Via via = Via::Strict,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply login(const QString &username, const QString &password); // keeps the CSRF token
    void clearCookies();
    QByteArray csrf() const { return m_csrf; }
    void setCsrf(const QByteArray &csrf) { m_csrf = csrf; }
    void setDirect(const QUrl &direct) { m_direct = direct; }
    QNetworkAccessManager &nam() { return m_nam; }

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, Via via,
               const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType);

    QNetworkAccessManager m_nam;
    QUrl m_strict, m_lenient, m_direct;
    QByteArray m_csrf;
};

} // namespace simtest
