// deployctl's output: the stable JSON shapes documented in docs/deployctl.md, CSV for history, and
// short text for people.
#pragma once

#include "domain/apierror.h"
#include "domain/portal.h"
#include "domain/upgrade.h"

#include <QJsonObject>
#include <QString>

namespace deployctl {

QJsonObject toJson(const pdc::UpgradeStatus &status);
QJsonObject toJson(const pdc::UpgradeAccepted &accepted);
QJsonObject toJson(const pdc::UpgradeSummary &summary);
QJsonObject toJson(const pdc::VersionList &versions);
QJsonObject toJson(const pdc::SessionInfo &session);
QJsonObject toJson(const pdc::Health &health);
QJsonObject toJson(const pdc::ComponentHealthList &list);
QJsonObject toJson(const pdc::ApiError &error);

QString csvHeader();
QString toCsvRow(const pdc::UpgradeSummary &summary);

QString describe(const pdc::UpgradeStatus &status); // multi-line text

void printJson(const QJsonObject &object);
void printOut(const QString &text); // stdout, with newline
void printErr(const QString &text); // stderr, with newline

} // namespace deployctl
