// validation-checklist-helper: the Validation pane alone on a given store, for the crash test. It opens
// the checklist of an upgrade (recording a final state first when the store has none), shows it, and
// enters manual results read from standard input, one per line:
//   manual <item-id> pass|fail <note ...>
// answering "ok <item-id>" once the result is written, or "error <message>". Prints "ready <n>" (n items)
// when the checklist is open.
#include "domain/clock.h"
#include "records/recordjournal.h"
#include "store/localstore.h"
#include "validation/validationpane.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace pdc;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: validation-checklist-helper STORE UPGRADE_ID FINAL_STATE\n");
        return 2;
    }
    SystemClock clock;
    LocalStore store(args.at(1));
    if (!store.open())
        return 3;
    RecordJournal journal(&store, &clock);
    if (!journal.open())
        return 3;
    const QString upgradeId = args.at(2);
    if (!journal.latest(upgradeId, QStringLiteral("upgrade.state")))
        journal.append(upgradeId, QStringLiteral("upgrade.state"), QStringLiteral("operator"),
                       {{QStringLiteral("state"), args.at(3)}});

    ChecklistServices services;
    services.journal = &journal;
    services.store = &store;
    services.clock = &clock;
    services.profile.name = QStringLiteral("crash-test");
    services.profile.username = QStringLiteral("operator");
    ValidationPane pane({new ChecklistSessions(services), nullptr});
    pane.resize(1280, 800);
    pane.show();
    pane.openChecklist(upgradeId);

    QTextStream out(stdout);
    out << "ready " << pane.checklist().items.size() << Qt::endl;

    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            notifier.setEnabled(false);
            return;
        }
        buffer.append(chunk, n);
        int newline;
        while ((newline = int(buffer.indexOf('\n'))) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(newline)).trimmed();
            buffer.remove(0, newline + 1);
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.size() >= 4 && words.at(0) == QLatin1String("manual")) {
                const QString note = words.mid(3).join(QLatin1Char(' '));
                if (pane.recordManualResult(words.at(1), words.at(2) == QLatin1String("pass"), note, {}, {}))
                    out << "ok " << words.at(1) << Qt::endl;
                else
                    out << "error " << pane.statusText() << Qt::endl;
            } else {
                out << "error unknown command" << Qt::endl;
            }
        }
    });
    return app.exec();
}
