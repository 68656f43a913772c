// What every area of the console is built from. Owned by ConsoleApp; areas get references and never
// reach for globals, so tests can build the same areas over their own gateway, store and clock.
#pragma once

#include "domain/clock.h"
#include "domain/connectionprofile.h"

namespace pdc {

class LocalStore;
class Navigator;
class PortalGateway;
class PortalSession;
class RecordJournal;
class TeamLedger;
class WatchList;

struct AppContext
{
    PortalGateway *gateway = nullptr; // the transport: for workflows and models, never for widgets
    PortalSession *portal = nullptr;  // the signed-in portal as widgets see it (never null once shown)
    LocalStore *store = nullptr;      // the local SQLite store
    RecordJournal *journal = nullptr; // tamper-evident local records (trigger, pre-flight, checklist)
    Navigator *navigator = nullptr;   // cross-area requests (watch, checklist, history detail)
    WatchList *watches = nullptr;     // the one watch list of this portal (Active, History, tray, Upgrade)
    TeamLedger *ledger = nullptr;     // the profile's team ledger (null: records stay on this workstation)
    const Clock *clock = nullptr;
    ConnectionProfile profile;
    bool demo = false;
};

} // namespace pdc
