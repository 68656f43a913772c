// One desk of the team-ledger stories: its profile (tenant acme at an environment, its user, the
// ledger) and its TeamLedger worker as the console builds it (workflows/teamledger.h), with the
// password given (tests have no keychain prompt). The worker is returned unstarted: start() it once
// the desk's widgets listen. Header-only: for tests that link the workflows.
#pragma once

#include "domain/clock.h"
#include "domain/connectionprofile.h"
#include "teamledger.h"

#include <memory>

namespace testsupport {

inline pdc::ConnectionProfile acmeDeskProfile(const QString &environment, const QString &user,
                                              const pdc::LedgerSettings &ledger)
{
    pdc::ConnectionProfile p;
    p.name = QStringLiteral("acme-") + environment;
    p.portalUrl = QUrl(QStringLiteral("https://portal.acme.example"));
    p.tenant = QStringLiteral("acme");
    p.environment = environment;
    p.username = user;
    p.ledger = ledger;
    return p;
}

inline std::unique_ptr<pdc::TeamLedger> deskTeamLedger(pdc::LocalStore *store, pdc::RecordJournal *journal,
                                                       const pdc::Clock *clock,
                                                       const pdc::LedgerSettings &ledger,
                                                       const QString &password)
{
    pdc::TeamLedgerServices services;
    services.store = store;
    services.journal = journal;
    services.clock = clock;
    services.settings = ledger;
    services.password = [password](QString *) {
        return std::optional<QString>(password);
    };
    return std::make_unique<pdc::TeamLedger>(services);
}

} // namespace testsupport
