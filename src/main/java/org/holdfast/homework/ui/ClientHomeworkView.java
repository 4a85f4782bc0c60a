package org.holdfast.homework.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.holdfast.clients.ui.RecordPage;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.homework.AssignmentStatus;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.Outcome;
import org.holdfast.homework.Recurrence;
import org.holdfast.homework.SharedOutcome;
import org.holdfast.plans.PlanService;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A client's homework as their clinician sees it: progress, overdue days, what the client shared; and assigning more. */
@RecordPage(RecordSection.HOMEWORK)
@Route("clients/:clientId/homework")
@RolesAllowed(Role.CLINICIAN_NAME)
@StyleSheet("styles/homework.css")
public class ClientHomeworkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button assignHomework = new Button("Assign homework", VaadinIcon.PLUS.create());
    final Div current = new Div();
    final Div finished = new Div();
    AssignHomeworkDialog assignDialog;

    private final HomeworkService homework;
    private final ClientService clients;
    private final PlanService plans;
    private final Clock clock;
    private ClientSummary client;

    private String pageTitle = "Homework · Holdfast";

    public ClientHomeworkView(HomeworkService homework, ClientService clients, PlanService plans, Clock clock) {
        this.homework = homework;
        this.clients = clients;
        this.plans = plans;
        this.clock = clock;
        addClassName("client-homework-view");
        assignHomework.addThemeVariants(ButtonVariant.PRIMARY);
        assignHomework.addClickListener(e -> openAssignDialog());
        current.addClassName("homework-list");
        finished.addClassName("homework-list");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        // Refuses a client outside this clinician's caseload; the access-denied page says so plainly.
        client = clients.requireReadable(clientId);
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Homework");
        add(new ClientRecordHeader(client, RecordSection.HOMEWORK));
        Div actions = new Div(assignHomework);
        actions.addClassName("homework-actions");
        add(actions, current, finished);
        refresh();
    }

    void openAssignDialog() {
        LocalDate today = LocalDate.now(clock);
        assignDialog = new AssignHomeworkDialog(homework, client.id(), client.displayName(), homework.library(false),
                plans.activePlans(client.id()), today, () -> {
                    refresh();
                    Notification.show("Homework assigned", 3000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                });
        assignDialog.open();
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock);
        List<AssignmentStatus> all = homework.assignmentsFor(client.id());
        var split = all.stream().collect(Collectors.partitioningBy(AssignmentStatus::finished));
        current.removeAll();
        finished.removeAll();
        long overdue = all.stream().mapToLong(a -> a.overdue().size()).sum();
        H3 currentTitle = new H3("Current homework");
        current.add(currentTitle);
        if (overdue > 0) {
            Paragraph attention = new Paragraph(overdue + " overdue: past their day with nothing recorded yet");
            attention.addClassName("homework-attention");
            current.add(attention);
        }
        if (split.get(false).isEmpty()) {
            current.add(new Paragraph("Nothing open. Assign something from the library or write your own."));
        }
        // What needs the clinician's eye first: overdue homework, then whatever falls due soonest.
        split.get(false).stream()
                .sorted(Comparator.comparing((AssignmentStatus a) -> a.overdue().isEmpty())
                        .thenComparing(a -> a.overdue().isEmpty() ? a.nextDue() : a.overdue().getFirst(),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> current.add(card(a, today)));
        if (!split.get(true).isEmpty()) {
            finished.add(new H3("Finished or cancelled"));
            split.get(true).forEach(a -> finished.add(card(a, today)));
        }
    }

    private Div card(AssignmentStatus a, LocalDate today) {
        Div card = new Div();
        card.addClassNames("card", "homework-card");
        if (a.cancelled()) {
            card.addClassName("cancelled");
        }
        H4 title = new H4(a.title());
        Span progress = new Span(progress(a, today));
        progress.addClassName("homework-progress");
        if (!a.overdue().isEmpty()) {
            Span late = new Span(a.overdue().size() + " overdue");
            late.addClassName("homework-overdue-badge");
            progress.add(late);
        }
        Div head = new Div(title, progress);
        head.addClassName("homework-card-head");
        card.add(head, new Paragraph(schedule(a, today)));
        if (a.instructions() != null) {
            Paragraph text = new Paragraph(a.instructions());
            text.addClassName("homework-instructions");
            card.add(text);
        }
        if (!a.overdue().isEmpty()) {
            Paragraph late = new Paragraph("No outcome yet for " + a.overdue().stream().map(Dates::formatWithWeekday)
                    .collect(Collectors.joining(", ")));
            late.addClassName("homework-overdue");
            card.add(late);
        }
        List<SharedOutcome> worthReading = a.outcomes().stream()
                .filter(o -> o.reflection() != null || o.reason() != null).toList();
        if (!worthReading.isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("homework-outcomes");
            worthReading.forEach(o -> notes.add(outcome(o)));
            card.add(notes);
        }
        if (!a.cancelled() && !a.finished()) {
            Button cancel = new Button("Cancel this homework", e -> confirmCancel(a));
            cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            cancel.addClassName("homework-cancel");
            card.add(cancel);
        }
        return card;
    }

    private static String progress(AssignmentStatus a, LocalDate today) {
        if (a.cancelled()) {
            return "Cancelled · done " + a.done() + " of " + a.dueSoFar();
        }
        if (a.dueSoFar() == 0) {
            return a.done() > 0 ? "Done early" : today.equals(a.nextDue()) ? "Due today" : "Not due yet";
        }
        return "Done " + a.done() + " of " + a.dueSoFar() + (a.recurrence() == Recurrence.ONCE ? "" : " so far")
                + (a.couldNotDo() > 0 ? " · " + a.couldNotDo() + " couldn't" : "");
    }

    private static String schedule(AssignmentStatus a, LocalDate today) {
        String when = switch (a.recurrence()) {
            case ONCE -> "Due " + Dates.formatWithWeekday(a.firstDue());
            case DAILY -> "Every day, " + Dates.formatWithWeekday(a.firstDue()) + " to " + Dates.formatWithWeekday(a.lastDue());
            case WEEKLY -> "Every week, " + Dates.formatWithWeekday(a.firstDue()) + " to " + Dates.formatWithWeekday(a.lastDue());
        };
        if (a.nextDue() != null && a.recurrence() != Recurrence.ONCE) {
            when += " · next " + (a.nextDue().equals(today) ? "today" : Dates.formatWithWeekday(a.nextDue()));
        }
        if (a.planLabel() != null) {
            when += " · plan: no contact with " + a.planLabel();
        }
        return when;
    }

    private static ListItem outcome(SharedOutcome o) {
        Span date = new Span(Dates.formatWithWeekday(o.date()));
        date.addClassName("homework-outcome-date");
        ListItem item = new ListItem(date);
        if (o.outcome() == Outcome.DONE) {
            Span text = new Span("Done: “" + o.reflection() + "”");
            item.add(text);
        } else {
            Span text = new Span("Couldn't do it: " + o.reason());
            text.addClassName("homework-could-not");
            item.add(text);
        }
        return item;
    }

    private void confirmCancel(AssignmentStatus a) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Cancel “" + a.title() + "”?");
        confirm.add(new Paragraph("It leaves " + client.displayName() + "'s list. What they recorded so far stays here."));
        Button yes = new Button("Cancel homework", e -> {
            homework.cancel(a.id());
            confirm.close();
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button no = new Button("Keep it", e -> confirm.close());
        confirm.getFooter().add(no, yes);
        confirm.open();
    }
}
