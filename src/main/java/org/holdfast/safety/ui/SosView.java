package org.holdfast.safety.ui;

import com.vaadin.flow.router.RouterLink;
import org.holdfast.journal.ui.SlipView;
import org.holdfast.shared.Dates;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.SupportContact;
import org.holdfast.safety.SafetyService;
import org.holdfast.safety.SosForm;
import org.holdfast.safety.SosOutcome;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * Urge support: for the moment the urge to make contact is strong. The client's own reasons, what
 * helps, people to call, a delay timer and a box to write in instead. How it went is logged; nothing
 * the client writes here is.
 */
@Route("pause")
@RouteAlias("sos")
@PageTitle("Urge support · Holdfast")
@Menu(title = "Urge support", order = 2, icon = "vaadin:lifebuoy")
@StyleSheet("styles/safety.css")
@RolesAllowed(Role.CLIENT_NAME)
public class SosView extends VerticalLayout {


    final IntegerField strength = new IntegerField("How strong is the urge right now?");
    final Button wait10 = new Button("Wait 10 minutes");
    final Button wait20 = new Button("Wait 20 minutes");
    final Paragraph waitUntil = new Paragraph();
    final Span countdown = new Span();
    final Button resisted = new Button(SosOutcome.RESISTED.label());
    final Button delayed = new Button(SosOutcome.DELAYED.label());
    final Button slipped = new Button(SosOutcome.SLIPPED.label());
    final Paragraph response = new Paragraph();
    /**
     * A plain HTML textarea whose value the server never asks for: what is typed stays in the browser
     * and cannot be sent, stored or read by anyone. Not kept, deliberately: "never sends anything" is
     * a promise the client has to be able to trust at a bad moment; a "keep it in my journal" option
     * belongs with the journal entries being built separately.
     */
    final Element writeHere = new Element("textarea");

    private final SafetyService safety;
    private final Clock clock;
    private final Instant openedAt;

    public SosView(SafetyService safety, PlanService plans, Clock clock) {
        this.safety = safety;
        this.clock = clock;
        this.openedAt = Instant.now(clock);
        addClassName("sos-view");

        List<PlanContent> mine = plans.myPlans().stream().map(PlanDetails::content).toList();
        add(new H1("Urge support"),
                new Paragraph("Urges come in waves. This one will rise, peak and pass, and you don't have to act on it."
                        + " Having it is not a slip."),
                strength(), timer(), reasons(mine), coping(mine), people(mine), writeHereInstead(), outcome());
    }

    private IntegerField strength() {
        strength.setWidthFull();
        strength.setMin(0);
        strength.setMax(10);
        strength.setStepButtonsVisible(true);
        strength.setHelperText("0 = none, 10 = overwhelming. It goes into your journal as an urge.");
        return strength;
    }

    private Section timer() {
        Section section = card("Give it time");
        section.add(new Paragraph("Promise yourself to wait before doing anything. Most urges ease within minutes."));
        Div buttons = new Div(wait10, wait20);
        buttons.addClassName("button-row");
        wait10.addClickListener(e -> startTimer(10));
        wait20.addClickListener(e -> startTimer(20));
        waitUntil.addClassName("sos-wait-until");
        waitUntil.setVisible(false);
        countdown.addClassName("sos-countdown");
        countdown.getElement().setAttribute("role", "timer");
        countdown.getElement().setAttribute("aria-live", "off"); // a screen reader would otherwise read every second
        section.add(buttons, waitUntil, countdown);
        return section;
    }

    private void startTimer(int minutes) {
        waitUntil.setText("Wait until " + Dates.time(Instant.now(clock).plusSeconds(minutes * 60L), clock.getZone())
                + ". Then come back and say how it went.");
        waitUntil.setVisible(true);
        // A countdown in the browser: no server push needed, and it keeps going if the connection drops.
        countdown.getElement().executeJs("""
                const el = this; const end = Date.now() + $0 * 60000;
                clearInterval(el._holdfastTimer);
                const tick = () => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = s > 0 ? Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + ' to go'
                                         : 'The time is up. How did it go?';
                  if (s === 0) clearInterval(el._holdfastTimer);
                };
                tick(); el._holdfastTimer = setInterval(tick, 1000);""", minutes);
    }

