package org.holdfast.caseload.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringDataSort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.holdfast.clients.ui.NewClientView;
import org.holdfast.caseload.CaseloadSummaryReport;
import org.holdfast.reports.ReportQueue;
import org.holdfast.insights.RiskFlag;
import org.holdfast.reports.SessionPrepReport;
import org.holdfast.reports.ui.ReportButton;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The clinician's home: every assigned client with plan progress, the last two weeks and what is next. */
@Route("caseload")
@PageTitle("Caseload · Holdfast")
@Menu(title = "Caseload", order = 0, icon = "vaadin:users")
@StyleSheet("styles/safety.css")
@StyleSheet("styles/risk-flags.css")
@RolesAllowed(Role.CLINICIAN_NAME)
public class CaseloadView extends VerticalLayout {


    private static final int NARROW = 760;
    private static final int BADGES = 2;
    private static final String NOT_SHARED = "not shared";
    private static final String NOT_SHARED_TIP = "The client shares nothing from their journal";

    /**
     * The name, the session prep icon beside it, and a flag when the client has said they do not feel safe: words
     * as well as colour, so it reads the same to everyone; the tooltip says since when.
     */
    private static final String CLIENT_CELL = """
            <div class="caseload-client-cell"><a href="${item.record}" router-link>${item.name}</a>\
            <a class="report-link" href="${item.prep}" download aria-label="Session prep PDF for ${item.name}"\
             title="Session prep PDF for ${item.name}"><vaadin-icon icon="vaadin:file-text-o"></vaadin-icon></a>\
            ${item.unsafe ? html`<span class="safety-flag" title="${item.unsafe}"><vaadin-icon\
             icon="vaadin:exclamation-circle"></vaadin-icon><span>Not feeling safe</span></span>` : ''}</div>""";
    /**
     * The flags as small badges. The safety signal is left out: the name cell already says "Not feeling safe".
     * Each badge carries its reason twice: in its title for a mouse, and as hidden text after the label, so a
     * screen reader reads "Slipping again: 3 slips since Sat 14 Nov".
     */
    private static final String FLAGS_CELL = """
            <div class="risk-flags">${item.badges.map(b => html`<span class="risk-flag ${b.level}" title="${b.reason}">\
            ${b.label}<span class="visually-hidden">: ${b.reason.replaceAll('\\n', '; ')}</span></span>`)}</div>""";
    /** Stacked lines; the space between them is not shown but keeps the words apart when read aloud or copied. */
    private static final String TWO_LINES = """
            ${item.lines.length < 2 ? html`<span>${item.lines[0] ?? ''}</span>` : html`<div class="caseload-two-lines">\
            <span>${item.lines[0]}</span> <span>${item.lines[1]}</span></div>`}""";
    /** One line per questionnaire, so "PHQ-9 17 ↑" and "GAD-7 9" stack in a narrow column. */
    private static final String SCORES_CELL = """
            <div class="caseload-measures">${item.scores.map(s => html`<div>${s}</div>`)}</div>""";

    final Grid<CaseloadRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Checkbox showDischarged = new Checkbox("Show discharged");
    final Button addClient = new Button("Add client", VaadinIcon.PLUS.create());
    final Button attentionFirst = new Button("Needs attention first");
    final Paragraph noMatch = new Paragraph();

    private final LocalDate today;
    /** The filter as last set on the page: the PDF renders on another thread, which must not read the fields. */
    private volatile CaseloadFilter printFilter = CaseloadFilter.ALL_ACTIVE;
    private final CaseloadService caseload;
    private final SessionPrepReport reports;
    private final ReportQueue reportQueue;
    /** The one download behind every row's session prep icon, registered while the page is open. */
    private StreamRegistration sessionPrepLinks;

