// deploy-console: the Portal Deployment Console GUI.
#include "commandline.h"
#include "consoleapp.h"
#include "shell/mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QMessageBox>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortalDeploymentConsole"));
    QApplication::setApplicationName(QStringLiteral("deploy-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portal Deployment Console"));
    QApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CONSOLE_APP_ID));

    // --lang, else the "ui/language" setting, else the system locale (before --help is printed).
    pdc::TranslationLoader translations;
    translations.install(pdc::TranslationLoader::languageForStartup(QApplication::arguments()));

    const pdc::ParsedCommandLine parsed = pdc::parseConsoleCommandLine(QApplication::arguments());
    if (!parsed.options) {
        std::fputs(qPrintable(parsed.message), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }

    pdc::ConsoleApp console(*parsed.options);
    if (!console.start()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Portal Deployment Console"),
                              console.errorString());
        return 1;
    }
    pdc::addLanguageMenu(console.window());
    return QApplication::exec();
}
