// What a portal role may see beyond User::mayTrigger() (models/domain/portal.h): auditors read every
// record, validation checklists included, and record nothing. One place for the rule, so History and
// Validation offer the same read-only route.
#pragma once

#include "portal.h"

namespace pdc {

inline bool isAuditor(const User &user)
{
    return user.role == QLatin1String("auditor");
}

// Whether the role may look at validation checklists (read-only unless user.mayTrigger()).
inline bool mayReadChecklists(const User &user)
{
    return user.mayTrigger() || isAuditor(user);
}

} // namespace pdc
