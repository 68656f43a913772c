#include "recordjournal.h"

#include "contentcolumns.h"
#include "domain/clock.h"
#include "sha256.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pdc {

namespace {
const QString kArea = QStringLiteral("journal");
const QStringList kMigrations = {
    QStringLiteral(
        "CREATE TABLE journal (seq INTEGER PRIMARY KEY, upgrade_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "author TEXT NOT NULL, at TEXT NOT NULL, content TEXT NOT NULL, prev_hash TEXT NOT NULL, "
        "hash TEXT NOT NULL);\n"
        "CREATE INDEX journal_upgrade ON journal(upgrade_id, seq);\n"
        "CREATE INDEX journal_kind ON journal(kind, seq)"),
};

class JournalText
{
    Q_DECLARE_TR_FUNCTIONS(RecordJournal)
};

// SQLite's "database or disk is full" (SQLITE_FULL, 13): the disk is full, or the store reached a size
// limit (a file-size limit of the process, max_page_count).
bool isFull(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("13");
}

// The sentence for a failed write: says plainly when the disk is full, else SQLite's words.
QString writeError(const QSqlError &error, const QString &storePath)
{
    if (isFull(error))
        return JournalText::tr("The local store %1 is full (no space left on its disk, or a size limit "
                               "reached): this record was not written and nothing that needs it was done. "
                               "Free some disk space and try again; every record written before is kept.")
            .arg(storePath);
    return error.text();
}
} // namespace

RecordJournal::RecordJournal(LocalStore *store, const Clock *clock)
    : m_store(store)
    , m_clock(clock)
{}

bool RecordJournal::open()
{
    if (!m_store->ensureSchema(kArea, kMigrations)) {
        setError(m_store->errorString());
        return false;
    }
    return true;
}

QString RecordJournal::canonicalContent(qint64 seq, const QString &upgradeId, const QString &kind,
                                        const QString &author, const QDateTime &at,
                                        const QJsonObject &payload)
{
    // QJsonObject keeps keys sorted, and Compact output has no insignificant white space.
    const QJsonObject content{{QStringLiteral("seq"), seq},
                              {QStringLiteral("upgrade_id"), upgradeId},
                              {QStringLiteral("kind"), kind},
                              {QStringLiteral("author"), author},
                              {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("payload"), payload}};
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString RecordJournal::chainHash(const QString &prevHash, const QString &content)
{
    return Sha256::toHex(chainDigest(prevHash, content));
}

std::array<unsigned char, 32> RecordJournal::chainDigest(QStringView prevHash, QStringView content)
{
    thread_local Sha256 sha;
    // An ASCII prev_hash (any hex is) ends no surrogate pair: its UTF-8 then the content's is the UTF-8
    // of the two as one text.
    if (sha.addAscii(prevHash)) {
        sha.add(content.toUtf8());
        return sha.finish();
    }
    QString text;
    text.reserve(prevHash.size() + content.size());
    text.append(prevHash).append(content); // one text, as the formula says
    sha.add(text.toUtf8());
    return sha.finish();
}

QString RecordJournal::errorString() const
{
    const QMutexLocker lock(&m_errorLock);
    return m_error;
}

void RecordJournal::setError(const QString &error) const
{
    const QMutexLocker lock(&m_errorLock);
    m_error = error;
}

std::optional<JournalEntry> RecordJournal::append(const QString &upgradeId, const QString &kind,
                                                  const QString &author, const QJsonObject &payload)
{
    QSqlDatabase db = m_store->database();
    // BEGIN IMMEDIATE takes the write lock first (waiting up to the busy timeout). A deferred BEGIN would
    // read the chain's tail under a snapshot and then fail at once with "database is locked" when another
    // connection (History's refresh, a second console) wrote in between.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(writeError(begin.lastError(), m_store->path()));
        return std::nullopt;
    }
    QSqlQuery last(db);
    JournalEntry e;
    e.seq = 1;
    e.prevHash = QStringLiteral(""); // not null: the first entry links to the empty string
    if (last.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")) && last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    e.upgradeId = upgradeId.isNull() ? QStringLiteral("") : upgradeId; // "no upgrade" is empty, never NULL
    e.kind = kind;
    e.author = author.isNull() ? QStringLiteral("") : author;
    const QDateTime now = m_clock->now().toUTC();
    e.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    e.payload = payload;
    e.content = canonicalContent(e.seq, e.upgradeId, kind, author, e.at, payload);
    e.hash = chainHash(e.prevHash, e.content);

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO journal (seq, upgrade_id, kind, author, at, content, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(e.seq);
    insert.addBindValue(e.upgradeId);
    insert.addBindValue(e.kind);
    insert.addBindValue(e.author);
    insert.addBindValue(e.at.toString(Qt::ISODateWithMs));
    insert.addBindValue(e.content);
    insert.addBindValue(e.prevHash);
    insert.addBindValue(e.hash);
    if (!insert.exec() || !db.commit()) {
        setError(
            writeError(insert.lastError().isValid() ? insert.lastError() : db.lastError(), m_store->path()));
        db.rollback();
        return std::nullopt;
    }
    return e;
}

QList<JournalEntry> RecordJournal::select(const QString &where, const QVariantList &binds, bool *ok) const
{
    if (ok)
        *ok = false;
    QList<JournalEntry> out;
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("SELECT seq, upgrade_id, kind, author, at, content, prev_hash, hash FROM journal ") +
        where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        setError(q.lastError().text());
        return out;
    }
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.upgradeId = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.author = q.value(3).toString();
        e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        e.content = q.value(5).toString();
        e.prevHash = q.value(6).toString();
        e.hash = q.value(7).toString();
        const QJsonObject content = QJsonDocument::fromJson(e.content.toUtf8()).object();
        e.payload = content.value(QStringLiteral("payload")).toObject();
        out.append(e);
    }
    if (q.lastError().isValid()) { // stopped part-way
        setError(q.lastError().text());
        return out;
    }
    if (ok)
        *ok = true;
    return out;
}

