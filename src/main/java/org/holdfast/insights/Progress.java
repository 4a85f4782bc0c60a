package org.holdfast.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.holdfast.plans.PlanOverview;

/**
 * The signed-in client's progress on their first active plan. {@code plan} is null when there is
 * none yet; then everything else is empty.
 */
public record Progress(PlanOverview plan, Streak streak, Map<LocalDate, DayMark> days, List<ComingUp> comingUp,
        List<String> copingStrategies) {

    public static Progress none() {
        return new Progress(null, Streak.NONE, Map.of(), List.of(), List.of());
    }
}
