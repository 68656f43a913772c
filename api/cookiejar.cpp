#include "cookiejar.h"

#include <QNetworkCookie>

namespace pdc {

namespace {
int effectivePort(const QUrl &u)
{
    return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

OriginCookieJar::OriginCookieJar(QUrl origin, QObject *parent)
    : QNetworkCookieJar(parent)
    , m_origin(std::move(origin))
{}

bool OriginCookieJar::sameOrigin(const QUrl &url) const
{
    return pdc::sameOrigin(url, m_origin);
}

QList<QNetworkCookie> OriginCookieJar::cookiesForUrl(const QUrl &url) const
{
    if (!sameOrigin(url))
        return {};
    return QNetworkCookieJar::cookiesForUrl(url);
}

bool OriginCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    if (!sameOrigin(url))
        return false;
    return QNetworkCookieJar::setCookiesFromUrl(cookieList, url);
}

QList<QByteArray> OriginCookieJar::exportCookies() const
{
    QList<QByteArray> out;
    for (const QNetworkCookie &c : allCookies())
        out.append(c.toRawForm(QNetworkCookie::Full));
    return out;
}

void OriginCookieJar::importCookies(const QList<QByteArray> &raw)
{
    QList<QNetworkCookie> cookies;
    for (const QByteArray &line : raw)
        cookies.append(QNetworkCookie::parseCookies(line));
    // Imported cookies carry the domain/path they were set for; keep only those matching the origin.
    QList<QNetworkCookie> kept;
    for (QNetworkCookie c : cookies) {
        if (c.domain().isEmpty())
            c.setDomain(m_origin.host());
        QString domain = c.domain();
        if (domain.startsWith(QLatin1Char('.')))
            domain = domain.mid(1);
        if (domain.compare(m_origin.host(), Qt::CaseInsensitive) == 0)
            kept.append(c);
    }
    setAllCookies(kept);
}

void OriginCookieJar::clear()
{
    setAllCookies({});
}

} // namespace pdc
