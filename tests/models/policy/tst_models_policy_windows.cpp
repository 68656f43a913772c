// Change windows and freezes (models/policy/changewindows.h): a platform lead sets recurring windows in
// an explicit IANA zone and dated freezes; the console and deployctl ask whether a trigger may go at
// an instant and show a banner. Stories across DST changes in Europe/Berlin and America/New_York, across
// midnight, a window whose start does not exist or exists twice, and a freeze that beats a window.
#include "policy/changewindows.h"

#include "utcinstant.h"
#include <QElapsedTimer>
#include <QLocale>

#include <QTest>
#include <QTimeZone>

using namespace pdc;
using testsupport::utc;

namespace {

ChangeWindow window(QSet<int> days, const char *start, const char *end, const char *zone)
{
    return ChangeWindow{
        std::move(days), QTime::fromString(QString::fromLatin1(start), QStringLiteral("HH:mm")),
        QTime::fromString(QString::fromLatin1(end), QStringLiteral("HH:mm")), QString::fromLatin1(zone)};
}

SafeguardPolicy withWindows(QList<ChangeWindow> windows, QList<Freeze> freezes = {})
{
    SafeguardPolicy p = defaultPolicy(QStringLiteral("acme"), EnvironmentClass::Production);
    p.windows = std::move(windows);
    p.freezes = std::move(freezes);
    return p;
}

const QSet<int> kWeekdays{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

} // namespace

class TestPolicyWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // Debian's Qt uses ICU and tzdata; without them every zone below would be UTC and the stories lie.
        QVERIFY(QTimeZone::isTimeZoneIdAvailable("Europe/Berlin"));
        QVERIFY(QTimeZone::isTimeZoneIdAvailable("America/New_York"));
    }

    // Tuesday evening in Berlin, in winter and in summer: the same local window, a different UTC hour.
    void berlinEveningWindowInWinterAndSummer()
    {
        const SafeguardPolicy p = withWindows({window(kWeekdays, "18:00", "22:00", "Europe/Berlin")});

        const QDateTime winter = utc("2026-12-01T19:00:00"); // 20:00 CET
        WindowStatus s = evaluateWindows(p, winter);
        QCOMPARE(s.state, WindowStatus::State::Open);
        QCOMPARE(s.untilUtc, utc("2026-12-01T21:00:00"));
        QCOMPARE(s.zone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(WindowBanner::text(s, winter, QTimeZone::utc()),
                 QStringLiteral("Change window open until 22:00 Europe/Berlin (21:00 UTC)"));
        QCOMPARE(WindowBanner::text(s, winter, kBerlin),
                 QStringLiteral("Change window open until 22:00 Europe/Berlin"));
        QCOMPARE(WindowBanner::text(s, winter, kNewYork),
                 QStringLiteral("Change window open until 22:00 Europe/Berlin (16:00 America/New_York)"));

        const QDateTime summer = utc("2026-07-07T17:00:00"); // 19:00 CEST
        s = evaluateWindows(p, summer);
        QCOMPARE(s.state, WindowStatus::State::Open);
        QCOMPARE(s.untilUtc, utc("2026-07-07T20:00:00"));

        // Half open: open at 18:00 sharp, closed at 22:00 sharp.
        QCOMPARE(evaluateWindows(p, utc("2026-12-01T17:00:00")).state, WindowStatus::State::Open);
        QCOMPARE(evaluateWindows(p, utc("2026-12-01T16:59:59")).state, WindowStatus::State::Closed);
        QCOMPARE(evaluateWindows(p, utc("2026-12-01T21:00:00")).state, WindowStatus::State::Closed);
    }

    // Friday night after the window: closed, and the next opening is Monday evening.
    void closedAtTheWeekendSaysWhenTheNextOpens()
    {
        const SafeguardPolicy p = withWindows({window(kWeekdays, "18:00", "22:00", "Europe/Berlin")});
        const QDateTime saturday = utc("2026-12-05T10:00:00");
        const WindowStatus s = evaluateWindows(p, saturday);
        QCOMPARE(s.state, WindowStatus::State::Closed);
        QVERIFY(!s.allowsTrigger());
        QCOMPARE(s.nextOpeningUtc, utc("2026-12-07T17:00:00"));
        QCOMPARE(WindowBanner::text(s, saturday, QTimeZone::utc()),
                 QStringLiteral("Outside every change window: the next opens Mon 7 Dec 18:00 Europe/Berlin "
                                "(Mon 7 Dec 17:00 UTC)"));
    }

    // The week of the spring change in Berlin (Sun 29 Mar 2026, 02:00 CET -> 03:00 CEST): Friday's window
    // closes at 21:00 UTC, Monday's at 20:00 UTC; the opening after the weekend is found in summer time.
    void berlinSpringForwardMovesTheUtcHours()
    {
        const SafeguardPolicy p = withWindows({window(kWeekdays, "18:00", "22:00", "Europe/Berlin")});
        QCOMPARE(evaluateWindows(p, utc("2026-03-27T18:00:00")).untilUtc, utc("2026-03-27T21:00:00"));
        const WindowStatus sunday = evaluateWindows(p, utc("2026-03-29T12:00:00"));
        QCOMPARE(sunday.state, WindowStatus::State::Closed);
        QCOMPARE(sunday.nextOpeningUtc, utc("2026-03-30T16:00:00"));
        QCOMPARE(evaluateWindows(p, utc("2026-03-30T16:00:00")).untilUtc, utc("2026-03-30T20:00:00"));
    }

    // A Sunday night window 01:30-03:30 spans the jump: it lasts one hour (00:30-01:30 UTC).
    void berlinWindowSpanningTheJumpIsAnHourShorter()
    {
        const SafeguardPolicy p = withWindows({window({Qt::Sunday}, "01:30", "03:30", "Europe/Berlin")});
        QCOMPARE(evaluateWindows(p, utc("2026-03-29T00:29:59")).state, WindowStatus::State::Closed);
        const WindowStatus s = evaluateWindows(p, utc("2026-03-29T00:30:00"));
        QCOMPARE(s.state, WindowStatus::State::Open);
        QCOMPARE(s.untilUtc, utc("2026-03-29T01:30:00"));
    }

    // 02:30 does not exist on 29 Mar 2026 in Berlin: the window opens when the clock jumps (01:00 UTC).
    void startTimeThatDoesNotExistOpensAtTheJump()
    {
        QCOMPARE(reachedAt(QDate(2026, 3, 29), QTime(2, 30), kBerlin), utc("2026-03-29T01:00:00"));
        const SafeguardPolicy p = withWindows({window({Qt::Sunday}, "02:30", "04:00", "Europe/Berlin")});
        QCOMPARE(evaluateWindows(p, utc("2026-03-29T00:59:59")).state, WindowStatus::State::Closed);
        QCOMPARE(evaluateWindows(p, utc("2026-03-29T00:59:59")).nextOpeningUtc, utc("2026-03-29T01:00:00"));
        const WindowStatus s = evaluateWindows(p, utc("2026-03-29T01:00:00"));
        QCOMPARE(s.state, WindowStatus::State::Open);
        QCOMPARE(s.untilUtc, utc("2026-03-29T02:00:00")); // 04:00 CEST

        // New York jumps at 02:00 EST on 8 Mar 2026 (07:00 UTC).
        QCOMPARE(reachedAt(QDate(2026, 3, 8), QTime(2, 15), kNewYork), utc("2026-03-08T07:00:00"));
    }

    // 02:30 exists twice on 25 Oct 2026 in Berlin: the first (summer time) one counts, for start and end.
    void startTimeThatExistsTwiceOpensAtTheFirst()
    {
        QCOMPARE(reachedAt(QDate(2026, 10, 25), QTime(2, 30), kBerlin), utc("2026-10-25T00:30:00"));
        const SafeguardPolicy p = withWindows({window({Qt::Sunday}, "02:30", "03:30", "Europe/Berlin")});
        QCOMPARE(evaluateWindows(p, utc("2026-10-25T00:29:00")).state, WindowStatus::State::Closed);
        const WindowStatus s = evaluateWindows(p, utc("2026-10-25T00:30:00"));
        QCOMPARE(s.state, WindowStatus::State::Open);
        QCOMPARE(s.untilUtc, utc("2026-10-25T02:30:00")); // 03:30 CET: two hours of wall clock time

        // New York falls back at 02:00 EDT on 1 Nov 2026: 01:30 is first reached at 05:30 UTC.
        QCOMPARE(reachedAt(QDate(2026, 11, 1), QTime(1, 30), kNewYork), utc("2026-11-01T05:30:00"));
        const SafeguardPolicy ny = withWindows({window({Qt::Sunday}, "01:30", "02:30", "America/New_York")});
        const WindowStatus n = evaluateWindows(ny, utc("2026-11-01T06:30:00")); // 01:30 EST, the second time
        QCOMPARE(n.state, WindowStatus::State::Open);
        QCOMPARE(n.untilUtc, utc("2026-11-01T07:30:00")); // 02:30 EST
    }

    // New York office hours across the March change (Sun 8 Mar 2026): 09:00 EST is 14:00 UTC on Friday,
    // 09:00 EDT is 13:00 UTC on Monday.
    void newYorkOfficeHoursAcrossSpringForward()
    {
        const SafeguardPolicy p = withWindows({window(kWeekdays, "09:00", "17:00", "America/New_York")});
        const WindowStatus friday = evaluateWindows(p, utc("2026-03-06T14:30:00"));
        QCOMPARE(friday.state, WindowStatus::State::Open);
        QCOMPARE(friday.untilUtc, utc("2026-03-06T22:00:00"));

        const QDateTime saturday = utc("2026-03-07T15:00:00");
        const WindowStatus weekend = evaluateWindows(p, saturday);
        QCOMPARE(weekend.state, WindowStatus::State::Closed);
        QCOMPARE(weekend.nextOpeningUtc, utc("2026-03-09T13:00:00"));
        QCOMPARE(
            WindowBanner::text(weekend, saturday, kNewYork),
            QStringLiteral("Outside every change window: the next opens Mon 9 Mar 09:00 America/New_York"));

        QCOMPARE(evaluateWindows(p, utc("2026-03-09T12:59:59")).state, WindowStatus::State::Closed);
        const WindowStatus monday = evaluateWindows(p, utc("2026-03-09T13:00:00"));
        QCOMPARE(monday.state, WindowStatus::State::Open);
        QCOMPARE(monday.untilUtc, utc("2026-03-09T21:00:00"));
        QCOMPARE(WindowBanner::text(monday, utc("2026-03-09T13:00:00"), QTimeZone::utc()),
                 QStringLiteral("Change window open until 17:00 America/New_York (21:00 UTC)"));
    }

    // And across the November change (Sun 1 Nov 2026): Friday closes 21:00 UTC, Monday 22:00 UTC.
    void newYorkOfficeHoursAcrossFallBack()
    {
        const SafeguardPolicy p = withWindows({window(kWeekdays, "09:00", "17:00", "America/New_York")});
        QCOMPARE(evaluateWindows(p, utc("2026-10-30T20:00:00")).untilUtc, utc("2026-10-30T21:00:00"));
        QCOMPARE(evaluateWindows(p, utc("2026-11-01T12:00:00")).nextOpeningUtc, utc("2026-11-02T14:00:00"));
        QCOMPARE(evaluateWindows(p, utc("2026-11-02T14:00:00")).untilUtc, utc("2026-11-02T22:00:00"));
    }

    // A Saturday night window 22:00-02:00 is open early on Sunday (it opened on Saturday), and closed late
    // on Sunday (Sunday is not one of its days).
    void windowAcrossMidnight()
    {
        const SafeguardPolicy p = withWindows({window({Qt::Saturday}, "22:00", "02:00", "Europe/Berlin")});
        const QDateTime sundayEarly = utc("2026-12-06T00:00:00"); // Sun 01:00 CET
        const WindowStatus s = evaluateWindows(p, sundayEarly);
        QCOMPARE(s.state, WindowStatus::State::Open);
        QCOMPARE(s.untilUtc, utc("2026-12-06T01:00:00"));
        QCOMPARE(WindowBanner::text(s, sundayEarly, QTimeZone::utc()),
                 QStringLiteral("Change window open until 02:00 Europe/Berlin (01:00 UTC)"));
        QCOMPARE(evaluateWindows(p, utc("2026-12-05T20:59:59")).state, WindowStatus::State::Closed);
        QCOMPARE(evaluateWindows(p, utc("2026-12-05T21:00:00")).state, WindowStatus::State::Open);

        const WindowStatus sundayLate = evaluateWindows(p, utc("2026-12-06T22:00:00"));
        QCOMPARE(sundayLate.state, WindowStatus::State::Closed);
        QCOMPARE(sundayLate.nextOpeningUtc, utc("2026-12-12T21:00:00"));

        // Windows that touch join: Sat 22:00-02:00 and Sun 02:00-06:00 are one opening until 06:00.
        const SafeguardPolicy joined = withWindows({window({Qt::Saturday}, "22:00", "02:00", "Europe/Berlin"),
                                                    window({Qt::Sunday}, "02:00", "06:00", "Europe/Berlin")});
        QCOMPARE(evaluateWindows(joined, sundayEarly).untilUtc, utc("2026-12-06T05:00:00"));
    }

    // The year-end freeze beats Monday evening's window; the banner names it and when it ends.
    void freezeBeatsAWindow()
    {
        const Freeze yearEnd{utc("2024-12-19T23:00:00"), utc("2025-01-06T08:00:00"),
                             QStringLiteral("Europe/Berlin"), QStringLiteral("year-end freeze")};
        const SafeguardPolicy p =
            withWindows({window(kWeekdays, "18:00", "22:00", "Europe/Berlin")}, {yearEnd});
        const QDateTime mondayEvening = utc("2024-12-23T18:00:00"); // inside the window
        const WindowStatus s = evaluateWindows(p, mondayEvening);
        QCOMPARE(s.state, WindowStatus::State::Frozen);
        QVERIFY(!s.allowsTrigger());
        QCOMPARE(s.untilUtc, utc("2025-01-06T08:00:00"));
        QCOMPARE(s.freezeReason, QStringLiteral("year-end freeze"));
        QCOMPARE(s.nextOpeningUtc, utc("2025-01-06T17:00:00"));
        QCOMPARE(WindowBanner::text(s, mondayEvening, kBerlin),
                 QStringLiteral("FROZEN until Mon 6 Jan 09:00 Europe/Berlin: year-end freeze"));
        QCOMPARE(WindowBanner::text(s, mondayEvening, QTimeZone::utc()),
                 QStringLiteral(
                     "FROZEN until Mon 6 Jan 09:00 Europe/Berlin (Mon 6 Jan 08:00 UTC): year-end freeze"));

        // Without windows the freeze still holds; the trigger may go the moment it ends.
        const SafeguardPolicy onlyFreeze = withWindows({}, {yearEnd});
        QCOMPARE(evaluateWindows(onlyFreeze, mondayEvening).state, WindowStatus::State::Frozen);
        QCOMPARE(evaluateWindows(onlyFreeze, utc("2025-01-06T08:00:00")).state,
                 WindowStatus::State::Unrestricted);
        QCOMPARE(evaluateWindows(onlyFreeze, utc("2025-01-06T07:59:59")).nextOpeningUtc,
                 utc("2025-01-06T08:00:00"));
    }

    // A window that opens inside a freeze opens when the freeze ends; one that is open when a freeze
    // begins closes then.
    void freezeCutsWindowsShort()
    {
        const Freeze morning{utc("2026-12-07T06:00:00"), utc("2026-12-07T08:00:00"),
                             QStringLiteral("Europe/Berlin"), QStringLiteral("database maintenance")};
        const SafeguardPolicy p =
            withWindows({window(kWeekdays, "08:00", "12:00", "Europe/Berlin")}, {morning});
        const WindowStatus before = evaluateWindows(p, utc("2026-12-06T12:00:00")); // Sunday
        QCOMPARE(before.state, WindowStatus::State::Closed);
        QCOMPARE(before.nextOpeningUtc, utc("2026-12-07T08:00:00")); // 09:00 CET, not 08:00

        const Freeze noon{utc("2026-12-08T10:00:00"), utc("2026-12-08T14:00:00"),
                          QStringLiteral("Europe/Berlin"), QStringLiteral("board demo")};
        const SafeguardPolicy q = withWindows({window(kWeekdays, "08:00", "12:00", "Europe/Berlin")}, {noon});
        QCOMPARE(evaluateWindows(q, utc("2026-12-08T08:00:00")).untilUtc, utc("2026-12-08T10:00:00"));

        // Freezes that touch are one freeze.
        const Freeze first{utc("2026-12-20T00:00:00"), utc("2026-12-27T00:00:00"), QStringLiteral("UTC"),
                           QStringLiteral("holidays")};
        const Freeze second{utc("2026-12-27T00:00:00"), utc("2027-01-04T00:00:00"), QStringLiteral("UTC"),
                            QStringLiteral("year-end closing")};
        const WindowStatus chained =
            evaluateWindows(withWindows({}, {first, second}), utc("2026-12-21T00:00:00"));
        QCOMPARE(chained.untilUtc, utc("2027-01-04T00:00:00"));
        QCOMPARE(chained.freezeReason, QStringLiteral("holidays"));
    }

    // A freeze of a year and a half starting tomorrow: the next opening lies beyond the 400 days searched.
    // The banner says so; the time the search took is printed (a figure, not an assertion).
    void nextOpeningBeyondTheSearchHorizon()
    {
        const Freeze sabbatical{utc("2026-12-02T00:00:00"), utc("2028-06-01T00:00:00"), QStringLiteral("UTC"),
                                QStringLiteral("platform migration")};
        const SafeguardPolicy p =
            withWindows({window(kWeekdays, "18:00", "22:00", "Europe/Berlin")}, {sabbatical});
        const QDateTime night = utc("2026-12-01T23:00:00");
        QElapsedTimer timer;
        timer.start();
        const WindowStatus s = evaluateWindows(p, night);
        const qint64 elapsed = timer.nsecsElapsed();
        QCOMPARE(s.state, WindowStatus::State::Closed);
        QVERIFY(!s.nextOpeningUtc.isValid());
        QCOMPARE(WindowBanner::text(s, night, QTimeZone::utc()),
                 QStringLiteral("Outside every change window: none opens in the next 400 day(s)"));
        qInfo("figure: a closed status searching 400 days of weekday windows took %.2f ms", elapsed / 1e6);

        // Inside it, the next opening after the freeze is found (Thu 1 Jun 2028, 18:00 CEST).
        const WindowStatus frozen = evaluateWindows(p, utc("2027-03-01T12:00:00"));
        QCOMPARE(frozen.state, WindowStatus::State::Frozen);
        QCOMPARE(frozen.nextOpeningUtc, utc("2028-06-01T16:00:00"));
    }

    void noWindowsMeansAnyTime()
    {
        const WindowStatus s = evaluateWindows(withWindows({}), utc("2026-12-06T03:00:00"));
        QCOMPARE(s.state, WindowStatus::State::Unrestricted);
        QVERIFY(s.allowsTrigger());
        QCOMPARE(WindowBanner::text(s, utc("2026-12-06T03:00:00"), QTimeZone::utc()),
                 QStringLiteral("No change window applies: upgrades may go at any time"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyWindows)
#include "tst_models_policy_windows.moc"
