#include "historyexport.h"

#include "ledger/ledgerchain.h"
#include "ledger/teamrecords.h"
#include "policy/safeguardrecords.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pdc {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

qint64 durationSeconds(const UpgradeSummary &s)
{
    if (!s.createdAt.isValid() || !s.completedAt.isValid())
        return -1;
    return s.createdAt.secsTo(s.completedAt);
}

QString forced(const UpgradeSummary &s)
{
    if (!s.forceNewDeployment)
        return {};
    return *s.forceNewDeployment ? QStringLiteral("true") : QStringLiteral("false");
}

QString recordsSource(const HistoryExportRecords &r)
{
    return r.fromLedger() ? QStringLiteral("ledger") : QStringLiteral("journal");
}

QJsonObject recordJson(const HistoryExportRecord &r)
{
    QJsonObject o{{QStringLiteral("workstation_id"), r.workstationId},
                  {QStringLiteral("local_seq"), r.localSeq},
                  {QStringLiteral("ledger_seq"), r.ledgerSeq > 0 ? QJsonValue(r.ledgerSeq) : QJsonValue()},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("at"), iso(r.at)},
                  {QStringLiteral("hash"), r.hash}};
    if (!r.ledgerHash.isEmpty())
        o.insert(QStringLiteral("ledger_hash"), r.ledgerHash);
    return o;
}

// Whether an export keeps a record's payload (the header says why these two).
bool keepsPayload(const QString &upgradeId, const QString &kind)
{
    return kind == recordkind::Triggered || upgradeId == kSafeguardSubject;
}

// CSV lines: fields joined by commas, each neutralised and quoted as needed, CRLF at the end.
class CsvWriter
{
public:
    void line(const QStringList &fields)
    {
        bool first = true;
        for (const QString &f : fields) {
            if (!first)
                m_out += QLatin1Char(',');
            m_out += csvField(f);
            first = false;
        }
        m_out += QLatin1String("\r\n");
    }
    void blank() { m_out += QLatin1String("\r\n"); }
    // The export's header block, and where its records come from when it lists them.
    void header(const QString &what, const HistoryExportInfo &info, const HistoryExportRecords &records)
    {
        line({QStringLiteral("export"), what});
        line({QStringLiteral("portal"), info.portal});
        line({QStringLiteral("tenant"), info.tenant});
        line({QStringLiteral("filter"), info.filter});
        line({QStringLiteral("exported_at"), iso(info.exportedAt)});
        if (!info.exportedBy.isEmpty())
            line({QStringLiteral("exported_by"), info.exportedBy});
        if (!records.included)
            return;
        line({QStringLiteral("records_source"), recordsSource(records)});
        if (!records.ledger.isEmpty())
            line({QStringLiteral("ledger"), records.ledger});
        if (!records.ledger.isEmpty() && !records.ledgerError.isEmpty())
            line({QStringLiteral("ledger_error"), records.ledgerError});
        if (!records.journalError.isEmpty())
            line({QStringLiteral("journal_error"), records.journalError});
    }
    QByteArray bytes() const { return m_out.toUtf8(); }
    void reserve(qsizetype n) { m_out.reserve(n); }

private:
    QString m_out;
};

} // namespace

std::optional<OverrideMark> HistoryExportRecords::overrideOf(const QString &upgradeId) const
{
    const auto list = byUpgrade.constFind(upgradeId);
    if (list == byUpgrade.cend())
        return std::nullopt;
    QList<JournalEntry> triggers;
    for (const HistoryExportRecord &r : *list) {
        if (r.kind != recordkind::Triggered)
            continue;
        JournalEntry e;
        e.upgradeId = upgradeId;
        e.kind = r.kind;
        e.payload = r.payload;
        triggers.append(e);
    }
    const QHash<QString, OverrideMark> marks = overrideMarksOf(triggers);
    const auto mark = marks.constFind(upgradeId);
    return mark == marks.cend() ? std::nullopt : std::optional<OverrideMark>(*mark);
}

QList<HistoryExportRecord> HistoryExportRecords::safeguards() const
{
    return byUpgrade.value(kSafeguardSubject);
}

qsizetype HistoryExportRecords::count() const
{
    qsizetype n = 0;
    for (const QList<HistoryExportRecord> &list : byUpgrade)
        n += list.size();
    return n;
}

