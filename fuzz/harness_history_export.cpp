// The History exports (models/history/historyexport.h) of whatever rows a portal's history page decodes
// to, with the page's strings also used as the export's portal, tenant, filter and user. Invariants:
//  - the CSV reads back (RFC 4180) as the header block, a blank line, the column line and one record per
//    row, and no field starts with a formula character (=, +, -, @, tab, carriage return);
//  - the JSON is valid JSON with as many upgrades as rows, each with its id and message unchanged.
// With records (issue 16), the page's strings also become trigger records naming emergency overrides and
// safeguard records with reasons, as a ledger could hold them: the upgrades CSV gains two columns and
// stays formula-safe, the records CSV lists every record (the safeguard ones with their payload), and
// the JSON marks exactly the upgrades whose trigger names an override by someone.
#include "decoding/decoders.h"
#include "fuzzsupport.h"
#include "history/historyexport.h"
#include "ledger/ledgerchain.h"
#include "policy/safeguardrecords.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// RFC 4180 records of `text` (CRLF line ends, "" inside quoted fields).
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    fuzz::check(!quoted && field.isEmpty() && record.isEmpty(), "CSV does not end with a complete record");
    return records;
}

bool formulaStart(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto page = pdc::decodeHistoryPage(fuzz::input(data, size));
    if (!page)
        return 0;
    const QList<pdc::UpgradeSummary> &rows = page.value().upgrades;
    pdc::HistoryExportInfo info;
    if (!rows.isEmpty()) {
        info.portal = rows.constFirst().message;
        info.tenant = rows.constFirst().initiatedBy;
        info.filter = rows.constLast().version;
        info.exportedBy = rows.constLast().service;
    }
    info.exportedAt = page.value().serverTime;

    const QString csv = QString::fromUtf8(pdc::historyCsv(rows, info));
    const QList<QStringList> records = readCsv(csv);
    qsizetype blank = -1;
    for (qsizetype i = 0; i < records.size(); ++i) {
        for (const QString &f : records.at(i))
            fuzz::check(!formulaStart(f), "CSV field starts with a formula character");
        if (blank < 0 && records.at(i) == QStringList{QString()})
            blank = i;
    }
    fuzz::check(blank > 0, "CSV has no blank line after its header block");
    fuzz::check(records.size() - blank - 2 == rows.size(), "CSV does not have one record per row");
    for (qsizetype i = blank + 1; i < records.size(); ++i)
        fuzz::check(records.at(i).size() == 12, "CSV record does not have 12 fields");

    // The same rows with records: every other row's trigger names an override whose words are the
    // page's own strings; one safeguard record per row carries its message as the reason.
    QList<pdc::JournalEntry> local;
    QSet<QString> ids{pdc::kSafeguardSubject};
    qint64 seq = 0;
    int overridden = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const pdc::UpgradeSummary &r = rows.at(i);
        ids.insert(r.upgradeId);
        pdc::JournalEntry trigger;
        trigger.seq = ++seq;
        trigger.upgradeId = r.upgradeId;
        trigger.kind = pdc::recordkind::Triggered;
        trigger.author = r.initiatedBy;
        trigger.at = r.createdAt;
        if (i % 2 == 0) {
            trigger.payload = QJsonObject{
                {QStringLiteral("safeguards"),
                 QJsonObject{{QStringLiteral("override"), QJsonObject{{QStringLiteral("id"), r.version},
                                                                      {QStringLiteral("by"), r.initiatedBy},
                                                                      {QStringLiteral("reason"), r.message},
                                                                      {QStringLiteral("at"), r.service}}}}}};
        }
        local << trigger;
        pdc::JournalEntry safeguard;
        safeguard.seq = ++seq;
        safeguard.upgradeId = pdc::kSafeguardSubject;
        safeguard.kind = pdc::recordkind::ApprovalRequested;
        safeguard.author = r.initiatedBy;
        safeguard.payload =
            QJsonObject{{QStringLiteral("request_id"), r.upgradeId}, {QStringLiteral("reason"), r.message}};
        local << safeguard;
    }
    const pdc::HistoryExportRecords withRecords =
        pdc::historyExportRecordsOf({}, local, QStringLiteral("fuzz-ws"), ids);
    for (const pdc::UpgradeSummary &r : rows)
        overridden += withRecords.overrideOf(r.upgradeId).has_value() ? 1 : 0;
    const QList<QStringList> marked =
        readCsv(QString::fromUtf8(pdc::historyCsv(rows, info, withRecords, QStringLiteral("r.csv"))));
    for (const QStringList &record : marked)
        for (const QString &f : record)
            fuzz::check(!formulaStart(f), "CSV field with records starts with a formula character");
    fuzz::check(marked.constLast().size() == 14, "CSV with records does not have 14 fields");
    const QList<QStringList> recordRows =
        readCsv(QString::fromUtf8(pdc::historyRecordsCsv(rows, info, withRecords, QStringLiteral("h.csv"))));
    for (const QStringList &record : recordRows)
        for (const QString &f : record)
            fuzz::check(!formulaStart(f), "records CSV field starts with a formula character");
    const QJsonDocument markedDoc = QJsonDocument::fromJson(pdc::historyJson(rows, info, withRecords));
    fuzz::check(markedDoc.isObject(), "JSON export with records is not JSON");
    int markedInJson = 0;
    for (const QJsonValue &u : markedDoc.object().value(QStringLiteral("upgrades")).toArray())
        markedInJson += u.toObject().value(QStringLiteral("emergency_override")).isObject() ? 1 : 0;
    fuzz::check(markedInJson == overridden, "JSON export marks other upgrades than the records name");
    fuzz::check(markedDoc.object().value(QStringLiteral("safeguard_records")).toArray().size() ==
                    withRecords.safeguards().size(),
                "JSON export does not list every safeguard record");

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(pdc::historyJson(rows, info), &error);
    fuzz::check(error.error == QJsonParseError::NoError && doc.isObject(), "JSON export is not JSON");
    const QJsonArray upgrades = doc.object().value(QStringLiteral("upgrades")).toArray();
    fuzz::check(upgrades.size() == rows.size(), "JSON export does not have one upgrade per row");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = upgrades.at(i).toObject();
        fuzz::check(o.value(QStringLiteral("upgrade_id")).toString() == rows.at(i).upgradeId,
                    "JSON export changed an upgrade id");
        fuzz::check(o.value(QStringLiteral("message")).toString() == rows.at(i).message,
                    "JSON export changed a message");
    }
    return 0;
}
