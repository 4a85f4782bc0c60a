package org.holdfast.insights;


import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.Trigger;
import org.holdfast.plans.Channel;
import org.holdfast.shared.Words;

/**
 * Slips by channel, by who started them and by trigger, and trigger and channel together.
 * Part of {@link InsightsCalculator}: plain code, every day and hour the client's own.
 */
final class SlipTallyCalculator {

    private static String noSlips(long checkInSlips) {
        return checkInSlips == 0 ? "No slips in this period."
                : "Slips in this period were ticked on check-ins only, so there is no channel, direction or trigger to show.";
    }

    private SlipTallyCalculator() {
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
                        : n + " of " + slips.size() + " slips " + Words.was(n) + " " + top.phrase() + ".";
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
        Tally t = tally(directions, SlipTallyCalculator::directionLabel, slips.size());
        String reading = t.counts().isEmpty() ? "No direction was given for these slips."
                : t.counts().getFirst().count() + " of " + slips.size() + " slips: "
                        + t.counts().getFirst().label().toLowerCase(Locale.ENGLISH) + ".";
        if (!t.counts().isEmpty() && t.counts().getFirst().label().equals(directionLabel(SlipDirection.REPLIED))) {
            long replies = t.counts().getFirst().count();
            reading = replies + " of " + slips.size() + " slips " + Words.was(replies) + " "
                    + (replies == 1 ? "a reply" : "replies") + " to contact from them.";
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
}
