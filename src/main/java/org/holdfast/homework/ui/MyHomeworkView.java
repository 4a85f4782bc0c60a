package org.holdfast.homework.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.homework.DueOccurrence;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.MyHomework;
import org.holdfast.homework.Outcome;
import org.holdfast.homework.RecordedOutcome;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The client's homework, phone first: what is due now, a tap to say done or what got in the way. */
@Route("my-homework")
@PageTitle("Homework · Holdfast")
@Menu(title = "Homework", order = 20, icon = "vaadin:check-square-o")
@RolesAllowed(Role.CLIENT_NAME)
@StyleSheet("styles/homework.css")
public class MyHomeworkView extends VerticalLayout {

    final Div open = new Div();
    final Div recorded = new Div();

    private final HomeworkService homework;
    private final ConsentService consent;
    private final Clock clock;
    private SharingLevel level;

    public MyHomeworkView(HomeworkService homework, ConsentService consent, Clock clock) {
        this.homework = homework;
        this.consent = consent;
        this.clock = clock;
        addClassName("my-homework-view");
        setMaxWidth("36rem");
        Paragraph intro = new Paragraph("Small steps between sessions. Do what you can: what got in the way is "
                + "just as useful to talk about.");
        intro.addClassName("homework-intro");
        open.addClassName("homework-open");
        recorded.addClassName("homework-recorded");
        add(new H1("Homework"), intro, open, recorded);
        refresh();
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock);
        MyHomework mine = homework.myHomework();
        // Who reads the client's words about their homework follows what they share of their journal.
        level = consent.mine().level();
        open.removeAll();
        if (mine.nothingOpen()) {
            Paragraph none = new Paragraph("Nothing is waiting for you right now.");
            none.addClassName("homework-empty");
            open.add(none);
        }
        section("Today", mine.today(), today);
        section("Still open from earlier days", mine.earlier(), today);
        section("Later this week", mine.thisWeek(), today);
        section("Coming up", mine.later(), today);

        recorded.removeAll();
        if (!mine.recorded().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("homework-done-list");
            mine.recorded().forEach(r -> list.add(recordedItem(r)));
            recorded.add(new H3("Done lately"), list);
        }
    }

    private void section(String heading, List<DueOccurrence> items, LocalDate today) {
        if (items.isEmpty()) {
            return;
        }
        open.add(new H3(heading));
        items.forEach(due -> open.add(new HomeworkItem(due, today, level, homework, this::recorded)));
    }

    private void recorded(Outcome outcome) {
        refresh();
        String message = outcome == Outcome.DONE ? "Saved. Thank you for taking the time."
                : "Saved. Knowing what got in the way is useful: you can look at it together next session.";
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private ListItem recordedItem(RecordedOutcome r) {
        Span title = new Span(r.title());
        title.addClassName("homework-done-title");
        Span meta = new Span(Dates.formatWithWeekday(r.date()) + " · "
                + (r.outcome() == Outcome.DONE ? "Done" : "Not this time"));
        meta.addClassName("homework-done-meta");
        ListItem item = new ListItem(title, meta);
        String words = r.outcome() == Outcome.DONE ? r.reflection() : r.reason();
        if (words != null) {
            boolean seen = level.letsWordsThrough(r.shared());
            Span who = new Span(seen ? "Shared with your clinician" : "Only you");
            who.addClassName(seen ? "homework-shared" : "homework-private");
            item.add(new Paragraph(words), who);
        }
        return item;
    }
}