    /** Reasons belong to one person each: with two plans, each list says whom it is about. */
    private Section reasons(List<PlanContent> mine) {
        Section section = card("Why you're doing this");
        List<PlanContent> withReasons = mine.stream().filter(p -> !p.getReasons().isEmpty()).toList();
        if (withReasons.isEmpty()) {
            section.add(new Paragraph("Your reasons list is still to be written with your clinician."));
        }
        for (PlanContent plan : withReasons) {
            if (withReasons.size() > 1) {
                Paragraph about = new Paragraph("About " + plan.getPersonLabel());
                about.addClassName("sos-about");
                section.add(about);
            }
            section.add(list(plan.getReasons().stream().filter(Objects::nonNull).toList()));
        }
        return section;
    }

    private Section coping(List<PlanContent> mine) {
        Section section = card("What helps you");
        List<String> coping = mine.stream().flatMap(p -> p.getCopingStrategies().stream()).filter(Objects::nonNull)
                .distinct().toList();
        section.add(coping.isEmpty() ? new Paragraph("Try leaving the room, a walk, or calling someone on the list below.")
                : list(coping));
        return section;
    }

    private Section people(List<PlanContent> mine) {
        Section section = card("Call someone instead");
        List<SupportContact> contacts = mine.stream().flatMap(p -> p.getSupportContacts().stream())
                .filter(Objects::nonNull).distinct().toList();
        if (contacts.isEmpty()) {
            section.add(new Paragraph("No support contacts in your plan yet. A friend you trust is a good start."));
        } else {
            Div list = new Div();
            list.addClassName("contacts");
            contacts.forEach(c -> list.add(Calls.contact(c)));
            section.add(list);
        }
        return section;
    }

    private Section writeHereInstead() {
        Section section = card("Write it here instead");
        writeHere.setAttribute("id", "sos-write-here");
        writeHere.setAttribute("rows", "6");
        writeHere.setAttribute("class", "sos-write-here");
        writeHere.setAttribute("aria-describedby", "sos-write-here-help");
        NativeLabel label = new NativeLabel("What you would say to them");
        label.setFor("sos-write-here");
        Paragraph help = new Paragraph("This box cannot send anything. What you write stays on this screen only: it is"
                + " not sent to them, not saved, not seen by your clinician or by us, and it is gone when you leave"
                + " the page.");
        help.setId("sos-write-here-help");
        help.addClassName("sos-help");
        section.add(label);
        section.getElement().appendChild(writeHere);
        section.add(help);
        return section;
    }

    private Section outcome() {
        Section section = card("How did it go?");
        resisted.addThemeVariants(ButtonVariant.PRIMARY);
        Div buttons = new Div(resisted, delayed, slipped);
        buttons.addClassName("button-row");
        resisted.addClickListener(e -> record(SosOutcome.RESISTED));
        delayed.addClickListener(e -> record(SosOutcome.DELAYED));
        slipped.addClickListener(e -> record(SosOutcome.SLIPPED));
        response.addClassName("sos-response");
        response.setVisible(false);
        section.add(buttons, response);
        return section;
    }

    private void record(SosOutcome outcome) {
        if (strength.isInvalid() || strength.getValue() == null) {
            strength.setErrorMessage("Say how strong the urge is, from 0 to 10: it goes into your journal as an urge");
            strength.setInvalid(true);
            return;
        }
        safety.recordSos(new SosForm(openedAt, outcome, strength.getValue()));
        for (Button b : new Button[] { resisted, delayed, slipped }) {
            b.setEnabled(false); // one outcome per visit: a double tap logs it once
        }
        response.setText(switch (outcome) {
            case RESISTED -> "You rode the wave out. Each time you do, the next one tends to be a little easier.";
            case DELAYED -> "Holding off is holding on. Come back here whenever the urge returns.";
            case SLIPPED -> "Thank you for being honest with yourself. A slip is part of the work, not the end of it."
                    + " Your day count starts again today. When you can, note what set it off, so you and your"
                    + " clinician can look at it together.";
        });
        response.setVisible(true);
        if (outcome == SosOutcome.SLIPPED) {
            RouterLink today = new RouterLink("Note what happened, when you are ready", SlipView.class);
            response.getParent().ifPresent(p -> ((Section) p).add(today));
        }
    }

    private static Section card(String title) {
        Section section = new Section(new H3(title));
        section.addClassName("sos-card");
        return section;
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
