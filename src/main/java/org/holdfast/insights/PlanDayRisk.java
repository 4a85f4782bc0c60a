package org.holdfast.insights;

import java.util.List;

/**
 * Slips and urges per day of the plan, in buckets (days 1 to 7, 8 to 14, ...): the first two weeks are
 * typically the hardest. Rates are per day the client has lived through in that bucket within the period.
 */
public record PlanDayRisk(boolean hasPlan, List<Bucket> buckets, String reading) {

    public PlanDayRisk {
        buckets = List.copyOf(buckets);
    }

    public record Bucket(String label, int firstDay, int lastDay, long days, long slips, long urges) {

        public double slipsPerDay() {
            return days == 0 ? 0 : (double) slips / days;
        }

        public double urgesPerDay() {
            return days == 0 ? 0 : (double) urges / days;
        }
    }
}
