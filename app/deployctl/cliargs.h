// deployctl's command line: global options, the command and its arguments, and the exit codes.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace deployctl {

enum ExitCode
{
    ExitSuccess = 0, // the command worked; for an upgrade: it reached SUCCESS
    ExitFailed = 1,  // the upgrade FAILED, or health is not healthy
    ExitPartial = 2, // the upgrade ended PARTIAL
    ExitError = 3,   // usage error, refused for safety, or the portal could not be used
    ExitRunning = 4, // the upgrade is still running (or in a state this tool does not know)
};

struct CliArgs
{
    QString command; // login, logout, versions, upgrade, status, history, health, pending, preflight,
                     // approval, policy
    QStringList positional;

    QString profile;
    QString portal; // a URL instead of a saved profile
    QString caBundle;
    QString environment;
    QString tenant;
    QString user;
    QString expectTenant;
    QString yesIMeanTenant;
    bool yes = false;      // the plain confirmation of a non-production, single-service upgrade
    QString reason;        // why (required for scope all)
    QString resume;        // upgrade --resume KEY: send a pending attempt again with its key
    QString abandon;       // pending --abandon KEY: give a pending attempt up (with --reason)
    QString storePath;     // the local store (records); empty = the console's default
    QStringList overrides; // pre-flight overrides, "check=reason"
    bool passwordStdin = false;

    QString service;
    QString version;
    bool force = false;
    bool wait = false;
    QString idempotencyKey;
    QDateTime since;
    QDateTime until;
    int limit = 0;
    bool json = false;
    bool csv = false;
    int waitTimeoutSeconds = 0; // 0 = no limit

    // Production safeguards (issue 16; app/deployctl/safeguardcommands.h).
    QString approval;          // upgrade --approval REQUEST_ID
    QString emergencyOverride; // upgrade --emergency-override OVERRIDE_ID
    QString plannedFrom;       // approval request --planned-from T
    QString plannedTo;         // approval request --planned-to T
    bool waitingForMe = false; // approval list --waiting-for-me
    QString file;              // policy set --file F
    QString noLedgerMode; // --no-ledger-mode with --portal: refuse-production (default), allow-with-warning
};

// Parses argv; false with a message (and usage) on a usage error; `helpText` is set for --help.
bool parseArgs(const QStringList &arguments, CliArgs *out, QString *error, QString *helpText);

QDateTime parseDateArg(const QString &text); // "2026-11-28", "2026-11-28T19:00:00Z"

} // namespace deployctl
