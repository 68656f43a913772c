// What must be confirmed before a trigger, told once (workflows/confirmationpolicy.h) and asked the same way
// by the console's review step and by deployctl: a matrix of the environment the operator chose x the one
// the portal reports x scope x role, each row checked against both front ends.
#include "confirmationpolicy.h"
#include "confirmprompt.h"
#include "upgrade/reviewconfirm.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

using namespace pdc;

namespace {

SessionInfo sessionOf(const QString &role, const QString &tenant, const QString &environment)
{
    SessionInfo s;
    s.user.username = QStringLiteral("pat");
    s.user.role = role;
    s.organization.id = QStringLiteral("org-1");
    s.organization.name = QStringLiteral("Acme");
    s.organization.tenant = tenant;
    s.organization.environment = environment;
    return s;
}

// deployctl with no terminal: only flags confirm.
deployctl::AskFn noTerminal()
{
    return [](const QString &) {
        return std::optional<QString>();
    };
}

} // namespace

class TestWorkflowsConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("production");

        const QStringList productionWords{QStringLiteral("production"), QStringLiteral("prod"),
                                          QStringLiteral("PRD"),        QStringLiteral("live"),
                                          QStringLiteral("eu-prod-2"),  QStringLiteral("Live EU")};
        const QStringList otherWords{QStringLiteral("staging"),      QStringLiteral("stg"),
                                     QStringLiteral("dev"),          QStringLiteral("sandbox"),
                                     QStringLiteral("produce-test"), QString()};
        const QStringList reported{QStringLiteral("production"), QStringLiteral("eu-prod-2"),
                                   QStringLiteral("staging"), QString()};
        for (const QString &chosen : productionWords + otherWords)
            for (const QString &said : reported)
                for (const QString &scope : {QStringLiteral("agent"), QStringLiteral("all")})
                    for (const QString &role :
                         {QStringLiteral("operator"), QStringLiteral("admin"), QStringLiteral("auditor")}) {
                        const bool production = productionWords.contains(chosen) ||
                                                said == QLatin1String("production") ||
                                                said == QLatin1String("eu-prod-2");
                        QTest::addRow("%s|%s|%s|%s", qPrintable(chosen), qPrintable(said), qPrintable(scope),
                                      qPrintable(role))
                            << chosen << said << scope << role << production;
                    }
    }

    // Every row: the same requirement, the console's review shows it, deployctl asks it, and neither is
    // satisfied by less.
    void matrix()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, reported);
        QFETCH(QString, scope);
        QFETCH(QString, role);
        QFETCH(bool, production);

        ConfirmationContext context;
        context.chosenEnvironment = chosen;
        context.expectedTenant = QStringLiteral("acme");
        context.session = sessionOf(role, QStringLiteral("acme"), reported);
        context.scope = scope;
        const ConfirmationRequirement need = requiredConfirmation(context);

        const bool all = scope == QLatin1String("all");
        const bool typed = production || all;
        QCOMPARE(need.production, production);
        QCOMPARE(need.refused(), role == QLatin1String("auditor"));
        QCOMPARE(need.method, typed ? ConfirmationRequirement::Method::TypedTenant
                                    : ConfirmationRequirement::Method::Tick);
        QCOMPARE(need.reasonRequired, all);

        // The console: the review step shows exactly this prompt.
        ConnectionProfile profile;
        profile.tenant = QStringLiteral("acme");
        profile.environment = chosen;
        ReviewConfirm review(profile);
        UpgradeRequest request;
        request.service = scope;
        review.setRequest(request, true, {});
        review.setRequirement(need);
        QCOMPARE(review.needsTypedName(), typed);
        QCOMPARE(review.isProductionChange(), production);
        QVERIFY(!review.isConfirmed());
        if (typed) {
            review.plainConfirm()->setChecked(true); // a tick is not enough
            QVERIFY(!review.isConfirmed());
            review.typedNameField()->setText(QStringLiteral("acme "));
        } else {
            review.plainConfirm()->setChecked(true);
        }
        QCOMPARE(review.isConfirmed(), !need.refused());

        // deployctl: without a terminal nothing but the flags confirms, and the flags that the console's
        // prompt corresponds to do.
        const deployctl::ConfirmOutcome bare =
            deployctl::collectConfirmation(need, scope, deployctl::ConfirmFlags{}, noTerminal());
        QVERIFY(!bare.confirmed);
        deployctl::ConfirmFlags flags;
        if (typed)
            flags.typedTenant = QStringLiteral("acme");
        else
            flags.yes = true;
        if (all) // `all` needs the written reason too
            QVERIFY(!deployctl::collectConfirmation(need, scope, flags, noTerminal()).confirmed);
        flags.reason =
            all ? QStringLiteral("the orchestrator and agent contracts changed together") : QString();
        const deployctl::ConfirmOutcome withFlags =
            deployctl::collectConfirmation(need, scope, flags, noTerminal());
        QCOMPARE(withFlags.confirmed, !need.refused());
        if (typed) {
            flags.typedTenant = QStringLiteral("ACME"); // case matters in a typed name
            QVERIFY(!deployctl::collectConfirmation(need, scope, flags, noTerminal()).confirmed);
            flags.yes = true; // and --yes does not stand in for it
            QVERIFY(!deployctl::collectConfirmation(need, scope, flags, noTerminal()).confirmed);
        }
        // On a terminal the same answers work.
        const QString answer = typed ? QStringLiteral("acme") : QStringLiteral("yes");
        deployctl::ConfirmFlags onlyReason;
        onlyReason.reason = flags.reason;
        const deployctl::ConfirmOutcome asked = deployctl::collectConfirmation(
            need, scope, onlyReason, [&answer](const QString &) { return std::optional<QString>(answer); });
        QCOMPARE(asked.confirmed, !need.refused());
    }

    // The contract lets a portal leave `tenant` out. A missing identity never satisfies a confirmation:
    // nothing empty is compared with something empty (issue 13, case 1).
    void aMissingTenantNeverConfirms()
    {
        ConfirmationContext context;
        context.chosenEnvironment = QString(); // deployctl --portal URL with no --environment
        context.expectedTenant = QString();    // and no --tenant
        context.session = sessionOf(QStringLiteral("operator"), QString(), QStringLiteral("production"));
        context.scope = QStringLiteral("orchestrator");
        ConfirmationRequirement need = requiredConfirmation(context);
        QCOMPARE(need.refusal, ConfirmationRequirement::Refusal::NoTenantToType);
        QVERIFY(!need.satisfiedBy(Confirmation{true, QString(), QString()}));
        QVERIFY(!deployctl::collectConfirmation(need, context.scope, {}, noTerminal()).confirmed);

        // The operator named the tenant: that name is the one to type.
        context.expectedTenant = QStringLiteral("acme");
        need = requiredConfirmation(context);
        QVERIFY(!need.refused());
        QCOMPARE(need.tenantToType, QStringLiteral("acme"));
        QVERIFY(!need.satisfiedBy(Confirmation{true, QStringLiteral(""), QString()}));
        QVERIFY(need.satisfiedBy(Confirmation{false, QStringLiteral("acme"), QString()}));

        // Non-production, one service: a tick, even without any tenant.
        context.expectedTenant.clear();
        context.session = sessionOf(QStringLiteral("operator"), QString(), QStringLiteral("staging"));
        context.chosenEnvironment = QStringLiteral("staging");
        need = requiredConfirmation(context);
        QCOMPARE(need.method, ConfirmationRequirement::Method::Tick);
        QVERIFY(need.satisfiedBy(Confirmation{true, QString(), QString()}));
    }

    void theWrongTenantIsRefusedWhateverIsTyped()
    {
        ConfirmationContext context;
        context.chosenEnvironment = QStringLiteral("staging");
        context.expectedTenant = QStringLiteral("globex");
        context.session =
            sessionOf(QStringLiteral("admin"), QStringLiteral("acme"), QStringLiteral("staging"));
        context.scope = QStringLiteral("agent");
        const ConfirmationRequirement need = requiredConfirmation(context);
        QCOMPARE(need.refusal, ConfirmationRequirement::Refusal::TenantMismatch);
        QVERIFY(!need.satisfiedBy(Confirmation{true, QStringLiteral("acme"), QStringLiteral("r")}));
        QVERIFY(need.refusalText().contains(QLatin1String("globex")));
        // The same tenant in another case is the same tenant (names are compared as the portal does).
        context.expectedTenant = QStringLiteral("ACME");
        QVERIFY(!requiredConfirmation(context).refused());
    }

    void noSessionOrNoScopeIsRefused()
    {
        ConfirmationContext context;
        context.scope = QStringLiteral("agent");
        QCOMPARE(requiredConfirmation(context).refusal, ConfirmationRequirement::Refusal::NoSession);
        context.session =
            sessionOf(QStringLiteral("operator"), QStringLiteral("acme"), QStringLiteral("staging"));
        context.scope.clear();
        QCOMPARE(requiredConfirmation(context).refusal, ConfirmationRequirement::Refusal::NoScope);
    }
};

QTEST_MAIN(TestWorkflowsConfirmation)
#include "tst_workflows_confirmation.moc"