HistoryExportRecords historyExportRecordsOf(const QList<LedgerRow> &rows, const QList<JournalEntry> &local,
                                            const QString &workstationId, const QSet<QString> &upgradeIds)
{
    HistoryExportRecords out;
    out.included = true;
    QSet<qint64> shipped; // this workstation's local seqs the ledger holds (of these upgrades)
    for (const LedgerRow &row : rows) {
        if (!upgradeIds.contains(row.upgradeId))
            continue;
        if (row.workstationId == workstationId)
            shipped.insert(row.localSeq);
        out.byUpgrade[row.upgradeId].append(
            {row.workstationId, row.localSeq, row.ledgerSeq, row.kind, row.author,
             QDateTime::fromString(row.at, Qt::ISODateWithMs), row.hash, row.ledgerHash,
             keepsPayload(row.upgradeId, row.kind) && !row.content.isEmpty() ? entryOfLedgerRow(row).payload
                                                                             : QJsonObject()});
    }
    for (const JournalEntry &e : local) {
        if (!upgradeIds.contains(e.upgradeId) || shipped.contains(e.seq))
            continue;
        out.byUpgrade[e.upgradeId].append({workstationId, e.seq, 0, e.kind, e.author, e.at, e.hash, QString(),
                                           keepsPayload(e.upgradeId, e.kind) ? e.payload : QJsonObject()});
    }
    return out;
}

QList<JournalEntry> journalEntriesOfUpgrades(const RecordJournal &journal, const QSet<QString> &upgradeIds,
                                             QString *error)
{
    QList<JournalEntry> out;
    qint64 after = 0;
    for (;;) {
        bool ok = false;
        const QList<JournalEntry> page = journal.entriesAfter(after, 2000, &ok);
        if (!ok) {
            *error = journal.errorString();
            return out;
        }
        if (page.isEmpty())
            return out;
        for (const JournalEntry &e : page) {
            if (upgradeIds.contains(e.upgradeId))
                out.append(e);
        }
        after = page.constLast().seq;
    }
}

QString historyRecordsPath(const QString &csvPath)
{
    const QFileInfo file(csvPath);
    const QString suffix = file.suffix();
    const QString base = suffix.isEmpty() ? file.fileName() : file.completeBaseName();
    const QString name =
        base + QStringLiteral("-records.") + (suffix.isEmpty() ? QStringLiteral("csv") : suffix);
    return file.dir().filePath(name);
}

QString neutraliseCsvField(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar c = field.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
        c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + field;
    return field;
}

QString csvField(const QString &field)
{
    QString f = neutraliseCsvField(field);
    if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
        f.contains(QLatin1Char('\r'))) {
        f.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + f + QLatin1Char('"');
    }
    return f;
}

QByteArray historyCsv(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info,
                      const HistoryExportRecords &records, const QString &recordsFileName)
{
    CsvWriter out;
    out.reserve(64 + rows.size() * 200);
    out.header(QStringLiteral("Portal Deployment Console upgrade history"), info, records);
    if (records.included && !recordsFileName.isEmpty())
        out.line({QStringLiteral("records_file"), recordsFileName});
    out.line({QStringLiteral("row_count"), QString::number(rows.size())});
    out.blank();
    QStringList columns{
        QStringLiteral("started"),    QStringLiteral("finished"),      QStringLiteral("duration_seconds"),
        QStringLiteral("upgrade_id"), QStringLiteral("initiated_by"),  QStringLiteral("scope"),
        QStringLiteral("services"),   QStringLiteral("service_count"), QStringLiteral("version"),
        QStringLiteral("forced"),     QStringLiteral("result"),        QStringLiteral("message")};
    if (records.included)
        columns << QStringLiteral("records") << QStringLiteral("emergency_override");
    out.line(columns);
    for (const UpgradeSummary &s : rows) {
        const qint64 d = durationSeconds(s);
        QStringList fields{iso(s.createdAt),
                           iso(s.completedAt),
                           d < 0 ? QString() : QString::number(d),
                           s.upgradeId,
                           s.initiatedBy,
                           s.service,
                           s.services.join(QLatin1Char(' ')),
                           QString::number(s.effectiveServiceCount()),
                           s.version,
                           forced(s),
                           s.state.raw,
                           s.message};
        if (records.included) {
            const auto mark = records.overrideOf(s.upgradeId);
            fields << QString::number(records.byUpgrade.value(s.upgradeId).size())
                   << (mark ? mark->describe() : QString());
        }
        out.line(fields);
    }
    return out.bytes();
}

