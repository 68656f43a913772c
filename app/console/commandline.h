// deploy-console's command line.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pdc {

struct ConsoleOptions
{
    bool demo = false; // run portal-sim as a child process and sign in with a demo account
    QString demoUser = QStringLiteral("operator");
    double demoTimeScale = 30; // demo rollouts take seconds, not minutes
    QString profile;           // connection profile to open
    QString language;          // e.g. "de"; empty = system locale
    QString storePath;         // local SQLite store; empty = the default under the data folder
    // The portal-sim executable --demo runs; empty = the one beside deploy-console. Not on the command
    // line: tests that build the console in their own process point it at the build's portal-sim.
    QString demoPortalProgram;
};

struct ParsedCommandLine
{
    std::optional<ConsoleOptions> options; // empty: exit with exitCode (after --help / --version / an error)
    int exitCode = 0;
    QString message; // what to print before exiting
};

// Parses arguments (argv as a list, program name first). Pure: prints nothing, exits nothing, needs no
// application object (without one, nothing is translated).
ParsedCommandLine parseConsoleCommandLine(const QStringList &arguments);

// arguments without Qt's own options (and their values), which QApplication takes out of argv itself in
// a GUI run: -platform, -platformpluginpath, -platformtheme, -plugin, -qwindowgeometry, -qwindowicon,
// -qwindowtitle, -session, -display, -geometry, -style, -stylesheet (each with a value, also as
// -name=value), -reverse, -widgetcount; with one dash or two. For parsing before any QApplication exists
// (main.cpp), so that those options are no command line errors there. Stops at "--".
QStringList withoutQtOptions(const QStringList &arguments);

} // namespace pdc
