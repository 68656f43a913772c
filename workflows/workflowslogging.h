// The logging category of the workflow layer ("console.workflows"). No secret is ever logged.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWorkflows)
