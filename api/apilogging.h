// The logging category of api/ ("console.api"). Nothing logged here ever carries a password, a cookie,
// the CSRF token or a body that holds one: requests are logged as method, path and status only.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
