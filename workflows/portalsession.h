// The signed-in portal as the console's areas see it: which portal and tenant, who is signed in (as the
// portal reports it), and the session's life (sign-in, expiry, sign-in again). Widgets hold a
// PortalSession, never the transport: every request a widget needs goes through a method here or through
// a workflow object (Preflight, UpgradeTrigger, ChecklistSession), so no rule and no route lives in ui/.
//
// Answers arrive on the GUI thread's event loop and only while `context` lives (see PortalGateway).
// A password passed to signIn() is handed to the transport for that one request and not kept.
#pragma once

#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "domain/portal.h"
#include "domain/upgrade.h"

#include <QObject>
#include <functional>
#include <optional>

namespace pdc {

class PortalGateway;

class PortalSession : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    explicit PortalSession(PortalGateway *gateway, QObject *parent = nullptr);

    // For app/ to build the workflows and models over the same portal; widgets do not call the transport.
    PortalGateway *transport() const { return m_gateway; }

    ConnectionProfile profile() const;
    std::optional<SessionInfo> session() const;
    bool isSignedIn() const { return session().has_value(); }
    // Who records are written as: the session's user, else the profile's last user.
    QString author() const;
    // user/tenant/environment as the portal reports them; empty without a session. A change means someone
    // else (or another organization) is signed in now.
    QString identity() const;

    void signIn(const QString &username, const QString &password, QObject *context,
                Callback<SessionInfo> done);
    // What the portal offers to deploy (GET /versions).
    void fetchVersions(QObject *context, Callback<VersionList> done);
    // One upgrade as the portal reports it now (History's detail).
    void fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done);

signals:
    // Signed in, signed out, or restored from the keychain.
    void sessionChanged();
    // A request got 401: offer to sign in again.
    void sessionExpired();

private:
    PortalGateway *m_gateway;
};

} // namespace pdc
