package org.holdfast.measures.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.holdfast.measures.Change;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureForm;
import org.holdfast.measures.MeasureScore;
import org.holdfast.measures.MeasureService;
import org.holdfast.measures.Submitted;
import org.holdfast.measures.UnansweredItemsException;
import org.holdfast.safety.ui.SafetyView;
import org.holdfast.security.Role;
import org.holdfast.shared.CrisisLines;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.Attention;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One questionnaire on one page, phone first: what happens to the answers said before the first question, one radio
 * group per item, every answer kept as it is given. A PHQ-9 item 9 answer above "Not at all" brings the emergency
 * numbers and the "I don't feel safe" page up at once, above the remaining questions; the clinician is told by the
 * service in the same moment.
 */
@Route("questionnaire/:assignmentId/:date")
@PageTitle("Questionnaire · Holdfast")
@RolesAllowed(Role.CLIENT_NAME)
@StyleSheet("styles/safety.css")
@StyleSheet("styles/measures.css")
public class MeasureFormView extends VerticalLayout implements BeforeEnterObserver {

    final List<RadioButtonGroup<Integer>> items = new ArrayList<>();
    final Section emergency = new Section();
    final Paragraph problem = new Paragraph();
    final Button send = new Button("Send my answers");
    final Div result = new Div();

    private final MeasureService measures;
    private final CrisisLines crisis;
    private MeasureForm form;
    private boolean loading;

