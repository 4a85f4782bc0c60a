package org.holdfast.plans.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.holdfast.plans.Channel;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanPart;
import org.holdfast.plans.PlanWords;
import org.holdfast.plans.PracticalStep;
import org.holdfast.shared.Dates;

/** One part of a plan in a line, so that two people's versions of it can be read side by side. */
final class PlanPartText {

    private PlanPartText() {
    }

    static String of(PlanPart part, PlanContent c) {
        String text = switch (part) {
            case PERSON -> c.getPersonLabel();
            case RELATIONSHIP -> c.getRelationship() == null ? null : c.getRelationship().label();
            case PURPOSE -> c.getPurpose() == null ? null : c.getPurpose().label();
            case START_DATE -> c.getStartDate() == null ? null : Dates.format(c.getStartDate());
            case INITIAL_PERIOD -> c.getInitialPeriodDays() == null ? "open-ended" : c.getInitialPeriodDays() + " days";
            case REVIEW_DATE -> c.getReviewDate() == null ? null : Dates.format(c.getReviewDate());
            case STATUS -> null;
            case CHANNELS -> c.getChannels().stream().map(Channel::label).collect(Collectors.joining(", "));
            case EXCEPTIONS -> join(c.getExceptions().stream().map(PlanWords::exceptionSentence).toList());
            case CLOSING_MESSAGE -> c.getClosingMessage() == null ? null
                    : "“" + c.getClosingMessage() + "”" + (c.isClosingMessageSent() ? ", sent" : "");
            case PRACTICAL_STEPS -> c.getStepsDone().stream().map(PracticalStep::label).collect(Collectors.joining(", "));
            case REASONS -> join(c.getReasons());
            case COPING_STRATEGIES -> join(c.getCopingStrategies());
            case SUPPORT_CONTACTS -> join(c.getSupportContacts().stream()
                    .map(s -> s.getName() + (s.getPhone() == null ? "" : " " + s.getPhone())).toList());
            case HIGH_RISK_DATES -> join(c.getHighRiskDates().stream()
                    .map(d -> d.getLabel() + " " + Dates.format(d.getDate())).toList());
            case SAFETY -> "risk " + (c.getRiskLevel() == null ? "not chosen" : c.getRiskLevel().label().toLowerCase())
                    + "; if they turn up: " + dash(c.getIfTheyTurnUp()) + "; whom to call: " + dash(c.getWhomToCall());
        };
        return text == null || text.isBlank() ? "(empty)" : text;
    }

    private static String join(List<String> items) {
        return String.join("; ", items);
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
