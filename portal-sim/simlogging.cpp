#include "simlogging.h"

Q_LOGGING_CATEGORY(lcSimHttp, "sim.http")
Q_LOGGING_CATEGORY(lcSimEcs, "sim.ecs")
Q_LOGGING_CATEGORY(lcSimStore, "sim.store")
Q_LOGGING_CATEGORY(lcSimAuth, "sim.auth")
