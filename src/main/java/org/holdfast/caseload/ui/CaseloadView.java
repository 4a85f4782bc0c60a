package org.holdfast.caseload.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.Clock;
import java.time.LocalDate;

import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.holdfast.reports.SessionPrepReport;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The clinician's home: every assigned client with plan progress and how the last two weeks went. */
@Route("caseload")
@PageTitle("Caseload · Holdfast")
@Menu(title = "Caseload", order = 0, icon = "vaadin:users")
@RolesAllowed(Role.CLINICIAN_NAME)
public class CaseloadView extends VerticalLayout {

    final Grid<CaseloadRow> grid = new Grid<>();
    final TextField search = new TextField();

    public CaseloadView(CaseloadService caseload, SessionPrepReport reports, Clock clock) {
        setSizeFull();
        addClassName("caseload-view");
        LocalDate today = LocalDate.now(clock);

        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search clients by name");

        grid.addComponentColumn(row -> new RouterLink(row.clientName(), ClientView.class, ClientView.params(row.clientId())))
                .setHeader("Client").setSortProperty("displayName").setFlexGrow(2).setKey("client");
        grid.addColumn(row -> row.planProgress(today)).setHeader("Plan").setFlexGrow(2).setKey("plan");
        grid.addColumn(row -> Dates.ago(row.lastCheckIn(), today)).setHeader("Last check-in").setKey("lastCheckIn");
        grid.addColumn(CaseloadRow::slipsLast14Days).setHeader("Slips, 14 days").setKey("slips")
                .setPartNameGenerator(row -> row.slipsLast14Days() >= 2 ? "attention" : null);
        grid.addComponentColumn(row -> ReportDownloads.sessionPrep(reports, row.clientId(), "Session prep PDF"))
                .setHeader("Report").setKey("report");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> caseload.page(search.getValue(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout header = new HorizontalLayout(new H2("Caseload"), search);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, grid);
    }
}
