// The local store: WAL + synchronous=FULL on every connection, migrations applied once, per-thread
// connections, a damaged file reported rather than used.
#include "store/localstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>
#include <memory>

using namespace pdc;

class TestLocalStore : public QObject
{
    Q_OBJECT
private slots:
    void pragmasAndMigrations()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("nested/console.sqlite3")));
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL

        const QStringList migrations = {
            QStringLiteral("CREATE TABLE t (a INTEGER);\nINSERT INTO t VALUES (1)"),
            QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT")};
        QVERIFY2(store.ensureSchema(QStringLiteral("test"), migrations), qPrintable(store.errorString()));
        QVERIFY(store.ensureSchema(QStringLiteral("test"), migrations)); // applied once only
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        const QStringList broken = migrations + QStringList{QStringLiteral("CREATE TABLE nonsense (")};
        QVERIFY(!store.ensureSchema(QStringLiteral("test"), broken));
        QVERIFY(store.errorString().contains(QStringLiteral("migration 3")));
    }
    void connectionPerThread()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store.open());
        QVERIFY(store.ensureSchema(QStringLiteral("x"), {QStringLiteral("CREATE TABLE x (v INTEGER)")}));
        const QString mainName = store.database().connectionName();
        const QString otherName = QtConcurrent::run([&store] {
                                      QSqlDatabase db = store.database();
                                      QSqlQuery q(db);
                                      q.exec(QStringLiteral("INSERT INTO x VALUES (7)"));
                                      return db.connectionName();
                                  }).result();
        QVERIFY(mainName != otherName);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM x")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }
    // Threads that end and threads that start later (a pool recycles native thread ids) each get a working
    // connection of their own; an ended thread's connection is closed with it.
    void threadsThatEndAndStartAgain()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store.open());
        QVERIFY(store.ensureSchema(QStringLiteral("x"), {QStringLiteral("CREATE TABLE x (v INTEGER)")}));
        QStringList names;
        for (int i = 0; i < 6; ++i) {
            QString name;
            bool wrote = false;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                QSqlDatabase db = store.database();
                name = db.connectionName();
                QSqlQuery q(db);
                wrote = db.isOpen() && q.exec(QStringLiteral("INSERT INTO x VALUES (%1)").arg(i));
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
            QVERIFY2(wrote, qPrintable(QStringLiteral("thread %1 (%2)").arg(i).arg(name)));
            QTRY_VERIFY(!QSqlDatabase::contains(name)); // closed as its thread ends
            QVERIFY(!names.contains(name));
            names << name;
        }
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM x")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
    }
    void damagedFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4096, 'x'));
        f.close();
        LocalStore store(path);
        QVERIFY(!store.open());
        QVERIFY(!store.errorString().isEmpty());
    }
    // Issue 14: without write-ahead logging a kill can lose what was written, so the store refuses to
    // run and says why (it carried on with a log line). A directory where SQLite's -wal file must go
    // makes WAL impossible, for root too.
    void withoutWalTheStoreRefusesToRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite3"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("-wal")));
        LocalStore store(path);
        QVERIFY(!store.open());
        QVERIFY2(store.errorString().contains(QLatin1String("write-ahead logging")),
                 qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    }

    void memoryIsRefused()
    {
        LocalStore store(QStringLiteral(":memory:"));
        QVERIFY(!store.open());
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_models_localstore.moc"
