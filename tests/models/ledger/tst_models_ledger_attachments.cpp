// Checklist attachments in the team ledger (issue 15: "Attachments go to the ledger content-addressed by
// SHA-256 (stated size cap)"), against a real PostgreSQL server: the database keeps one row per
// content, keyed by its SHA-256, and itself checks that the key is the hash of the bytes and the size
// is theirs and at most 20 MiB; the writer may add (the same content twice is a no-op) and read, never
// change or remove; the reader may only read. The shipper puts an attachment a record names before the
// record, and a client fetches it by its hash. A missing or changed file does not hold the records
// back: it is reported.
#include "checklist/checklistrecorder.h"
#include "domain/clock.h"
#include "domain/connectionprofile.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "ledger/ledgershipper.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace testsupport;

namespace {
QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString execError(LedgerConnection &c, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(c.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return {};
    return q.lastError().text();
}
} // namespace

class TestLedgerAttachments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    PostgresServer m_server;
    QString m_db;
    QString m_writer;
    std::unique_ptr<LedgerConnection> m_writerConnection;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};

    qint64 attachmentRows()
    {
        QSqlQuery q(m_writerConnection->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ledger_attachments")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString why;
        QVERIFY2(newLedgerWithWriter(&m_server, &m_db, &m_writer, &why), qPrintable(why));
        m_writerConnection =
            std::make_unique<LedgerConnection>(m_server.settings(m_db, m_writer), QStringLiteral("pw"));
        QVERIFY2(m_writerConnection->open(), qPrintable(m_writerConnection->errorString()));
    }

    void theDatabaseKeepsOneRowPerContentAndChecksIt()
    {
        LedgerClient client(m_writerConnection.get());
        const QByteArray shot("a dashboard screenshot");
        const QString sha = sha256Of(shot);
        QCOMPARE(client.hasAttachment(sha), std::optional<bool>(false));
        bool ok = false;
        QVERIFY(!client.attachment(sha, &ok));
        QVERIFY(ok); // none, and no error

        QVERIFY2(client.putAttachment(QStringLiteral("desk-a"), shot), qPrintable(client.errorString()));
        QVERIFY2(client.putAttachment(QStringLiteral("desk-b"), shot), qPrintable(client.errorString()));
        QCOMPARE(attachmentRows(), 1);
        QCOMPARE(client.hasAttachment(sha), std::optional<bool>(true));
        QCOMPARE(client.attachment(sha.toUpper(), &ok), std::optional<QByteArray>(shot));
        QVERIFY(ok);
        QSqlQuery q(m_writerConnection->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT first_workstation_id, size, first_at FROM ledger_attachments")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("desk-a")); // the first sender stays
        QCOMPARE(q.value(1).toLongLong(), shot.size());
        QVERIFY(q.value(2).toString().endsWith(QLatin1Char('Z')));

        // The key must be the bytes' hash and the size theirs, whoever inserts (the owner included).
        LedgerConnection admin(m_server.settings(m_db, m_server.adminUser), m_server.adminPassword);
        QVERIFY(admin.open());
        const QString insert = QStringLiteral(
            "INSERT INTO ledger_attachments (sha256, size, bytes, first_workstation_id) VALUES (?, ?, ?, ?)");
        QVERIFY(
            execError(admin, insert, {sha256Of("other"), 5, QByteArray("tampr"), QStringLiteral("desk-a")})
                .contains(QLatin1String("check constraint")));
        QVERIFY(
            execError(admin, insert, {sha256Of("other"), 4, QByteArray("other"), QStringLiteral("desk-a")})
                .contains(QLatin1String("check constraint")));
        // Over the cap (20 MiB): refused by the database, and by the client before sending.
        const QByteArray big(int(LedgerClient::kMaxAttachmentBytes + 1), 'x');
        QVERIFY(execError(admin, insert, {sha256Of(big), big.size(), big, QStringLiteral("desk-a")})
                    .contains(QLatin1String("check constraint")));
        QVERIFY(!client.putAttachment(QStringLiteral("desk-a"), big));
        QVERIFY2(client.errorString().contains(QLatin1String("at most 20971520")),
                 qPrintable(client.errorString()));
        const QByteArray atCap(int(LedgerClient::kMaxAttachmentBytes), 'y');
        QVERIFY2(client.putAttachment(QStringLiteral("desk-a"), atCap), qPrintable(client.errorString()));
        QCOMPARE(client.attachment(sha256Of(atCap)), std::optional<QByteArray>(atCap));

        // Never changed or removed: the writer has no privilege, the owner meets the triggers.
        for (LedgerConnection *c : {m_writerConnection.get(), &admin}) {
            QVERIFY(!execError(*c, QStringLiteral("UPDATE ledger_attachments SET first_workstation_id = 'x'"))
                         .isEmpty());
            QVERIFY(!execError(*c, QStringLiteral("DELETE FROM ledger_attachments")).isEmpty());
            QVERIFY(!execError(*c, QStringLiteral("TRUNCATE ledger_attachments")).isEmpty());
        }
        QVERIFY(execError(admin, QStringLiteral("DELETE FROM ledger_attachments"))
                    .contains(QLatin1String("append-only")));
        // The writer cannot choose the time it was first shipped.
        QVERIFY(!execError(*m_writerConnection,
                           QStringLiteral(
                               "INSERT INTO ledger_attachments (sha256, size, bytes, first_workstation_id, "
                               "first_at) VALUES (?, 3, 'abc', 'desk-a', 'yesterday')"),
                           {sha256Of("abc")})
                     .isEmpty());
        QCOMPARE(attachmentRows(), 2);

        // The reader reads, never adds.
        QString why;
        QVERIFY2(createLoginRole(m_server, m_db + QStringLiteral("_r"), QStringLiteral("pw"),
                                 LedgerRoles::forDatabase(m_db).reader, &why),
                 qPrintable(why));
        LedgerConnection reader(m_server.settings(m_db, m_db + QStringLiteral("_r")), QStringLiteral("pw"));
        QVERIFY(reader.open());
        LedgerClient readerClient(&reader);
        QCOMPARE(readerClient.attachment(sha), std::optional<QByteArray>(shot));
        QVERIFY(!readerClient.putAttachment(QStringLiteral("desk-r"), QByteArray("reader's")));
        QVERIFY2(readerClient.errorString().contains(QLatin1String("permission denied")),
                 qPrintable(readerClient.errorString()));
    }

    void theShipperSendsAnAttachmentBeforeTheRecordThatNamesIt()
    {
        LocalStore store(m_tmp.filePath(QStringLiteral("desk/console.sqlite3")));
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("desk"))));
        QVERIFY(store.open());
        RecordJournal journal(&store, &m_clock);
        QVERIFY(journal.open());
        ChecklistRecorder recorder(&journal, m_tmp.filePath(QStringLiteral("desk")));
        const OperatorIdentity who{QStringLiteral("ops.alice"), QStringLiteral("Alice"),
                                   QStringLiteral("operator"), QStringLiteral("demo"),
                                   QStringLiteral("http://portal")};
        ConnectionProfile profile;
        profile.name = QStringLiteral("Demo");
        profile.tenant = QStringLiteral("demo");
        QString error;
        QVERIFY2(recorder.open(QStringLiteral("upg_att"), UpgradeState::of(UpgradeState::Kind::Success),
                               profile, who, &error),
                 qPrintable(error));
        const auto writeFile = [&](const QString &name, const QByteArray &bytes) {
            QFile f(m_tmp.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        const QByteArray shot("PNG: running == desired");
        writeFile(QStringLiteral("dashboard.png"), shot);
        QVERIFY2(recorder.recordManual(QStringLiteral("upg_att"), QStringLiteral("monitoring"), true,
                                       QStringLiteral("no 5xx"), {},
                                       m_tmp.filePath(QStringLiteral("dashboard.png")), who, &error),
                 qPrintable(error));
        const QByteArray gone("a file removed after it was recorded");
        writeFile(QStringLiteral("gone.txt"), gone);
        QVERIFY(recorder.recordManual(QStringLiteral("upg_att"), QStringLiteral("license-view"), true,
                                      QStringLiteral("seen"), {}, m_tmp.filePath(QStringLiteral("gone.txt")),
                                      who, &error));
        QVERIFY(QFile::remove(m_tmp.filePath(QStringLiteral("desk/attachments/") + sha256Of(gone).left(16) +
                                             QStringLiteral("-gone.txt"))));

        // The connection the shipper uses is watched: the attachment's row exists before the record's.
        LedgerShipper shipper(&store, &journal, &m_clock, m_server.settings(m_db, m_writer),
                              QStringLiteral("pw"));
        QVERIFY(shipper.open());
        const ShipReport r = shipper.shipNow();
        QVERIFY2(r.outcome == ShipReport::Outcome::UpToDate, qPrintable(r.error));
        QCOMPARE(r.shipped, 3); // opened, monitoring, license-view: the missing file holds nothing back
        QCOMPARE(r.attachmentsSent, 1);
        QCOMPARE(r.attachmentProblems.size(), 1);
        QVERIFY2(r.attachmentProblems.constFirst().contains(QLatin1String("record 3")) &&
                     r.attachmentProblems.constFirst().contains(QLatin1String("gone.txt")),
                 qPrintable(r.attachmentProblems.constFirst()));

        LedgerClient client(m_writerConnection.get());
        QCOMPARE(client.attachment(sha256Of(shot)), std::optional<QByteArray>(shot));
        QCOMPARE(client.hasAttachment(sha256Of(gone)), std::optional<bool>(false));
        QSqlQuery q(m_writerConnection->database());
        q.prepare(
            QStringLiteral("SELECT a.first_at <= r.received_at FROM ledger_attachments a, ledger_records r "
                           "WHERE a.sha256 = ? AND r.workstation_id = ? AND r.local_seq = 2"));
        q.addBindValue(sha256Of(shot));
        q.addBindValue(shipper.workstationId());
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toBool());

        // Shipped again by another shipper of the same store: nothing twice.
        LedgerShipper again(&store, &journal, &m_clock, m_server.settings(m_db, m_writer),
                            QStringLiteral("pw"));
        QVERIFY(again.open());
        const ShipReport r2 = again.shipNow();
        QCOMPARE(r2.shipped, 0);
        QCOMPARE(r2.attachmentsSent, 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerAttachments)
#include "tst_models_ledger_attachments.moc"
