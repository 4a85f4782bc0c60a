package org.holdfast.security.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.LocalDate;
import java.time.Clock;

import org.holdfast.security.AccountService;
import org.holdfast.security.AccountService.AccountSummary;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The practice manager's home: who has an account, in which role. No clinical content. */
@Route("admin/users")
@PageTitle("Accounts · Holdfast")
@Menu(title = "Accounts", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    public UsersView(AccountService accounts, Clock clock) {
        setSizeFull();
        Grid<AccountSummary> grid = new Grid<>();
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader("Username").setSortProperty("username").setFlexGrow(3);
        grid.addColumn(a -> a.role().label()).setHeader("Role").setSortProperty("role").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Dates.format(LocalDate.ofInstant(a.createdAt(), clock.getZone())))
                .setHeader("Created").setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.list(toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(new H2("Accounts"), grid);
    }
}
