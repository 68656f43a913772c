#include "portalurl.h"

namespace pdc {

PortalUrlProblem portalUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return PortalUrlProblem::NotHttp;
    if (!url.userInfo().isEmpty())
        return PortalUrlProblem::UserInfo;
    return PortalUrlProblem::None;
}

} // namespace pdc
