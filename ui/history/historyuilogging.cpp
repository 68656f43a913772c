#include "historyuilogging.h"

Q_LOGGING_CATEGORY(lcHistoryUi, "console.ui.history")
