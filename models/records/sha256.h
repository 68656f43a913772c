// SHA-256 for the record chains, through OpenSSL's libcrypto (EVP), which uses the processor's SHA
// instructions where it has them: verifying a ledger hashes every row twice, and Qt 6.4's
// QCryptographicHash (portable C) took about seven times as long per record on the build machine.
// The digests are the same SHA-256; only the speed differs. One Sha256 is used by one thread at a time.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <array>

using EVP_MD_CTX = struct evp_md_ctx_st;

namespace pdc {

class Sha256
{
public:
    using Digest = std::array<unsigned char, 32>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    // Adds the text's UTF-8 when it is all ASCII (then UTF-8 is one byte a character); false, adding
    // nothing, when it is not.
    bool addAscii(QStringView text);
    // Ends this hash and starts the next one.
    Digest finish();

    // Lowercase hex, as QByteArray::toHex gives it.
    static QString toHex(const Digest &digest);
    // Whether `hex` is exactly the digest's lowercase hex (what comparing toHex(digest) == hex says).
    static bool equalsHex(const Digest &digest, QStringView hex);

private:
    EVP_MD_CTX *m_context;
    QByteArray m_buffer;
};

} // namespace pdc
