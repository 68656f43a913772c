// The History exports (models/history/historyexport.h) of whatever rows a portal's history page decodes
// to, with the page's strings also used as the export's portal, tenant, filter and user. Invariants:
//  - the CSV reads back (RFC 4180) as the header block, a blank line, the column line and one record per
//    row, and no field starts with a formula character (=, +, -, @, tab, carriage return);
//  - the JSON is valid JSON with as many upgrades as rows, each with its id and message unchanged.
#include "decoding/decoders.h"
#include "fuzzsupport.h"
#include "history/historyexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
