// Human-readable facts about a TLS failure: the peer certificate's subject, issuer, validity and
// fingerprint, and each SSL error, for ApiError::tlsDetails.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace pdc {

QStringList describeCertificate(const QSslCertificate &certificate);
QStringList describeTlsFailure(const QList<QSslCertificate> &peerChain, const QList<QSslError> &errors);

} // namespace pdc
