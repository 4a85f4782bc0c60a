package org.holdfast.caseload.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.holdfast.caseload.ClientOverview;
import org.holdfast.caseload.ClientOverviewService;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.SessionDates;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.clients.ui.RecordLinks;
import org.holdfast.clients.ui.RecordPage;
import org.holdfast.insights.AgendaItem;
import org.holdfast.insights.ChartRendering;
import org.holdfast.insights.InsightCharts;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureScore;
import org.holdfast.plans.PlanOverview;
import org.holdfast.reports.ReportQueue;
import org.holdfast.reports.SessionPrepReport;
import org.holdfast.reports.ui.ReportButton;
import org.holdfast.safety.SafetyService;
import org.holdfast.security.ActivationLink;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.ActivationLinkPanel;
import org.holdfast.shared.ui.ReasonDialog;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** A client's record as their clinician sees it: the plan and the last 30 days of check-ins. */
@RecordPage(RecordSection.OVERVIEW)
@Route("clients/:clientId")
@StyleSheet("styles/safety.css")
@StyleSheet("styles/agenda.css")
@RolesAllowed({ Role.CLINICIAN_NAME, Role.ADMIN_NAME }) // a practice manager only with a break-glass grant
public class ClientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int DAYS = ClientOverviewService.CHECK_IN_DAYS;
    static final String EXPORT_LINK = "Export the whole record (ZIP) for a transfer of care";

    private final ClientOverviewService overviews;
    private final ClientService clients;
    private final SessionPrepReport reports;
    private final ReportQueue reportQueue;
    private final CurrentUser currentUser;
    private final SafetyService safety;
    private final Clock clock;

    private String pageTitle = "Client · Holdfast";

    public ClientView(ClientOverviewService overviews, ClientService clients, SessionPrepReport reports,
            ReportQueue reportQueue, CurrentUser currentUser, SafetyService safety, Clock clock) {
        this.overviews = overviews;
        this.reportQueue = reportQueue;
        this.safety = safety;
        this.currentUser = currentUser;
        this.clients = clients;
        this.reports = reports;
        this.clock = clock;
        addClassName("client-view");
    }

    static RouteParameters params(long clientId) {
        return new RouteParameters("clientId", String.valueOf(clientId));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        // The service refuses a client who is not on this clinician's caseload; the error handler says so plainly.
        ClientOverview overview = overviews.overview(clientId);
        ClientSummary client = overview.client();
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Overview");
        add(new ClientRecordHeader(client, RecordSection.OVERVIEW));
        boolean clinician = currentUser.is(Role.CLINICIAN);
        if (clinician) {
            add(statusSection(overview));
        } else {
            add(new Paragraph("Opened under break-glass access: every page you read is in the audit log."));
        }
        if (!overview.safetySignals().isEmpty()) {
            add(new SafetySection(safety, overview.safetySignals(), clinician, clock));
        }
        if (clinician && !client.discharged()) {
            add(agendaSection(overview.agenda()));
        }
        add(planSection(overview.activePlans(), overview.today()));
        scoresSection(client.id(), overview);
        if (clinician) {
            add(new ReportButton("Session prep PDF", reportQueue, () -> reports.render(clientId)));
            RecordLinks.link(EXPORT_LINK, RecordSection.EXPORT, clientId).ifPresent(this::add);
        }
        add(checkInSection(overview.checkIns()));
    }

    private Div statusSection(ClientOverview overview) {
        ClientSummary client = overview.client();
        Div section = new Div();
        section.addClassName("card");
        section.setWidthFull();
        SessionDates dates = overview.sessions();
        String pronouns = client.pronouns() == null ? "" : " · " + client.pronouns();
        section.add(new Paragraph(client.status().label() + pronouns + " · last session "
                + when(dates.lastHeld()) + " · next session " + when(dates.nextScheduled())));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (overview.awaitsActivation()) {
            Button renew = new Button("New activation link", e -> {
                ActivationLink link = clients.renewActivationLink(client.id());
                section.add(new ActivationLinkPanel(client.displayName(), link.path(), link.expiresAt(), clock.getZone(),
                        "from the client's record"));
                e.getSource().setEnabled(false);
            });
            section.add(new Paragraph(client.displayName() + " has not set a password yet."));
            actions.add(renew);
        }
        if (client.discharged()) {
            actions.add(new Button("Re-open", e -> {
                clients.reopen(client.id());
                UI.getCurrent().refreshCurrentRoute(false);
            }));
        } else {
            Button discharge = new Button("Discharge…", e -> confirmDischarge(client));
            discharge.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(discharge);
        }
        section.add(actions);
        return section;
    }

    private void confirmDischarge(ClientSummary client) {
        new ReasonDialog("Discharge " + client.displayName(), "Reason, for the record", "Discharge", reason -> {
            clients.discharge(client.id(), reason);
            UI.getCurrent().refreshCurrentRoute(false);
            return null;
        }).helper("Their journal and plans stay; you can re-open the record at any time.").open();
    }

    private String when(java.time.Instant instant) {
        return instant == null ? "none" : Dates.weekdayDateTime(instant, clock.getZone());
    }

    /** Suggestions for the next session, each linked to the page that shows why. */
    static Div agendaSection(List<AgendaItem> items) {
        Div section = new Div(new H3("Suggested agenda for the next session"));
        section.addClassNames("card", "agenda");
        section.setWidthFull();
        if (items.isEmpty()) {
            section.add(new Paragraph("Nothing stands out in what they share. Ask what they would like to bring."));
            return section;
        }
        OrderedList list = new OrderedList();
        for (AgendaItem item : items) {
            Span evidence = new Span(item.evidence());
            evidence.addClassName("agenda-evidence");
            ListItem entry = new ListItem();
            entry.add(RecordLinks.link(item.topic(), item.section(), item.clientId())
                    .<com.vaadin.flow.component.Component>map(link -> link).orElseGet(() -> new Span(item.topic())));
            entry.add(evidence);
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private static Div planSection(List<PlanOverview> active, LocalDate today) {
        Div section = new Div(new H3("No-contact plan"));
        section.addClassName("card");
        if (active.isEmpty()) {
            section.add(new Paragraph("No active plan."));
        }
        for (PlanOverview plan : active) {
            section.add(new Paragraph(plan.personWithRelationship() + " · " + plan.purpose().label() + " · started "
                    + Dates.format(plan.startDate()) + " · " + plan.progressLabel(today)));
        }
        return section;
    }

    private static Div checkInSection(List<CheckInEntry> checkIns) {
        Grid<CheckInEntry> grid = new Grid<>();
        grid.addColumn(c -> Dates.formatWithWeekday(c.date())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CheckInEntry::mood).setHeader("Mood").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CheckInEntry::urge).setHeader("Urge").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.slipped() ? "Slip" : "").setHeader("Slip").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CheckInEntry::note).setHeader("Note").setFlexGrow(1);
        grid.setItems(checkIns.reversed());
        grid.setAllRowsVisible(true);
        Div section = new Div(new H3("Check-ins, last " + DAYS + " days"), grid);
        section.addClassName("card");
        section.setWidthFull();
        return section;
    }

    /**
     * The questionnaire trend: the latest of each with band and change, and the scores drawn on the same days as the
     * slips, urges and contact attempts (as the client shares them), as on Insights.
     */
    private void scoresSection(long clientId, ClientOverview overview) {
        List<MeasureScore> scores = overview.scores();
        if (scores.isEmpty()) {
            return;
        }
        Div section = new Div(new H3("Questionnaire scores"));
        section.addClassNames("card", "overview-scores");
        section.setWidthFull();
        for (Instrument i : Instrument.values()) {
            scores.stream().filter(s -> s.instrument() == i).reduce((a, b) -> b).ifPresent(s -> section.add(new Paragraph(
                    i.shortName() + " " + s.score() + " (" + s.band().toLowerCase() + ") on " + Dates.format(s.dueDate())
                            + (s.sinceLast() == null ? ", first score" : ", " + s.sinceLast().describe() + " since the last")
                            + (s.sinceBaseline() == null ? "" : ", " + s.sinceBaseline().describe() + " since the baseline"))));
        }
        section.add(new Html("<div class=\"insight-chart\">" + ChartRendering.svg(InsightCharts.scoreTimeline(
                overview.scoreTimeline()), 720, 300, "Questionnaire scores beside slips, urges and their contact, last 90 days")
                + "</div>"));
        RecordLinks.link("The scores' table and other periods on Insights", RecordSection.INSIGHTS, clientId)
                .ifPresent(section::add);
        add(section);
    }
}
