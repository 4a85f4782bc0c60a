package org.holdfast.plans.ui;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.holdfast.plans.Channel;
import org.holdfast.plans.PlanException;

/** Plan parts as plain sentences, for the client's page and for reading an old version. */
final class PlanWords {

    private PlanWords() {
    }

    /** "You're not contacting J. by phone, by email or on social media." */
    static String channelsSentence(String person, Set<Channel> channels) {
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
    static String exceptionSentence(PlanException exception) {
        return exception.getReason().label() + ": " + exception.getChannel().phrase() + ", only about "
                + topic(exception.getTopic()) + ".";
    }

    static String or(Collection<String> parts) {
        return join(List.copyOf(parts), "or");
    }

    static String and(Collection<String> parts) {
        return join(List.copyOf(parts), "and");
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
