// Logging category of the History area: console.ui.history
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHistoryUi)
