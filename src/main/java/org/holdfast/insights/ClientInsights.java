package org.holdfast.insights;

import java.time.LocalDate;
import java.time.ZoneId;

import org.holdfast.consent.SharingLevel;
import org.holdfast.plans.PlanOverview;

/**
 * Everything the insights page shows for one client and period, computed from consented data only:
 * immutable, so the session prep report and the suggested agenda can reuse it as it is.
 *
 * @param from first day of the period (client's local date)
 * @param to last day (today, in the client's zone)
 * @param periodNote why the period differs from what was asked (no session yet, no plan), or null
 * @param plan the first active plan, or null
 * @param slips slips in the period by the one definition ({@link org.holdfast.journal.Slips}), the same
 *        count the caseload and the clinician's journal give for the same days
 * @param slipsTickedOnly how many of those are only a check-in ticked "made contact", with no slip form:
 *        the charts of channel, trigger and time cannot show them
 */
public record ClientInsights(long clientId, String clientName, InsightsPeriod period, LocalDate from, LocalDate to,
        String periodNote, ZoneId zone, SharingLevel level, boolean contactLogShared, PlanOverview plan,
        long slips, long slipsTickedOnly, StreakHistory streaks, Tally slipsByChannel, Tally slipsByDirection, Tally slipsByTrigger,
        CrossTab triggerByChannel, CrossTab urgeClock, CrossTab slipClock, DailyTrend urgeStrength, DailyTrend mood,
        WeeklyOutcomes urgeOutcomes, AfterContact slipsAfterContact, NearDates nearHighRiskDates,
        PlanDayRisk planDayRisk, AttemptTrend attempts) {

    public boolean numbersShared() {
        return level.allowsNumbers();
    }

    /** Nothing at all to show: the client shares neither numbers nor the contact-attempt log. */
    public boolean sharesNothing() {
        return !numbersShared() && !contactLogShared;
    }

    /** "Maya shares numbers only: charts without her words." in plain words for the page header. */
    public String sharingSentence() {
        String first = clientName.split(" ")[0];
        String numbers = switch (level) {
            case NOTHING -> first + " shares nothing from the journal";
            case NUMBERS_ONLY -> first + " shares numbers only: charts without their words";
            case NUMBERS_AND_SHARED_ENTRIES -> first + " shares numbers and the entries they mark: every chart is here";
            case EVERYTHING -> first + " shares everything: every chart is here";
        };
        return numbers + (contactLogShared ? "; the contact-attempt log is shared." : "; the contact-attempt log is private.");
    }
}
