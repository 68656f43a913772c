// Builds the console's one watch list for the signed-in portal: every area that shows a watched upgrade
// (Active, History, the tray notification, the Upgrade area's 409) observes this one object. Watches
// are kept in the local store and written to the journal; the final state of each is also told to
// the Navigator (watchedUpgradeFinished) for areas that do not hold the list.
#pragma once

#include <memory>

namespace pdc {

struct AppContext;
struct WatchSchedule;
class WatchList;

// The list does not poll until something is watched (resumeSaved(), watch()). It must go before the
// gateway in the context does.
std::unique_ptr<WatchList> makeWatchList(const AppContext &context, const WatchSchedule &schedule);

} // namespace pdc
