package org.holdfast.insights;

import org.holdfast.shared.Dates;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/**
 * The metrics of the insights page as plain calculations over consented journal numbers: no Spring, no
 * database, so every edge (time zones, daylight saving, a slip on day one) is testable in milliseconds.
 * Every hour, weekday and day is the client's local one, in {@link Inputs#zone()}.
 */
final class InsightsCalculator {

    static final List<String> WEEKDAYS = java.util.Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
    static final List<String> HOURS = java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h))
            .toList();
    /** The window the clock reading looks for: "7 of 9 slips were between 21:00 and 01:00". */
    static final int CLOCK_WINDOW_HOURS = 4;

    /**
     * What the calculation needs. {@code data} reaches back far enough for the plan's streaks and for the
     * four weeks before the period that escalation compares against; the period itself starts at
     * {@code fromInstant} (its first local day {@code from}) and ends at {@code now}. {@code escalation}
     * holds the practice's thresholds for escalating contact attempts.
     */
    record Inputs(long clientId, String clientName, InsightsPeriod period, String periodNote, ZoneId zone,
            LocalDate from, Instant fromInstant, Instant now, PlanOverview plan, List<HighRiskDate> highRiskDates,
            JournalPattern data, AttemptTrend.Escalation escalation) {

        LocalDate today() {
            return LocalDate.ofInstant(now, zone);
        }

        String person() {
            return plan == null ? "the other person" : plan.personLabel();
        }

        String firstName() {
            return clientName.split(" ")[0];
        }
    }

    private InsightsCalculator() {
    }

    static ClientInsights of(Inputs in) {
        List<SlipPoint> slips = in.data().slips().stream().filter(s -> inPeriod(s.at(), in)).toList();
        List<UrgePoint> urges = in.data().urges().stream().filter(u -> inPeriod(u.at(), in)).toList();
        long checkInSlips = in.data().checkIns().stream()
                .filter(c -> c.slipped() && !c.date().isBefore(in.from()) && !c.date().isAfter(in.today())).count();
        return new ClientInsights(in.clientId(), in.clientName(), in.period(), in.from(), in.today(), in.periodNote(),
                in.zone(), in.data().consent().level(), in.data().attemptsShared(), in.plan(),
                streaks(in), byChannel(slips, checkInSlips), byDirection(slips, checkInSlips),
                byTrigger(slips, checkInSlips), triggerByChannel(slips, checkInSlips),
                clock(urges.stream().map(UrgePoint::at).toList(), in.zone(), "urge", "urges"),
                clock(slips.stream().map(SlipPoint::at).toList(), in.zone(), "slip", "slips"),
                urgeStrength(in), mood(in), outcomes(urges, in), afterContact(slips, in), nearDates(slips, urges, in),
                planDays(urges, in), attempts(in));
    }

    private static boolean inPeriod(Instant at, Inputs in) {
        return !at.isBefore(in.fromInstant()) && !at.isAfter(in.now());
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    // ---- streaks ------------------------------------------------------------------------------------

    /** Slip days: a slip form's local day, or a check-in ticked "slipped" (the check-in's own day). */
    static TreeSet<LocalDate> slipDays(Inputs in) {
        TreeSet<LocalDate> days = new TreeSet<>();
        in.data().slips().forEach(s -> days.add(day(s.at(), in.zone())));
        in.data().checkIns().stream().filter(DayNumbers::slipped).forEach(c -> days.add(c.date()));
        return days;
    }

    static StreakHistory streaks(Inputs in) {
        if (in.plan() == null || in.plan().startDate().isAfter(in.today())) {
            return new StreakHistory(0, 0, List.of(), "No plan has started yet: days without contact count from its first day.");
        }
        if (!in.data().numbersShared()) {
            return new StreakHistory(0, 0, List.of(), notShared(in));
        }
        LocalDate start = in.plan().startDate();
        TreeSet<LocalDate> slipDays = slipDays(in);
        Streak streak = Streak.of(start, in.today(), slipDays);
        Map<LocalDate, SlipPoint> firstSlipOfDay = new TreeMap<>();
        in.data().slips().forEach(s -> firstSlipOfDay.putIfAbsent(day(s.at(), in.zone()), s));
        List<StreakHistory.Run> runs = new ArrayList<>();
        LocalDate runStart = start;
        for (LocalDate slip : slipDays.subSet(start, true, in.today(), true)) {
            long days = ChronoUnit.DAYS.between(runStart, slip);
            if (days > 0) {
                SlipPoint how = firstSlipOfDay.get(slip);
                runs.add(new StreakHistory.Run(runStart, slip.minusDays(1), days, slip,
                        how == null ? null : how.channel(), how == null ? null : how.direction()));
            }
            runStart = slip.plusDays(1);
        }
        if (!runStart.isAfter(in.today())) {
            runs.add(new StreakHistory.Run(runStart, in.today(), streak.current(), null, null, null));
        }
        long ended = runs.stream().filter(r -> !r.ongoing()).count();
        String reading;
        if (streak.lastSlip() == null) {
            reading = streak.current() + " days without contact: every day since the plan began.";
        } else {
            reading = streak.current() + (streak.current() == 1 ? " day" : " days") + " without contact now; the longest stretch was "
                    + streak.best() + " days. " + ended + (ended == 1 ? " stretch" : " stretches") + " ended in a slip"
                    + mostCommonChannel(runs) + ".";
        }
        return new StreakHistory(streak.current(), streak.best(), runs, reading);
    }

    private static String mostCommonChannel(List<StreakHistory.Run> runs) {
        Map<Channel, Long> byChannel = runs.stream().filter(r -> r.channel() != null)
                .collect(Collectors.groupingBy(StreakHistory.Run::channel, () -> new EnumMap<>(Channel.class), Collectors.counting()));
        return byChannel.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> ", " + e.getValue() + " of them " + e.getKey().phrase()).orElse("");
    }

    // ---- slips by channel, direction, trigger ---------------------------------------------------------

    private static String noSlips(long checkInSlips) {
        return checkInSlips == 0 ? "No slips in this period."
                : "Slips in this period were ticked on check-ins only, so there is no channel, direction or trigger to show.";
    }

    static <K> Tally tally(Collection<K> keys, Function<K, String> label, long total) {
        Map<K, Long> counts = keys.stream().collect(Collectors.groupingBy(k -> k, LinkedHashMap::new, Collectors.counting()));
        List<Tally.Count> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
                .map(e -> new Tally.Count(label.apply(e.getKey()), e.getValue())).toList();
        return new Tally(rows, total, "");
    }

    static Tally byChannel(List<SlipPoint> slips, long checkInSlips) {
        List<Channel> channels = slips.stream().map(SlipPoint::channel).filter(java.util.Objects::nonNull).toList();
        Tally t = tally(channels, Channel::label, slips.size());
        if (slips.isEmpty()) {
            return new Tally(List.of(), 0, noSlips(checkInSlips));
        }
        Channel top = channels.stream().collect(Collectors.groupingBy(c -> c, () -> new EnumMap<>(Channel.class), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        long n = top == null ? 0 : channels.stream().filter(c -> c == top).count();
        String reading = top == null ? "No channel was given for these slips."
                : n == slips.size() ? (n == 1 ? "The one slip was " : "All " + n + " slips were ") + top.phrase() + "."
                        : n + " of " + slips.size() + " slips were " + top.phrase() + ".";
        return new Tally(t.counts(), t.total(), reading);
    }

    static String directionLabel(SlipDirection d) {
        return switch (d) {
            case REACHED_OUT -> "Reached out";
            case REPLIED -> "Replied to them";
            case INDIRECT -> "Indirect (profile, friends)";
        };
    }

    static Tally byDirection(List<SlipPoint> slips, long checkInSlips) {
        if (slips.isEmpty()) {
            return new Tally(List.of(), 0, noSlips(checkInSlips));
        }
        List<SlipDirection> directions = slips.stream().map(SlipPoint::direction).filter(java.util.Objects::nonNull).toList();
        Tally t = tally(directions, InsightsCalculator::directionLabel, slips.size());
        String reading = t.counts().isEmpty() ? "No direction was given for these slips."
                : t.counts().getFirst().count() + " of " + slips.size() + " slips: "
                        + t.counts().getFirst().label().toLowerCase(Locale.ENGLISH) + ".";
        if (!t.counts().isEmpty() && t.counts().getFirst().label().equals(directionLabel(SlipDirection.REPLIED))) {
            reading = t.counts().getFirst().count() + " of " + slips.size() + " slips were replies to contact from them.";
        }
        return new Tally(t.counts(), t.total(), reading);
    }

    static Tally byTrigger(List<SlipPoint> slips, long checkInSlips) {
        if (slips.isEmpty()) {
            return new Tally(List.of(), 0, noSlips(checkInSlips));
        }
        List<Trigger> triggers = slips.stream().flatMap(s -> s.triggers().stream().sorted()).toList();
        Tally t = tally(triggers, Trigger::label, slips.size());
        String reading = t.counts().isEmpty() ? "No triggers were given for these slips."
                : "The most common trigger: " + t.counts().getFirst().label().toLowerCase(Locale.ENGLISH) + ", in "
                        + t.counts().getFirst().count() + " of " + slips.size() + " slips.";
        return new Tally(t.counts(), t.total(), reading);
    }

    static CrossTab triggerByChannel(List<SlipPoint> slips, long checkInSlips) {
        List<Trigger> triggers = slips.stream().flatMap(s -> s.triggers().stream()).distinct().sorted().toList();
        List<Channel> channels = slips.stream().map(SlipPoint::channel).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
        List<List<Long>> cells = new ArrayList<>();
        long best = 0;
        String bestWords = null;
        for (Trigger t : triggers) {
            List<Long> row = new ArrayList<>();
            for (Channel c : channels) {
                long n = slips.stream().filter(s -> s.channel() == c && s.triggers().contains(t)).count();
                row.add(n);
                if (n > best) {
                    best = n;
                    bestWords = "\"" + t.label() + "\" " + c.phrase();
                }
            }
            cells.add(row);
        }
        String reading = slips.isEmpty() ? noSlips(checkInSlips)
                : bestWords == null ? "No triggers or channels were given for these slips."
                        : "Most often together: " + bestWords + ", in " + best + " of " + slips.size() + " slips.";
        return new CrossTab(triggers.stream().map(Trigger::label).toList(), channels.stream().map(Channel::label).toList(),
                cells, slips.size(), reading);
    }

    // ---- weekday x hour ---------------------------------------------------------------------------

    static CrossTab clock(List<Instant> times, ZoneId zone, String one, String many) {
        long[][] grid = new long[7][24];
        int[] hours = new int[24];
        int[] weekdays = new int[7];
        List<ZonedDateTime> local = times.stream().map(t -> t.atZone(zone)).toList();
        for (ZonedDateTime t : local) {
            grid[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
            hours[t.getHour()]++;
            weekdays[t.getDayOfWeek().getValue() - 1]++;
        }
        List<List<Long>> cells = java.util.Arrays.stream(grid)
                .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
        int n = local.size();
        String reading;
        if (n == 0) {
            reading = "No " + many + " in this period.";
        } else if (n == 1) {
            ZonedDateTime t = local.getFirst();
            reading = "One " + one + " in this period, on a " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " at " + Dates.time(t.toLocalTime()) + ".";
        } else if (n == 2) {
            // Two are named, not summarised: a window and weekday share of two reads oddly ("1 of 2 ... all on").
            reading = "Two " + many + " in this period: " + local.stream().sorted()
                    .map(t -> "a " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at "
                            + String.format("%02d:%02d", t.getHour(), t.getMinute()))
                    .collect(Collectors.joining(" and ")) + ".";
        } else {
            int start = busiestWindow(hours);
            long inWindow = 0;
            for (int k = 0; k < CLOCK_WINDOW_HOURS; k++) {
                inWindow += hours[(start + k) % 24];
            }
            reading = (inWindow == n ? "All " + n : inWindow + " of " + n) + " " + many + " were between "
                    + String.format("%02d:00", start) + " and " + String.format("%02d:00", (start + CLOCK_WINDOW_HOURS) % 24)
                    + weekdayPart(weekdays, n) + ".";
        }
        return new CrossTab(WEEKDAYS, HOURS, cells, n, reading);
    }

    /** The start hour of the 4-hour window (wrapping past midnight) holding most; ties go to one starting on a busy hour. */
    static int busiestWindow(int[] hours) {
        int best = 0;
        long bestCount = -1;
        for (int s = 0; s < 24; s++) {
            long c = 0;
            for (int k = 0; k < CLOCK_WINDOW_HOURS; k++) {
                c += hours[(s + k) % 24];
            }
            boolean better = c > bestCount || (c == bestCount && hours[best] == 0 && hours[s] > 0);
            if (better) {
                best = s;
                bestCount = c;
            }
        }
        return best;
    }

    private static String weekdayPart(int[] weekdays, int n) {
        Integer[] order = { 0, 1, 2, 3, 4, 5, 6 };
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer d) -> weekdays[d]).reversed());
        String first = DayOfWeek.of(order[0] + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (weekdays[order[0]] == n) {
            return ", all on a " + first;
        }
        int two = weekdays[order[0]] + weekdays[order[1]];
        if (weekdays[order[1]] > 0 && two * 10 >= n * 6) {
            int a = Math.min(order[0], order[1]);
            int b = Math.max(order[0], order[1]);
            return ", " + (two == n ? "all" : two + " of " + n) + " on a "
                    + DayOfWeek.of(a + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " or "
                    + DayOfWeek.of(b + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return "";
    }

    // ---- urge strength and mood over time ---------------------------------------------------------

    static DailyTrend urgeStrength(Inputs in) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        in.data().urges().stream().filter(u -> u.strength() != null)
                .forEach(u -> byDay.computeIfAbsent(day(u.at(), in.zone()), d -> new ArrayList<>()).add(u.strength()));
        return trend("Urge strength", 0, 10, byDay, in, "urges", "strength");
    }

    static DailyTrend mood(Inputs in) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        in.data().checkIns().forEach(c -> byDay.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c.mood()));
        return trend("Mood", 0, 10, byDay, in, "check-ins", "mood");
    }

    private static DailyTrend trend(String measure, int min, int max, Map<LocalDate, List<Integer>> byDay, Inputs in,
            String things, String what) {
        List<DailyTrend.Day> days = new ArrayList<>();
        long observations = 0;
        for (LocalDate d = in.from(); !d.isAfter(in.today()); d = d.plusDays(1)) {
            List<Integer> today = byDay.getOrDefault(d, List.of());
            observations += today.size();
            days.add(new DailyTrend.Day(d, mean(today), mean(window(byDay, d.minusDays(6), d))));
        }
        String reading;
        if (observations == 0) {
            reading = "No " + things + " in this period.";
        } else {
            Double all = mean(window(byDay, in.from(), in.today()));
            Double last = mean(window(byDay, in.today().minusDays(6), in.today()));
            Double before = mean(window(byDay, in.today().minusDays(13), in.today().minusDays(7)));
            reading = observations + " " + (observations == 1 ? things.substring(0, things.length() - 1) : things)
                    + ", " + what + " averaging " + one(all) + " of " + max + ".";
            if (last != null && before != null) {
                double change = last - before;
                reading += " The last 7 days averaged " + one(last) + ", "
                        + (Math.abs(change) < 0.5 ? "about the same as" : change > 0 ? "up from" : "down from") + " "
                        + one(before) + " the week before.";
            }
        }
        return new DailyTrend(measure, min, max, days, observations, reading);
    }

    private static List<Integer> window(Map<LocalDate, List<Integer>> byDay, LocalDate first, LocalDate last) {
        return byDay.entrySet().stream().filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static Double mean(List<Integer> values) {
        return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    static String one(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    // ---- urge outcomes per week -------------------------------------------------------------------

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static WeeklyOutcomes outcomes(List<UrgePoint> urges, Inputs in) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate m = monday(in.from()); !m.isAfter(in.today()); m = m.plusWeeks(1)) {
            weeks.put(m, new long[3]);
        }
        long[] total = new long[3];
        for (UrgePoint u : urges) {
            int i = u.outcome() == UrgeOutcome.SLIPPED ? 2 : u.outcome() == UrgeOutcome.DELAYED ? 1 : 0;
            weeks.computeIfAbsent(monday(day(u.at(), in.zone())), m -> new long[3])[i]++;
            total[i]++;
        }
        long n = total[0] + total[1] + total[2];
        String reading = n == 0 ? "No urges in this period."
                : total[0] + " of " + n + " urges passed without contact, " + total[1] + (total[1] == 1 ? " was" : " were")
                        + " put off and " + total[2] + (total[2] == 1 ? " became a slip." : " became slips.");
        return new WeeklyOutcomes(weeks.entrySet().stream()
                .map(e -> new WeeklyOutcomes.Week(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList(),
                total[0], total[1], total[2], reading);
    }

    // ---- slips after contact attempts -------------------------------------------------------------

    static final List<String> SINCE_LAST_ATTEMPT = List.of("within 1 hour", "1 to 6 hours", "6 to 24 hours",
            "over 24 hours or none");

    static AfterContact afterContact(List<SlipPoint> slips, Inputs in) {
        if (!in.data().attemptsShared()) {
            return new AfterContact(false, slips.size(), 0, List.of(),
                    "The contact-attempt log is private, so slips cannot be set against it.");
        }
        long[] buckets = new long[4];
        long within = 0;
        List<AttemptPoint> attempts = in.data().attempts();
        for (SlipPoint s : slips) {
            Instant last = attempts.stream().map(AttemptPoint::at).filter(a -> !a.isAfter(s.at()))
                    .max(Comparator.naturalOrder()).orElse(null);
            long minutes = last == null ? Long.MAX_VALUE : Duration.between(last, s.at()).toMinutes();
            int b = minutes <= 60 ? 0 : minutes <= 6 * 60 ? 1 : minutes <= AfterContact.HOURS * 60 ? 2 : 3;
            buckets[b]++;
            if (b < 3) {
                within++;
            }
        }
        List<Tally.Count> counts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counts.add(new Tally.Count(SINCE_LAST_ATTEMPT.get(i), buckets[i]));
        }
        String reading = slips.isEmpty() ? (in.data().numbersShared() ? "No slips in this period." : notShared(in))
                : within + " of " + slips.size() + " slips came within 24 hours after " + in.person()
                        + " tried to make contact.";
        return new AfterContact(true, slips.size(), within, counts, reading);
    }

    // ---- high-risk dates ----------------------------------------------------------------------------

    /** Each time a high-risk date falls near the period: a yearly date every year, a one-off once. */
    static List<LocalDate> occurrences(HighRiskDate date, LocalDate first, LocalDate last) {
        if (date.getDate() == null) {
            return List.of();
        }
        List<LocalDate> out = new ArrayList<>();
        if (!date.isYearly()) {
            out.add(date.getDate());
        } else {
            java.time.MonthDay md = java.time.MonthDay.from(date.getDate());
            for (int y = first.getYear() - 1; y <= last.getYear() + 1; y++) {
                if (!md.atYear(y).isBefore(date.getDate())) {
                    out.add(md.atYear(y));
                }
            }
        }
        return out.stream().filter(d -> !d.plusDays(NearDates.DAYS).isBefore(first) && !d.minusDays(NearDates.DAYS).isAfter(last))
                .toList();
    }

    static NearDates nearDates(List<SlipPoint> slips, List<UrgePoint> urges, Inputs in) {
        List<LocalDate> slipDays = slips.stream().map(s -> day(s.at(), in.zone())).toList();
        List<LocalDate> urgeDays = urges.stream().map(u -> day(u.at(), in.zone())).toList();
        List<NearDates.DayCount> perDay = new ArrayList<>();
        for (LocalDate d = in.from(); !d.isAfter(in.today()); d = d.plusDays(1)) {
            LocalDate day = d;
            perDay.add(new NearDates.DayCount(d, urgeDays.stream().filter(day::equals).count(),
                    slipDays.stream().filter(day::equals).count()));
        }
        List<NearDates.Occurrence> occurrences = new ArrayList<>();
        java.util.Set<LocalDate> near = new java.util.HashSet<>();
        for (HighRiskDate date : in.highRiskDates()) {
            for (LocalDate d : occurrences(date, in.from(), in.today())) {
                java.util.Set<LocalDate> window = new java.util.HashSet<>();
                for (int k = -NearDates.DAYS; k <= NearDates.DAYS; k++) {
                    window.add(d.plusDays(k));
                }
                near.addAll(window);
                occurrences.add(new NearDates.Occurrence(date.getLabel(), d, urgeDays.stream().filter(window::contains).count(),
                        slipDays.stream().filter(window::contains).count()));
            }
        }
        occurrences.sort(Comparator.comparing(NearDates.Occurrence::date));
        long urgesNear = urgeDays.stream().filter(near::contains).count();
        long slipsNear = slipDays.stream().filter(near::contains).count();
        String reading;
        if (in.highRiskDates().isEmpty()) {
            reading = in.plan() == null ? "No active plan, so no high-risk dates." : "The plan has no high-risk dates.";
        } else if (occurrences.isEmpty()) {
            reading = "None of the plan's high-risk dates fell in this period.";
        } else if (!in.data().numbersShared()) {
            reading = notShared(in);
        } else {
            String which = occurrences.stream().map(o -> o.label() + " (" + Dates.dayAndMonth(o.date()) + ")").distinct().limit(2)
                    .collect(Collectors.joining(" and "));
            reading = urgesNear + " of " + urges.size() + " urges and " + slipsNear + " of " + slips.size()
                    + " slips fell within " + NearDates.DAYS + " days of " + which + ".";
        }
        return new NearDates(occurrences, urges.size(), urgesNear, slips.size(), slipsNear, perDay, reading);
    }

    // ---- risk by day since plan start -----------------------------------------------------------------

    static final int[][] PLAN_BUCKETS = { { 1, 7 }, { 8, 14 }, { 15, 30 }, { 31, 60 }, { 61, 90 }, { 91, Integer.MAX_VALUE } };

    static PlanDayRisk planDays(List<UrgePoint> urges, Inputs in) {
        if (in.plan() == null || in.plan().startDate().isAfter(in.today())) {
            return new PlanDayRisk(false, List.of(), "No plan has started yet, so there are no plan days to count.");
        }
        LocalDate start = in.plan().startDate();
        LocalDate first = in.from().isAfter(start) ? in.from() : start;
        TreeSet<LocalDate> slipDays = slipDays(in);
        List<PlanDayRisk.Bucket> buckets = new ArrayList<>();
        for (int[] b : PLAN_BUCKETS) {
            LocalDate bFirst = start.plusDays(b[0] - 1L);
            LocalDate bLast = b[1] == Integer.MAX_VALUE ? in.today() : start.plusDays(b[1] - 1L);
            LocalDate lo = bFirst.isBefore(first) ? first : bFirst;
            LocalDate hi = bLast.isAfter(in.today()) ? in.today() : bLast;
            if (bFirst.isAfter(in.today())) {
                break;
            }
            long days = hi.isBefore(lo) ? 0 : ChronoUnit.DAYS.between(lo, hi) + 1;
            long slips = days == 0 ? 0 : slipDays.subSet(lo, true, hi, true).size();
            long u = days == 0 ? 0 : urges.stream().map(x -> day(x.at(), in.zone()))
                    .filter(d -> !d.isBefore(lo) && !d.isAfter(hi)).count();
            String label = b[1] == Integer.MAX_VALUE ? "Day " + b[0] + "+" : "Days " + b[0] + "–" + b[1];
            buckets.add(new PlanDayRisk.Bucket(label, b[0], b[1], days, slips, u));
        }
        String reading;
        if (!in.data().numbersShared()) {
            reading = notShared(in);
        } else if (buckets.stream().allMatch(b -> b.slips() == 0 && b.urges() == 0)) {
            reading = "No slips or urges in this period.";
        } else {
            PlanDayRisk.Bucket hardest = buckets.stream().filter(b -> b.days() > 0)
                    .max(Comparator.comparingDouble(PlanDayRisk.Bucket::slipsPerDay)
                            .thenComparingDouble(PlanDayRisk.Bucket::urgesPerDay)).orElseThrow();
            reading = hardest.slips() == 0
                    ? "No slip days in this period; urges came most often in " + hardest.label().toLowerCase(Locale.ENGLISH)
                            + " of the plan (" + one(hardest.urgesPerDay()) + " a day)."
                    : "The hardest stretch was " + hardest.label().toLowerCase(Locale.ENGLISH) + " of the plan: "
                            + hardest.slips() + " slip " + (hardest.slips() == 1 ? "day" : "days") + " in " + hardest.days()
                            + ", and " + one(hardest.urgesPerDay()) + " urges a day.";
        }
        return new PlanDayRisk(true, buckets, reading);
    }

    // ---- contact attempts -----------------------------------------------------------------------------

    static AttemptTrend attempts(Inputs in) {
        if (!in.data().attemptsShared()) {
            String reading = in.data().numbersShared()
                    ? "The contact-attempt log is private; " + in.firstName() + " logged "
                            + plural(in.data().attemptCount(), "attempt", "%d attempts") + " since "
                            + Dates.dayAndMonth(in.from()) + "."
                    : "The contact-attempt log is private.";
            return new AttemptTrend(false, List.of(), in.data().attemptCount(), reading);
        }
        Map<LocalDate, Map<Channel, Long>> byWeek = new TreeMap<>();
        Map<LocalDate, Integer> lowestSafety = new TreeMap<>();
        for (AttemptPoint a : in.data().attempts()) {
            LocalDate m = monday(day(a.at(), in.zone()));
            byWeek.computeIfAbsent(m, x -> new EnumMap<>(Channel.class)).merge(a.channel(), 1L, Long::sum);
            lowestSafety.merge(m, a.safety(), Math::min);
        }
        List<AttemptTrend.Week> weeks = new ArrayList<>();
        for (LocalDate m = monday(in.from()); !m.isAfter(in.today()); m = m.plusWeeks(1)) {
            Map<Channel, Long> counts = byWeek.getOrDefault(m, Map.of());
            long n = counts.values().stream().mapToLong(Long::longValue).sum();
            double before = 0;
            for (int k = 1; k <= 4; k++) {
                before += byWeek.getOrDefault(m.minusWeeks(k), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            }
            double meanBefore = before / 4;
            boolean threat = in.escalation().threat(lowestSafety.getOrDefault(m, Integer.MAX_VALUE));
            boolean escalating = threat || in.escalation().escalating(n, meanBefore);
            weeks.add(new AttemptTrend.Week(m, counts, escalating, threat));
        }
        long total = in.data().attempts().stream().filter(a -> inPeriod(a.at(), in)).count();
        String reading;
        if (total == 0) {
            reading = "No contact attempts by " + in.person() + " in this period.";
        } else {
            List<AttemptTrend.Week> escalated = weeks.stream().filter(AttemptTrend.Week::escalating).toList();
            if (escalated.isEmpty()) {
                reading = plural(total, "contact attempt", "%d contact attempts") + " by " + in.person()
                        + " in this period; no week escalated.";
            } else {
                AttemptTrend.Week last = escalated.getLast();
                reading = "Escalating in the week of " + Dates.dayAndMonth(last.monday()) + ": "
                        + plural(last.total(), "attempt", "%d attempts") + " against a weekly mean of "
                        + one(meanBefore(byWeek, last.monday())) + " in the 4 weeks before"
                        + (last.threat() ? ", and one left " + in.firstName() + " feeling unsafe (safety "
                                + lowestSafety.get(last.monday()) + " of 10)" : "")
                        + ".";
            }
        }
        return new AttemptTrend(true, weeks, total, reading);
    }

    private static double meanBefore(Map<LocalDate, Map<Channel, Long>> byWeek, LocalDate monday) {
        double before = 0;
        for (int k = 1; k <= 4; k++) {
            before += byWeek.getOrDefault(monday.minusWeeks(k), Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
        return before / 4;
    }

    // ---- words ----------------------------------------------------------------------------------------

    static String plural(long n, String one, String many) {
        return n == 1 ? "1 " + one : String.format(many, n);
    }

    private static String notShared(Inputs in) {
        return in.firstName() + " does not share journal numbers.";
    }
}
