package org.holdfast.plans;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;

import org.holdfast.shared.Dates;

/** Plan parts as plain sentences, for the client's page, an old version and the printed handout. */
public final class PlanWords {

    private PlanWords() {
    }

    /** "You're not contacting J. by phone, by email or on social media." */
    public static String channelsSentence(String person, Set<Channel> channels) {
        if (channels.isEmpty()) {
            return "Your plan does not cut any way of contact yet.";
        }
        if (channels.containsAll(EnumSet.allOf(Channel.class))) {
            return "You're not in touch with " + person + " in any way: not in person, not by phone, text or email,"
                    + " not on social media, not through other people, and no gifts, letters or cards.";
        }
        return "You're not contacting " + person + " " + or(channels.stream().map(Channel::phrase).toList()) + ".";
    }

    /** "Co-parenting: by text or messaging apps, only about the children's hand-overs." */
    public static String exceptionSentence(PlanException exception) {
        return exception.getReason().label() + ": " + exception.getChannel().phrase() + ", only about "
                + topic(exception.getTopic()) + ".";
    }

    public static String or(Collection<String> parts) {
        return join(List.copyOf(parts), "or");
    }

    /** "Day 12 of 60. You'll look at it again together on 3 Dec 2026." */
    public static String progressSentence(PlanOverview plan, LocalDate today) {
        long day = plan.dayOfPlan(today);
        String progress;
        if (day < 1) {
            progress = "Your plan starts on " + Dates.format(plan.startDate()) + ".";
        } else if (plan.openEnded()) {
            progress = "Day " + day + ". This plan has no end date.";
        } else if (day > plan.initialPeriodDays()) {
            progress = "Day " + day + ". You're past the first " + plan.initialPeriodDays() + " days.";
        } else {
            progress = "Day " + day + " of " + plan.initialPeriodDays() + ".";
        }
        if (plan.reviewDate() != null && !plan.reviewDate().isBefore(today)) {
            progress += " You'll look at it again together on " + Dates.format(plan.reviewDate()) + ".";
        }
        return progress;
    }

    public static String purposeSentence(PlanPurpose purpose) {
        return switch (purpose) {
            case HEAL_AND_MOVE_ON -> "It's here to give you room to heal and move on.";
            case SAFETY -> "It's here to keep you safe.";
            case SPACE_TO_REASSESS -> "It's here to give you space and quiet to think things over.";
        };
    }

    private static String join(List<String> parts, String word) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + word + " " + parts.getLast();
    }

    /** The topic as the clinician wrote it, without a leading "only about" that the sentence already says. */
    private static String topic(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (stripped.toLowerCase().startsWith("only about ")) {
            stripped = stripped.substring("only about ".length());
        }
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
