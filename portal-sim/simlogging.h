// Logging categories of portal-sim.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSimHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSimEcs)
Q_DECLARE_LOGGING_CATEGORY(lcSimStore)
Q_DECLARE_LOGGING_CATEGORY(lcSimAuth)
