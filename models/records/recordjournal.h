// The tamper-evident journal of everything this workstation recorded about upgrades: the operator's
// trigger with its scope, reason and pre-flight results and overrides, observed state changes,
// validation checklist results, notes, sign-offs and amendments.
//
// Append-only. Each entry is written at once (the store runs WAL with synchronous=FULL) and carries
//   hash = SHA-256( prev_hash + content )   (hex, UTF-8; prev_hash of the first entry is "")
// where `content` is the entry's canonical JSON text, stored and exported verbatim, so anyone can
// check the chain with a few lines of any language (docs/records.md). verify() walks the chain and
// names the first entry that does not match.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <array>
#include <optional>

namespace pdc {

class Clock;
class LocalStore;

struct JournalEntry
{
    qint64 seq = 0;
    QString upgradeId;
    QString kind;   // e.g. "upgrade.triggered", "preflight.result", "checklist.item", "checklist.signoff"
    QString author; // the operator's portal identity
    QDateTime at;   // UTC, millisecond precision
    QJsonObject payload;
    QString content;  // canonical JSON of {seq, upgrade_id, kind, author, at, payload}; what is hashed
    QString prevHash; // hex
    QString hash;     // hex
};

struct ChainVerdict
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = -1; // the first entry whose hash or link does not match
    QString message;         // a sentence for people
};

class RecordJournal
{
public:
    RecordJournal(LocalStore *store, const Clock *clock);

    // Creates the table when needed. False with errorString() on failure.
    bool open();
    QString errorString() const;

    // Appends and writes the entry now; std::nullopt with errorString() when it could not be stored (a
    // full disk or store is said in words: SQLITE_FULL).
    std::optional<JournalEntry> append(const QString &upgradeId, const QString &kind, const QString &author,
                                       const QJsonObject &payload);

    QList<JournalEntry> entries(const QString &upgradeId) const;
    QList<JournalEntry> entriesOfKind(const QString &kind) const;
    std::optional<JournalEntry> latest(const QString &upgradeId, const QString &kind) const;
    // The journal's last entry (the chain head), if any.
    std::optional<JournalEntry> head() const;
    // Every entry from the upgrade's first to its last, whatever upgrade they belong to (consecutive
    // seqs), so the links between them can be checked on their own. Empty when the upgrade has none.
    QList<JournalEntry> segmentOf(const QString &upgradeId) const;

    // Up to `limit` entries after `seq`, in order (what a shipper sends next).
    // ok (when given): false when they could not be read (errorString() says why).
    QList<JournalEntry> entriesAfter(qint64 seq, int limit, bool *ok = nullptr) const;

    ChainVerdict verify() const;

    // The pure parts, shared with exports and tests.
    static QString canonicalContent(qint64 seq, const QString &upgradeId, const QString &kind,
                                    const QString &author, const QDateTime &at, const QJsonObject &payload);
    static QString chainHash(const QString &prevHash, const QString &content);
    // The SHA-256 digest whose lowercase hex chainHash() returns (Sha256::equalsHex compares it).
    static std::array<unsigned char, 32> chainDigest(QStringView prevHash, QStringView content);
    // Whether the canonical content's seq, upgrade_id, kind, author and at are these columns' values
    // (exact; fast for canonical text: ContentColumns).
    static bool contentMatchesColumns(const QString &content, qint64 seq, const QString &upgradeId,
                                      const QString &kind, const QString &author, const QString &at);
    // Checks a sequence of entries (e.g. read back from an export) on its own. `prevOfFirst` is the hash
    // the first entry must link to: "" for a chain from its first entry; a segment that starts later (an
    // export's) passes its first entry's prev_hash, which the segment alone cannot prove.
    static ChainVerdict verifyEntries(const QList<JournalEntry> &entries,
                                      const QString &prevOfFirst = QString());

private:
    // ok (when given): false when the query failed or stopped part-way (errorString() says why).
    QList<JournalEntry> select(const QString &where, const QVariantList &binds, bool *ok = nullptr) const;

    LocalStore *m_store;
    const Clock *m_clock;
    void setError(const QString &error) const;

    mutable QMutex m_errorLock; // exports and the chain check use the journal from worker threads
    mutable QString m_error;
};

} // namespace pdc
