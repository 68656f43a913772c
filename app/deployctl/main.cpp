// deployctl: see docs/deployctl.md.
#include "cliargs.h"
#include "commands.h"
#include "domain/portalurl.h"
#include "ledgercommands.h"
#include "output.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

using namespace deployctl;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(pdc::ProfileStore::kOrganization));
    QCoreApplication::setApplicationName(QString::fromLatin1(pdc::ProfileStore::kApplication));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

    // The ledger verbs (ledger init|set|password|ship|status, records verify) need no portal session.
    if (const auto ledgerExit = runLedgerCommand(QCoreApplication::arguments()))
        return *ledgerExit;

    CliArgs args;
    QString error, help;
    if (!parseArgs(QCoreApplication::arguments(), &args, &error, &help)) {
        printErr(QStringLiteral("deployctl: %1\nTry 'deployctl --help'.").arg(error));
        return ExitError;
    }
    if (!help.isEmpty()) {
        printOut(help);
        return ExitSuccess;
    }

    QSettings settings(QString::fromLatin1(pdc::ProfileStore::kOrganization),
                       QString::fromLatin1(pdc::ProfileStore::kApplication));
    pdc::ProfileStore store(&settings);
    pdc::ConnectionProfile profile;
    if (!args.portal.isEmpty()) {
        profile.name = QStringLiteral("(command line)");
        profile.portalUrl = QUrl(args.portal, QUrl::StrictMode);
        const pdc::PortalUrlProblem urlProblem = pdc::portalUrlProblem(profile.portalUrl);
        if (urlProblem == pdc::PortalUrlProblem::NotHttp) {
            printErr(QStringLiteral("deployctl: --portal must be an http(s) URL"));
            return ExitError;
        }
        if (urlProblem == pdc::PortalUrlProblem::UserInfo) {
            // Never echoed: the URL holds a password. Nothing has been stored or sent.
            printErr(QStringLiteral(
                "deployctl: --portal must not hold a user name or password (user:password@host); "
                "name the user with --user and give the password when asked or with "
                "--password-stdin"));
            return ExitError;
        }
        profile.caBundlePath = args.caBundle;
        profile.environment = args.environment;
        profile.tenant = args.tenant;
        // A command-line profile has no ledger: production is refused unless it says otherwise.
        profile.noLedgerMode =
            pdc::noLedgerModeFromWire(args.noLedgerMode).value_or(pdc::NoLedgerMode::RefuseProduction);
    } else {
        const QString name = args.profile.isEmpty() ? store.lastUsed() : args.profile;
        const auto saved = store.profile(name);
        if (!saved) {
            printErr(name.isEmpty()
                         ? QStringLiteral("deployctl: no profile; pass --profile NAME or --portal URL")
                         : QStringLiteral("deployctl: no profile named '%1'").arg(name));
            return ExitError;
        }
        profile = *saved;
        if (!args.caBundle.isEmpty())
            profile.caBundlePath = args.caBundle;
    }
    if (!args.user.isEmpty())
        profile.username = args.user;
    // --expect-tenant names the tenant meant when neither the profile nor --tenant does.
    if (profile.tenant.isEmpty())
        profile.tenant = args.expectTenant;

    Commands commands(args, profile);
    int exitCode = ExitError;
    QObject::connect(&commands, &Commands::finished, &app, [&](int code) {
        exitCode = code;
        if (code != ExitError && args.command == QLatin1String("login") && args.portal.isEmpty()) {
            // Remember who signed in with this profile (not a secret) so later commands need no --user.
            if (auto saved = store.profile(profile.name)) {
                saved->username = profile.username;
                store.save(*saved);
                store.setLastUsed(saved->name);
            }
        }
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(0, &commands, &Commands::start);
    app.exec();
    return exitCode;
}
