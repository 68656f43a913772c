#include "ledgerchain.h"

#include "records/contentcolumns.h"
#include "records/recordjournal.h"
#include "records/sha256.h"

#include <QCoreApplication>

namespace pdc {

namespace {
std::array<unsigned char, 32> ledgerDigest(const QString &ledgerPrevHash, qint64 ledgerSeq,
                                           const QString &workstationId, qint64 localSeq,
                                           const QString &receivedAt, const QString &hash)
{
    thread_local Sha256 sha;
    // The usual row is all ASCII (hex, digits, the id's characters, the time): its bytes are its UTF-8.
    const QString seqText = QString::number(ledgerSeq), localSeqText = QString::number(localSeq);
    const QStringView pieces[] = {ledgerPrevHash, u"\n", seqText,    u"\n", workstationId, u"\n",
                                  localSeqText,   u"\n", receivedAt, u"\n", hash};
    bool ascii = true;
    for (const QStringView piece : pieces)
        if (!(ascii = sha.addAscii(piece)))
            break;
    if (ascii)
        return sha.finish();
    sha.finish(); // drops the pieces added so far
    const QString input = ledgerPrevHash + QLatin1Char('\n') + QString::number(ledgerSeq) +
                          QLatin1Char('\n') + workstationId + QLatin1Char('\n') + QString::number(localSeq) +
                          QLatin1Char('\n') + receivedAt + QLatin1Char('\n') + hash;
    sha.add(input.toUtf8());
    return sha.finish();
}
} // namespace

QString LedgerVerifier::ledgerHash(const QString &ledgerPrevHash, qint64 ledgerSeq,
                                   const QString &workstationId, qint64 localSeq, const QString &receivedAt,
                                   const QString &hash)
{
    return Sha256::toHex(ledgerDigest(ledgerPrevHash, ledgerSeq, workstationId, localSeq, receivedAt, hash));
}

void LedgerVerifier::fail(const LedgerRow &row, const QString &problem)
{
    m_verdict.intact = false;
    m_verdict.firstBadLedgerSeq = row.ledgerSeq;
    m_verdict.firstBadWorkstation = row.workstationId;
    m_verdict.firstBadLocalSeq = row.localSeq;
    m_verdict.message =
        QCoreApplication::translate("LedgerVerifier",
                                    "The ledger is broken at row %1 (workstation %2, record %3): %4.")
            .arg(row.ledgerSeq)
            .arg(row.workstationId)
            .arg(row.localSeq)
            .arg(problem);
}

bool LedgerVerifier::add(const LedgerRow &row)
{
    if (!m_verdict.intact)
        return false;
    ++m_verdict.rows;
    QString problem;
    // Rows come in runs from one workstation: its tail is looked up again only when the id changes.
    if (!m_tail || m_tailWorkstation != row.workstationId) {
        auto known = m_tails.find(row.workstationId);
        if (known == m_tails.end())
            known = m_tails.insert(row.workstationId, Tail());
        m_tail = &known.value();
        m_tailWorkstation = row.workstationId;
    }
    const Tail &tail = *m_tail;
    if (row.ledgerSeq != m_expectedSeq)
        problem = QCoreApplication::translate("LedgerVerifier", "row %1 is missing").arg(m_expectedSeq);
    else if (row.ledgerPrevHash != m_prevLedgerHash)
        problem = QCoreApplication::translate("LedgerVerifier", "it does not link to the row before it");
    else if (!Sha256::equalsHex(ledgerDigest(row.ledgerPrevHash, row.ledgerSeq, row.workstationId,
                                             row.localSeq, row.receivedAt, row.hash),
                                row.ledgerHash))
        problem =
            QCoreApplication::translate("LedgerVerifier", "its ledger hash does not match (changed after "
                                                          "it was written)");
    else if (!Sha256::equalsHex(RecordJournal::chainDigest(row.prevHash, row.content), row.hash))
        problem =
            QCoreApplication::translate("LedgerVerifier", "its content was changed after it was written");
    else if (row.localSeq != tail.localSeq + 1)
        problem = QCoreApplication::translate("LedgerVerifier", "the workstation's record %1 is missing")
                      .arg(tail.localSeq + 1);
    else if (row.prevHash != tail.hash)
        problem = QCoreApplication::translate("LedgerVerifier",
                                              "it does not link to the workstation's record before it");
    else if (!ContentColumns::match(row.content, row.localSeq, row.upgradeId, row.kind, row.author, row.at))
        problem = QCoreApplication::translate("LedgerVerifier", "its columns do not match its own content");
    if (!problem.isEmpty()) {
        fail(row, problem);
        return false;
    }
    if (tail.localSeq == 0)
        ++m_verdict.workstations;
    m_tail->localSeq = row.localSeq;
    m_tail->hash = row.hash;
    m_prevLedgerHash = row.ledgerHash;
    m_verdict.headHash = row.ledgerHash;
    ++m_expectedSeq;
    return true;
}

LedgerVerdict LedgerVerifier::finish(const QString &readError)
{
    if (m_verdict.intact && !readError.isEmpty()) {
        m_verdict.intact = false;
        m_verdict.firstBadLedgerSeq = m_expectedSeq;
        m_verdict.message =
            QCoreApplication::translate("LedgerVerifier", "The ledger could not be read to verify it: %1")
                .arg(readError);
    } else if (m_verdict.intact) {
        m_verdict.message =
            m_verdict.rows == 0
                ? QCoreApplication::translate("LedgerVerifier", "The ledger has no records yet.")
                : QCoreApplication::translate("LedgerVerifier",
                                              "All %1 ledger rows from %2 workstation(s) verified.")
                      .arg(m_verdict.rows)
                      .arg(m_verdict.workstations);
    }
    return m_verdict;
}

} // namespace pdc
