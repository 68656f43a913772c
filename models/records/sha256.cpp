#include "sha256.h"

#include <QtGlobal>
#include <openssl/evp.h>

namespace pdc {

namespace {
// Fetched once (an EVP_MD is immutable and may be shared by threads); fetching per hash costs more than
// hashing a record.
const EVP_MD *sha256Method()
{
    static const EVP_MD *const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return method;
}

constexpr char kHexDigits[] = "0123456789abcdef";
} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    Q_ASSERT(sha256Method());
    if (!m_context || !sha256Method() || EVP_DigestInit_ex(m_context, sha256Method(), nullptr) != 1)
        qFatal("Sha256: OpenSSL's SHA-256 is not available");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

bool Sha256::addAscii(QStringView text)
{
    const char16_t *in = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i)
        if (in[i] >= 0x80)
            return false;
    m_buffer.resize(n);
    char *out = m_buffer.data();
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(in[i]);
    add(m_buffer);
    return true;
}

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size()));
}

Sha256::Digest Sha256::finish()
{
    Digest digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest.data(), &length);
    EVP_DigestInit_ex(m_context, sha256Method(), nullptr);
    return digest;
}

QString Sha256::toHex(const Digest &digest)
{
    QString hex(int(digest.size() * 2), Qt::Uninitialized);
    QChar *out = hex.data();
    for (const unsigned char b : digest) {
        *out++ = QLatin1Char(kHexDigits[b >> 4]);
        *out++ = QLatin1Char(kHexDigits[b & 0xf]);
    }
    return hex;
}

bool Sha256::equalsHex(const Digest &digest, QStringView hex)
{
    if (hex.size() != qsizetype(digest.size() * 2))
        return false;
    const char16_t *in = hex.utf16();
    for (size_t i = 0; i < digest.size(); ++i, in += 2)
        if (in[0] != char16_t(kHexDigits[digest[i] >> 4]) || in[1] != char16_t(kHexDigits[digest[i] & 0xf]))
            return false;
    return true;
}

} // namespace pdc
