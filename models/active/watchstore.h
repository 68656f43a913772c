// The ids of watched upgrades, kept in the local store so watches resume after the console restarts.
// Kept per portal URL and tenant: a watch never resumes against another portal.
#pragma once

#include <QString>
#include <QStringList>

namespace pdc {

class Clock;
class LocalStore;

class WatchStore
{
public:
    WatchStore(LocalStore *store, const Clock *clock);

    bool open(); // creates the table when needed
    QString errorString() const { return m_error; }

    void add(const QString &portalKey, const QString &upgradeId);
    void markFinished(const QString &portalKey, const QString &upgradeId);
    void remove(const QString &portalKey, const QString &upgradeId);
    // Watches not yet final or removed, oldest first.
    QStringList unfinished(const QString &portalKey) const;

private:
    LocalStore *m_store;
    const Clock *m_clock;
    QString m_error;
};

} // namespace pdc
