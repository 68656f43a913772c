#include "sessionvault.h"

#include "apilogging.h"

#include <nlohmann/json.hpp>
#include <qt6keychain/keychain.h>

namespace pdc {

QByteArray StoredSession::serialize() const
{
    nlohmann::json cookieList = nlohmann::json::array();
    for (const QByteArray &c : cookies)
        cookieList.push_back(c.toBase64().toStdString());
    const nlohmann::json doc = {{"v", 1}, {"cookies", cookieList}, {"csrf", csrfToken.toStdString()}};
    return QByteArray::fromStdString(doc.dump());
}

std::optional<StoredSession> StoredSession::deserialize(const QByteArray &data)
{
    const auto doc = nlohmann::json::parse(data.cbegin(), data.cend(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return std::nullopt;
    StoredSession out;
    const auto cookies = doc.find("cookies");
    if (cookies == doc.end() || !cookies->is_array())
        return std::nullopt;
    for (const auto &c : *cookies) {
        if (c.is_string())
            out.cookies.append(QByteArray::fromBase64(QByteArray::fromStdString(c.get<std::string>())));
    }
    const auto csrf = doc.find("csrf");
    if (csrf != doc.end() && csrf->is_string())
        out.csrfToken = QByteArray::fromStdString(csrf->get<std::string>());
    return out;
}

QString SessionVault::keyFor(const QUrl &portalUrl, const QString &username)
{
    return portalUrl
               .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment |
                         QUrl::RemoveUserInfo)
               .toString() +
           QLatin1Char('|') + username;
}

void SessionVault::store(const QString &key, const StoredSession &session,
                         std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(session.serialize());
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        QString error;
        if (j->error() != QKeychain::NoError)
            error = j->errorString().isEmpty() ? QStringLiteral("keychain error") : j->errorString();
        if (!error.isEmpty())
            qCWarning(lcApi) << "keychain write failed:" << error;
        if (done)
            done(error);
    });
    job->start();
}

void SessionVault::load(const QString &key,
                        std::function<void(std::optional<StoredSession>, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, QString());
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcApi) << "keychain read failed:" << j->errorString();
            done(std::nullopt,
                 j->errorString().isEmpty() ? QStringLiteral("keychain error") : j->errorString());
            return;
        }
        done(StoredSession::deserialize(read->binaryData()), QString());
    });
    job->start();
}

void SessionVault::remove(const QString &key, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        QString error;
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            error = j->errorString().isEmpty() ? QStringLiteral("keychain error") : j->errorString();
            qCWarning(lcApi) << "keychain delete failed:" << error;
        }
        if (done)
            done(error);
    });
    job->start();
}

} // namespace pdc