QList<JournalEntry> RecordJournal::entries(const QString &upgradeId) const
{
    return select(QStringLiteral("WHERE upgrade_id = ? ORDER BY seq"), {upgradeId});
}

QList<JournalEntry> RecordJournal::entriesOfKind(const QString &kind) const
{
    return select(QStringLiteral("WHERE kind = ? ORDER BY seq"), {kind});
}

std::optional<JournalEntry> RecordJournal::latest(const QString &upgradeId, const QString &kind) const
{
    const auto found = select(QStringLiteral("WHERE upgrade_id = ? AND kind = ? ORDER BY seq DESC LIMIT 1"),
                              {upgradeId, kind});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<JournalEntry> RecordJournal::head() const
{
    const auto found = select(QStringLiteral("ORDER BY seq DESC LIMIT 1"), {});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<JournalEntry> RecordJournal::segmentOf(const QString &upgradeId) const
{
    return select(QStringLiteral("WHERE seq BETWEEN (SELECT MIN(seq) FROM journal WHERE upgrade_id = ?) "
                                 "AND (SELECT MAX(seq) FROM journal WHERE upgrade_id = ?) ORDER BY seq"),
                  {upgradeId, upgradeId});
}

QList<JournalEntry> RecordJournal::entriesAfter(qint64 seq, int limit, bool *ok) const
{
    return select(QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit}, ok);
}

ChainVerdict RecordJournal::verify() const
{
    bool ok = false;
    const QList<JournalEntry> entries = select(QStringLiteral("ORDER BY seq"), {}, &ok);
    if (!ok) {
        ChainVerdict v;
        v.intact = false;
        v.entries = entries.size();
        v.firstBadSeq = entries.isEmpty() ? 0 : entries.constLast().seq + 1;
        v.message =
            QCoreApplication::translate("RecordJournal", "The records could not be read to verify them: %1")
                .arg(errorString());
        return v;
    }
    return verifyEntries(entries);
}

bool RecordJournal::contentMatchesColumns(const QString &content, qint64 seq, const QString &upgradeId,
                                          const QString &kind, const QString &author, const QString &at)
{
    return ContentColumns::match(content, seq, upgradeId, kind, author, at);
}

ChainVerdict RecordJournal::verifyEntries(const QList<JournalEntry> &entries, const QString &prevOfFirst)
{
    ChainVerdict v;
    v.entries = entries.size();
    QString prev = prevOfFirst;
    qint64 expectedSeq = entries.isEmpty() ? 0 : entries.constFirst().seq;
    for (const JournalEntry &e : entries) {
        QString problem;
        if (e.seq != expectedSeq)
            problem = QCoreApplication::translate("RecordJournal", "entry %1 is missing").arg(expectedSeq);
        else if (e.prevHash != prev)
            problem =
                QCoreApplication::translate("RecordJournal", "entry %1 does not link to the entry before it")
                    .arg(e.seq);
        else if (chainHash(e.prevHash, e.content) != e.hash)
            problem =
                QCoreApplication::translate("RecordJournal", "entry %1 was changed after it was written")
                    .arg(e.seq);
        else {
            // Every column shown or exported must be the hashed content's: seq, upgrade, kind, author, time.
            if (!contentMatchesColumns(e.content, e.seq, e.upgradeId, e.kind, e.author,
                                       e.at.toUTC().toString(Qt::ISODateWithMs)))
                problem =
                    QCoreApplication::translate("RecordJournal", "entry %1 does not match its own content")
                        .arg(e.seq);
        }
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.message =
                QCoreApplication::translate("RecordJournal", "The record chain is broken: %1.").arg(problem);
            return v;
        }
        prev = e.hash;
        ++expectedSeq;
    }
    v.message = v.entries == 0 ? QCoreApplication::translate("RecordJournal", "No local records yet.")
                               : QCoreApplication::translate("RecordJournal", "All %n record(s) verified.",
                                                             nullptr, int(v.entries));
    return v;
}

} // namespace pdc
