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
#include "history/historymarks.h"
#include "ledger/ledgerchain.h"

#include <QHash>
#include <QString>
#include <functional>
#include <memory>

namespace pdc {
class Clock;
class LedgerClient;
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
    // History's emergency-override marks (models/history/historymarks.h), the same the console's table
    // shows: this workstation's trigger records and, with a ledger, every desk's
    // (LedgerClient::overrideTriggerRows()). ledgerError: why the ledger's could not be read (the local
    // marks are still returned).
    QHash<QString, pdc::OverrideMark> overrideMarks(QString *ledgerError);

    // Runs `approval ...` or `policy ...` once the session is restored; the exit code.
    int run();
    // After records were written: ships them now. Empty, or why they wait (a warning: they ship later).
    QString ship();
    // ship(), with the warning on stderr when it could not.
    QString shipAndWarn();

private:
    int request();
    int decide(bool approve);
    int giveOverride();
    int list();
    int showPolicy();
    int setPolicy();
    std::optional<QString> password(QString *error);
    // One bounded read of the profile's ledger: the rows `query` returns, or none with why in `error`.
    QList<pdc::LedgerRow>
    readLedger(const std::function<QList<pdc::LedgerRow>(pdc::LedgerClient &, bool *)> &query,
               QString *error);

    const CliArgs &m_args;
    pdc::ConnectionProfile m_profile;
    pdc::LocalStore *m_store;
    pdc::RecordJournal *m_journal;
    const pdc::Clock *m_clock;
    std::unique_ptr<pdc::Safeguards> m_safeguards;
};

} // namespace deployctl
