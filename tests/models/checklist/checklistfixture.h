// A journal with one upgrade's facts, as the Upgrade and Active areas write them.
#pragma once

#include "checklist/checklist.h"
#include "records/recordjournal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace checklistfixture {

inline void writeUpgradeFacts(pdc::RecordJournal &journal, const QString &upgradeId,
                              const QString &finalState)
{
    using namespace Qt::StringLiterals;
    journal.append(upgradeId, u"upgrade.triggered"_s, u"operator"_s,
                   {{u"service"_s, u"all"_s},
                    {u"services"_s, QJsonArray{u"agent"_s, u"orchestrator"_s, u"customer-portal"_s}},
                    {u"version"_s, u"latest"_s},
                    {u"force_new_deployment"_s, true},
                    {u"tenant"_s, u"demo"_s},
                    {u"environment"_s, u"staging"_s},
                    {u"portal"_s, u"http://127.0.0.1:8080"_s},
                    {u"profile"_s, u"Demo portal"_s},
                    {u"scope_reason"_s, u"Coordinated release 2026.11: schema change"_s},
                    {u"preflight"_s,
                     QJsonArray{QJsonObject{{u"check"_s, u"health"_s}, {u"result"_s, u"pass"_s}},
                                QJsonObject{{u"check"_s, u"connectors"_s}, {u"result"_s, u"degraded"_s}}}},
                    {u"overrides"_s, QJsonArray{QJsonObject{{u"check"_s, u"connectors"_s},
                                                            {u"reason"_s, u"known flaky connector"_s}}}}});
    journal.append(
        upgradeId, u"upgrade.state"_s, u"operator"_s,
        {{u"state"_s, u"IN_PROGRESS"_s}, {u"previous"_s, u"PENDING"_s}, {u"message"_s, QString()}});
    journal.append(
        upgradeId, u"upgrade.state"_s, u"operator"_s,
        {{u"state"_s, finalState},
         {u"previous"_s, u"IN_PROGRESS"_s},
         {u"message"_s, u"rollout finished"_s},
         {u"services"_s, QJsonArray{QJsonObject{{u"service"_s, u"agent"_s}, {u"state"_s, finalState}}}}});
}

} // namespace checklistfixture
