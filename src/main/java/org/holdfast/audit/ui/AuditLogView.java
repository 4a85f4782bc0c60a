package org.holdfast.audit.ui;

import org.holdfast.shared.Dates;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.holdfast.audit.AuditEvent;
import org.holdfast.audit.AuditFilter;
import org.holdfast.audit.AuditLog;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.security.Role;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The practice manager's full audit log: who read which client's content, when and why. */
@Route("admin/audit")
@PageTitle("Audit log · Holdfast")
@Menu(title = "Audit log", order = 95, icon = "vaadin:records")
@StyleSheet("styles/safety.css")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout {

    /** The client filter lists the practice's clients by name; a practice is well under this size. */
    static final int CLIENTS_LISTED = 1000;

    final Grid<AuditEvent> grid = new Grid<>();
    final ComboBox<ClientSummary> client = new ComboBox<>("Client");
    final TextField actor = new TextField("Who");
    final TextField action = new TextField("What");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    /** The clients named by the rows loaded so far that read several clients at once. */
    private final Map<Long, List<Long>> named = new HashMap<>();

    public AuditLogView(AuditLog audit, ClientService clients, Clock clock) {
        setSizeFull();
        addClassName("audit-log-view");
        List<ClientSummary> practice = clients.practiceClients("", PageRequest.of(0, CLIENTS_LISTED)).getContent();
        Map<Long, String> names = practice.stream().collect(Collectors.toMap(ClientSummary::id, ClientSummary::displayName));

        client.setItems(practice);
        client.setItemLabelGenerator(ClientSummary::displayName);
        client.setClearButtonVisible(true);
        actor.setPlaceholder("Name or username");
        action.setPlaceholder("e.g. Check-ins, PDF");
        for (TextField text : new TextField[] { actor, action }) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        client.setWidth("14rem");
        actor.setWidth("11rem");
        action.setWidth("11rem");
        from.setWidth("10rem");
        to.setWidth("10rem");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        grid.addColumn(e -> Dates.dateTimeWithSeconds(e.getOccurredAt(), clock.getZone())).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0).setKey("when");
        grid.addColumn(AuditEvent::readerName).setHeader("Who").setTooltipGenerator(AuditEvent::getActor)
                .setAutoWidth(true).setFlexGrow(0).setKey("who");
        grid.addColumn(AuditEvent::readerRole).setHeader("Role").setAutoWidth(true).setFlexGrow(0).setKey("role");
        grid.addColumn(e -> clientText(e, names)).setHeader("Client").setTooltipGenerator(e -> clientText(e, names))
                .setFlexGrow(1).setKey("client");
        grid.addColumn(AuditEvent::getAction).setHeader("What").setTooltipGenerator(AuditEvent::getAction).setFlexGrow(3)
                .setKey("what");
        grid.addColumn(e -> e.getReason() == null ? "" : e.getReason()).setHeader("Reason")
                .setTooltipGenerator(AuditEvent::getReason).setFlexGrow(1).setKey("reason");
        // A PDF's fingerprint, so a copy that turns up later can be matched to this row.
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader("Detail")
                .setTooltipGenerator(AuditEvent::getDetail).setFlexGrow(1).setKey("detail");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> {
            List<AuditEvent> rows = audit.search(filter(), toSpringPageRequest(query)).getContent();
            named.putAll(audit.clientsNamedBy(rows));
            return rows.stream();
        });
        grid.setSizeFull();

        client.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(client, actor, action, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        // The check lives in the integrity module, which reads this one; a link by address keeps the modules apart.
        com.vaadin.flow.component.html.Anchor check = new com.vaadin.flow.component.html.Anchor("admin/record-check",
                "Record check: whether this log is as it was written, when that was last confirmed, and checking it now");
        check.addClassName("audit-record-check-link");
        add(new H1("Audit log"), check, filters, grid);
    }

    /** One client by name; a read of several (a caseload page) names them all; a refusal may name none. */
    private String clientText(AuditEvent event, Map<Long, String> names) {
        if (event.getClientId() != null) {
            return names.getOrDefault(event.getClientId(), "Client " + event.getClientId());
        }
        List<Long> several = named.getOrDefault(event.getId(), List.of());
        if (several.isEmpty()) {
            return "";
        }
        return several.size() + " clients: " + several.stream().map(id -> names.getOrDefault(id, "Client " + id))
                .sorted().collect(Collectors.joining(", "));
    }

    AuditFilter filter() {
        return new AuditFilter(client.getValue() == null ? null : client.getValue().id(), actor.getValue(),
                action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
