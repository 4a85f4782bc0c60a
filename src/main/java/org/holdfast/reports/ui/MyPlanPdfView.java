package org.holdfast.reports.ui;

import com.vaadin.flow.router.RouterLink;
import org.holdfast.plans.ui.MyPlanView;
import java.util.List;

import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.reports.PlanHandoutReport;
import org.holdfast.reports.ReportQueue;
import org.holdfast.security.Role;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The client's plan as a PDF to print or keep; linked from "My plan". */
@Route("my-plan/pdf")
@PageTitle("My plan on paper · Holdfast")
@RolesAllowed(Role.CLIENT_NAME)
public class MyPlanPdfView extends VerticalLayout {

    public MyPlanPdfView(PlanService plans, PlanHandoutReport handout, ReportQueue queue) {
        addClassName("report-page");
        setMaxWidth("40rem");
        add(new H1("My plan on paper"));
        List<PlanDetails> mine = plans.myPlans();
        if (mine.isEmpty()) {
            add(new Paragraph("There's no plan to print yet. It appears here once you and your clinician have put it together."));
        } else {
            add(new Paragraph("The same words as your plan page, on one or two pages: to keep in a drawer, on the fridge,"
                    + " or with someone you trust. It has your reasons and the people you can call, so keep it"
                    + " somewhere private."));
        }
        for (PlanDetails plan : mine) {
            long planId = plan.planId();
            add(new ReportButton("PDF of my plan: no contact with " + plan.overview().personLabel(), queue,
                    () -> handout.render(planId)));
        }
        add(new RouterLink("Back to my plan", MyPlanView.class));
    }
}