    public MeasureFormView(MeasureService measures, CrisisLines crisis) {
        this.measures = measures;
        this.crisis = crisis;
        addClassName("measure-form-view");
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        LocalDate date = event.getRouteParameters().get("date").map(LocalDate::parse).orElseThrow();
        removeAll();
        items.clear();
        // Refuses someone else's questionnaire and a day that is not one of its due dates.
        MeasureScore done = measures.myResponse(assignmentId, date).orElse(null);
        form = measures.open(assignmentId, date);
        Instrument instrument = form.instrument();
        add(new H1(instrument.title()));
        if (done != null) {
            add(new Paragraph("You sent this one on " + Dates.formatWithWeekday(date) + "."));
            showResult(done, instrument.needsSafetyResponse(done.answers()));
            return;
        }
        Paragraph shared = new Paragraph("Your answers and score go to your clinician, whatever you have chosen to share"
                + " from your journal: this questionnaire is part of your care, and they use it to see how things are"
                + " changing. It takes about a minute.");
        shared.addClassName("measure-notice");
        add(shared);
        if (instrument.safetyItem() >= 0) {
            Paragraph safety = new Paragraph("Question " + (instrument.safetyItem() + 1) + " asks about thoughts of being"
                    + " better off dead or of hurting yourself. If you answer anything other than \u201cNot at all\u201d,"
                    + " we show you who to call straight away and your clinician sees a safety flag next to your name,"
                    + " whatever you share.");
            safety.addClassName("measure-notice");
            add(safety);
        }
        emergency.addClassNames("safety-emergency", "measure-emergency");
        emergency.setVisible(false);
        Paragraph stem = new Paragraph(instrument.stem());
        stem.addClassName("measure-stem");
        add(emergency, stem);

        loading = true;
        for (int i = 0; i < instrument.items().size(); i++) {
            int index = i;
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>((i + 1) + ". " + instrument.items().get(i));
            group.addClassName("measure-item");
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(instrument.answers().stream().map(Instrument.Answer::value).toList());
            group.setItemLabelGenerator(v -> instrument.answers().stream().filter(a -> a.value() == v).findFirst()
                    .orElseThrow().label());
            group.setValue(form.answers().get(i));
            group.addValueChangeListener(e -> answered(index, e.getValue()));
            items.add(group);
            add(group);
        }
        loading = false;
        if (instrument.needsSafetyResponse(form.answers())) {
            showEmergency();
        }
        problem.addClassName("form-problem");
        problem.setVisible(false);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true); // a double tap sends one form; the service would store it once anyway
        send.addClickListener(e -> send());
        result.addClassName("measure-result");
        add(problem, send, result);
    }

    private void answered(int index, Integer value) {
        if (loading) {
            return;
        }
        form.answers().set(index, value);
        items.get(index).setInvalid(false);
        if (form.instrument().needsSafetyResponse(form.answers())) {
            showEmergency();
        }
        measures.saveDraft(form);
    }

    private void showEmergency() {
        if (emergency.isVisible()) {
            return;
        }
        emergency.removeAll();
        emergency.add(new H3("If you are in danger right now"));
        emergency.add(new Paragraph("Call the emergency services on " + crisis.emergencyNumber().replace(" / ", " or ")
                + ". You can call from a locked phone."));
        Div calls = new Div();
        calls.addClassName("call-row");
        crisis.emergencyNumbers().forEach(n -> calls.add(call("Call " + n, n)));
        emergency.add(calls);
        if (crisis.hasHelpline()) {
            emergency.add(new Paragraph(crisis.helplineName()));
            emergency.add(call("Call " + crisis.helplineNumber(), crisis.helplineNumber()));
        }
        emergency.add(new Paragraph("Your clinician has been told, with a safety flag next to your name. They see it"
                + " when they next open Holdfast; it is not watched around the clock."));
        RouterLink unsafe = new RouterLink("I don't feel safe: my plan and people to call", SafetyView.class);
        unsafe.addClassName("measure-unsafe-link");
        emergency.add(unsafe);
        emergency.setVisible(true);
        Attention.focus(emergency);
    }

    private static Anchor call(String label, String number) {
        Anchor call = new Anchor("tel:" + CrisisLines.dialable(number), label);
        call.addClassName("call-link");
        return call;
    }

    private void send() {
        try {
            problem.setVisible(false);
            Submitted sent = measures.submit(form);
            items.forEach(g -> g.setReadOnly(true));
            send.setVisible(false);
            showResult(sent.score(), sent.safetyResponse());
        } catch (UnansweredItemsException missing) {
            for (int n : missing.items()) {
                RadioButtonGroup<Integer> group = items.get(n - 1);
                group.setErrorMessage("Choose the answer closest to how it has been");
                group.setInvalid(true);
            }
            problem.setText(missing.getMessage());
            problem.setVisible(true);
            Attention.focus(items.get(missing.items().getFirst() - 1));
        } finally {
            send.setEnabled(true);
        }
    }

    private void showResult(MeasureScore score, boolean safety) {
        if (safety) {
            showEmergency();
            if (!emergency.getParent().isPresent()) {
                addComponentAtIndex(1, emergency);
            }
        }
        result.removeAll();
        Instrument i = score.instrument();
        Paragraph total = new Paragraph("Your score: " + score.score() + " out of " + i.maxScore() + " \u00b7 " + score.band());
        total.addClassName("measure-score");
        result.add(new H3("Thank you, your answers are sent"), total);
        if (score.sinceLast() != null) {
            result.add(new Paragraph("Since last time: " + words(score.sinceLast(), i)));
        }
        if (score.sinceBaseline() != null && score.sinceBaseline() != score.sinceLast()) {
            result.add(new Paragraph("Since your first one: " + words(score.sinceBaseline(), i)));
        }
        result.add(new Paragraph("Scores are something to talk through with your clinician, not a verdict."));
        // Progress belongs to insights, downstream of this module: linked by its address, not imported.
        result.add(new Anchor("progress", "See your scores over time on Progress"));
        if (!result.getParent().isPresent()) {
            add(result);
        }
        Attention.focus(result);
    }

    /** In the client's words: which way, and whether it is more than the everyday ups and downs of the score. */
    static String words(Change change, Instrument instrument) {
        if (change.delta() == 0) {
            return "the same score.";
        }
        String way = (change.delta() > 0 ? "up " : "down ") + Math.abs(change.delta());
        return switch (change.direction()) {
            case BETTER -> way + ", a real improvement (more than the score's usual ups and downs).";
            case WORSE -> way + ", a real change for the worse (more than the score's usual ups and downs).";
            case NO_RELIABLE_CHANGE -> way + ", within the score's usual ups and downs.";
        };
    }

}
