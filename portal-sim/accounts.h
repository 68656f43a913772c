// Portal accounts: a users file with PBKDF2-SHA256 password hashes (never plain text), or the demo accounts.
//
// Users file (JSON):
//   {"users": [{"username": "alice", "display_name": "Alice", "role": "operator",
//               "password_hash": "pbkdf2-sha256$100000$<salt base64>$<key base64>"}]}
// Make hashes with `portal-sim hash-password`. Roles: admin and operator may trigger, auditor only reads.
#pragma once

#include <QHash>
#include <QString>

namespace sim {

struct Account
{
    QString username, displayName, role, passwordHash;
};

class Accounts
{
public:
    bool load(const QString &usersFile, QString *error); // empty file name = demo accounts
    // The account when the password matches. An unknown name costs the same hashing as a known one (a
    // dummy hash with the accounts' highest iteration count), so timing does not tell which names exist.
    const Account *verify(const QString &username, const QString &password) const;
    const Account *find(const QString &username) const;
    int size() const { return int(m_accounts.size()); }

private:
    QHash<QString, Account> m_accounts;
    QString m_dummyHash; // checked for unknown names; matches no password anyone knows
};

bool verifyPassword(const QString &password, const QString &encodedHash);
bool mayTrigger(const QString &role);

} // namespace sim
