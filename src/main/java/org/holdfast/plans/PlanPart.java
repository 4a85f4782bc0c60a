package org.holdfast.plans;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of a plan a change can touch, in the order the plan reads. A version's summary names
 * the parts that differ from the version before ("Exceptions, Review date"), and an old version
 * marks them.
 */
public enum PlanPart {
    PERSON("Person", s -> s.content().getPersonLabel()),
    RELATIONSHIP("Relationship", s -> s.content().getRelationship()),
    PURPOSE("Purpose", s -> s.content().getPurpose()),
    START_DATE("Start date", s -> s.content().getStartDate()),
    INITIAL_PERIOD("Initial period", s -> s.content().getInitialPeriodDays()),
    REVIEW_DATE("Review date", s -> s.content().getReviewDate()),
    STATUS("Status", s -> s.status() + "|" + s.statusReason()),
    CHANNELS("Channels", s -> s.content().getChannels()),
    EXCEPTIONS("Exceptions", s -> s.content().getExceptions()),
    CLOSING_MESSAGE("Closing message", s -> s.content().getClosingMessage() + "|"
            + s.content().isClosingMessageSent() + "|" + s.content().getClosingMessageSentOn()),
    PRACTICAL_STEPS("Practical steps", s -> s.content().getStepsDone()),
    REASONS("Reasons", s -> s.content().getReasons()),
    COPING_STRATEGIES("Coping strategies", s -> s.content().getCopingStrategies()),
    SUPPORT_CONTACTS("Support contacts", s -> s.content().getSupportContacts()),
    HIGH_RISK_DATES("High-risk dates", s -> s.content().getHighRiskDates()),
    SAFETY("Safety", s -> s.content().getRiskLevel() + "|" + s.content().getIfTheyTurnUp() + "|"
            + s.content().getWhomToCall());

    private final String label;
    private final Function<PlanSnapshot, Object> value;

    PlanPart(String label, Function<PlanSnapshot, Object> value) {
        this.label = label;
        this.value = value;
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
