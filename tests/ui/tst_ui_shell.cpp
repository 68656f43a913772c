// The main window shell: banner states (production unmistakable, not by colour alone), the four
// runbook areas, keyboard access to each area, accessible names.
#include "shell/connectionbanner.h"
#include "shell/emptystate.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "upgrade/reviewconfirm.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace pdc;

class TestShell : public QObject
{
    Q_OBJECT
private slots:
    void opensWithFourEmptyAreas()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.areaTabs()->count(), 4);
        const QStringList titles = {QStringLiteral("Upgrade"), QStringLiteral("Active"),
                                    QStringLiteral("History"), QStringLiteral("Validation")};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(w.areaTabs()->tabText(i), titles.at(i));
            QCOMPARE(w.areaTabs()->tabToolTip(i), titles.at(i) + QStringLiteral(" (Ctrl+%1)").arg(i + 1));
            auto *empty = qobject_cast<EmptyState *>(w.areaTabs()->widget(i));
            QVERIFY(empty);
            QVERIFY(!empty->text().isEmpty());
        }
        BannerInfo info;
        info.profileName = QStringLiteral("acme-prod");
        info.tenant = QStringLiteral("acme");
        info.environment = QStringLiteral("production");
        info.portalHost = QStringLiteral("portal.acme.example");
        info.user = QStringLiteral("Olivia Operator");
        info.role = QStringLiteral("operator");
        w.banner()->setInfo(info);
        testsupport::saveScreenshot(&w, QStringLiteral("main-window-production"));
    }

    // The typed tenant name is asked for whenever either side says production: a "prod" profile, or a
    // staging profile whose portal reports production (the review shows what the policy asks).
    void typedTenantNameForEveryProductionChange()
    {
        UpgradeRequest request;
        request.service = QStringLiteral("agent");
        request.version = QStringLiteral("latest");
        ConnectionProfile profile;
        profile.tenant = QStringLiteral("acme");
        profile.environment = QStringLiteral("prod");
        SessionInfo session;
        session.user.role = QStringLiteral("operator");
        session.organization.tenant = QStringLiteral("acme");
        session.organization.environment = QStringLiteral("staging");
        auto need = [&](const ConnectionProfile &p) {
            return requiredConfirmation(
                ConfirmationContext{p.environment, p.tenant, session, request.service});
        };
        ReviewConfirm prod(profile);
        prod.setRequest(request, true, {});
        prod.setRequirement(need(profile));
        QVERIFY(prod.needsTypedName());
        profile.environment = QStringLiteral("staging");
        ReviewConfirm staging(profile);
        staging.setRequest(request, true, {});
        staging.setRequirement(need(profile));
        QVERIFY(!staging.needsTypedName());
        staging.plainConfirm()->setChecked(true);
        QVERIFY(staging.isConfirmed());
        session.organization.environment = QStringLiteral("production");
        staging.setRequirement(need(profile));
        QVERIFY(staging.needsTypedName());
        QVERIFY(!staging.isConfirmed()); // the tick given for the lesser prompt is gone
    }

    void productionIsUnmistakable()
    {
        ConnectionBanner banner;
        BannerInfo info;
        info.profileName = QStringLiteral("acme-prod");
        info.tenant = QStringLiteral("acme");
        info.environment = QStringLiteral("production");
        banner.setInfo(info);
        auto *badge = banner.findChild<QLabel *>(QStringLiteral("environmentBadge"));
        QVERIFY(badge);
        QVERIFY(badge->text().contains(QStringLiteral("PRODUCTION"))); // words, not only colour
        QCOMPARE(banner.property("environmentClass").toString(), QStringLiteral("production"));
        QVERIFY(banner.styleSheet().contains(QStringLiteral("#b3261e")));

        info.environment = QStringLiteral("staging");
        info.demo = true;
        banner.setInfo(info);
        QVERIFY(badge->text().startsWith(QStringLiteral("DEMO")));
        QVERIFY(badge->text().contains(QStringLiteral("STAGING")));
        QVERIFY(!banner.styleSheet().contains(QStringLiteral("#b3261e")));
        QVERIFY(!badge->accessibleName().isEmpty());
    }

    void tenantMismatchIsShown()
    {
        ConnectionBanner banner;
        BannerInfo info;
        info.profileName = QStringLiteral("acme-prod");
        info.tenant = QStringLiteral("acme");
        info.environment = QStringLiteral("production");
        info.portalTenant = QStringLiteral("globex");
        info.portalEnvironment = QStringLiteral("production");
        banner.setInfo(info);
        auto *mismatch = banner.findChild<QLabel *>(QStringLiteral("tenantMismatch"));
        QVERIFY(mismatch && !mismatch->isHidden());
        QVERIFY(mismatch->text().contains(QStringLiteral("globex")));
        info.portalTenant = QStringLiteral("acme");
        banner.setInfo(info);
        QVERIFY(mismatch->isHidden());
    }

    void keyboardReachesEveryArea()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // shortcuts only reach the active window
        for (int i = 3; i >= 0; --i) {
            QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.areaTabs()->currentIndex(), i);
        }
        auto *replacement = new QLabel(QStringLiteral("history content"));
        w.showArea(MainWindow::Area::History);
        w.setArea(MainWindow::Area::History, replacement);
        QCOMPARE(w.area(MainWindow::Area::History), replacement);
        QCOMPARE(w.currentArea(), MainWindow::Area::History);
        QVERIFY(!w.areaTabs()->accessibleName().isEmpty());
        QVERIFY(!w.banner()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestShell)
#include "tst_ui_shell.moc"
