// crash-console: the console's Validation area as deploy-console wires it (MainWindow + wireValidation,
// a real PortalClient signed in to a portal-sim over HTTP, the local store and journal), driven by
// commands on standard input, for the SIGKILL crash-point test (tst_app_crash_points). It prints a line
// only after what it reports is written, the way the console's status line does: "ok …" is the
// console's "saved". Usage: crash-console STORE PORTAL_URL
//   open ID                       show the checklist of upgrade ID (opening it)    -> ready ID N
//   manual ID ITEM pass|fail NOTE one manual result                                -> ok item ID ITEM
//   fill ID                       a pass for every item without a result, one by one
//   signoff ID                    sign off (the confirmation box is the pane's; this is its OK)
//                                                                                   -> ok signoff ID
//   export ID PATH                the change record as JSON                        -> ok export ID PATH
//   quit                          ends the program once the commands before it are done
// Anything refused: "error <sentence>".
#include "appcontext.h"
#include "domain/clock.h"
#include "portalclient.h"
#include "records/recordjournal.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "validation/validationpane.h"
#include "validationwiring.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace pdc;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << Qt::endl; // flushed at once: the driver reads it before it kills
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: crash-console STORE PORTAL_URL\n");
        return 2;
    }
    SystemClock clock;
    LocalStore store(args.at(1));
    RecordJournal journal(&store, &clock);
    if (!store.open() || !journal.open()) {
        std::fprintf(stderr, "crash-console: the store cannot be opened\n");
        return 3;
    }
    ConnectionProfile profile;
    profile.name = QStringLiteral("crash");
    profile.portalUrl = QUrl(args.at(2));
    profile.tenant = QStringLiteral("demo");
    profile.environment = QStringLiteral("staging");
    profile.username = QStringLiteral("operator");
    PortalClient client(profile, &clock);
    client.setKeychainEnabled(false);
    Navigator navigator;
    AppContext context;
    MainWindow window;
    bool signedIn = false;
    client.login(QStringLiteral("operator"), QStringLiteral("operator-demo"), &navigator,
                 [&](const Result<SessionInfo> &r) {
                     if (!r) {
                         std::fprintf(stderr, "crash-console: sign-in failed: %s\n",
                                      qPrintable(r.error().message));
                         QCoreApplication::exit(4);
                         return;
                     }
                     signedIn = true;
                     context.gateway = &client;
                     context.store = &store;
                     context.journal = &journal;
                     context.navigator = &navigator;
                     context.clock = &clock;
                     context.profile = profile;
                     wireValidation(&window, context);
                     window.resize(1280, 800);
                     window.show();
                     say(QStringLiteral("signed-in"));
                 });

    auto pane = [&] {
        return qobject_cast<ValidationPane *>(window.area(MainWindow::Area::Validation));
    };
    // Shows the checklist of id; calls then() once it is open (or says why not).
    auto withChecklist = [&](const QString &id, std::function<void()> then) {
        ValidationPane *p = pane();
        if (p->currentUpgradeId() == id && p->checklist().opened) {
            then();
            return;
        }
        p->openChecklist(id);
        auto *poll = new QTimer(&app);
        auto tries = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &app, [=] {
            ValidationPane *p2 = pane();
            if (p2->currentUpgradeId() == id && p2->checklist().opened) {
                poll->deleteLater();
                then();
            } else if (++*tries > 400) {
                poll->deleteLater();
                say(QStringLiteral("error the checklist of %1 did not open: %2").arg(id, p2->statusText()));
            }
        });
        poll->start(25);
    };

    QStringList queue;
    bool busy = false;
    std::function<void()> next;
    next = [&] {
        if (busy || queue.isEmpty() || !signedIn)
            return;
        const QStringList words = queue.takeFirst().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.value(0) == QLatin1String("quit")) {
            QCoreApplication::quit();
            return;
        }
        if (words.size() < 2) {
            QTimer::singleShot(0, &app, next);
            return;
        }
        busy = true;
        const QString verb = words.at(0);
        const QString id = words.at(1);
        auto finished = [&] {
            busy = false;
            QTimer::singleShot(0, &app, next);
        };
        withChecklist(id, [&, verb, id, words, finished] {
            ValidationPane *p = pane();
            if (verb == QLatin1String("open")) {
                say(QStringLiteral("ready %1 %2").arg(id).arg(p->checklist().items.size()));
            } else if (verb == QLatin1String("manual") && words.size() >= 5) {
                const QString note = words.mid(4).join(QLatin1Char(' '));
                if (p->recordManualResult(words.at(2), words.at(3) == QLatin1String("pass"), note, {}, {}))
                    say(QStringLiteral("ok item %1 %2").arg(id, words.at(2)));
                else
                    say(QStringLiteral("error ") + p->statusText());
            } else if (verb == QLatin1String("fill")) {
                const Checklist before = p->checklist(); // recording reloads the pane's copy
                for (const ChecklistItemState &item : before.items) {
                    if (item.result)
                        continue;
                    if (!p->recordManualResult(item.id, true, QStringLiteral("checked after the upgrade"), {},
                                               {})) {
                        say(QStringLiteral("error ") + p->statusText());
                        break;
                    }
                    say(QStringLiteral("ok item %1 %2").arg(id, item.id));
                }
                say(QStringLiteral("filled %1").arg(id));
            } else if (verb == QLatin1String("signoff")) {
                if (p->signOff())
                    say(QStringLiteral("ok signoff %1").arg(id));
                else
                    say(QStringLiteral("error ") + p->statusText());
            } else if (verb == QLatin1String("export") && words.size() >= 3) {
                const QString path = words.at(2);
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection =
                    QObject::connect(p, &ValidationPane::exportFinished, &app,
                                     [=](const QString &written, const QString &error) {
                                         QObject::disconnect(*connection);
                                         if (error.isEmpty())
                                             say(QStringLiteral("ok export %1 %2").arg(id, written));
                                         else
                                             say(QStringLiteral("error ") + error);
                                         finished();
                                     });
                p->exportRecord(path, false);
                return; // finished() when the file is written
            } else {
                say(QStringLiteral("error unknown command: ") + words.join(QLatin1Char(' ')));
            }
            finished();
        });
    };

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
        for (qsizetype nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
            queue.append(QString::fromUtf8(buffer.left(nl)).trimmed());
            buffer.remove(0, nl + 1);
        }
        next();
    });
    QTimer::singleShot(0, &app, [&] { next(); });
    // Commands queued before the sign-in finished run once it has.
    QTimer signInWait;
    QObject::connect(&signInWait, &QTimer::timeout, &app, [&] {
        if (signedIn) {
            signInWait.stop();
            next();
        }
    });
    signInWait.start(20);
    return app.exec();
}
