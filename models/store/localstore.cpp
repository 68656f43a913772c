#include "localstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "console.store")

namespace pdc {

namespace {

std::atomic<quint64> nextThreadSerial{1};

// One per thread for the thread's whole life: a number no other thread of this process ever gets
// (native thread ids are reused once a pool thread ends, and a reused id would find a connection that
// belongs to the dead thread), and the connections opened on it, closed when the thread ends.
struct ThreadConnections
{
    const quint64 serial = nextThreadSerial++;
    QStringList names;

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

thread_local ThreadConnections threadConnections;

} // namespace

LocalStore::LocalStore(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("pdc-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces) +
               QLatin1Char('-'))
{}

LocalStore::~LocalStore()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connections.values();
        m_connections.clear();
    }
    // Removing a connection closes it; no handle is taken here, since asking for another thread's
    // connection by name is not allowed.
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

QString LocalStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("console.sqlite3"));
}

bool LocalStore::open()
{
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:")) {
        setError(QStringLiteral("the local store needs a file path"));
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
        return false;
    }
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (errorString().isEmpty())
            setError(db.lastError().text());
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok")) {
        setError(QStringLiteral("the local store %1 is damaged: %2")
                     .arg(m_path, check.lastError().isValid() ? check.lastError().text()
                                                              : check.value(0).toString()));
        return false;
    }
    return true;
}

QSqlDatabase LocalStore::database()
{
    const quint64 thread = threadConnections.serial;
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(thread);
        if (!name.isEmpty() && QSqlDatabase::contains(name))
            return QSqlDatabase::database(name, false); // never reopened behind the pragmas (a refused WAL)
        name = m_prefix + QString::number(thread);
        m_connections.insert(thread, name);
    }
    threadConnections.names.append(name);
    return openConnection(name);
}

QSqlDatabase LocalStore::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        setError(QStringLiteral("cannot open the local store %1: %2").arg(m_path, db.lastError().text()));
        qCWarning(lcStore).noquote() << errorString();
        return db;
    }
    QSqlQuery q(db);
    // journal_mode answers the mode in force: anything but "wal" (or an error) means no WAL.
    const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next() &&
                     q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    if (!wal) {
        setError(
            QStringLiteral("the local store %1 cannot use write-ahead logging (%2), so a kill could lose "
                           "what was written; the console does not run without it. Check that the folder "
                           "is on a local disk and writable, and that no '%3-wal' or '%3-shm' is in the way.")
                .arg(m_path,
                     q.lastError().isValid() ? q.lastError().text()
                                             : QStringLiteral("journal mode %1").arg(q.value(0).toString()),
                     QFileInfo(m_path).fileName()));
        qCWarning(lcStore).noquote() << errorString();
        q.finish();
        db.close();
        return db;
    }
    const QStringList pragmas = {QStringLiteral("PRAGMA synchronous=FULL"),
                                 QStringLiteral("PRAGMA foreign_keys=ON")};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            qCWarning(lcStore).noquote() << pragma << "failed:" << q.lastError().text();
    }
    return db;
}

QString LocalStore::errorString() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_error;
}

void LocalStore::setError(const QString &error)
{
    QMutexLocker lock(&m_errorMutex);
    m_error = error;
}

bool LocalStore::ensureSchema(const QString &area, const QStringList &migrations)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions (area TEXT PRIMARY KEY, version "
                               "INTEGER NOT NULL)"))) {
        setError(q.lastError().text());
        return false;
    }
    q.prepare(QStringLiteral("SELECT version FROM schema_versions WHERE area = ?"));
    q.addBindValue(area);
    int current = 0;
    if (q.exec() && q.next())
        current = q.value(0).toInt();
    for (int i = current; i < migrations.size(); ++i) {
        if (!db.transaction()) {
            setError(db.lastError().text());
            return false;
        }
        const QStringList statements = migrations.at(i).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery m(db);
            if (!m.exec(statement)) {
                setError(QStringLiteral("migration %1 of %2 failed: %3")
                             .arg(i + 1)
                             .arg(area, m.lastError().text()));
                db.rollback();
                return false;
            }
        }
        QSqlQuery v(db);
        v.prepare(QStringLiteral("INSERT INTO schema_versions(area, version) VALUES(?, ?) "
                                 "ON CONFLICT(area) DO UPDATE SET version = excluded.version"));
        v.addBindValue(area);
        v.addBindValue(i + 1);
        if (!v.exec() || !db.commit()) {
            setError(v.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace pdc
