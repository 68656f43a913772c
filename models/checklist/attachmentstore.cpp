#include "attachmentstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTemporaryFile>

Q_DECLARE_LOGGING_CATEGORY(lcChecklist)

namespace pdc {

namespace {

class AttachmentText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRecorder)
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString tooLarge(const QString &source, qint64 maxBytes)
{
    return AttachmentText::tr("The attachment %1 is larger than the %2 an attachment may have: attach a "
                              "smaller file (for example a cropped screenshot) or link to it instead.")
        .arg(source, QLocale().formattedDataSize(maxBytes, 0, QLocale::DataSizeIecFormat));
}

} // namespace

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(kAttachmentChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<AttachmentRecord> storeAttachmentFile(const QString &source, const QString &dataDir,
                                                    QString *error, qint64 maxBytes)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(error,
                 AttachmentText::tr("The attachment %1 cannot be read: %2").arg(source, in.errorString()));
        return std::nullopt;
    }
    if (in.size() > maxBytes) {
        setError(error, tooLarge(source, maxBytes));
        return std::nullopt;
    }
    const QString folder = QDir(dataDir).filePath(QStringLiteral("attachments"));
    if (!QDir().mkpath(folder)) {
        setError(error,
                 AttachmentText::tr("The attachments folder cannot be created next to the local store."));
        return std::nullopt;
    }
    // Copy to a temporary file in the target folder while hashing; the name is known only at the end.
    QTemporaryFile copy(QDir(folder).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!copy.open()) {
        setError(error, AttachmentText::tr("The attachment could not be copied to %1: %2")
                            .arg(folder, copy.errorString()));
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(kAttachmentChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0) {
            setError(
                error,
                AttachmentText::tr("The attachment %1 cannot be read: %2").arg(source, in.errorString()));
            return std::nullopt;
        }
        if (n == 0)
            break;
        total += n;
        if (total > maxBytes) { // it grew while being read
            setError(error, tooLarge(source, maxBytes));
            return std::nullopt;
        }
        hash.addData(QByteArrayView(chunk.constData(), n));
        if (copy.write(chunk.constData(), n) != n) {
            setError(error, AttachmentText::tr("The attachment could not be copied to %1: %2")
                                .arg(folder, copy.errorString()));
            return std::nullopt;
        }
    }
    if (!copy.flush()) {
        setError(error, AttachmentText::tr("The attachment could not be copied to %1: %2")
                            .arg(folder, copy.errorString()));
        return std::nullopt;
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString name = QFileInfo(source).fileName();
    const QString relative = QStringLiteral("attachments/") + sha.left(16) + QLatin1Char('-') + name;
    const QString target = QDir(dataDir).filePath(relative);
    if (QFileInfo::exists(target)) {
        if (sha256OfFile(target) == sha)
            return AttachmentRecord{name, sha, relative}; // the same content is there already
        qCWarning(lcChecklist) << "the stored attachment" << relative
                               << "does not match its hash any more; replacing it with the fresh copy";
        if (!QFile::remove(target)) {
            setError(error, AttachmentText::tr("The stored attachment %1 was changed on disk and cannot be "
                                               "replaced.")
                                .arg(target));
            return std::nullopt;
        }
    }
    copy.close();
    if (!copy.rename(target)) {
        setError(error, AttachmentText::tr("The attachment could not be copied to %1: %2")
                            .arg(target, copy.errorString()));
        return std::nullopt;
    }
    copy.setAutoRemove(false);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return AttachmentRecord{name, sha, relative};
}

} // namespace pdc
