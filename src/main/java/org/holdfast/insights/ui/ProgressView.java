package org.holdfast.insights.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.holdfast.insights.ComingUp;
import org.holdfast.insights.DayMark;
import org.holdfast.insights.Progress;
import org.holdfast.insights.ProgressService;
import org.holdfast.insights.Streak;
import org.holdfast.safety.ui.SosView;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The client's progress in supportive words: days without contact, the longest stretch, the plan so
 * far as a calendar, and the hard dates ahead with what helps. Never a celebration straight after a slip.
 */
@Route("progress")
@PageTitle("Progress · Holdfast")
@Menu(title = "Progress", order = 5, icon = "vaadin:calendar")
@StyleSheet("styles/safety.css")
@RolesAllowed(Role.CLIENT_NAME)
public class ProgressView extends VerticalLayout {


    final Paragraph headline = new Paragraph();
    final Div calendar = new Div();
    final Span monthTitle = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Progress progress;
    private final LocalDate today;
    private YearMonth shown;

    public ProgressView(ProgressService service, org.holdfast.measures.MeasureService measures, Clock clock) {
        addClassName("progress-view");
        this.today = LocalDate.now(clock);
        this.progress = service.mine();
        add(new H1("Your progress"));
        java.util.List<org.holdfast.measures.MeasureScore> scores = measures.myScores();
        if (progress.plan() == null) {
            add(new Paragraph("Your progress will show here once you and your clinician have started a plan."));
            if (!scores.isEmpty()) {
                add(scoresSection(scores));
            }
            return;
        }
        headline.addClassName("progress-headline");
        headline.setText(headline(progress.streak(), today));
        add(headline, figures(), calendarSection());
        if (!scores.isEmpty()) {
            add(scoresSection(scores));
        }
        add(comingUp());
    }

    /** The client's own questionnaire scores: the latest of each with its band, and the trend as a chart. */
    private Section scoresSection(java.util.List<org.holdfast.measures.MeasureScore> scores) {
        Section section = new Section(new H3("Your questionnaires"));
        section.addClassName("progress-card");
        section.setId("progress-scores");
        for (org.holdfast.measures.Instrument i : org.holdfast.measures.Instrument.values()) {
            scores.stream().filter(s -> s.instrument() == i).reduce((a, b) -> b).ifPresent(s -> {
                String change = s.sinceBaseline() == null ? "your first one"
                        : switch (s.sinceBaseline().direction()) {
                            case BETTER -> "a real improvement since your first one";
                            case WORSE -> "higher than your first one by more than the usual ups and downs: worth talking about";
                            case NO_RELIABLE_CHANGE -> "about where it was at your first one";
                        };
                if (s.sinceBaseline() != null && s.sinceBaseline().direction() == org.holdfast.measures.Change.Direction.WORSE
                        && !i.higherIsWorse()) {
                    change = "lower than your first one by more than the usual ups and downs: worth talking about";
                }
                Paragraph line = new Paragraph(i.title() + ": " + s.score() + " of " + i.maxScore() + ", " + s.band().toLowerCase()
                        + " (" + change + ").");
                line.addClassName("progress-score");
                section.add(line);
            });
        }
        LocalDate first = scores.getFirst().dueDate();
        org.holdfast.insights.ScoreTimeline timeline = new org.holdfast.insights.ScoreTimeline(first.isBefore(today) ? first : today.minusDays(1),
                today, java.util.List.of(), scores, false, false, "");
        com.vaadin.flow.component.Html chart = new com.vaadin.flow.component.Html("<div class=\"insight-chart\">"
                + org.holdfast.insights.ChartRendering.svg(org.holdfast.insights.InsightCharts.scoreTimeline(timeline), 640, 280,
                        "Your questionnaire scores over time")
                + "</div>");
        section.add(chart);
        section.add(new Paragraph("Lower is better on PHQ-9 and GAD-7; higher is better on WHO-5. Your clinician sees these"
                + " scores too."));
        return section;
    }

    /** Exposed for tests: the words at the top of the page for a streak. */
    static String headline(Streak streak, LocalDate today) {
        if (streak.current() == 0 && streak.lastSlip() == null) {
            return "Your plan starts soon. The days will count from its first day.";
        }
        if (streak.justRestarted(today)) {
            String since = streak.current() == 0 ? "Today is day one again." : "This is day " + streak.current()
                    + " since then.";
            return "You're starting again, and that takes courage. " + since
                    + " A slip doesn't undo the days before it.";
        }
        String days = "Day " + streak.current() + " without contact.";
        if (streak.best() > streak.current()) {
            return days + " Your longest stretch so far was " + streak.best() + " days.";
        }
        return streak.lastSlip() == null ? days + " Every one of them since the plan began."
                : days + " This is your longest stretch so far.";
    }