    public CaseloadView(CaseloadService caseload, SessionPrepReport reports, CaseloadSummaryReport summary,
            ReportQueue reportQueue, Clock clock) {
        this.caseload = caseload;
        this.reports = reports;
        this.reportQueue = reportQueue;
        setSizeFull();
        addClassName("caseload-view");
        today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();

        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search clients by name");
        addClient.addThemeVariants(ButtonVariant.PRIMARY);
        addClient.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewClientView.class)));

        // The session prep PDF sits beside the name, so it stays in reach however many columns follow. The cells are
        // templates filled in the browser (LitRenderer), not components: a component per cell kept some 350 state
        // nodes per open caseload on the server.
        grid.addColumn(LitRenderer.<CaseloadRow>of(CLIENT_CELL)
                .withProperty("name", CaseloadRow::clientName)
                .withProperty("record", row -> RouteConfiguration.forSessionScope().getUrl(ClientView.class,
                        ClientView.params(row.clientId())))
                // Rows are drawn after the page is attached, so the download is registered by then.
                .withProperty("prep", row -> sessionPrepLinks.getResourceUri() + "?" + ReportDownloads.CLIENT + "="
                        + row.clientId())
                .withProperty("unsafe", row -> row.feelsUnsafe() ? unsafeSince(row, zone) : null))
                .setHeader("Client").setSortProperty("client")
                .setWidth("9.5rem").setFlexGrow(1).setKey("client"); // a safety flag wraps under the name
        // Who needs the clinician first: the most serious flag, then the most flags; the default order.
        Grid.Column<CaseloadRow> flags = grid.addColumn(LitRenderer.<CaseloadRow>of(FLAGS_CELL)
                .withProperty("badges", CaseloadView::badges)).setHeader("Flags")
                .setSortProperty("attention").setKey("flags").setWidth("10.5rem").setFlexGrow(1);
        // Narrow on a laptop ("Day 32 (…"): the whole line is a hover away.
        grid.addColumn(row -> row.planProgress(today)).setHeader("Plan").setSortProperty("plan").setWidth("6rem")
                .setFlexGrow(1).setKey("plan").setTooltipGenerator(row -> row.planProgress(today));
        grid.addColumn(row -> {
            if (!row.journalShared()) {
                return NOT_SHARED;
            }
            return row.slipFree(today);
        }).setHeader("Slip-free").setSortProperty("lastSlip").setKey("sinceSlip").setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0).setTooltipGenerator(row -> row.journalShared()
                        ? "Days since the last slip, or since the plan began" : NOT_SHARED_TIP)
                .setPartNameGenerator(row -> row.journalShared() ? null : "not-shared");
        grid.addColumn(row -> row.journalShared() ? Dates.ago(row.lastCheckIn(), today) : NOT_SHARED)
                .setHeader("Checked in").setSortProperty("lastCheckIn")
                .setKey("lastCheckIn").setWidth("6.5rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.journalShared() ? null : NOT_SHARED_TIP)
                .setPartNameGenerator(row -> !row.journalShared() ? "not-shared"
                        : row.lastCheckIn() == null || row.lastCheckIn().isBefore(today.minusDays(2)) ? "attention" : null);
        grid.addColumn(row -> row.journalShared() ? String.valueOf(row.slipsLast14Days()) : NOT_SHARED)
                .setHeader("Slips 14d").setSortProperty("slips").setKey("slips")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.75rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.journalShared() ? null : NOT_SHARED_TIP)
                .setPartNameGenerator(row -> !row.journalShared() ? "not-shared"
                        : row.slipsLast14Days() >= 2 ? "attention" : null);
        // The narrow columns have fixed widths and their headers may wrap ("Slips / 14d"); homework and the
        // next session take two short lines, as the flags do. On one line each, "Next session" fell off a
        // 1400 px screen beside the menu; the widths together stay under the 68 rem that screen leaves the grid.
        grid.addColumn(LitRenderer.<CaseloadRow>of(TWO_LINES).withProperty("lines", CaseloadView::homeworkLines))
                .setHeader("Homework").setSortProperty("homework")
                .setKey("homework").setWidth("7rem").setFlexGrow(0)
                .setPartNameGenerator(row -> row.homework() != null && row.homework().overdue() > 0 ? "attention" : null);
        // Questionnaire scores are shared by their nature, so this column never says "not shared".
        grid.addColumn(LitRenderer.<CaseloadRow>of(SCORES_CELL)
                .withProperty("scores", row -> row.measures().stream().map(m -> m.shortText()).toList()))
                .setHeader("Scores").setSortProperty("measures")
                .setKey("measures").setWidth("6rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.measures().isEmpty() ? null : row.measures().stream()
                        .map(m -> m.instrument().shortName() + " " + m.score() + ", " + m.band().toLowerCase()
                                + (m.sinceLast() == null ? ", first score" : ", " + m.sinceLast().describe() + " since the last"))
                        .collect(java.util.stream.Collectors.joining("; ")))
                .setPartNameGenerator(row -> row.measures().stream().anyMatch(m -> m.reliablyWorse()) ? "attention" : null);
        grid.addColumn(row -> row.plan() == null || row.plan().reviewDate() == null ? "" : Dates.dayAndMonth(row.plan().reviewDate()))
                .setHeader("Review").setSortProperty("review").setKey("review").setWidth("5.25rem").setFlexGrow(0)
                .setPartNameGenerator(row -> row.plan() != null && row.plan().reviewDue(today) ? "attention" : null);
        grid.addColumn(LitRenderer.<CaseloadRow>of(TWO_LINES).withProperty("lines", row -> row.nextSession() == null
                ? List.of() : List.of(Dates.dayAndMonth(LocalDate.ofInstant(row.nextSession(), zone)),
                        Dates.time(row.nextSession(), zone))))
                .setHeader("Next session").setSortProperty("nextSession").setKey("nextSession").setWidth("5.75rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("caseload-grid");
        // One click sorts by that column alone. (Appended behind the attention order, a click changed nothing
        // visible.) Clicking a column a third time, or the button, returns to who needs attention first.
        grid.setMultiSort(false);
        grid.setItems(DataProvider.fromCallbacks(
                query -> caseload.page(filter(), toSpringDataSort(query), query.getOffset(), query.getLimit()).stream(),
                query -> caseload.count(filter())));
        // Tapping a row lists its flags with their reasons: a touch screen has no hover.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::flagDetails));
        grid.sort(List.of(new GridSortOrder<>(flags, SortDirection.ASCENDING)));
        attentionFirst.addThemeVariants(ButtonVariant.TERTIARY);
        attentionFirst.setEnabled(false);
        attentionFirst.addClickListener(e -> grid.sort(List.of(new GridSortOrder<>(flags, SortDirection.ASCENDING))));
        grid.addSortListener(e -> attentionFirst.setEnabled(!(e.getSortOrder().size() == 1
                && e.getSortOrder().getFirst().getSorted() == flags
                && e.getSortOrder().getFirst().getDirection() == SortDirection.ASCENDING)));
        noMatch.addClassName("caseload-no-match");
        noMatch.setVisible(false);
        grid.setSizeFull();
        search.addValueChangeListener(e -> filterChanged());
        showDischarged.addValueChangeListener(e -> filterChanged());

        H1 title = new H1("Caseload");
        // The printed caseload follows what the grid shows: the same name filter and discharged switch.
        ReportButton print = new ReportButton("Caseload PDF", reportQueue, () -> summary.render(printFilter)).compact();
        print.button().addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(search, showDischarged, attentionFirst, print, addClient);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        HorizontalLayout header = new HorizontalLayout(title, tools);
        header.setWidthFull();
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, noMatch, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        sessionPrepLinks = attachEvent.getSession().getResourceRegistry()
                .registerResource(ReportDownloads.sessionPrep(reports, reportQueue), grid.getElement());
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        sessionPrepLinks.unregister();
        sessionPrepLinks = null;
    }

    /**
     * On a phone the grid keeps who and their flags (slips among them); a tap on the row shows the flags'
     * reasons and where the client is in the plan. The rest waits for a wider screen.
     */
    private void fitTo(int width) {
        boolean narrow = width < NARROW;
        for (String key : new String[] { "plan", "sinceSlip", "lastCheckIn", "slips", "homework", "measures", "review",
                "nextSession" }) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
    }

    /** The safety flag's tooltip: since when the client has said they do not feel safe. */
    private static String unsafeSince(CaseloadRow row, ZoneId zone) {
        return "Said they don't feel safe " + Dates.shortDateTime(row.safety().since(), zone) + (row.safety().openSignals() > 1
                ? " (" + row.safety().openSignals() + " times, not yet resolved)" : ", not yet resolved");
    }

    /** A flag as the browser draws it: label, reason (title and hidden text) and how serious. Public for the JSON sent to it. */
    public record Badge(String label, String reason, String level) {
    }

    /** The shown flags, most serious first; past two, the rest are one "+2" badge. */
    static List<Badge> badges(CaseloadRow row) {
        List<RiskFlag> shown = shownFlags(row);
        List<Badge> badges = new ArrayList<>(shown.subList(0, Math.min(BADGES, shown.size())).stream()
                .map(f -> new Badge(f.label(), f.reason(), level(f))).toList());
        if (shown.size() > BADGES) {
            // Two badges keep the row short; the rest are one "+2" away (hover, screen reader, or tap for details).
            List<RiskFlag> rest = shown.subList(BADGES, shown.size());
            badges.add(new Badge("+" + rest.size(), String.join("\n", rest.stream().map(f -> f.label() + ": " + f.reason()).toList()),
                    "low"));
        }
        return badges;
    }

    /** "13/19" over "4 overdue": the same words as the printed caseload, on two lines. */
    static List<String> homeworkLines(CaseloadRow row) {
        String label = row.homeworkLabel();
        int open = label.indexOf(" (");
        return open < 0 ? List.of(label) : List.of(label.substring(0, open), label.substring(open + 2, label.length() - 1));
    }

    private Component flagDetails(CaseloadRow row) {
        UnorderedList list = new UnorderedList();
        list.addClassName("risk-flag-details");
        Span plan = new Span("Plan");
        plan.getElement().getStyle().set("font-weight", "600");
        list.add(new ListItem(plan, new Span(": " + row.planProgress(today))));
        if (row.flags().isEmpty()) {
            list.add(new ListItem("No flags."));
            return list;
        }
        for (RiskFlag flag : row.flags()) {
            Span label = new Span(flag.label());
            label.getElement().getStyle().set("font-weight", "600");
            list.add(new ListItem(label, new Span(": " + flag.reason())));
        }
        return list;
    }

    private static List<RiskFlag> shownFlags(CaseloadRow row) {
        return row.flags().stream().filter(f -> f.kind() != RiskFlag.Kind.SAFETY_SIGNAL).toList();
    }

    private static String level(RiskFlag flag) {
        return flag.severity() >= RiskFlag.Kind.SLIPPING.severity() ? "high"
                : flag.severity() >= RiskFlag.Kind.HIGH_RISK_DATE.severity() ? "medium" : "low";
    }

    private void filterChanged() {
        printFilter = filter();
        grid.getDataProvider().refreshAll();
        String typed = search.getValue().strip();
        boolean none = !typed.isEmpty() && caseload.count(printFilter) == 0;
        noMatch.setText(none ? "No client matches \u201c" + typed + "\u201d"
                + (showDischarged.getValue() ? "." : ", among those not discharged.") : "");
        noMatch.setVisible(none);
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(search.getValue(), showDischarged.getValue());
    }


}
