// The commands of deployctl on one PortalClient, run asynchronously on the event loop; finished(code)
// ends the program.
#pragma once

#include "cliargs.h"
#include "domain/apierror.h"
#include "domain/clock.h"
#include "domain/connectionprofile.h"
#include "records/upgraderecords.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace pdc {
class LocalStore;
class PortalClient;
class Preflight;
class RecordJournal;
class UpgradeTrigger;
struct UpgradeRequest;
struct UpgradeStatus;
} // namespace pdc

namespace deployctl {

class SafeguardCli;

class Commands : public QObject
{
    Q_OBJECT
public:
    Commands(CliArgs args, pdc::ConnectionProfile profile, QObject *parent = nullptr);
    ~Commands() override;
    void start();

signals:
    void finished(int exitCode);

private:
    void done(int code);
    // Ships to the team ledger what this run wrote to the journal (done() asks; a warning when it waits).
    void shipWhatThisRunWrote();
    void fail(const pdc::ApiError &error);
    void usageError(const QString &message);
    QString user() const;
    void withSession(std::function<void()> next);

    void login();
    void logout();
    void versions();
    void upgrade();
    void status();
    void history();
    void health();
    void pending();
    void preflight();
    // approval ... and policy ... (safeguardcommands.h), with the session restored.
    void safeguards();
    // Reads the safeguards for `upgrade` and hands them to the trigger's gate; false (after a message)
    // when the gate already refuses this trigger (nothing was asked or sent).
    bool prepareSafeguards(const pdc::UpgradeRequest &request);
    // Runs the runbook's pre-flight checks (workflows/preflight.h) for `service` (empty: all services),
    // applies --override reasons and prints the verdicts on stderr (or JSON on stdout with json); then
    // `then` (whether or not a check blocks: the caller decides).
    void runPreflight(const QString &service, bool printJsonToo, std::function<void()> then,
                      std::optional<pdc::PendingTrigger> resending = std::nullopt);
    void confirmAndSend(const pdc::UpgradeRequest &request);
    // Opens the local store and journal (the console's, or --store): every trigger is recorded there
    // before it leaves. False (after a message) when they cannot be opened.
    bool openRecords();
    // The same without failing the command: the error, empty when they are open.
    QString tryOpenRecords();
    void watch(const QString &upgradeId);
    int exitCodeFor(const pdc::UpgradeStatus &status) const;

    CliArgs m_args;
    pdc::ConnectionProfile m_profile;
    pdc::SystemClock m_clock;
    std::unique_ptr<pdc::PortalClient> m_client;
    std::unique_ptr<pdc::LocalStore> m_store;
    std::unique_ptr<pdc::RecordJournal> m_journal;
    std::unique_ptr<pdc::UpgradeTrigger> m_trigger;
    std::unique_ptr<pdc::Preflight> m_preflight;
    std::unique_ptr<SafeguardCli> m_safeguards;
    bool m_keychainWarned = false;
    bool m_done = false;
    qint64 m_journalHeadAtOpen = -1; // the journal's head when this run opened it (-1: not opened)
};

} // namespace deployctl
