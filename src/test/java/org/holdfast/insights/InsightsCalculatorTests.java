package org.holdfast.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.AttemptPoint;
import org.holdfast.journal.DayNumbers;
import org.holdfast.journal.JournalPattern;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.Trigger;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.journal.UrgePoint;
import org.holdfast.plans.Channel;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanPurpose;
import org.holdfast.plans.PlanStatus;
import org.holdfast.plans.Relationship;
import org.junit.jupiter.api.Test;

/** The metrics on hand-made numbers whose right answer is known; no Spring, no database. */
class InsightsCalculatorTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final AttemptTrend.Escalation DEFAULT_ESCALATION = AttemptTrend.Escalation.of(RiskThresholds.defaults());
    static final Instant NOW = LocalDateTime.of(2026, 11, 21, 12, 0).atZone(LONDON).toInstant();

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static SlipPoint textReply(Instant at) {
        return new SlipPoint(at, Channel.TEXT, SlipDirection.REPLIED, Set.of(Trigger.THEY_CONTACTED_ME, Trigger.EVENING));
    }

    static ClientInsights insights(ZoneId zone, List<UrgePoint> urges, List<SlipPoint> slips, List<AttemptPoint> attempts,
            List<DayNumbers> checkIns, List<HighRiskDate> dates, SharingLevel level, boolean log) {
        PlanOverview plan = new PlanOverview(1, 7, "J.", Relationship.EX_PARTNER, PlanPurpose.HEAL_AND_MOVE_ON, START, 60,
                PlanStatus.ACTIVE, null, null, null);
        JournalPattern data = new JournalPattern(new ConsentState(7, level, log, NOW), START.minusDays(28).atStartOfDay(zone).toInstant(), urges, slips, checkIns, attempts,
                attempts.size());
        return InsightsCalculator.of(new InsightsCalculator.Inputs(7, "Maya Test", InsightsPeriod.PLAN, null, zone, START,
                START.atStartOfDay(zone).toInstant(), NOW, plan, dates, data, DEFAULT_ESCALATION));
    }

    static ClientInsights everything(ZoneId zone, List<UrgePoint> urges, List<SlipPoint> slips, List<AttemptPoint> attempts) {
        return insights(zone, urges, slips, attempts, List.of(), List.of(), SharingLevel.EVERYTHING, true);
    }

    @Test
    void aClientWhoOnlySlipsOnFridayNightsAfterATextShowsExactlyThat() {
        List<SlipPoint> slips = List.of(textReply(at("2026-10-02T22:40", LONDON)), textReply(at("2026-10-16T23:10", LONDON)),
                textReply(at("2026-11-06T22:05", LONDON)));
        List<AttemptPoint> texts = slips.stream().map(s -> new AttemptPoint(s.at().minusSeconds(3600), Channel.TEXT, 7)).toList();
        ClientInsights i = everything(LONDON, List.of(), slips, texts);

        assertThat(i.slipClock().reading()).isEqualTo("All 3 slips were between 22:00 and 02:00, all on a Friday.");
        assertThat(i.slipClock().cell(4, 22)).isEqualTo(2); // Friday 22:xx
        assertThat(i.slipClock().cell(4, 23)).isEqualTo(1);
        assertThat(i.slipClock().total()).isEqualTo(3);
        assertThat(i.slipsByChannel().counts()).containsExactly(new Tally.Count("Text / messaging", 3));
        assertThat(i.slipsByChannel().reading()).isEqualTo("All 3 slips were by text or messaging apps.");
        assertThat(i.slipsAfterContact().within24Hours()).isEqualTo(3);
        assertThat(i.slipsAfterContact().reading()).isEqualTo("3 of 3 slips came within 24 hours after J. tried to make contact.");
        assertThat(i.slipsByDirection().reading()).isEqualTo("3 of 3 slips were replies to contact from them.");
        assertThat(i.streaks().runs()).hasSize(4).last().matches(StreakHistory.Run::ongoing);
        assertThat(i.streaks().runs().getFirst().channel()).isEqualTo(Channel.TEXT);
    }

    @Test
    void noDataSaysSoInEveryReading() {
        ClientInsights i = everything(LONDON, List.of(), List.of(), List.of());
        assertThat(i.slipClock().reading()).isEqualTo("No slips in this period.");
        assertThat(i.urgeClock().reading()).isEqualTo("No urges in this period.");
        assertThat(i.slipsByChannel().reading()).isEqualTo("No slips in this period.");
        assertThat(i.urgeOutcomes().reading()).isEqualTo("No urges in this period.");
        assertThat(i.mood().reading()).isEqualTo("No check-ins in this period.");
        assertThat(i.attempts().reading()).isEqualTo("No contact attempts by J. in this period.");
        assertThat(i.streaks().current()).isEqualTo(52);
        assertThat(i.streaks().reading()).startsWith("52 days without contact: every day");
    }

    @Test
    void oneEntryIsNamedNotPercentaged() {
        ClientInsights i = everything(LONDON, List.of(new UrgePoint(at("2026-11-03T09:15", LONDON), 6, UrgeOutcome.RESISTED, Set.of())),
                List.of(), List.of());
        assertThat(i.urgeClock().reading()).isEqualTo("One urge in this period, on a Tuesday at 09:15.");
        assertThat(i.urgeOutcomes().reading()).isEqualTo("1 of 1 urge passed without contact, 0 were put off and 0 became slips.");
        assertThat(i.urgeStrength().observations()).isEqualTo(1);
    }

    @Test
    void aSlipOnThePlansFirstDayRestartsTheCountFromDayTwo() {
        ClientInsights i = everything(LONDON, List.of(), List.of(textReply(at("2026-10-01T08:00", LONDON))), List.of());
        assertThat(i.streaks().runs()).singleElement().satisfies(r -> {
            assertThat(r.first()).isEqualTo(START.plusDays(1));
            assertThat(r.ongoing()).isTrue();
        });
        assertThat(i.streaks().current()).isEqualTo(51);
        assertThat(i.planDayRisk().buckets().getFirst().slips()).isEqualTo(1);
        assertThat(i.planDayRisk().reading()).startsWith("The hardest stretch was days 1–7 of the plan: 1 slip day in 7");
    }

    @Test
    void theRepeatedHourAtTheEndOfBritishSummerTimeCountsTwiceAsOneLocalHour() {
        // 25 Oct 2026: clocks go back at 02:00 BST, so 01:30 happens at 00:30 and at 01:30 UTC.
        List<SlipPoint> slips = List.of(textReply(Instant.parse("2026-10-25T00:30:00Z")),
                textReply(Instant.parse("2026-10-25T01:30:00Z")));
        ClientInsights i = everything(LONDON, List.of(), slips, List.of());
        assertThat(i.slipClock().cell(6, 1)).isEqualTo(2); // Sunday, 01:xx local
        assertThat(i.slipClock().reading()).isEqualTo("Two slips in this period: a Sunday at 01:30 and a Sunday at 01:30.");
    }

    @Test
    void aFridayEveningInTorontoIsFridayThereThoughItIsSaturdayInUtc() {
        Instant fridayNight = at("2026-11-13T23:30", TORONTO);
        assertThat(fridayNight.toString()).startsWith("2026-11-14T04:30");
        ClientInsights toronto = everything(TORONTO, List.of(), List.of(textReply(fridayNight)), List.of());
        assertThat(toronto.slipClock().cell(4, 23)).isEqualTo(1);
        assertThat(toronto.slipClock().reading()).isEqualTo("One slip in this period, on a Friday at 23:30.");
        ClientInsights london = everything(LONDON, List.of(), List.of(textReply(fridayNight)), List.of());
        assertThat(london.slipClock().reading()).isEqualTo("One slip in this period, on a Saturday at 04:30.");
    }

    @Test
    void numbersOnlyShowsEveryNumberChartButTheLogFollowsItsOwnSwitch() {
        List<SlipPoint> slips = List.of(textReply(at("2026-11-06T22:05", LONDON)));
        ClientInsights i = insights(LONDON, List.of(), slips, List.of(), List.of(new DayNumbers(LocalDate.of(2026, 11, 6), 4, 8, true)),
                List.of(), SharingLevel.NUMBERS_ONLY, false);
        assertThat(i.numbersShared()).isTrue();
        assertThat(i.slipsByChannel().total()).isEqualTo(1);
        assertThat(i.mood().observations()).isEqualTo(1);
        assertThat(i.slipsAfterContact().shared()).isFalse();
        assertThat(i.slipsAfterContact().reading()).contains("log is private");
        assertThat(i.attempts().shared()).isFalse();
        assertThat(i.sharingSentence()).isEqualTo("Maya shares numbers only: charts without their words; the contact-attempt log is private.");
    }

    @Test
    void urgesAroundAYearlyHighRiskDateAreCountedInEveryYearItFalls() {
        HighRiskDate anniversary = new HighRiskDate("Our anniversary", LocalDate.of(2019, 10, 20), true);
        List<UrgePoint> urges = List.of(new UrgePoint(at("2026-10-18T20:00", LONDON), 8, UrgeOutcome.RESISTED, Set.of()),
                new UrgePoint(at("2026-10-23T20:00", LONDON), 7, UrgeOutcome.RESISTED, Set.of()),
                new UrgePoint(at("2026-11-10T20:00", LONDON), 3, UrgeOutcome.RESISTED, Set.of()));
        ClientInsights i = insights(LONDON, urges, List.of(), List.of(), List.of(), List.of(anniversary), SharingLevel.EVERYTHING, true);
        assertThat(i.nearHighRiskDates().urgesNear()).isEqualTo(2);
        assertThat(i.nearHighRiskDates().reading())
                .isEqualTo("2 of 3 urges fell within 3 days of \"Our anniversary\" (20 Oct).");
    }

    @Test
    void aWeekTwiceTheMeanOfTheFourBeforeOrWithAThreatEscalates() {
        List<AttemptPoint> attempts = List.of(new AttemptPoint(at("2026-10-06T20:00", LONDON), Channel.TEXT, 8),
                new AttemptPoint(at("2026-10-13T20:00", LONDON), Channel.TEXT, 8),
                new AttemptPoint(at("2026-11-02T20:00", LONDON), Channel.TEXT, 8),
                new AttemptPoint(at("2026-11-03T20:00", LONDON), Channel.PHONE, 8),
                new AttemptPoint(at("2026-11-04T20:00", LONDON), Channel.PHONE, 7),
                new AttemptPoint(at("2026-11-18T20:00", LONDON), Channel.IN_PERSON, 2));
        AttemptTrend trend = everything(LONDON, List.of(), List.of(), attempts).attempts();
        assertThat(trend.weeks()).filteredOn(AttemptTrend.Week::escalating).extracting(AttemptTrend.Week::monday)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16));
        assertThat(trend.weeks()).filteredOn(AttemptTrend.Week::threat).hasSize(1);
        // The chart's calendar week says so, and the caseload's rolling 7 days (15 to 21 Nov) are given too.
        assertThat(trend.reading()).isEqualTo("Escalating in the calendar week from Mon 16 Nov: 1 attempt against a"
                + " weekly mean of 0.8 in the 4 weeks before, and one left Maya feeling unsafe (safety 2 of 10)."
                + " In the last 7 days: 1 attempt.");
    }

    @Test
    void escalationFollowsTheThresholdsItIsGiven() {
        List<AttemptPoint> attempts = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 5); d.isBefore(LocalDate.of(2026, 11, 2)); d = d.plusDays(7)) {
            attempts.add(new AttemptPoint(d.atTime(20, 0).atZone(LONDON).toInstant(), Channel.TEXT, 8));
            attempts.add(new AttemptPoint(d.plusDays(1).atTime(20, 0).atZone(LONDON).toInstant(), Channel.TEXT, 8));
        }
        for (int k = 0; k < 5; k++) { // week of 2 Nov: 5 against a mean of 2, 2.5 times
            attempts.add(new AttemptPoint(LocalDate.of(2026, 11, 2).plusDays(k).atTime(20, 0).atZone(LONDON).toInstant(), Channel.TEXT, 8));
        }
        LocalDate week = LocalDate.of(2026, 11, 2);
        RiskThresholds threeTimes = RiskThresholds.defaults();
        threeTimes.setEscalationFactor(new java.math.BigDecimal("3.0"));

        assertThat(escalating(attempts, DEFAULT_ESCALATION, week)).isTrue();
        assertThat(escalating(attempts, AttemptTrend.Escalation.of(threeTimes), week)).isFalse();
    }

    private static boolean escalating(List<AttemptPoint> attempts, AttemptTrend.Escalation escalation, LocalDate monday) {
        PlanOverview plan = new PlanOverview(1, 7, "J.", Relationship.EX_PARTNER, PlanPurpose.HEAL_AND_MOVE_ON, START, 60,
                PlanStatus.ACTIVE, null, null, null);
        JournalPattern data = new JournalPattern(new ConsentState(7, SharingLevel.EVERYTHING, true, NOW),
                START.minusDays(28).atStartOfDay(LONDON).toInstant(), List.of(), List.of(), List.of(), attempts, attempts.size());
        ClientInsights i = InsightsCalculator.of(new InsightsCalculator.Inputs(7, "Maya Test", InsightsPeriod.PLAN, null,
                LONDON, START, START.atStartOfDay(LONDON).toInstant(), NOW, plan, List.of(), data, escalation));
        return i.attempts().weeks().stream().filter(w -> w.monday().equals(monday)).findFirst().orElseThrow().escalating();
    }

    @Test
    void everyChartRendersAsSvg() {
        ClientInsights i = everything(LONDON, List.of(new UrgePoint(at("2026-11-03T09:15", LONDON), 6, UrgeOutcome.RESISTED, Set.of())),
                List.of(textReply(at("2026-11-06T22:05", LONDON))), List.of(new AttemptPoint(at("2026-11-06T21:00", LONDON), Channel.TEXT, 7)));
        var charts = List.of(InsightCharts.streaks(i.streaks()), InsightCharts.heatMap(i.slipClock(), "Weekday", "Hour"),
                InsightCharts.tally(i.slipsByChannel(), "Slips"), InsightCharts.heatMap(i.triggerByChannel(), "Trigger", "Channel"),
                InsightCharts.trend(i.urgeStrength()), InsightCharts.trend(i.mood()), InsightCharts.outcomes(i.urgeOutcomes()),
                InsightCharts.afterContact(i.slipsAfterContact()), InsightCharts.nearDates(i.nearHighRiskDates()),
                InsightCharts.planDays(i.planDayRisk()), InsightCharts.attempts(i.attempts()));
        for (var chart : charts) {
            assertThat(ChartRendering.svg(chart, 720, 300, "a \"chart\"")).startsWith("<svg role=\"img\" aria-label=\"a &quot;chart&quot;\"");
        }
    }

    /** Insights for a plan with this label and start, everything shared. */
    private static ClientInsights withPlan(String label, LocalDate start, List<SlipPoint> slips, List<AttemptPoint> attempts,
            List<DayNumbers> checkIns) {
        PlanOverview plan = new PlanOverview(1, 7, label, Relationship.EX_PARTNER, PlanPurpose.HEAL_AND_MOVE_ON, start, 60,
                PlanStatus.ACTIVE, null, null, null);
        JournalPattern data = new JournalPattern(new ConsentState(7, SharingLevel.EVERYTHING, true, NOW),
                start.minusDays(28).atStartOfDay(LONDON).toInstant(), List.of(), slips, checkIns, attempts, attempts.size());
        return InsightsCalculator.of(new InsightsCalculator.Inputs(7, "Maya Test", InsightsPeriod.PLAN, null, LONDON, start,
                start.atStartOfDay(LONDON).toInstant(), NOW, plan, List.of(), data, DEFAULT_ESCALATION));
    }

    @Test
    void oneOfTwoSlipsWasNotWere() {
        ClientInsights i = everything(LONDON, List.of(), List.of(textReply(at("2026-11-06T22:05", LONDON)),
                new SlipPoint(at("2026-11-10T12:00", LONDON), Channel.PHONE, SlipDirection.REACHED_OUT, Set.of())), List.of());
        assertThat(i.slipsByChannel().reading()).matches("1 of 2 slips was (by text or messaging apps|by phone)\\.");
        assertThat(i.slipsByDirection().reading()).doesNotContain("1 of 2 slips were");
    }

    @Test
    void theClientsOwnWordsForThePersonAreQuotedInASentenceToTheClinician() {
        Instant slip = at("2026-11-06T22:05", LONDON);
        ClientInsights i = withPlan("my ex", START, List.of(textReply(slip)),
                List.of(new AttemptPoint(slip.minusSeconds(3600), Channel.TEXT, 7)), List.of());
        assertThat(i.slipsAfterContact().reading())
                .isEqualTo("1 of 1 slip came within 24 hours after the other person (\"my ex\") tried to make contact.");
        assertThat(i.attempts().reading()).contains("by the other person (\"my ex\")").doesNotContain(" my ex ");
        assertThat(withPlan("J.", START, List.of(), List.of(), List.of()).attempts().reading())
                .isEqualTo("No contact attempts by J. in this period.");
    }

    @Test
    void twoDaysOfAPlanAreNotEnoughToNameItsHardestStretch() {
        LocalDate start = LocalDate.ofInstant(NOW, LONDON).minusDays(1);
        ClientInsights i = withPlan("J.", start, List.of(textReply(start.atTime(20, 0).atZone(LONDON).toInstant())),
                List.of(), List.of(new DayNumbers(start.plusDays(1), 5, 5, true)));
        assertThat(i.planDayRisk().reading())
                .isEqualTo("2 days of the plan in this period: not enough days yet to say which stretch of it is hardest.");
        assertThat(i.planDayRisk().reading()).doesNotContain("hardest stretch was");
    }
}
