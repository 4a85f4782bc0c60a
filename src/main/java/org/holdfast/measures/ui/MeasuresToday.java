package org.holdfast.measures.ui;

import java.util.List;
import java.util.Optional;

import org.holdfast.measures.DueMeasure;
import org.holdfast.measures.MeasureService;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.TodayPanel;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/** Questionnaires due on the client's Today: one link each, with a word when one was started and kept. */
@Component
class MeasuresToday implements TodayPanel {

    private final MeasureService measures;

    MeasuresToday(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel() {
        List<DueMeasure> due = measures.myDue();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassName("measures-due");
        H2 title = new H2(due.size() == 1 ? "A questionnaire for you" : "Questionnaires for you");
        panel.add(title, new Paragraph("About a minute each. Your clinician sees the answers and the score."));
        for (DueMeasure d : due) {
            String url = RouteConfiguration.forSessionScope().getUrl(MeasureFormView.class,
                    new RouteParameters(java.util.Map.of("assignmentId", String.valueOf(d.assignmentId()), "date",
                            d.dueDate().toString())));
            Anchor link = new Anchor(url, d.instrument().title() + (d.started() ? " \u00b7 carry on where you left off" : "")
                    + " \u00b7 due " + Dates.formatWithWeekday(d.dueDate()));
            link.addClassName("measure-due-link");
            panel.add(link);
        }
        return Optional.of(panel);
    }
}
