package org.holdfast.journal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What counts as a slip: the one definition behind every slip figure the portal shows (the caseload's
 * column, the risk flag, the clinician's journal, insights, the session prep report).
 * <p>
 * A slip is any contact the client made or answered against the plan (see DOMAIN.md). The client tells
 * the portal about it in one of two ways: the slip form ("I made contact", with channel, direction and
 * triggers), or by ticking "made contact" on the day's check-in. Both are slips: a client who only ticks
 * the box has still slipped, and the day count restarts there. A day with both is one slip told twice,
 * so:
 * <ul>
 * <li>every slip logged with the form counts (a day may hold several);</li>
 * <li>a day ticked "made contact" counts as one slip only when no slip form was logged that day.</li>
 * </ul>
 * Contact inside one of the plan's exceptions is permitted contact, never a slip. Days are the client's
 * own local days, the days their check-ins are dated by.
 */
public final class Slips {

    private Slips() {
    }

    /**
     * The number of slips in a window.
     *
     * @param loggedDays the day of each slip logged with the form (one element per slip, repeats allowed)
     * @param tickedDays the days whose check-in was ticked "made contact"
     */
    public static long count(Collection<LocalDate> loggedDays, Collection<LocalDate> tickedDays) {
        return loggedDays.size() + tickedOnly(loggedDays, tickedDays).size();
    }

    /** The ticked days with no slip form of their own: slips the client told without details. */
    public static List<LocalDate> tickedOnly(Collection<LocalDate> loggedDays, Collection<LocalDate> tickedDays) {
        Set<LocalDate> logged = new HashSet<>(loggedDays);
        return tickedDays.stream().distinct().filter(d -> !logged.contains(d)).sorted().toList();
    }
}
