package org.holdfast.insights.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.holdfast.clients.ui.RecordPage;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.insights.ChartRendering;
import org.holdfast.insights.ClientInsights;
import org.holdfast.insights.CrossTab;
import org.holdfast.insights.InsightCharts;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.Tally;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;
import org.jfree.chart.JFreeChart;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A client's patterns for their clinician: every chart server-drawn as SVG with its one-sentence reading
 * underneath and its numbers in a table for screen readers. All data come from
 * {@link InsightsService#insights}, which only sees what the client's consent allows.
 */
@RecordPage(RecordSection.INSIGHTS)
@Route("clients/:clientId/insights")
@RolesAllowed(Role.CLINICIAN_NAME)
@StyleSheet("styles/insights.css")
public class InsightsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;

    // A choice of one period, so a radio group: tabs would promise panels, and Vaadin's tab strip puts a
    // focusable scroller between the tablist and its tabs, which screen readers and axe reject.
    final RadioButtonGroup<InsightsPeriod> periods = new RadioButtonGroup<>("Period");
    final Paragraph sharing = new Paragraph();
    final Paragraph periodLine = new Paragraph();
    final ComboBox<String> zone = new ComboBox<>("Their time zone");
    final Div charts = new Div();

    private final InsightsService insights;
    private final ClientService clients;
    private final org.holdfast.measures.MeasureService measures;
    private long clientId;
    ClientInsights shown;

    private String pageTitle = "Insights · Holdfast";

    public InsightsView(InsightsService insights, ClientService clients, org.holdfast.measures.MeasureService measures) {
        this.insights = insights;
        this.measures = measures;
        this.clients = clients;
        addClassName("insights-view");
        periods.setItems(InsightsPeriod.values());
        periods.setItemLabelGenerator(InsightsPeriod::label);
        periods.setValue(InsightsPeriod.DAYS_30);
        periods.addClassName("insights-periods");
        periods.addValueChangeListener(e -> show());
        sharing.addClassName("insights-sharing");
        periodLine.addClassName("insights-period");
        charts.addClassName("insights-charts");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setHelperText("Their local time decides the hour and the day of each entry.");
        zone.addClassName("insights-zone");
        zone.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clients.changeTimeZone(clientId, e.getValue());
                show();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        removeAll();
        zone.setValue(clients.zoneOf(clientId).getId());
        pageTitle = ClientRecordHeader.pageTitle(client, "Insights");
        add(new ClientRecordHeader(client, RecordSection.INSIGHTS), sharing, periods, periodLine, charts, zone);
        show();
    }

    InsightsPeriod period() {
        return periods.getValue() == null ? InsightsPeriod.DAYS_30 : periods.getValue();
    }

    void show() {
        org.holdfast.insights.InsightsReading reading = insights.insights(clientId, new InsightsPeriod[] { period() });
        shown = reading.of(period());
        charts.removeAll();
        // Scores are shared whatever the journal's level, so this chart comes first and shows even when the
        // journal shares nothing; its counts are only what consent lets through.
        org.holdfast.insights.ScoreTimeline timeline = org.holdfast.insights.ScoreTimeline.of(shown.from(), shown.to(),
                shown.zone(), reading.data(), measures.scoresFor(clientId));
        card("scores", "Questionnaire scores beside slips, urges and their contact",
                "PHQ-9 and GAD-7 on the left axis, WHO-5 on the right; a larger dot is a reliable worsening",
                timeline.reading(), InsightCharts.scoreTimeline(timeline),
                table(List.of("Date", "Questionnaire", "Score", "Band", "Since last"), timeline.scores().stream()
                        .map(s -> List.of(Dates.format(s.dueDate()), s.instrument().shortName(), String.valueOf(s.score()),
                                s.band(), s.sinceLast() == null ? "baseline" : s.sinceLast().describe()))
                        .toList()), 380);
        sharing.setText(shown.sharingSentence());
        periodLine.setText(Dates.format(shown.from()) + " – " + Dates.format(shown.to()) + " · times in "
                + shown.zone().getId() + (shown.periodNote() == null ? "" : " · " + shown.periodNote()));
        if (shown.sharesNothing()) {
            Paragraph empty = new Paragraph(shown.clientName().split(" ")[0] + " shares nothing from the journal at the "
                    + "moment, so there is nothing to chart. Safety signals still reach you.");
            empty.addClassName("insights-empty");
            charts.add(empty);
            return;
        }
        ClientInsights i = shown;
        if (i.numbersShared()) {
            card("streaks", "Days without contact", "Each stretch since the plan began, and how it ended",
                    i.streaks().reading(), InsightCharts.streaks(i.streaks()),
                    table(List.of("Stretch", "Days", "Ended by"), i.streaks().runs().stream().map(r -> List.of(
                            Dates.format(r.first()) + " – " + Dates.format(r.last()), String.valueOf(r.days()),
                            r.ongoing() ? "still going" : "slip on " + Dates.format(r.endedBy())
                                    + (r.channel() == null ? "" : ", " + r.channel().label().toLowerCase())))
                            .toList()));
            card("slip-clock", "When slips happen", "Weekday and hour, their local time", i.slipClock().reading(),
                    InsightCharts.heatMap(i.slipClock(), "Weekday", "Hour of day"), crossTable(i.slipClock()));
            card("urge-clock", "When urges come", "Weekday and hour, their local time", i.urgeClock().reading(),
                    InsightCharts.heatMap(i.urgeClock(), "Weekday", "Hour of day"), crossTable(i.urgeClock()));
            // Says what it counts when some slips were only ticked on a check-in, so it agrees with the caseload.
            tallyCard("slips-by-channel", "Slips by channel", i.slipsTickedOnly() == 0 ? null
                    : Words.count(i.slips(), "slip", "slips") + " in this period; " + i.slipsTickedOnly() + " of them "
                            + Words.was(i.slipsTickedOnly()) + " only ticked on a check-in, with no channel given",
                    i.slipsByChannel());
            tallyCard("slips-by-direction", "Who started it", null, i.slipsByDirection());
            tallyCard("slips-by-trigger", "What set slips off", "A slip can have several triggers", i.slipsByTrigger());
            if (i.triggerByChannel().columns().size() < 2) {
                // One channel: the grid would be one solid column that says no more than the bars above.
                note("trigger-channel", "Trigger and channel together", i.triggerByChannel().reading());
            } else {
                card("trigger-channel", "Trigger and channel together", null, i.triggerByChannel().reading(),
                        InsightCharts.heatMap(i.triggerByChannel(), "Trigger", "Channel"), crossTable(i.triggerByChannel()),
                        Math.max(HEIGHT, 90 + 34 * i.triggerByChannel().rows().size()));
            }
        }
        if (i.contactLogShared()) {
            card("after-contact", "Slips after their contact", "Time from their last contact attempt to each slip",
                    i.slipsAfterContact().reading(), InsightCharts.afterContact(i.slipsAfterContact()),
                    tallyTable(new Tally(i.slipsAfterContact().sinceLastAttempt(), i.slipsAfterContact().slips(), "")));
            card("attempts", "Their contact attempts", "Per week by channel; escalating weeks marked",
                    i.attempts().reading(), InsightCharts.attempts(i.attempts()),
                    table(List.of("Week starting", "Attempts", "Escalating"), i.attempts().weeks().stream()
                            .map(w -> List.of(Dates.format(w.monday()), String.valueOf(w.total()),
                                    w.escalating() ? (w.threat() ? "yes, felt unsafe" : "yes") : "no"))
                            .toList()));
        } else {
            note("after-contact", "Slips after their contact and their contact attempts", i.attempts().reading());
        }
        if (i.numbersShared()) {
            card("urge-strength", "Urge strength", "Each urge logged, and the 7-day mean", i.urgeStrength().reading(),
                    InsightCharts.trend(i.urgeStrength()), trendTable(i.urgeStrength()));
            card("mood", "Mood", "From check-ins, and the 7-day mean", i.mood().reading(), InsightCharts.trend(i.mood()),
                    trendTable(i.mood()));
            card("urge-outcomes", "How urges went", "Per week", i.urgeOutcomes().reading(),
                    InsightCharts.outcomes(i.urgeOutcomes()),
                    table(List.of("Week starting", "Passed", "Put off", "Became a slip"), i.urgeOutcomes().weeks().stream()
                            .map(w -> List.of(Dates.format(w.monday()), String.valueOf(w.resisted()),
                                    String.valueOf(w.delayed()), String.valueOf(w.slipped())))
                            .toList()));
            card("high-risk-dates", "Around high-risk dates", "Shaded: 3 days either side of each date",
                    i.nearHighRiskDates().reading(), InsightCharts.nearDates(i.nearHighRiskDates()),
                    table(List.of("Date", "Urges within 3 days", "Slips within 3 days"), i.nearHighRiskDates()
                            .occurrences().stream().map(o -> List.of(o.label() + ", " + Dates.format(o.date()),
                                    String.valueOf(o.urges()), String.valueOf(o.slips())))
                            .toList()));
            card("plan-days", "Risk by day of the plan", "The first two weeks are often the hardest",
                    i.planDayRisk().reading(), InsightCharts.planDays(i.planDayRisk()),
                    table(List.of("Plan days", "Days in period", "Slip days", "Urges"), i.planDayRisk().buckets().stream()
                            .map(b -> List.of(b.label(), String.valueOf(b.days()), String.valueOf(b.slips()),
                                    String.valueOf(b.urges())))
                            .toList()));
        } else {
            note("numbers", "Slips, urges and mood", i.clientName().split(" ")[0]
                    + " does not share journal numbers, so these charts are not shown.");
        }
    }

    private void card(String id, String title, String subtitle, String reading, JFreeChart chart, Div table) {
        card(id, title, subtitle, reading, chart, table, HEIGHT);
    }

    /** A bar per category: as tall as the categories need, so two bars do not float in a big empty box. */
    private void tallyCard(String id, String title, String subtitle, Tally tally) {
        card(id, title, subtitle, tally.reading(), InsightCharts.tally(tally, "Slips"), tallyTable(tally),
                Math.max(140, 80 + 36 * tally.counts().size()));
    }

    private void card(String id, String title, String subtitle, String reading, JFreeChart chart, Div table,
            int height) {
        Section card = new Section();
        card.addClassName("insight-card");
        card.setId("insight-" + id);
        card.add(new H3(title));
        if (subtitle != null) {
            Paragraph sub = new Paragraph(subtitle);
            sub.addClassName("insight-subtitle");
            card.add(sub);
        }
        // JFreeSVG's markup (its label escaped there) in a div of its own: Html needs an HTML root, and an
        // <svg> made by the element API would be an unknown HTML element, not a drawing.
        Html drawing = new Html("<div class=\"insight-chart\">" + ChartRendering.svg(chart, WIDTH, height, title + ". " + reading)
                + "</div>");
        // On a phone the chart scrolls sideways inside its card; a keyboard can scroll it only once it has the
        // focus, so the box is a tab stop, named like the chart it holds (axe: scrollable-region-focusable).
        drawing.getElement().setAttribute("tabindex", "0");
        drawing.getElement().setAttribute("role", "group");
        drawing.getElement().setAttribute("aria-label", title);
        // Shown on a phone only (insights.css), where the chart scrolls sideways in its card: phones hide
        // scroll bars, and a chart cut at 13:00 reads as if nothing happened in the evening.
        Span hint = new Span("Scroll sideways for the whole chart →");
        hint.addClassName("insight-scroll-hint");
        card.add(drawing, hint);
        Paragraph words = new Paragraph(reading);
        words.addClassName("insight-reading");
        card.add(words);
        Details numbers = new Details("The numbers", table);
        numbers.addClassName("insight-numbers");
        card.add(numbers);
        charts.add(card);
    }

    private void note(String id, String title, String reading) {
        Section card = new Section(new H3(title));
        card.addClassName("insight-card");
        card.setId("insight-" + id);
        Paragraph words = new Paragraph(reading);
        words.addClassName("insight-reading");
        card.add(words);
        charts.add(card);
    }

    private static Div tallyTable(Tally tally) {
        return table(List.of("", "Count"), tally.counts().stream().map(c -> List.of(c.label(), String.valueOf(c.count())))
                .toList());
    }

    private static Div trendTable(org.holdfast.insights.DailyTrend trend) {
        Function<Double, String> f = v -> v == null ? "–" : Dates.oneDecimal(v);
        return table(List.of("Day", trend.measure(), "7-day mean"), trend.days().stream()
                .filter(d -> d.value() != null).map(d -> List.of(Dates.format(d.date()), f.apply(d.value()),
                        f.apply(d.rollingMean())))
                .toList());
    }

    private static Div crossTable(CrossTab tab) {
        List<String> head = new java.util.ArrayList<>();
        head.add("");
        head.addAll(tab.columns());
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < tab.rows().size(); r++) {
            List<String> row = new java.util.ArrayList<>();
            row.add(tab.rows().get(r));
            for (int c = 0; c < tab.columns().size(); c++) {
                long n = tab.cell(r, c);
                row.add(n == 0 ? "" : String.valueOf(n));
            }
            rows.add(row);
        }
        return table(head, rows);
    }

    /**
     * The numbers of a chart as a table, built from components: every value is text, never markup, so a
     * label the client chose (a trigger, a person, a hard date) cannot inject anything into the page.
     */
    static Div table(List<String> head, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("insight-table");
        NativeTableRow header = table.getHead().addRow();
        for (String h : head) {
            NativeTableHeaderCell th = header.addHeaderCell();
            th.setText(h);
            th.getElement().setAttribute("scope", "col");
        }
        NativeTableBody body = table.getBody();
        if (rows.isEmpty()) {
            NativeTableCell none = body.addRow().addDataCell();
            none.setText("Nothing in this period");
            none.setColspan(head.size());
        }
        for (List<String> row : rows) {
            NativeTableRow tr = body.addRow();
            for (int c = 0; c < row.size(); c++) {
                if (c == 0) {
                    NativeTableHeaderCell th = tr.addHeaderCell();
                    th.setText(row.get(c));
                    th.getElement().setAttribute("scope", "row");
                } else {
                    tr.addDataCell().setText(row.get(c));
                }
            }
        }
        Div wrap = new Div(table);
        wrap.addClassName("insight-table-wrap");
        return wrap;
    }
}
