#include "changerecordcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pdc {

namespace {

ChainVerdict unreadable(const QString &why)
{
    ChainVerdict v;
    v.intact = false;
    v.firstBadSeq = 0;
    v.message = QCoreApplication::translate("ChangeRecordCheck", "The change record cannot be verified: %1.")
                    .arg(why);
    return v;
}

QString wrongField(qsizetype index, const char *field, const char *type)
{
    return QCoreApplication::translate("ChangeRecordCheck", "chain.entries[%1].%2 is not %3")
        .arg(index)
        .arg(QLatin1String(field), QLatin1String(type));
}

} // namespace

ChainVerdict verifyChangeRecordChain(const QByteArray &exportJson)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exportJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(QCoreApplication::translate("ChangeRecordCheck", "it is not a JSON object"));
    const QJsonValue chain = doc.object().value(QStringLiteral("chain"));
    if (!chain.isObject())
        return unreadable(QCoreApplication::translate("ChangeRecordCheck", "it has no chain object"));
    const QJsonValue list = chain.toObject().value(QStringLiteral("entries"));
    if (!list.isArray() || list.toArray().isEmpty())
        return unreadable(
            QCoreApplication::translate("ChangeRecordCheck", "chain.entries is not a list of entries"));

    const QJsonArray items = list.toArray();
    QList<JournalEntry> entries;
    entries.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return unreadable(
                QCoreApplication::translate("ChangeRecordCheck", "chain.entries[%1] is not an object")
                    .arg(i));
        const QJsonObject o = items.at(i).toObject();
        const QJsonValue seq = o.value(QStringLiteral("seq"));
        // A seq is a whole number a double represents exactly (the journal's are small positive integers).
        if (!seq.isDouble() || seq.toDouble() != double(seq.toInteger(-1)) || seq.toInteger(-1) < 0)
            return unreadable(wrongField(i, "seq", "a whole number"));
        JournalEntry e;
        e.seq = seq.toInteger();
        const struct
        {
            const char *key;
            QString *into;
        } texts[] = {{"upgrade_id", &e.upgradeId},
                     {"kind", &e.kind},
                     {"content", &e.content},
                     {"prev_hash", &e.prevHash},
                     {"hash", &e.hash}};
        for (const auto &t : texts) {
            const QJsonValue v = o.value(QLatin1String(t.key));
            if (!v.isString())
                return unreadable(wrongField(i, t.key, "a text"));
            *t.into = v.toString();
        }
        // The export leaves out author and time: they are part of the hashed content, read from there.
        const QJsonObject content = QJsonDocument::fromJson(e.content.toUtf8()).object();
        e.author = content.value(QStringLiteral("author")).toString();
        e.at = QDateTime::fromString(content.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        e.payload = content.value(QStringLiteral("payload")).toObject();
        entries.append(e);
    }
    return RecordJournal::verifyEntries(entries, entries.constFirst().prevHash);
}

} // namespace pdc
