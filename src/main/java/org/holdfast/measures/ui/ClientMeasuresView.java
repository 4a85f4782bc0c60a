package org.holdfast.measures.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.clients.ui.RecordPage;
import org.holdfast.measures.Change;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureAssignmentStatus;
import org.holdfast.measures.MeasureScore;
import org.holdfast.measures.MeasureService;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A client's questionnaires as their clinician sees them: what is assigned and when it falls due, and every score
 * with its band and its change since the baseline and since the last one, reliable changes marked. The chart of the
 * scores beside slips, urges and contact attempts is on Insights, which owns the chart engine.
 */
@RecordPage(RecordSection.MEASURES)
@Route("clients/:clientId/measures")
@RolesAllowed(Role.CLINICIAN_NAME)
@StyleSheet("styles/measures.css")
public class ClientMeasuresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button assignMeasure = new Button("Assign a questionnaire", VaadinIcon.PLUS.create());
    final Div assigned = new Div();
    final Div scores = new Div();
    AssignMeasureDialog assignDialog;

    private final MeasureService measures;
    private final ClientService clients;
    private final Clock clock;
    private ClientSummary client;
    private String pageTitle = "Measures · Holdfast";

    public ClientMeasuresView(MeasureService measures, ClientService clients, Clock clock) {
        this.measures = measures;
        this.clients = clients;
        this.clock = clock;
        addClassName("client-measures-view");
        assignMeasure.addThemeVariants(ButtonVariant.PRIMARY);
        assignMeasure.addClickListener(e -> openAssignDialog());
        assigned.addClassName("measure-assignments");
        scores.addClassName("measure-scores");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        client = clients.requireReadable(clientId);
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Measures");
        add(new ClientRecordHeader(client, RecordSection.MEASURES));
        Paragraph about = new Paragraph("PHQ-9 (depression), GAD-7 (anxiety) and WHO-5 (wellbeing). Scores reach you whatever "
                + client.displayName().split(" ")[0] + " shares of the journal; a PHQ-9 question 9 answer above \u201cNot at all\u201d"
                + " raises a safety flag at once. A change counts as reliable at 6 points on PHQ-9, 4 on GAD-7 and 10 on WHO-5.");
        about.addClassName("measure-about");
        add(about, new Div(assignMeasure), scores, assigned);
        refresh();
    }

    void openAssignDialog() {
        assignDialog = new AssignMeasureDialog(measures, client.id(), client.displayName(),
                LocalDate.now(clock.withZone(clients.zoneOf(client.id()))), () -> {
                    refresh();
                    Notification.show("Questionnaire assigned", 3000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                });
        assignDialog.open();
    }

    void refresh() {
        scores.removeAll();
        assigned.removeAll();
        List<MeasureScore> all = measures.scoresFor(client.id());
        scores.add(new H3("Scores"));
        if (all.isEmpty()) {
            scores.add(new Paragraph("No questionnaire answered yet."));
        }
        for (Instrument instrument : Instrument.values()) {
            List<MeasureScore> mine = all.stream().filter(s -> s.instrument() == instrument).toList().reversed();
            if (!mine.isEmpty()) {
                scores.add(new H4(instrument.title()), table(mine));
            }
        }
        assigned.add(new H3("Assigned"));
        List<MeasureAssignmentStatus> list = measures.assignmentsFor(client.id());
        if (list.isEmpty()) {
            assigned.add(new Paragraph("Nothing assigned. Assign a questionnaire once or on a schedule."));
        }
        for (MeasureAssignmentStatus a : list) {
            Div card = new Div();
            card.addClassNames("card", "measure-assignment");
            String state = a.cancelled() ? "stopped" : a.nextDue() == null ? "finished"
                    : "next due " + Dates.formatWithWeekday(a.nextDue());
            card.add(new H4(a.instrument().title()), new Paragraph(a.scheduleText() + " \u00b7 " + state + " \u00b7 answered "
                    + a.completed() + (a.completed() == 1 ? " time" : " times")));
            if (!a.cancelled() && a.nextDue() != null) {
                Button stop = new Button("Stop this questionnaire", e -> {
                    measures.cancel(a.id());
                    refresh();
                });
                stop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                card.add(stop);
            }
            assigned.add(card);
        }
    }

    private static NativeTable table(List<MeasureScore> newestFirst) {
        NativeTable table = new NativeTable();
        table.addClassName("measure-table");
        NativeTableRow head = new NativeTableRow();
        for (String h : List.of("Date", "Score", "Band", "Since last", "Since baseline")) {
            head.add(new NativeTableHeaderCell(h));
        }
        table.getHead().add(head);
        NativeTableBody body = table.getBody();
        for (MeasureScore s : newestFirst) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(Dates.format(s.dueDate())));
            NativeTableCell score = new NativeTableCell(s.score() + " / " + s.instrument().maxScore()
                    + (s.safetyAnswer() ? " \u00b7 item 9: " + s.instrument().answers().stream()
                            .filter(o -> o.value() == s.answers().get(s.instrument().safetyItem())).findFirst()
                            .orElseThrow().label().toLowerCase() : ""));
            if (s.safetyAnswer()) {
                score.addClassName("measure-safety");
            }
            row.add(score, new NativeTableCell(s.band()), change(s.sinceLast()), change(s.sinceBaseline()));
            body.add(row);
        }
        return table;
    }

    private static NativeTableCell change(Change c) {
        NativeTableCell cell = new NativeTableCell(c == null ? "baseline" : c.describe());
        if (c != null && c.direction() == Change.Direction.WORSE) {
            cell.addClassName("measure-worse");
        } else if (c != null && c.direction() == Change.Direction.BETTER) {
            cell.addClassName("measure-better");
        }
        return cell;
    }
}
