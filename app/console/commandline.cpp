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
        QCoreApplication::translate("CommandLine", "Start the demo portal (the portal-sim program beside "
                                                   "the console) on a free loopback port and sign in with a "
                                                   "demo account."));
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
    // --help-all (added by addHelpOption) would list Qt's options too; QCommandLineParser only prints
    // that list itself and exits, so it prints the console's help like --help.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
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

QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("style"),           QStringLiteral("stylesheet")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(QLatin1Char('-'))) {
            kept.append(argument);
            continue;
        }
        if (argument == QStringLiteral("--")) {
            kept.append(arguments.mid(i));
            break;
        }
        const QString option = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1);
        const QString name = option.section(QLatin1Char('='), 0, 0);
        if (flags.contains(option))
            continue;
        if (withValue.contains(name)) {
            if (name == option) // the value is the next argument
                ++i;
            continue;
        }
        kept.append(argument);
    }
    return kept;
}

} // namespace pdc
