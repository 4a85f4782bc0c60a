package org.holdfast.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of any kind in a list, newest first. {@code facts} are the entry's chosen answers (strength,
 * channel, triggers); {@code text} is what the client wrote. For a clinician both are only ever built
 * from rows the consent query returned.
 */
public record JournalItem(EntryType type, long id, Instant occurredAt, Instant receivedAt, Integer number,
        String facts, String text, boolean shared, Integer seq, Long corrects) {

    static JournalItem of(JournalEntry e) {
        List<String> facts = new ArrayList<>();
        List<String> text = new ArrayList<>();
        switch (e.getKind()) {
            case URGE -> {
                facts.add("Strength " + e.getStrength() + " of 10");
                facts.add(e.getOutcome().label());
                line(text, "Instead I", e.getDidInstead());
            }
            case SLIP, PERMITTED_CONTACT -> {
                facts.add(e.getChannel().label());
                facts.add(e.getDirection().label());
                if (e.getExceptionReason() != null) {
                    facts.add("Inside the plan's exception: " + e.getExceptionReason().label());
                }
                line(text, "What happened", e.getWhatHappened());
                line(text, "How I feel now", e.getFeelNow());
            }
            case NOTE -> {
                facts.add("Written without a connection");
                line(text, "Note", e.getWhatHappened());
            }
            default -> throw new IllegalStateException("Not a journal entry kind: " + e.getKind());
        }
        if (!e.getTriggers().isEmpty()) {
            facts.add("Triggers: " + e.getTriggers().stream().map(Trigger::label).map(String::toLowerCase)
                    .collect(Collectors.joining(", ")));
        }
        return new JournalItem(e.getKind(), e.getId(), e.getOccurredAt(), e.getReceivedAt(), e.getStrength(),
                String.join(" · ", facts), text.isEmpty() ? null : String.join("\n", text), e.isShared(), null, null);
    }

    static JournalItem of(ContactAttempt a) {
        String facts = a.getChannel().label() + " · sender as shown: " + a.getSender() + (a.isViaThirdParty() ? " · through someone else" : "")
                + (a.isResponded() ? " · I responded" : " · I did not respond") + " · safety " + a.getSafety() + " of 10"
                + (a.getCorrectsId() != null ? " · corrects an earlier record: " + a.getCorrectionReason() : "");
        return new JournalItem(EntryType.CONTACT_ATTEMPT, a.getId(), a.getOccurredAt(), a.getReceivedAt(), a.getSafety(),
                facts, a.getContent(), a.isShared(), a.getSeq(), a.getCorrectsId());
    }

    static JournalItem of(CheckIn c) {
        String facts = "Mood " + c.getMood() + " · urge " + c.getUrge() + (c.isSlipped() ? " · made contact" : "");
        return new JournalItem(EntryType.CHECK_IN, c.getId(), c.getLoggedAt(), c.getReceivedAt(), c.getUrge(), facts,
                c.getNote(), c.isShared(), null, null);
    }

    private static void line(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add(label + ": " + value);
        }
    }
}
