#include "historyexport.h"

#include <QCryptographicHash>
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

} // namespace

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

QByteArray historyCsv(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info)
{
    QString out;
    out.reserve(64 + rows.size() * 200);
    auto line = [&out](const QStringList &fields) {
        bool first = true;
        for (const QString &f : fields) {
            if (!first)
                out += QLatin1Char(',');
            out += csvField(f);
            first = false;
        }
        out += QLatin1String("\r\n");
    };
    line({QStringLiteral("export"), QStringLiteral("Portal Deployment Console upgrade history")});
    line({QStringLiteral("portal"), info.portal});
    line({QStringLiteral("tenant"), info.tenant});
    line({QStringLiteral("filter"), info.filter});
    line({QStringLiteral("exported_at"), iso(info.exportedAt)});
    if (!info.exportedBy.isEmpty())
        line({QStringLiteral("exported_by"), info.exportedBy});
    line({QStringLiteral("row_count"), QString::number(rows.size())});
    out += QLatin1String("\r\n");
    line({QStringLiteral("started"), QStringLiteral("finished"), QStringLiteral("duration_seconds"),
          QStringLiteral("upgrade_id"), QStringLiteral("initiated_by"), QStringLiteral("scope"),
          QStringLiteral("services"), QStringLiteral("service_count"), QStringLiteral("version"),
          QStringLiteral("forced"), QStringLiteral("result"), QStringLiteral("message")});
    for (const UpgradeSummary &s : rows) {
        const qint64 d = durationSeconds(s);
        line({iso(s.createdAt), iso(s.completedAt), d < 0 ? QString() : QString::number(d), s.upgradeId,
              s.initiatedBy, s.service, s.services.join(QLatin1Char(' ')),
              QString::number(s.effectiveServiceCount()), s.version, forced(s), s.state.raw, s.message});
    }
    return out.toUtf8();
}

QByteArray historyJson(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info)
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
    QJsonObject root;
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
