// The console's local SQLite store (under the user's data folder): history cache, local upgrade
// records, validation checklists. Opened in WAL mode with synchronous=FULL, so anything an operator
// entered and was written survives a kill at any moment. A connection on which WAL cannot be enabled is
// closed and the store refuses to run (open() false, errorString() says why): without WAL that promise
// does not hold.
//
// Each area registers its schema as numbered migrations (ensureSchema). Connections are per thread:
// database() opens one for the calling thread on first use, with the same pragmas, so bulk writes can
// run off the GUI thread; a thread's connections are closed when the thread ends.
#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pdc {

class LocalStore
{
public:
    // path: the SQLite file; ":memory:" is refused (WAL and several connections need a file).
    explicit LocalStore(QString path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // Opens (creating folders as needed) and checks the file; false with errorString() when unusable.
    bool open();
    // The last error; safe to call from any thread (workers write it too).
    QString errorString() const;
    QString path() const { return m_path; }

    // The connection for the calling thread (opened on first use).
    QSqlDatabase database();

    // Applies the area's migrations that are newer than its recorded version, each in a transaction.
    // Statements of one migration are separated by ";\n". False with errorString() on failure.
    bool ensureSchema(const QString &area, const QStringList &migrations);

    // The default file: <AppDataLocation>/console.sqlite3
    static QString defaultPath();

private:
    QSqlDatabase openConnection(const QString &name);
    void setError(const QString &error);

    QString m_path;
    mutable QMutex m_errorMutex; // guards m_error only
    QString m_error;
    QString m_prefix;
    QMutex m_mutex;
    QHash<quint64, QString> m_connections; // by thread serial (see localstore.cpp)
};

} // namespace pdc
