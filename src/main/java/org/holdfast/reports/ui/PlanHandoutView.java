package org.holdfast.reports.ui;

import org.holdfast.clients.ui.RecordLinks;
import org.holdfast.clients.ui.RecordPage;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.reports.PlanHandoutReport;
import org.holdfast.reports.ReportQueue;
import org.holdfast.security.Role;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The clinician prints a plan as the client's handout; linked from the Plan tab. */
@RecordPage(RecordSection.PLAN_HANDOUT)
@Route("clients/:clientId/plan-handout/:planId")
@RolesAllowed(Role.CLINICIAN_NAME)
public class PlanHandoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    private final PlanService plans;
    private final PlanHandoutReport handout;
    private final ReportQueue queue;

    private String pageTitle = "Plan handout · Holdfast";

    public PlanHandoutView(ClientService clients, PlanService plans, PlanHandoutReport handout, ReportQueue queue) {
        this.clients = clients;
        this.plans = plans;
        this.handout = handout;
        this.queue = queue;
        addClassName("report-page");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        long planId = event.getRouteParameters().getLong("planId").orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        PlanOverview plan = plans.plans(clientId).stream().filter(p -> p.planId() == planId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Plan " + planId + " is not client " + clientId + "'s"));
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Plan handout");
        add(new ClientRecordHeader(client, RecordSection.PLAN));
        add(new Paragraph("The plan with " + plan.personWithRelationship() + " in plain words, for "
                + client.displayName() + " to keep: the same words as their \"My plan\" page."
                + (plan.status().visibleToClient() ? "" : " This plan is " + plan.status().label().toLowerCase()
                        + ": the handout says it is not the plan in force.")));
        add(new ReportButton("Plan handout PDF", queue, () -> handout.render(planId)));
        RecordLinks.link("Back to the plan", RecordSection.PLAN, RecordLinks.params(clientId, planId)).ifPresent(this::add);
    }
}
