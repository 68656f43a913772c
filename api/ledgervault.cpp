#include "ledgervault.h"

#include "sessionvault.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace pdc {

namespace {
// Runs a job made with new to its end (or the timeout) and deletes it; on timeout it is left to delete
// itself when it finishes. Returns the job's error (QKeychain::OtherError on timeout); `text` gets a
// read job's password.
QKeychain::Error runJob(QKeychain::Job *job, QString *errorText, QString *text = nullptr)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(LedgerPasswordVault::kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        *errorText = QStringLiteral("the keychain did not answer within %1 s")
                         .arg(LedgerPasswordVault::kTimeoutMs / 1000);
        return QKeychain::OtherError;
    }
    const QKeychain::Error error = job->error();
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        *errorText = job->errorString().isEmpty() ? QStringLiteral("keychain error") : job->errorString();
    if (text && error == QKeychain::NoError)
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            *text = read->textData();
    delete job;
    return error;
}
} // namespace

QString LedgerPasswordVault::keyFor(const LedgerSettings &settings)
{
    return QStringLiteral("ledger|%1|%2").arg(settings.ledgerKey(), settings.user);
}

QString LedgerPasswordVault::store(const LedgerSettings &settings, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(SessionVault::kService));
    job->setKey(keyFor(settings));
    job->setTextData(password);
    QString error;
    runJob(job, &error);
    return error;
}

std::optional<QString> LedgerPasswordVault::load(const LedgerSettings &settings, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(SessionVault::kService));
    job->setKey(keyFor(settings));
    QString password;
    if (runJob(job, error, &password) != QKeychain::NoError)
        return std::nullopt;
    return password;
}

QString LedgerPasswordVault::remove(const LedgerSettings &settings)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(SessionVault::kService));
    job->setKey(keyFor(settings));
    QString error;
    runJob(job, &error);
    return error;
}

} // namespace pdc
