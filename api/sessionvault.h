// The session's secrets (cookies set by login and the CSRF token) in the OS keychain through qtkeychain,
// service "com.example.PortalDeploymentConsole", key "<portal URL>|<user>". The insecure fallback (a
// plain-text file) is never enabled: when the keychain fails, callers keep the session in memory only.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace pdc {

struct StoredSession
{
    QList<QByteArray> cookies; // raw Set-Cookie forms
    QByteArray csrfToken;

    QByteArray serialize() const;
    static std::optional<StoredSession> deserialize(const QByteArray &data);
};

class SessionVault : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kService = "com.example.PortalDeploymentConsole";

    using QObject::QObject;

    static QString keyFor(const QUrl &portalUrl, const QString &username);

    // Writes the whole entry, replacing what was kept under `key` (also when the portal rotated the CSRF
    // token: the newest token is the one kept). error is empty on success.
    void store(const QString &key, const StoredSession &session,
               std::function<void(const QString &error)> done);
    // found = false with an empty error when nothing is stored; error set when the keychain failed.
    void load(const QString &key,
              std::function<void(std::optional<StoredSession> found, const QString &error)> done);
    // Deleting an entry that does not exist is not an error.
    void remove(const QString &key, std::function<void(const QString &error)> done);
};

} // namespace pdc
