// portal-sim: serves the deployment API of docs/api/openapi.yaml on loopback. See README.md and --help.
#include "connectionguard.h"
#include "portalserver.h"
#include "portalsim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int hashPasswordCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints a PBKDF2-SHA256 hash for a users file. The "
                                                    "password is read from standard input (one line)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("iterations"), QStringLiteral("PBKDF2 iterations (default 100000)."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.process(arguments);
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty()) {
        std::fputs("hash-password: no password on standard input\n", stderr);
        return 2;
    }
    const int iterations = parser.value(QStringLiteral("iterations")).toInt();
    if (iterations < 1000) {
        std::fputs("hash-password: --iterations must be at least 1000\n", stderr);
        return 2;
    }
    std::printf("%s\n", qPrintable(sim::hashPassword(password, iterations)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portal-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == QStringLiteral("hash-password")) {
        QStringList rest = args;
        rest.removeAt(1);
        return hashPasswordCommand(rest);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "A reference customer portal serving the deployment API (docs/api/openapi.yaml) on 127.0.0.1, "
            "backed by "
            "SQLite and a simulated AWS ECS.\n"
            "With no arguments it serves the demo organization (Demo Corp, tenant demo, environment staging) "
            "on a free "
            "port with the demo accounts admin/admin-demo, operator/operator-demo, auditor/auditor-demo.\n\n"
            "Subcommand: portal-sim hash-password [--iterations N] < password   prints a hash for a users "
            "file.\n\n"
            "Admin routes (only with --enable-admin, only from loopback, only with Host 127.0.0.1:<port> or "
            "localhost:<port>, POSTs only as application/json):\n"
            "  GET  /__admin/scenario          the active scenario\n"
            "  POST /__admin/scenario          body {\"name\": \"<built-in or in --scenario-dir>\"} or a "
            "scenario object\n"
            "  POST /__admin/reset             clear every fault\n"
            "  POST /__admin/expire-sessions   expire every open session\n"
            "  POST /__admin/down?seconds=N[&mode=refuse|503]   refuse connections (default) or answer 503 "
            "for N s\n\n"
            "Built-in scenarios: ") +
        sim::builtInScenarios().join(QStringLiteral(", ")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1 (default 0: a free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite file; kept across runs (default: a fresh temporary database)."),
        QStringLiteral("file"));
    const QCommandLineOption users(
        QStringLiteral("users"),
        QStringLiteral("Users file (JSON, PBKDF2 hashes; see README.md). Default: the demo accounts."),
        QStringLiteral("file"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("Fault/rehearsal scenario: a JSON file or a built-in name."),
        QStringLiteral("file|name"));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        QStringLiteral("Speed of simulated time; 60 makes a 3-minute rollout take 3 s (default 1)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption scenarioDir(
        QStringLiteral("scenario-dir"),
        QStringLiteral("A directory of scenario files the admin scenario route may also load by name "
                       "(<name>.json inside it; never a path)."),
        QStringLiteral("dir"));
    const QCommandLineOption enableAdmin(QStringLiteral("enable-admin"),
                                         QStringLiteral("Enable the loopback-only /__admin/ fault routes."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate; with --tls-key serves HTTPS."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key (RSA or EC) for --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption seedHistory(
        QStringLiteral("seed-history"),
        QStringLiteral("Insert N synthetic finished upgrades into the history at start."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the simulated ECS (default 1)."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Organization tenant (default demo)."),
                                    QStringLiteral("name"), QStringLiteral("demo"));
    const QCommandLineOption environment(
        QStringLiteral("environment"),
        QStringLiteral("Organization environment: production, staging, development or "
                       "custom (default staging)."),
        QStringLiteral("name"), QStringLiteral("staging"));
    const QCommandLineOption sessionIdle(QStringLiteral("session-idle"),
                                         QStringLiteral("Session idle expiry in seconds (default 1800)."),
                                         QStringLiteral("seconds"), QStringLiteral("1800"));
    const QCommandLineOption sessionMax(QStringLiteral("session-max"),
                                        QStringLiteral("Session absolute expiry in seconds (default 28800)."),
                                        QStringLiteral("seconds"), QStringLiteral("28800"));
    const QCommandLineOption listScenarios(QStringLiteral("list-scenarios"),
                                           QStringLiteral("Print the built-in scenarios and exit."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print only the URL line."));
    const QCommandLineOption variant(
        QStringLiteral("variant"),
        QStringLiteral("Vary, from this seed, everything the contract leaves open (see README.md); prints "
                       "the chosen variations. PORTAL_SIM_VARIANT_SKIP=aspect,... leaves aspects out."),
        QStringLiteral("seed"));
    const QCommandLineOption variantBeyondContract(
        QStringLiteral("variant-beyond-contract"),
        QStringLiteral("With --variant: may also vary what the contract's text allows but its schema does "
                       "not (another session cookie name, a CANCELLED state)."));
    parser.addOptions({port, database, users, scenario, scenarioDir, timeScale, enableAdmin, tlsCert, tlsKey,
                       seedHistory, seed, tenant, environment, sessionIdle, sessionMax, listScenarios, quiet,
                       variant, variantBeyondContract});
    parser.process(app);

    if (parser.isSet(listScenarios)) {
        for (const QString &name : sim::builtInScenarios())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }
    auto number = [&](const QCommandLineOption &option, double min, double max, bool *ok) {
        bool parsed = false;
        const double value = parser.value(option).toDouble(&parsed);
        if (!parsed || value < min || value > max) {
            std::fprintf(stderr, "portal-sim: --%s must be a number from %g to %g\n",
                         qPrintable(option.names().first()), min, max);
            *ok = false;
        }
        return value;
    };
    bool ok = true;
    sim::Options options;
    options.port = quint16(number(port, 0, 65535, &ok));
    options.databasePath = parser.value(database);
    options.usersFile = parser.value(users);
    options.scenarioFile = parser.value(scenario);
    options.scenarioDir = parser.value(scenarioDir);
    options.timeScale = number(timeScale, 0.001, 100000, &ok);
    options.enableAdmin = parser.isSet(enableAdmin);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    options.seedHistory = int(number(seedHistory, 0, 10000000, &ok));
    options.seed = quint64(number(seed, 0, 1e15, &ok));
    options.tenant = parser.value(tenant);
    options.environment = parser.value(environment);
    options.sessionIdleSeconds = int(number(sessionIdle, 1, 1e7, &ok));
    options.sessionMaxSeconds = int(number(sessionMax, 1, 1e8, &ok));
    options.quiet = parser.isSet(quiet);
    if (parser.isSet(variant)) {
        options.variantSeed = qint64(number(variant, 0, 1e15, &ok));
        options.variantBeyondContract = parser.isSet(variantBeyondContract);
        const QStringList known = sim::Variant::aspectNames();
        for (const QString &aspect :
             qEnvironmentVariable("PORTAL_SIM_VARIANT_SKIP").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(aspect.trimmed())) {
                std::fprintf(stderr, "portal-sim: PORTAL_SIM_VARIANT_SKIP: unknown aspect %s (known: %s)\n",
                             qPrintable(aspect), qPrintable(known.join(QLatin1Char(','))));
                ok = false;
            }
            options.variantSkip.append(aspect.trimmed());
        }
    }
    if (!ok)
        return 2;

    // The connection cap (connectionlimits.h), not the descriptor table, is what binds.
    if (const long descriptors = sim::raiseDescriptorLimit();
        descriptors >= 0 && descriptors < 2 * sim::MaxConnections)
        std::fprintf(stderr, "portal-sim: only %ld file descriptors; the connection cap is %d\n", descriptors,
                     sim::MaxConnections);
    sim::PortalSim portal(options);
    QString error;
    if (!portal.start(&error)) {
        std::fprintf(stderr, "portal-sim: %s\n", qPrintable(error));
        return 1;
    }
    if (options.quiet)
        std::printf("portal-sim listening on %s\n", qPrintable(portal.url().toString()));
    else
        std::printf("%s", qPrintable(portal.banner()));
    if (!portal.variantLine().isEmpty())
        std::printf("%s\n", qPrintable(portal.variantLine()));
    std::fflush(stdout);
    return app.exec();
}
