// How deployctl collects the confirmation the ConfirmationPolicy asks for (workflows/): from the flags
// (--yes, --yes-i-mean-tenant T, --reason R) or, where a flag is missing, by asking on the terminal.
// Without a terminal and without the flag it refuses. The decision of *what* to ask is not made here.
#pragma once

#include "confirmationpolicy.h"

#include <QString>
#include <functional>
#include <optional>

namespace deployctl {

struct ConfirmFlags
{
    bool yes = false;    // --yes: the tick
    QString typedTenant; // --yes-i-mean-tenant
    QString reason;      // --reason
};

struct ConfirmOutcome
{
    bool confirmed = false;
    QString refusal; // why not, for the operator (empty when confirmed)
    pdc::Confirmation given;
};

// ask(prompt): a line typed on the terminal, or nullopt without one.
using AskFn = std::function<std::optional<QString>(const QString &prompt)>;

ConfirmOutcome collectConfirmation(const pdc::ConfirmationRequirement &requirement, const QString &service,
                                   const ConfirmFlags &flags, const AskFn &ask);

} // namespace deployctl