QByteArray historyRecordsCsv(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info,
                             const HistoryExportRecords &records, const QString &upgradesFileName)
{
    CsvWriter out;
    out.header(QStringLiteral("Portal Deployment Console upgrade history records"), info, records);
    out.line({QStringLiteral("upgrades_file"), upgradesFileName});
    out.line({QStringLiteral("row_count"), QString::number(records.count())});
    out.blank();
    out.line({QStringLiteral("upgrade_id"), QStringLiteral("workstation_id"), QStringLiteral("local_seq"),
              QStringLiteral("ledger_seq"), QStringLiteral("at"), QStringLiteral("author"),
              QStringLiteral("kind"), QStringLiteral("hash"), QStringLiteral("ledger_hash"),
              QStringLiteral("details")});
    const auto line = [&out](const QString &upgradeId, const HistoryExportRecord &r, const QString &details) {
        out.line({upgradeId, r.workstationId, QString::number(r.localSeq),
                  r.ledgerSeq > 0 ? QString::number(r.ledgerSeq) : QString(), iso(r.at), r.author, r.kind,
                  r.hash, r.ledgerHash, details});
    };
    for (const UpgradeSummary &s : rows) {
        for (const HistoryExportRecord &r : records.byUpgrade.value(s.upgradeId))
            line(s.upgradeId, r, QString());
    }
    // The production safeguards' records, each with what it says (header: why their payload).
    for (const HistoryExportRecord &r : records.safeguards())
        line(kSafeguardSubject, r,
             QString::fromUtf8(QJsonDocument(r.payload).toJson(QJsonDocument::Compact)));
    return out.bytes();
}

QByteArray historyJson(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info,
                       const HistoryExportRecords &records)
{
    QJsonArray upgrades;
    for (const UpgradeSummary &s : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("upgrade_id"), s.upgradeId);
        o.insert(QStringLiteral("started"), iso(s.createdAt));
        o.insert(QStringLiteral("finished"),
                 s.completedAt.isValid() ? QJsonValue(iso(s.completedAt)) : QJsonValue(QJsonValue::Null));
        const qint64 d = durationSeconds(s);
        o.insert(QStringLiteral("duration_seconds"), d < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d));
        o.insert(QStringLiteral("initiated_by"), s.initiatedBy);
        o.insert(QStringLiteral("scope"), s.service);
        o.insert(QStringLiteral("services"), QJsonArray::fromStringList(s.services));
        o.insert(QStringLiteral("service_count"), s.effectiveServiceCount());
        o.insert(QStringLiteral("version"), s.version);
        o.insert(QStringLiteral("forced"),
                 s.forceNewDeployment ? QJsonValue(*s.forceNewDeployment) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("result"), s.state.raw);
        o.insert(QStringLiteral("message"), s.message);
        if (records.included) {
            QJsonArray list;
            for (const HistoryExportRecord &r : records.byUpgrade.value(s.upgradeId))
                list.append(recordJson(r));
            o.insert(QStringLiteral("records"), list);
            const auto mark = records.overrideOf(s.upgradeId);
            o.insert(QStringLiteral("emergency_override"),
                     mark ? QJsonValue(mark->toJson()) : QJsonValue(QJsonValue::Null));
        }
        upgrades.append(o);
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("portal"), info.portal);
    meta.insert(QStringLiteral("tenant"), info.tenant);
    meta.insert(QStringLiteral("filter"), info.filter);
    meta.insert(QStringLiteral("exported_at"), iso(info.exportedAt));
    if (!info.exportedBy.isEmpty())
        meta.insert(QStringLiteral("exported_by"), info.exportedBy);
    meta.insert(QStringLiteral("row_count"), rows.size());
    if (records.included) {
        meta.insert(QStringLiteral("records_source"), recordsSource(records));
        if (!records.ledger.isEmpty())
            meta.insert(QStringLiteral("ledger"), records.ledger);
        if (!records.ledger.isEmpty() && !records.ledgerError.isEmpty())
            meta.insert(QStringLiteral("ledger_error"), records.ledgerError);
        if (!records.journalError.isEmpty())
            meta.insert(QStringLiteral("journal_error"), records.journalError);
        qsizetype listed = 0;
        for (const UpgradeSummary &s : rows)
            listed += records.byUpgrade.value(s.upgradeId).size();
        meta.insert(QStringLiteral("record_count"), listed);
    }
    QJsonObject root;
    if (records.included) {
        QJsonArray safeguards;
        for (const HistoryExportRecord &r : records.safeguards()) {
            QJsonObject o = recordJson(r);
            o.insert(QStringLiteral("payload"), r.payload);
            safeguards.append(o);
        }
        meta.insert(QStringLiteral("safeguard_record_count"), safeguards.size());
        root.insert(QStringLiteral("safeguard_records"), safeguards);
    }
    root.insert(QStringLiteral("export"), meta);
    root.insert(QStringLiteral("upgrades"), upgrades);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

ExportOutcome writeExport(const QString &path, const QByteArray &content)
{
    ExportOutcome r;
    r.path = path;
    r.checksumPath = path + QStringLiteral(".sha256");
    r.sha256 = sha256Hex(content);
    r.bytes = content.size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        r.error = file.errorString();
        return r;
    }
    QSaveFile sum(r.checksumPath);
    const QByteArray line = r.sha256.toLatin1() + "  " + QFileInfo(path).fileName().toUtf8() + "\n";
    if (!sum.open(QIODevice::WriteOnly) || sum.write(line) != line.size() || !sum.commit()) {
        r.error = sum.errorString();
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace pdc
