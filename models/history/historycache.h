// The history cache in the local store: one row per upgrade summary per portal, and the refresh
// bookkeeping (the portal's server_time of the last complete refresh, used as updated_since next time).
//
// Everything here may run on any thread: each call opens its own short-lived connection to the store's
// file (same pragmas as LocalStore), so a worker pool can load and write while the GUI thread does not
// touch SQLite at all. Call ensureSchema() once (GUI thread) before the rest.
#pragma once

#include "historyrow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace pdc {

class LocalStore;

struct HistoryCacheSnapshot
{
    std::vector<HistoryRow> rows; // newest first (without the first batch when one was handed out)
    int firstBatch = 0;           // rows handed to load()'s onFirstBatch before the rest
    QDateTime serverTime;         // server_time of the last complete refresh; invalid = never
    QDateTime refreshedAt;        // when that refresh completed, by this workstation's clock
    QString error;                // empty when the read worked
};

class HistoryCache
{
public:
    static bool ensureSchema(LocalStore *store, QString *error = nullptr);
    // One forward-only query, newest first. With `onFirstBatch`, the newest `firstBatch` rows are handed to
    // it (on the calling thread) as soon as they are read, so they can be shown while the rest is read.
    static HistoryCacheSnapshot
    load(const QString &databasePath, const QString &portal, int firstBatch = 0,
         const std::function<void(std::vector<HistoryRow> &&)> &onFirstBatch = {});
    // Inserts or replaces the summaries (one transaction).
    static bool write(const QString &databasePath, const QString &portal,
                      const QList<UpgradeSummary> &upgrades, QString *error = nullptr);
    static bool markRefreshed(const QString &databasePath, const QString &portal, const QDateTime &serverTime,
                              const QDateTime &refreshedAt, QString *error = nullptr);
    static qint64 count(const QString &databasePath, const QString &portal);
};

} // namespace pdc
