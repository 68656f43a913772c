// The ledger's two chains, checked outside the database (docs/ledger.md):
//  * each workstation's chain continues in the ledger: hash = SHA-256(prev_hash + content), local_seq
//    1, 2, 3, ... per workstation, prev_hash = the hash of the workstation's previous record ("" for 1),
//    and the columns equal the hashed content's seq, upgrade_id, kind, author and at;
//  * the ledger chain over all rows in ledger order: ledger_seq 1, 2, 3, ..., and
//      ledger_hash = SHA-256( ledger_prev_hash \n ledger_seq \n workstation_id \n local_seq \n
//                             received_at \n hash )   (hex, UTF-8; ledger_prev_hash of row 1 is "")
//    the same formula the database's insert trigger uses (migrations/001_records.sql).
// LedgerVerifier takes rows one at a time in ledger order, so a million rows need no list in memory,
// and names the first row that does not match.
#pragma once

#include <QHash>
#include <QString>

namespace pdc {

struct LedgerRow
{
    qint64 ledgerSeq = 0;
    QString workstationId;
    qint64 localSeq = 0;
    QString upgradeId;
    QString kind;
    QString author;
    QString at; // as in the content, ISO 8601 UTC with milliseconds
    QString content;
    QString prevHash;
    QString hash;
    QString ledgerPrevHash;
    QString receivedAt;
    QString ledgerHash;
};

struct LedgerVerdict
{
    bool intact = true;
    qint64 rows = 0;
    qint64 workstations = 0;
    qint64 firstBadLedgerSeq = -1; // the first row that does not match
    QString firstBadWorkstation;
    qint64 firstBadLocalSeq = -1;
    QString headHash; // the last row's ledger_hash
    QString message;  // a sentence for people
};

class LedgerVerifier
{
public:
    LedgerVerifier() = default;
    LedgerVerifier(const LedgerVerifier &) = delete; // holds a pointer into its own table
    LedgerVerifier &operator=(const LedgerVerifier &) = delete;

    static QString ledgerHash(const QString &ledgerPrevHash, qint64 ledgerSeq, const QString &workstationId,
                              qint64 localSeq, const QString &receivedAt, const QString &hash);

    // False once a row did not match (later rows are not looked at).
    bool add(const LedgerRow &row);
    // Call when the rows ran out (or could not all be read: pass the error).
    LedgerVerdict finish(const QString &readError = QString());

private:
    struct Tail
    {
        qint64 localSeq = 0;
        QString hash;
    };
    void fail(const LedgerRow &row, const QString &problem);

    LedgerVerdict m_verdict;
    qint64 m_expectedSeq = 1;
    QString m_prevLedgerHash;
    QHash<QString, Tail> m_tails;
    // The last row's workstation and its entry in m_tails (valid until the next insert).
    QString m_tailWorkstation;
    Tail *m_tail = nullptr;
};

} // namespace pdc
