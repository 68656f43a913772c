#include "watchwiring.h"

#include "active/watchstore.h"
#include "appcontext.h"
#include "shell/navigator.h"
#include "watchlist.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWatchWiring, "console.ui.active")

namespace pdc {

std::unique_ptr<WatchList> makeWatchList(const AppContext &context, const WatchSchedule &schedule)
{
    std::unique_ptr<WatchStore> store;
    if (context.store) {
        store = std::make_unique<WatchStore>(context.store, context.clock);
        if (!store->open()) {
            qCWarning(lcWatchWiring) << "watches will not survive a restart:" << store->errorString();
            store.reset();
        }
    }
    auto watches =
        std::make_unique<WatchList>(context.gateway, std::move(store), context.journal, context.clock);
    watches->setSchedule(schedule);
    if (Navigator *navigator = context.navigator) {
        QObject::connect(
            watches.get(), &WatchList::finalReached, navigator,
            [navigator](const QString &upgradeId) { emit navigator->watchedUpgradeFinished(upgradeId); });
    }
    return watches;
}

} // namespace pdc
