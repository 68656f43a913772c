// What an operator must confirm before a trigger leaves, decided in one place for the console and
// deployctl (both call requiredConfirmation(); neither decides on its own).
//
// A change is a production change when the environment the operator chose (the profile, or deployctl's
// --environment) OR the environment the signed-in portal reports is production (classifyEnvironment():
// "production", "prod", "prd", "live", "eu-prod-2" ...). Then:
//   one service, not production          -> a tick ("I have checked what will be sent")
//   production, or scope `all`           -> the tenant's name, typed
//   scope `all`                          -> also a written reason
// Refused outright, whatever is confirmed:
//   no session; a role that may not trigger; no scope; the portal reports a tenant other than the one
//   the operator named; a typed name is needed but there is no tenant name to type (the portal reported
//   none and the operator named none). A missing or empty identity never satisfies a confirmation.
// The name to type is the tenant the portal reports; when the portal reports none (the contract lets it
// leave `tenant` out), the tenant the operator named.
#pragma once

#include "domain/portal.h"

#include <QString>
#include <optional>

namespace pdc {

struct ConfirmationContext
{
    QString chosenEnvironment; // the profile's (or --environment)
    QString expectedTenant;    // the profile's (or --tenant / --expect-tenant); empty: none named
    std::optional<SessionInfo> session;
    QString scope; // wire name: agent, orchestrator, customer-portal, all; empty: not chosen
};

// What the operator gave.
struct Confirmation
{
    bool ticked = false;
    QString typedTenant;
    QString reason; // the written reason for the scope
};

struct ConfirmationRequirement
{
    enum class Refusal
    {
        None,
        NoSession,
        RoleMayNotTrigger,
        NoScope,
        TenantMismatch, // the portal reports another tenant than the one named
        NoTenantToType, // a typed name is needed and neither the portal nor the operator gave one
    };
    enum class Method
    {
        Tick,
        TypedTenant,
    };

    Refusal refusal = Refusal::None;
    Method method = Method::Tick;
    bool production = false;     // either environment is production
    bool allServices = false;    // scope `all`
    bool reasonRequired = false; // a written reason is part of the confirmation
    QString tenantToType;        // with Method::TypedTenant
    QString reportedTenant;      // what the portal said (may be empty)
    QString reportedEnvironment;
    QString expectedTenant;
    QString role;

    bool refused() const { return refusal != Refusal::None; }
    // True only when not refused and every part asked for was given exactly (the typed name is compared
    // after trimming, case-sensitively, and never matches an empty name).
    bool satisfiedBy(const Confirmation &given) const;
    // For records: "tick" or "typed-tenant" (+ "+reason").
    QString methodWire() const;
    // One plain English sentence for logs and deployctl; the console words it through tr().
    QString refusalText() const;
};

ConfirmationRequirement requiredConfirmation(const ConfirmationContext &context);

} // namespace pdc
