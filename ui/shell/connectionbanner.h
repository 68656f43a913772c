// The always-visible connection banner: profile, tenant, environment, portal host, signed-in user and
// role. Production is unmistakable: its own colour band, an icon-like label and the word, never colour
// alone. DEMO connections say so just as plainly.
#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace pdc {

struct BannerInfo
{
    QString profileName;
    QString tenant;
    QString environment;
    QString portalHost;
    QString user; // empty = not signed in
    QString role;
    bool demo = false;
    QString portalTenant; // what the portal reports, when it differs from the profile
    QString portalEnvironment;
};

class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setInfo(const BannerInfo &info);
    BannerInfo info() const { return m_info; }

    // "production", "staging", "development" or "custom": decides the colour band.
    static QString environmentClass(const QString &environment);

private:
    void refresh();

    BannerInfo m_info;
    QLabel *m_badge = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_mismatch = nullptr;
};

} // namespace pdc
