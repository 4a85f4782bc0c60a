package org.holdfast.safety.ui;

import org.holdfast.shared.ui.LimitedTextArea;
import java.time.LocalDate;
import org.holdfast.shared.Dates;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.SupportContact;
import org.holdfast.safety.SafetyService;
import org.holdfast.safety.SafetySettings;
import org.holdfast.safety.SafetySignalSummary;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * "I don't feel safe": emergency numbers first, then telling the clinician, then the client's own
 * plan for this moment. Second in the client's menu, so it is one tap from every page.
 */
@Route("help")
@RouteAlias("safety")
@PageTitle("I don't feel safe · Holdfast")
@Menu(title = "I don't feel safe", order = 1, icon = "vaadin:exclamation-circle")
@StyleSheet("styles/safety.css")
@RolesAllowed(Role.CLIENT_NAME)
public class SafetyView extends VerticalLayout {


    final LimitedTextArea note = new LimitedTextArea("Anything you want them to know (optional)", SafetyService.NOTE_MAX);
    final Button tell = new Button("Tell my clinician I don't feel safe");
    final Paragraph told = new Paragraph();
    private final SafetyService safety;
    private final Clock clock;

    public SafetyView(SafetyService safety, SafetySettings settings, PlanService plans, Clock clock) {
        this.safety = safety;
        this.clock = clock;
        addClassName("safety-view");
        add(new H1("You don't feel safe"), emergency(settings), tellYourClinician());
        safety.myOpenSignal().ifPresent(this::showTold);
        add(yourPlan(plans.myPlans()));
    }

    private Section emergency(SafetySettings settings) {
        Section section = new Section();
        section.addClassName("safety-emergency");
        section.add(new H3("If you are in danger right now"));
        section.add(new Paragraph("Call the emergency services on " + settings.emergencyNumber().replace(" / ", " or ")
                + ". You can also call from a locked phone."));
        Div calls = new Div();
        calls.addClassName("call-row");
        settings.emergencyNumbers().forEach(n -> calls.add(Calls.call("Call " + n, n)));
        section.add(calls);
        if (settings.hasHelpline()) {
            section.add(new Paragraph(settings.helplineName()));
            section.add(Calls.call("Call " + settings.helplineNumber(), settings.helplineNumber()));
        }
        return section;
    }

    private Section tellYourClinician() {
        Section section = new Section();
        section.addClassName("safety-tell");
        section.add(new H3("Let your clinician know"));
        section.add(new Paragraph("This puts a flag next to your name on your clinician's list straight away, whatever"
                + " you have chosen to share from your journal. They will see it when they next open Holdfast;"
                + " it is not watched around the clock, so in danger call the numbers above."));
        note.setWidthFull();
        note.setLimitAction("send");
        note.setHelperText("For example what happened, or the best time to reach you.");
        tell.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        tell.setDisableOnClick(true); // a double tap sends one signal
        tell.addClickListener(e -> tell());
        told.addClassName("safety-told");
        told.setVisible(false);
        section.add(note, tell, told);
        return section;
    }

    private void tell() {
        if (!note.checkLength()) {
            tell.setEnabled(true);
            return;
        }
        try {
            showTold(safety.raise(note.getValue()));
            note.clear();
            note.setInvalid(false);
        } catch (ConstraintViolationException invalid) {
            note.setErrorMessage(invalid.getConstraintViolations().iterator().next().getMessage());
            note.setInvalid(true);
            tell.setEnabled(true);
        }
    }

    private void showTold(SafetySignalSummary signal) {
        told.setText("Sent at " + Dates.time(signal.raisedAt(), clock.getZone()) + " on "
                + Dates.dayAndMonth(LocalDate.ofInstant(signal.raisedAt(), clock.getZone()))
                + ". Your clinician will see it on their list. You can tell them again if things change.");
        told.setVisible(true);
        tell.setText("Tell them again");
        tell.setEnabled(true);
    }

    private Section yourPlan(List<PlanDetails> mine) {
        Section section = new Section();
        section.addClassName("safety-plan");
        section.add(new H3("Your plan for this"));
        List<PlanContent> plans = mine.stream().map(PlanDetails::content).toList();
        List<PlanContent> withSteps = plans.stream()
                .filter(p -> p.getIfTheyTurnUp() != null || p.getWhomToCall() != null).toList();
        if (withSteps.isEmpty()) {
            section.add(new Paragraph("Your plan has no safety steps written down yet. It is worth doing together with"
                    + " your clinician at your next session."));
        }
        for (PlanContent plan : withSteps) {
            if (withSteps.size() > 1) {
                section.add(new Paragraph("About " + plan.getPersonLabel() + ":"));
            }
            if (plan.getIfTheyTurnUp() != null) {
                section.add(step("If they turn up", plan.getIfTheyTurnUp()));
            }
            if (plan.getWhomToCall() != null) {
                section.add(step("Who to call", plan.getWhomToCall()));
            }
        }
        List<SupportContact> contacts = plans.stream().flatMap(p -> p.getSupportContacts().stream())
                .filter(Objects::nonNull).distinct().toList();
        if (!contacts.isEmpty()) {
            Div list = new Div();
            list.addClassName("contacts");
            contacts.forEach(c -> list.add(Calls.contact(c)));
            section.add(new Paragraph("People who said you can call them:"), list);
        }
        return section;
    }

    private static Div step(String title, String text) {
        Div step = new Div();
        step.addClassName("safety-step");
        Paragraph heading = new Paragraph(title);
        heading.addClassName("safety-step-title");
        Paragraph body = new Paragraph(text);
        body.addClassName("safety-step-text");
        step.add(heading, body);
        return step;
    }
}
