package org.holdfast.plans;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of a plan a change can touch, in the order the plan reads. A version's summary names
 * the parts that differ from the version before ("Exceptions, Review date"), and an old version
 * marks them.
 */
public enum PlanPart {
    PERSON("Person", s -> s.content().getPersonLabel(), (from, to) -> to.setPersonLabel(from.getPersonLabel())),
    RELATIONSHIP("Relationship", s -> s.content().getRelationship(), (from, to) -> to.setRelationship(from.getRelationship())),
    PURPOSE("Purpose", s -> s.content().getPurpose(), (from, to) -> to.setPurpose(from.getPurpose())),
    START_DATE("Start date", s -> s.content().getStartDate(), (from, to) -> to.setStartDate(from.getStartDate())),
    INITIAL_PERIOD("Initial period", s -> s.content().getInitialPeriodDays(),
            (from, to) -> to.setInitialPeriodDays(from.getInitialPeriodDays())),
    REVIEW_DATE("Review date", s -> s.content().getReviewDate(), (from, to) -> to.setReviewDate(from.getReviewDate())),
    /** Not part of what the editor writes: changed only through a status change, so never merged. */
    STATUS("Status", s -> s.status() + "|" + s.statusReason(), null),
    CHANNELS("Channels", s -> s.content().getChannels(), (from, to) -> to.setChannels(from.getChannels())),
    EXCEPTIONS("Exceptions", s -> s.content().getExceptions(), (from, to) -> to.setExceptions(from.getExceptions())),
    CLOSING_MESSAGE("Closing message", s -> s.content().getClosingMessage() + "|"
            + s.content().isClosingMessageSent() + "|" + s.content().getClosingMessageSentOn(), (from, to) -> {
                to.setClosingMessage(from.getClosingMessage());
                to.setClosingMessageSent(from.isClosingMessageSent());
                to.setClosingMessageSentOn(from.getClosingMessageSentOn());
            }),
    PRACTICAL_STEPS("Practical steps", s -> s.content().getStepsDone(), (from, to) -> to.setStepsDone(from.getStepsDone())),
    REASONS("Reasons", s -> s.content().getReasons(), (from, to) -> to.setReasons(from.getReasons())),
    COPING_STRATEGIES("Coping strategies", s -> s.content().getCopingStrategies(),
            (from, to) -> to.setCopingStrategies(from.getCopingStrategies())),
    SUPPORT_CONTACTS("Support contacts", s -> s.content().getSupportContacts(),
            (from, to) -> to.setSupportContacts(from.getSupportContacts())),
    HIGH_RISK_DATES("High-risk dates", s -> s.content().getHighRiskDates(),
            (from, to) -> to.setHighRiskDates(from.getHighRiskDates())),
    SAFETY("Safety", s -> s.content().getRiskLevel() + "|" + s.content().getIfTheyTurnUp() + "|"
            + s.content().getWhomToCall(), (from, to) -> {
                to.setRiskLevel(from.getRiskLevel());
                to.setIfTheyTurnUp(from.getIfTheyTurnUp());
                to.setWhomToCall(from.getWhomToCall());
            });

    private final String label;
    private final Function<PlanSnapshot, Object> value;
    private final BiConsumer<PlanContent, PlanContent> copy;

    PlanPart(String label, Function<PlanSnapshot, Object> value, BiConsumer<PlanContent, PlanContent> copy) {
        this.label = label;
        this.value = value;
        this.copy = copy;
    }

    /** Whether the editor writes this part, so that a merge decides it part by part. */
    boolean editable() {
        return copy != null;
    }

    /** Sets this part of {@code to} to what it is in {@code from}; the rest of {@code to} stays. */
    void copy(PlanContent from, PlanContent to) {
        copy.accept(from, to);
    }

    /** Whether the two plans hold the same in this part (an emptied text and a missing one are the same). */
    boolean same(PlanContent one, PlanContent other) {
        return Objects.equals(blankAsNull(value.apply(new PlanSnapshot(one, null, null))),
                blankAsNull(value.apply(new PlanSnapshot(other, null, null))));
    }

    public String label() {
        return label;
    }

    /** The parts that differ; everything when there is nothing before (the plan was just created). */
    static Set<PlanPart> changed(PlanSnapshot before, PlanSnapshot after) {
        if (before == null) {
            return Set.of(values());
        }
        return Arrays.stream(values())
                .filter(part -> !Objects.equals(blankAsNull(part.value.apply(before)), blankAsNull(part.value.apply(after))))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(PlanPart.class)));
    }

    /** "Exceptions, Review date": the parts in plan order. */
    static String summary(Set<PlanPart> parts) {
        return Arrays.stream(values()).filter(parts::contains).map(PlanPart::label).collect(Collectors.joining(", "));
    }

    // An emptied text field arrives as "" from the form and as null from older data: not a change.
    private static Object blankAsNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
