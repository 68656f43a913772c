#include "workflowslogging.h"

Q_LOGGING_CATEGORY(lcWorkflows, "console.workflows")
