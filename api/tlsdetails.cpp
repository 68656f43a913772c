#include "tlsdetails.h"

#include <QCryptographicHash>

namespace pdc {

QStringList describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return {
        QStringLiteral("Subject: %1").arg(certificate.subjectDisplayName()),
        QStringLiteral("Issuer: %1").arg(certificate.issuerDisplayName()),
        QStringLiteral("Valid from %1 to %2")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                 certificate.expiryDate().toUTC().toString(Qt::ISODate)),
        QStringLiteral("SHA-256 fingerprint: %1")
            .arg(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'))),
    };
}

QStringList describeTlsFailure(const QList<QSslCertificate> &peerChain, const QList<QSslError> &errors)
{
    QSslCertificate leaf = peerChain.isEmpty() ? QSslCertificate() : peerChain.first();
    if (leaf.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                leaf = e.certificate();
                break;
            }
        }
    }
    QStringList out = describeCertificate(leaf);
    for (const QSslError &e : errors)
        out.append(QStringLiteral("Error: %1").arg(e.errorString()));
    return out;
}

} // namespace pdc
