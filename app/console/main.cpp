// deploy-console: the Portal Deployment Console GUI.
//
// --help, --version and command line errors print and exit without a windowing system (issue 12): a pure
// look at the arguments first decides whether this run only prints; such a run gets a QCoreApplication
// (for the translators: the help speaks the language of --lang, the setting or the system) and never
// connects to a display. Only a run that opens the window creates the QApplication, which then parses the
// same arguments again, translated.
#include "commandline.h"
#include "consoleapp.h"
#include "shell/mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <cstdio>

namespace {

// argv as a list, the way QCoreApplication::arguments() gives it, before any application object exists.
QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Installs the translators (--lang, else the "ui/language" setting, else the system locale) and parses
// the application's arguments in that language. Needs the application object.
pdc::ParsedCommandLine parseTranslated(pdc::TranslationLoader &translations)
{
    const QStringList arguments = pdc::withoutQtOptions(QCoreApplication::arguments());
    translations.install(pdc::TranslationLoader::languageForStartup(arguments));
    return pdc::parseConsoleCommandLine(arguments);
}

int printAndExit(const pdc::ParsedCommandLine &parsed)
{
    std::fputs(qPrintable(parsed.message), parsed.exitCode == 0 ? stdout : stderr);
    return parsed.exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // Used by --version and the settings; static, so set before any application object.
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDeploymentConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("deploy-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

    if (!pdc::parseConsoleCommandLine(pdc::withoutQtOptions(argumentList(argc, argv))).options) {
        const QCoreApplication app(argc, argv);
        pdc::TranslationLoader translations;
        return printAndExit(parseTranslated(translations));
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Portal Deployment Console"));
    QApplication::setDesktopFileName(QStringLiteral(CONSOLE_APP_ID));
    pdc::TranslationLoader translations;
    const pdc::ParsedCommandLine parsed = parseTranslated(translations);
    if (!parsed.options) // not expected: the same arguments parsed above
        return printAndExit(parsed);

    pdc::ConsoleApp console(*parsed.options);
    if (!console.start()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Portal Deployment Console"),
                              console.errorString());
        return 1;
    }
    pdc::addLanguageMenu(console.window());
    return QApplication::exec();
}
