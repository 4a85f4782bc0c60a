package org.holdfast.audit.ui;

import org.holdfast.shared.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.holdfast.audit.AuditLog;
import org.holdfast.audit.ContentAccess;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

import jakarta.annotation.security.RolesAllowed;

/**
 * "Who looked at my journal and when", for the client: day by day, newest first, a page of reads at a
 * time. A plain list rather than a grid: on a phone it reads like a diary, and a screen reader hears
 * each day as a heading.
 */
@Route("who-looked")
@PageTitle("Who has looked · Holdfast")
@Menu(title = "Who has looked", order = 50, icon = "vaadin:eye")
@StyleSheet("styles/safety.css")
@RolesAllowed(Role.CLIENT_NAME)
public class WhoLookedView extends VerticalLayout {

    static final int PAGE = 30;

    final Div days = new Div();
    final Button more = new Button("Show earlier");
    private final AuditLog audit;
    private final Clock clock;
    private int page;
    private LocalDate lastDay;
    private UnorderedList lastList;

    public WhoLookedView(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        addClassName("who-looked-view");
        days.addClassName("who-looked-days");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> loadNextPage());
        add(new H1("Who has looked"),
                new Paragraph("Every time someone at the practice opens your plan, your check-ins, your homework or a"
                        + " report about you, it is written down here. You never appear: your own visits are not"
                        + " recorded."),
                days, more);
        loadNextPage();
        if (lastDay == null) {
            days.add(new Paragraph("Nobody has looked at your record yet."));
        }
    }

    private void loadNextPage() {
        Slice<ContentAccess> slice = audit.whoLookedAtMine(PageRequest.of(page++, PAGE));
        slice.forEach(this::add);
        more.setVisible(slice.hasNext());
    }

    private void add(ContentAccess access) {
        ZonedDateTime at = access.at().atZone(clock.getZone());
        if (!at.toLocalDate().equals(lastDay)) {
            lastDay = at.toLocalDate();
            lastList = new UnorderedList();
            lastList.addClassName("who-looked-list");
            H3 heading = new H3(dayLabel(lastDay));
            days.add(heading, lastList);
        }
        Span time = new Span(Dates.time(at.toLocalTime()));
        time.addClassName("who-looked-time");
        Span who = new Span(access.who() + (access.role().isEmpty() ? "" : " (" + access.role().toLowerCase(Locale.ROOT) + ")"));
        who.addClassName("who-looked-who");
        Span what = new Span(access.what());
        what.addClassName("who-looked-what");
        ListItem item = new ListItem(time, who, what);
        if (access.reason() != null) {
            Span reason = new Span("Reason given: " + access.reason());
            reason.addClassName("who-looked-reason");
            item.add(reason);
        }
        lastList.add(item);
    }

    private String dayLabel(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day.equals(today)) {
            return "Today";
        }
        return day.equals(today.minusDays(1)) ? "Yesterday" : Dates.longDayWithYear(day);
    }
}
