package org.holdfast.caseload.ui;

import org.holdfast.shared.ui.ReasonDialog;
import org.holdfast.shared.Dates;
import java.time.Clock;
import java.util.List;

import org.holdfast.safety.SafetyService;
import org.holdfast.safety.SafetySignalSummary;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;


/**
 * The client's "I don't feel safe" signals on their record: open ones first and plainly marked, with
 * a way for the clinician to resolve each with a note. Absent when the client never raised one.
 */
class SafetySection extends Div {

    static final int SHOWN = 10;

    private final SafetyService safety;
    private final Clock clock;

    SafetySection(SafetyService safety, List<SafetySignalSummary> signals, boolean canResolve, Clock clock) {
        this.safety = safety;
        this.clock = clock;
        addClassNames("card", "safety-section");
        setWidthFull();
        long open = signals.stream().filter(SafetySignalSummary::open).count();
        add(new H3(open > 0 ? "Said they don't feel safe" : "Safety signals"));
        signals.stream().limit(SHOWN).forEach(signal -> add(line(signal, canResolve)));
    }

    private Div line(SafetySignalSummary signal, boolean canResolve) {
        Div line = new Div();
        line.addClassName(signal.open() ? "safety-signal-open" : "safety-signal-resolved");
        String raised = Dates.weekdayDateTimeWithYear(signal.raisedAt(), clock.getZone());
        line.add(new Paragraph((signal.open() ? "Open · raised " : "Raised ") + raised
                + (signal.note() == null ? "" : " · \u201C" + signal.note() + "\u201D")));
        if (!signal.open()) {
            line.add(new Paragraph("Resolved " + Dates.weekdayDateTimeWithYear(signal.resolvedAt(), clock.getZone()) + " by "
                    + signal.resolvedBy() + ": " + signal.resolutionNote()));
        } else if (canResolve) {
            Button resolve = new Button("Mark resolved…", e -> confirm(signal));
            resolve.addThemeVariants(ButtonVariant.TERTIARY);
            line.add(resolve);
        }
        return line;
    }

    private void confirm(SafetySignalSummary signal) {
        new ReasonDialog("Resolve the safety signal", "What was done", "Mark resolved", note -> {
            safety.resolve(signal.id(), note);
            UI.getCurrent().refreshCurrentRoute(false);
            return null;
        }).helper("For example: \"Phoned her at 10:15; she is staying with her sister. Safety plan reviewed.\"").open();
    }
}
