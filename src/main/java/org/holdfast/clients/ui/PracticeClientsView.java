package org.holdfast.clients.ui;

import org.holdfast.security.ui.StepUpDialog;
import org.holdfast.shared.ui.ReasonDialog;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.security.AccountService;
import org.holdfast.security.AccountService.AccountSummary;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The practice manager's view of clients: who sees whom. No clinical content; opening a record
 * needs a break-glass reason, which goes into the audit log.
 */
@Route("admin/clients")
@PageTitle("Clients · Holdfast")
@Menu(title = "Clients", order = 80, icon = "vaadin:group")
@RolesAllowed(Role.ADMIN_NAME)
public class PracticeClientsView extends VerticalLayout {

    final Grid<ClientSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Paragraph noMatch = new Paragraph();
    private final ClientService clients;
    /** The last reassignment asked about, for tests. */
    Dialog reassignDialog;

    public PracticeClientsView(ClientService clients, AccountService accounts) {
        this.clients = clients;
        setSizeFull();
        Map<Long, AccountSummary> clinicians = accounts.clinicians().stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));

        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setAriaLabel("Search clients by name");

        grid.addColumn(ClientSummary::displayName).setHeader("Client").setSortProperty("displayName").setFlexGrow(2);
        grid.addComponentColumn(client -> {
            Select<AccountSummary> clinician = new Select<>();
            clinician.setItems(clinicians.values());
            clinician.setItemLabelGenerator(AccountSummary::displayName);
            clinician.setValue(clinicians.get(client.clinicianId()));
            clinician.setAriaLabel("Clinician of " + client.displayName());
            clinician.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    confirmReassign(client, clinician, e.getOldValue(), e.getValue());
                }
            });
            return clinician;
        }).setHeader("Clinician").setFlexGrow(2);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(client -> {
            Button open = new Button("Open record…", e -> breakGlass(client));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> clients.practiceClients(search.getValue(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        noMatch.setVisible(false);
        search.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            String typed = search.getValue().strip();
            boolean none = !typed.isEmpty()
                    && clients.practiceClients(typed, org.springframework.data.domain.PageRequest.of(0, 1)).isEmpty();
            noMatch.setText(none ? "No client matches \u201c" + typed + "\u201d." : "");
            noMatch.setVisible(none);
        });

        HorizontalLayout header = new HorizontalLayout(new H1("Clients"), search);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, noMatch, grid);
    }

    /**
     * Moving a client to another clinician moves their whole record: asked first, naming both clinicians.
     * Until it is confirmed, the list goes on showing who sees the client now.
     */
    void confirmReassign(ClientSummary client, Select<AccountSummary> clinician, AccountSummary from, AccountSummary to) {
        clinician.setValue(from);
        reassignDialog = new Dialog();
        reassignDialog.setHeaderTitle("Move " + client.displayName() + " to " + to.displayName() + "?");
        reassignDialog.add(new Paragraph(client.displayName() + " is seen by " + (from == null ? "nobody" : from.displayName())
                + ". After the move, " + to.displayName() + " sees their record, plan and shared journal, and "
                + (from == null ? "nobody else" : from.displayName() + " no longer does") + "."));
        Button move = new Button("Move to " + to.displayName(), e -> {
            try {
                clients.reassign(client.id(), to.id());
                clinician.setValue(to);
                Notification.show(client.displayName() + " now sees " + to.displayName());
            } catch (IllegalArgumentException refused) {
                Notification.show(refused.getMessage()); // the list shows what is true, not what was tried
            }
            reassignDialog.close();
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        reassignDialog.getFooter().add(new Button("Cancel", e -> reassignDialog.close()), move);
        reassignDialog.open();
    }

    private void breakGlass(ClientSummary client) {
        new ReasonDialog("Open " + client.displayName() + "'s record", "Why do you need to read it?", "Open record",
                reason -> {
                    // Without a recent factor the manager confirms it is them first, then the record opens.
                    StepUpDialog.attempt(() -> {
                        clients.breakGlass(client.id(), reason);
                        RecordLinks.navigate(RecordSection.OVERVIEW, client.id());
                    });
                    return null;
                })
                .intro("Practice managers do not read clinical records in the ordinary course of work. "
                        + "Use this only when the client's safety or a legal duty requires it.")
                .helper("Recorded in the audit log with every page you open in the next 30 minutes.").open();
    }
}
