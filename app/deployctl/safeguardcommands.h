// deployctl's production-safeguard verbs (issue 16, docs/deployctl.md "Approvals and policy"):
//   approval request --service S [--version V] [--force] --reason R [--planned-from T] [--planned-to T]
//   approval approve ID --reason R        approval reject ID --reason R
//   approval override ID --reason R       (a lead's emergency override of a window or freeze)
//   approval list [--json] [--waiting-for-me]
//   policy show [--json]                  policy set --file F --reason R
// and the safeguards' state `deployctl upgrade --approval ID [--emergency-override ID]` is checked with.
// Every verb needs the portal session (who acts, with which role) and the profile's team ledger; the
// rules and records are the console's (workflows/safeguards.h): deployctl only reads the ledger's rows
// (blocking, bounded), hands them to Safeguards, and ships what it wrote at once.
#pragma once

#include "cliargs.h"
#include "domain/connectionprofile.h"

#include <QString>
#include <memory>

namespace pdc {
class Clock;
class LocalStore;
class PortalGateway;
class RecordJournal;
class Safeguards;
} // namespace pdc

namespace deployctl {

class SafeguardCli
{
public:
    SafeguardCli(const CliArgs &args, const pdc::ConnectionProfile &profile, pdc::PortalGateway *gateway,
                 pdc::LocalStore *store, pdc::RecordJournal *journal, const pdc::Clock *clock);
    ~SafeguardCli();

    // Reads the ledger's safeguard records into safeguards() (nothing to read without a ledger). Empty
    // on success, else why the ledger could not be read (the snapshot then says Unreachable).
    QString load();
    pdc::Safeguards *safeguards() const { return m_safeguards.get(); }

    // Runs `approval ...` or `policy ...` once the session is restored; the exit code.
    int run();

private:
    int request();
    int decide(bool approve);
    int giveOverride();
    int list();
    int showPolicy();
    int setPolicy();
    // After a record was written: ships it now. Empty, or why it waits (a warning: it ships later).
    QString ship();
    // ship(), with the warning on stderr when it could not.
    QString shipAndWarn();
    std::optional<QString> password(QString *error);

    const CliArgs &m_args;
    pdc::ConnectionProfile m_profile;
    pdc::LocalStore *m_store;
    pdc::RecordJournal *m_journal;
    const pdc::Clock *m_clock;
    std::unique_ptr<pdc::Safeguards> m_safeguards;
};

} // namespace deployctl
