// Connection profiles in QSettings (the GUI's and deployctl's: organization "PortalDeploymentConsole",
// application "deploy-console"), group "profiles/<name>". Only the non-secret fields of a
// ConnectionProfile exist, so no password, cookie or token can ever be written here.
#pragma once

#include "domain/connectionprofile.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace pdc {

class ProfileStore
{
public:
    static constexpr const char *kOrganization = "PortalDeploymentConsole";
    static constexpr const char *kApplication = "deploy-console";

    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile); // add or replace by name
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace pdc