    private Div figures() {
        Div figures = new Div(figure(String.valueOf(progress.streak().current()), "days without contact"),
                figure(String.valueOf(progress.streak().best()), "longest stretch"),
                figure(progress.plan().progressLabel(today), "of your plan with " + progress.plan().personLabel()));
        figures.addClassName("progress-figures");
        return figures;
    }

    private static Div figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("progress-figure-value");
        Span words = new Span(label);
        words.addClassName("progress-figure-label");
        Div figure = new Div(number, words);
        figure.addClassName("progress-figure");
        return figure;
    }

    private Section calendarSection() {
        Section section = new Section(new H3("The plan so far"));
        section.addClassName("progress-card");
        previous.setAriaLabel("Previous month");
        next.setAriaLabel("Next month");
        previous.addThemeVariants(ButtonVariant.TERTIARY);
        next.addThemeVariants(ButtonVariant.TERTIARY);
        previous.addClickListener(e -> show(shown.minusMonths(1)));
        next.addClickListener(e -> show(shown.plusMonths(1)));
        monthTitle.addClassName("progress-month");
        Div nav = new Div(previous, monthTitle, next);
        nav.addClassName("progress-month-nav");
        calendar.addClassName("progress-calendar");
        Div legend = new Div(legend("is-checked-in", "checked in"), legend("is-resisted", "urge ridden out"),
                legend("is-slip", "slip"), legend("is-quiet", "no check-in"),
                legend("has-attempt", "• they tried to make contact"));
        legend.addClassName("progress-legend");
        section.add(nav, calendar, legend);
        show(YearMonth.from(today));
        return section;
    }

    private static Span legend(String className, String words) {
        Span swatch = new Span();
        swatch.addClassNames("progress-swatch", className);
        Span item = new Span(swatch, new Span(words));
        item.addClassName("progress-legend-item");
        return item;
    }

    void show(YearMonth month) {
        shown = month;
        monthTitle.setText(Dates.longMonth(month));
        previous.setEnabled(month.isAfter(YearMonth.from(progress.plan().startDate())));
        next.setEnabled(month.isBefore(YearMonth.from(today)));
        calendar.removeAll();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Span head = new Span(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            head.addClassName("progress-weekday");
            head.getElement().setAttribute("aria-hidden", "true");
            calendar.add(head);
        }
        int blanks = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < blanks; i++) {
            Span blank = new Span();
            blank.addClassName("progress-day-blank");
            calendar.add(blank);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            calendar.add(day(month.atDay(d)));
        }
    }

    private Div day(LocalDate date) {
        DayMark mark = progress.days().get(date);
        Div cell = new Div();
        cell.addClassName("progress-day");
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        number.addClassName("progress-day-number");
        cell.add(number);
        String words;
        if (mark == null) {
            cell.addClassName("is-outside");
            words = date.isAfter(today) ? "" : "before the plan";
        } else {
            words = mark.words();
            cell.addClassName(mark.slipped() ? "is-slip" : mark.urgesResisted() > 0 ? "is-resisted"
                    : mark.checkedIn() ? "is-checked-in" : "is-quiet");
            Span label = new Span(mark.slipped() ? "slip" : mark.urgesResisted() > 0 ? "urge" : mark.checkedIn() ? "✓" : "");
            label.addClassName("progress-day-label");
            label.getElement().setAttribute("aria-hidden", "true");
            cell.add(label);
            if (mark.contactAttempts() > 0) {
                // A dot, not a colour of the whole day: their contact is not something the client did.
                Span attempt = new Span("•");
                attempt.addClassName("progress-day-attempt");
                attempt.getElement().setAttribute("aria-hidden", "true");
                cell.add(attempt);
            }
        }
        if (date.equals(today)) {
            cell.addClassName("is-today");
        }
        cell.getElement().setAttribute("role", "img");
        cell.getElement().setAttribute("aria-label", Dates.longDay(date) + (words.isEmpty() ? "" : ": " + words));
        cell.getElement().setAttribute("title", Dates.longDay(date) + (words.isEmpty() ? "" : ": " + words));
        return cell;
    }

    private Section comingUp() {
        Section section = new Section(new H3("Hard days coming up"));
        section.addClassName("progress-card");
        List<ComingUp> ahead = progress.comingUp();
        if (ahead.isEmpty()) {
            section.add(new Paragraph("No high-risk dates in the next two months."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("progress-coming-up");
        for (ComingUp day : ahead) {
            String when = day.daysAway() == 0 ? "today" : day.daysAway() == 1 ? "tomorrow" : "in " + day.daysAway() + " days";
            list.add(new ListItem(day.label() + " · " + Dates.formatWithWeekday(day.date()) + " (" + when + ")"));
        }
        section.add(list);
        String helps = progress.copingStrategies().isEmpty() ? "Plan the day with your clinician: who you'll be with and what you'll do."
                : "What helps you: " + String.join("; ", progress.copingStrategies().stream().limit(3).toList()) + ".";
        section.add(new Paragraph(helps), new RouterLink("Urge support, if the day gets hard", SosView.class));
        return section;
    }
}
