// What makes a portal URL acceptable, the one rule for the profile editor and deployctl's --portal:
// an http(s) URL with a host, and no user name or password in it (user:password@host would put a
// secret into settings, the journal and every export).
#pragma once

#include <QUrl>

namespace pdc {

enum class PortalUrlProblem
{
    None,
    NotHttp,  // not a valid http or https URL with a host
    UserInfo, // carries a user name or password
};

PortalUrlProblem portalUrlProblem(const QUrl &url);

} // namespace pdc
