// A cookie jar that accepts cookies only from the profile's origin and sends them only back to it,
// and can export/import its cookies for the keychain (never for a file).
#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

namespace pdc {

class OriginCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
public:
    explicit OriginCookieJar(QUrl origin, QObject *parent = nullptr);

    bool sameOrigin(const QUrl &url) const;

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;

    QList<QByteArray> exportCookies() const; // raw Set-Cookie forms
    void importCookies(const QList<QByteArray> &raw);
    void clear();
    bool isEmpty() const { return allCookies().isEmpty(); }

private:
    QUrl m_origin;
};

bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace pdc
