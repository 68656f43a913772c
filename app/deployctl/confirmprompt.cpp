#include "confirmprompt.h"

namespace deployctl {

using pdc::ConfirmationRequirement;

ConfirmOutcome collectConfirmation(const ConfirmationRequirement &requirement, const QString &service,
                                   const ConfirmFlags &flags, const AskFn &ask)
{
    ConfirmOutcome out;
    if (requirement.refused()) {
        out.refusal = QStringLiteral("refusing to trigger: %1").arg(requirement.refusalText());
        return out;
    }
    out.given.reason = flags.reason;
    if (requirement.reasonRequired && out.given.reason.trimmed().isEmpty())
        out.given.reason =
            ask(QStringLiteral("Why upgrade all services instead of one? ")).value_or(QString());
    if (requirement.reasonRequired && out.given.reason.trimmed().isEmpty()) {
        out.refusal = QStringLiteral("refusing to trigger: upgrading all services needs a written reason "
                                     "(--reason, or typed on the terminal)");
        return out;
    }
    if (requirement.method == ConfirmationRequirement::Method::TypedTenant) {
        out.given.typedTenant = flags.typedTenant;
        if (out.given.typedTenant.isEmpty()) {
            const QString what = requirement.production ? QStringLiteral("in PRODUCTION tenant")
                                                        : QStringLiteral("(all services) in tenant");
            out.given.typedTenant =
                ask(QStringLiteral("This upgrades %1 %2 '%3'. Type the tenant name to confirm: ")
                        .arg(service, what, requirement.tenantToType))
                    .value_or(QString());
        }
    } else {
        out.given.ticked = flags.yes;
        if (!out.given.ticked) {
            const QString answer = ask(QStringLiteral("Upgrade %1 in tenant '%2'? Type 'yes' to confirm: ")
                                           .arg(service, requirement.tenantToType))
                                       .value_or(QString());
            out.given.ticked = answer.trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        }
    }
    out.confirmed = requirement.satisfiedBy(out.given);
    if (!out.confirmed) {
        out.refusal =
            requirement.method == ConfirmationRequirement::Method::TypedTenant
                ? QStringLiteral("refusing to trigger%1: confirm with the tenant name ('%2'), typed or "
                                 "with --yes-i-mean-tenant")
                      .arg(requirement.production ? QStringLiteral(" in production") : QString(),
                           requirement.tenantToType)
                : QStringLiteral("refusing to trigger: not confirmed (type 'yes' on the terminal, or pass "
                                 "--yes)");
    }
    return out;
}

} // namespace deployctl
