// The record journal: entries are written at once, hash-chained, survive reopening, and any change
// of one byte (content, hash, link, a deleted entry) is detected and named.
#include "domain/clock.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;

class TestJournal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(19, 0), Qt::UTC)};

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    void fill(RecordJournal &j)
    {
        QVERIFY2(j.append(QStringLiteral("upg_1"), QStringLiteral("upgrade.triggered"),
                          QStringLiteral("olivia"),
                          {{QStringLiteral("service"), QStringLiteral("all")},
                           {QStringLiteral("reason"),
                            QStringLiteral("Coordinated release 2026.11 \u2014 schema change")}}),
                 qPrintable(j.errorString()));
        m_clock.advance(1500);
        QVERIFY(
            j.append(QStringLiteral("upg_1"), QStringLiteral("checklist.item"), QStringLiteral("olivia"),
                     {{QStringLiteral("item"), QStringLiteral("login")}, {QStringLiteral("result"), true}}));
        m_clock.advance(10);
        QVERIFY(j.append(QStringLiteral("upg_2"), QStringLiteral("upgrade.triggered"), QStringLiteral("sam"),
                         {{QStringLiteral("service"), QStringLiteral("agent")}}));
    }

    void tamper(const QString &sql)
    {
        LocalStore store(path());
        QVERIFY(store.open());
        QSqlQuery q(store.database());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    ChainVerdict verdict()
    {
        LocalStore store(path());
        store.open();
        RecordJournal j(&store, &m_clock);
        j.open();
        return j.verify();
    }

private slots:
    void init()
    {
        QFile::remove(path());
        LocalStore store(path());
        QVERIFY(store.open());
        RecordJournal j(&store, &m_clock);
        QVERIFY2(j.open(), qPrintable(j.errorString()));
        fill(j);
    }

    void chainIsIntactAndReadable()
    {
        LocalStore store(path());
        QVERIFY(store.open());
        RecordJournal j(&store, &m_clock);
        QVERIFY(j.open());
        const ChainVerdict v = j.verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.entries, 3);
        const auto first = j.entries(QStringLiteral("upg_1"));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).payload.value(QStringLiteral("service")).toString(), QStringLiteral("all"));
        QCOMPARE(first.at(0).prevHash, QString());
        QCOMPARE(first.at(1).prevHash, first.at(0).hash);
        QCOMPARE(first.at(1).at.toMSecsSinceEpoch() - first.at(0).at.toMSecsSinceEpoch(), 1500);
        // The documented rule, recomputed independently of chainHash().
        const QByteArray expected =
            QCryptographicHash::hash((first.at(0).prevHash + first.at(0).content).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(first.at(0).hash.toLatin1(), expected);
        QCOMPARE(j.latest(QStringLiteral("upg_1"), QStringLiteral("checklist.item"))->seq, 2);
        QCOMPARE(j.entriesOfKind(QStringLiteral("upgrade.triggered")).size(), 2);
        QVERIFY(!j.latest(QStringLiteral("upg_9"), QStringLiteral("checklist.item")));
        // A segment runs from the upgrade's first entry to its last, other upgrades' entries included.
        QCOMPARE(j.append(QStringLiteral("upg_1"), QStringLiteral("checklist.signoff"),
                          QStringLiteral("olivia"), {})
                     ->seq,
                 4);
        const auto segment = j.segmentOf(QStringLiteral("upg_1"));
        QCOMPARE(segment.size(), 4);
        QCOMPARE(segment.at(2).upgradeId, QStringLiteral("upg_2"));
        QVERIFY(RecordJournal::verifyEntries(segment).intact);
        QCOMPARE(j.segmentOf(QStringLiteral("upg_2")).size(), 1);
        QVERIFY(j.segmentOf(QStringLiteral("upg_9")).isEmpty());
        QCOMPARE(j.head()->seq, 4);
    }

    void changedContentIsDetected()
    {
        tamper(
            QStringLiteral("UPDATE journal SET content = replace(content, 'agent', 'agenT') WHERE seq = 3"));
        const ChainVerdict v = verdict();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY(v.message.contains(QStringLiteral("changed")));
    }

    void rehashedEntryBreaksTheLink()
    {
        // Someone who changes an entry and recomputes its hash still breaks the next link.
        LocalStore store(path());
        QVERIFY(store.open());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT content, prev_hash FROM journal WHERE seq = 1")) && q.next());
        const QString forged = q.value(0).toString().replace(QStringLiteral("all"), QStringLiteral("agent"));
        const QString hash = RecordJournal::chainHash(q.value(1).toString(), forged);
        QSqlQuery u(store.database());
        u.prepare(QStringLiteral("UPDATE journal SET content = ?, hash = ? WHERE seq = 1"));
        u.addBindValue(forged);
        u.addBindValue(hash);
        QVERIFY(u.exec());
        const ChainVerdict v = verdict();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
    }

    // The author and time shown and exported come from columns; changing them (say, a sign-off's author)
    // without touching the hashed content is a break too.
    void changedAuthorOrTimeColumnIsDetected()
    {
        tamper(QStringLiteral("UPDATE journal SET author = 'mallory' WHERE seq = 2"));
        ChainVerdict v = verdict();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
        QVERIFY(v.message.contains(QStringLiteral("own content")));
        init();
        tamper(QStringLiteral("UPDATE journal SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3"));
        v = verdict();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
    }

    // A store that cannot be read is not "verified".
    void unreadableJournalIsNotIntact()
    {
        tamper(QStringLiteral("ALTER TABLE journal RENAME TO journal_gone"));
        const ChainVerdict v = verdict();
        QVERIFY(!v.intact);
        QVERIFY2(v.message.contains(QStringLiteral("could not be read")), qPrintable(v.message));
    }

    void deletedEntryIsDetected()
    {
        tamper(QStringLiteral("DELETE FROM journal WHERE seq = 2"));
        const ChainVerdict v = verdict();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_models_journal.moc"
