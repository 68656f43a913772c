#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pdc {

ParsedCommandLine parseConsoleCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Upgrade the services of the customer portal through its deployment API."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Start the embedded demo portal (portal-sim) on a free "
                                                   "loopback port and sign in with a demo account."));
    const QCommandLineOption demoUser(
        QStringLiteral("demo-user"),
        QCoreApplication::translate("CommandLine",
                                    "Demo account to sign in with: admin, operator or auditor."),
        QStringLiteral("user"), QStringLiteral("operator"));
    const QCommandLineOption demoScale(
        QStringLiteral("demo-time-scale"),
        QCoreApplication::translate("CommandLine", "How much faster demo rollouts run than real ones."),
        QStringLiteral("factor"), QStringLiteral("30"));
    const QCommandLineOption profile(
        QStringLiteral("profile"), QCoreApplication::translate("CommandLine", "Connection profile to open."),
        QStringLiteral("name"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Language of the interface (en, de, fr); default: the system's."),
        QStringLiteral("code"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QCoreApplication::translate("CommandLine", "Local store file (SQLite)."),
                                   QStringLiteral("path"));
    parser.addOptions({demo, demoUser, demoScale, profile, lang, store});

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.exitCode = 2;
        result.message = parser.errorText() + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(help)) {
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                         QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.exitCode = 2;
        result.message = QCoreApplication::translate("CommandLine", "Unexpected argument: %1\n")
                             .arg(parser.positionalArguments().constFirst());
        return result;
    }
    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    options.demoUser = parser.value(demoUser);
    bool scaleOk = false;
    options.demoTimeScale = parser.value(demoScale).toDouble(&scaleOk);
    if (!scaleOk || options.demoTimeScale <= 0) {
        result.exitCode = 2;
        result.message =
            QCoreApplication::translate("CommandLine", "--demo-time-scale needs a positive number\n");
        return result;
    }
    options.profile = parser.value(profile);
    options.language = parser.value(lang);
    options.storePath = parser.value(store);
    result.options = options;
    return result;
}

} // namespace pdc
