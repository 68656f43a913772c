#include "accounts.h"

#include "portalsim.h"
#include "sessions.h"
#include "simlogging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

namespace sim {

namespace {
constexpr int DemoIterations = 20000; // demo hashes are made at start; keep it quick

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

QList<DemoAccount> demoAccounts()
{
    return {{QStringLiteral("admin"), QStringLiteral("admin-demo"), QStringLiteral("admin")},
            {QStringLiteral("operator"), QStringLiteral("operator-demo"), QStringLiteral("operator")},
            {QStringLiteral("auditor"), QStringLiteral("auditor-demo"), QStringLiteral("auditor")}};
}

QString hashPassword(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                              salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool verifyPassword(const QString &password, const QString &encodedHash)
{
    const QStringList parts = encodedHash.split(u'$');
    if (parts.size() != 4 || parts[0] != QStringLiteral("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.isEmpty())
        return false;
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                              salt, iterations, quint64(expected.size()));
    return constantTimeEquals(key, expected);
}

namespace {
int hashIterations(const QString &encodedHash)
{
    const QStringList parts = encodedHash.split(u'$');
    return parts.size() == 4 ? parts[1].toInt() : 0;
}
} // namespace

bool mayTrigger(const QString &role)
{
    return role == QStringLiteral("admin") || role == QStringLiteral("operator");
}

bool Accounts::load(const QString &usersFile, QString *error)
{
    m_accounts.clear();
    if (usersFile.isEmpty()) {
        const QHash<QString, QString> names{{QStringLiteral("admin"), QStringLiteral("Ada Admin")},
                                            {QStringLiteral("operator"), QStringLiteral("Olivia Operator")},
                                            {QStringLiteral("auditor"), QStringLiteral("Arthur Auditor")}};
        for (const DemoAccount &demo : demoAccounts())
            m_accounts.insert(demo.username, {demo.username, names.value(demo.username), demo.role,
                                              hashPassword(demo.password, DemoIterations)});
        m_dummyHash = hashPassword(randomToken(), DemoIterations);
        return true;
    }
    QFile file(usersFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read users file %1").arg(usersFile);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error =
            QStringLiteral("users file %1 is not a JSON object: %2").arg(usersFile, parseError.errorString());
        return false;
    }
    const QJsonArray users = doc.object().value(QStringLiteral("users")).toArray();
    for (const QJsonValue &value : users) {
        const QJsonObject u = value.toObject();
        Account a{u.value(QStringLiteral("username")).toString(),
                  u.value(QStringLiteral("display_name")).toString(),
                  u.value(QStringLiteral("role")).toString(),
                  u.value(QStringLiteral("password_hash")).toString()};
        const QStringList roles{QStringLiteral("admin"), QStringLiteral("operator"),
                                QStringLiteral("auditor")};
        if (a.username.isEmpty() || !roles.contains(a.role) ||
            !a.passwordHash.startsWith(QStringLiteral("pbkdf2-"))) {
            *error =
                QStringLiteral("users file %1: each user needs username, role (admin, operator, auditor) and "
                               "a pbkdf2-sha256 password_hash")
                    .arg(usersFile);
            return false;
        }
        m_accounts.insert(a.username, a);
    }
    if (m_accounts.isEmpty()) {
        *error = QStringLiteral("users file %1 has no users").arg(usersFile);
        return false;
    }
    int iterations = 1000;
    for (const Account &a : std::as_const(m_accounts))
        iterations = std::clamp(hashIterations(a.passwordHash), iterations, 10000000);
    m_dummyHash = hashPassword(randomToken(), iterations);
    qCInfo(lcSimAuth) << "loaded" << m_accounts.size() << "accounts from" << usersFile;
    return true;
}

const Account *Accounts::find(const QString &username) const
{
    const auto it = m_accounts.constFind(username);
    return it == m_accounts.cend() ? nullptr : &it.value();
}

const Account *Accounts::verify(const QString &username, const QString &password) const
{
    const Account *a = find(username);
    if (!a) {
        verifyPassword(password, m_dummyHash); // the same work, and no match
        return nullptr;
    }
    if (!verifyPassword(password, a->passwordHash))
        return nullptr;
    return a;
}

} // namespace sim
