package org.holdfast.plans.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.plans.Channel;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanWords;
import org.holdfast.plans.PlanPart;
import org.holdfast.plans.PlanSnapshot;
import org.holdfast.plans.PracticalStep;
import org.holdfast.plans.SupportContact;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** An old version of a plan, read-only, with the parts changed in that version marked. */
class PlanReadOnly extends Div {

    PlanReadOnly(PlanSnapshot snapshot, Set<PlanPart> changed) {
        addClassName("plan-read-only");
        PlanContent c = snapshot.content();
        part(changed, "Person", text(c.getPersonLabel() + " (" + label(c.getRelationship()) + ")"), PlanPart.PERSON,
                PlanPart.RELATIONSHIP);
        part(changed, "Purpose", text(c.getPurpose() == null ? "" : c.getPurpose().label()), PlanPart.PURPOSE);
        part(changed, "Dates", text("Starts " + Dates.format(c.getStartDate()) + " · "
                + (c.getInitialPeriodDays() == null ? "open-ended" : c.getInitialPeriodDays() + " days") + " · review "
                + (c.getReviewDate() == null ? "not set" : Dates.format(c.getReviewDate()))),
                PlanPart.START_DATE, PlanPart.INITIAL_PERIOD, PlanPart.REVIEW_DATE);
        part(changed, "Status", text(snapshot.status().label()
                + (snapshot.statusReason() == null ? "" : ": " + snapshot.statusReason())), PlanPart.STATUS);
        part(changed, "Channels cut", text(c.getChannels().stream().map(Channel::label).collect(Collectors.joining(", "))),
                PlanPart.CHANNELS);
        part(changed, "Exceptions", list(c.getExceptions().stream().map(PlanWords::exceptionSentence).toList(), "None"),
                PlanPart.EXCEPTIONS);
        part(changed, "Closing message", text((c.getClosingMessage() == null ? "Not drafted" : "“" + c.getClosingMessage() + "”")
                + (c.isClosingMessageSent() ? " · sent " + Dates.format(c.getClosingMessageSentOn()) : " · not sent")),
                PlanPart.CLOSING_MESSAGE);
        part(changed, "Practical steps", list(List.of(PracticalStep.values()).stream()
                .map(s -> (c.getStepsDone().contains(s) ? "Done: " : "To do: ") + s.label()).toList(), "None"),
                PlanPart.PRACTICAL_STEPS);
        part(changed, "Reasons", list(c.getReasons(), "None"), PlanPart.REASONS);
        part(changed, "Coping strategies", list(c.getCopingStrategies(), "None"), PlanPart.COPING_STRATEGIES);
        part(changed, "Support contacts", list(c.getSupportContacts().stream().map(PlanReadOnly::contact).toList(), "None"),
                PlanPart.SUPPORT_CONTACTS);
        part(changed, "High-risk dates", list(c.getHighRiskDates().stream().map(PlanReadOnly::date).toList(), "None"),
                PlanPart.HIGH_RISK_DATES);
        part(changed, "Safety", list(List.of("Risk: " + (c.getRiskLevel() == null ? "not chosen" : c.getRiskLevel().label()),
                "If they turn up: " + orDash(c.getIfTheyTurnUp()), "Whom to call: " + orDash(c.getWhomToCall())), ""),
                PlanPart.SAFETY);
    }

    private void part(Set<PlanPart> changed, String title, Component body, PlanPart... parts) {
        Div block = new Div();
        block.addClassName("version-part");
        H4 heading = new H4(title);
        block.add(heading);
        if (List.of(parts).stream().anyMatch(changed::contains)) {
            block.addClassName("changed");
            Span badge = new Span("Changed in this version");
            badge.addClassName("changed-badge");
            heading.add(badge);
        }
        block.add(body);
        add(block);
    }

    private static String label(Object value) {
        return value == null ? "" : value instanceof org.holdfast.plans.Relationship r ? r.label().toLowerCase() : value.toString();
    }

    private static Paragraph text(String text) {
        return new Paragraph(text);
    }

    private static Component list(List<String> items, String none) {
        if (items.isEmpty()) {
            return new Paragraph(none);
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static String contact(SupportContact c) {
        return c.getName() + (c.getPhone() == null ? "" : ", " + c.getPhone()) + (c.getNote() == null ? "" : " (" + c.getNote() + ")");
    }

    private static String date(HighRiskDate d) {
        return d.getLabel() + ": " + Dates.format(d.getDate()) + (d.isYearly() ? ", every year" : "");
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
