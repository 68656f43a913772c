// Exports of the filtered History view for auditors, as pure functions. Both formats state the portal,
// tenant, filter, export time and row count. CSV is safe to open in a spreadsheet: a field starting with
// =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so it is never a formula.
// writeExport() writes the file and <file>.sha256 beside it ("<hex>  <file name>", as sha256sum).
#pragma once

#include "domain/upgrade.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pdc {

struct HistoryExportInfo
{
    QString portal;     // the portal URL
    QString tenant;     // the profile's tenant
    QString filter;     // HistoryFilter::describe()
    QString exportedBy; // the signed-in user, when known
    QDateTime exportedAt;
};

QString neutraliseCsvField(const QString &field);
// Quoted when needed (comma, quote, newline), after neutralisation.
QString csvField(const QString &field);

QByteArray historyCsv(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info);
QByteArray historyJson(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info);

QString sha256Hex(const QByteArray &content);

struct ExportOutcome
{
    bool ok = false;
    QString path;
    QString checksumPath; // <path>.sha256
    QString sha256;       // hex
    qint64 bytes = 0;
    QString error;
};

// Writes atomically (QSaveFile) and the checksum beside it.
ExportOutcome writeExport(const QString &path, const QByteArray &content);

} // namespace pdc
