package org.holdfast.export.ui;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.clients.ui.RecordLinks;
import org.holdfast.clients.ui.RecordPage;
import org.holdfast.export.ClientExport;
import org.holdfast.reports.ReportQueue;
import org.holdfast.reports.ui.ReportButton;
import org.holdfast.security.Role;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The clinician exports a client's whole record for a transfer of care. The button asks them to confirm it is
 * them (step-up) before the ZIP is made; what it holds is what the client shares with them.
 */
@RecordPage(RecordSection.EXPORT)
@Route("clients/:clientId/export")
@PageTitle("Export the record · Holdfast")
@RolesAllowed(Role.CLINICIAN_NAME)
public class ClientExportView extends VerticalLayout implements BeforeEnterObserver {

    static final String LABEL = "Export the whole record (ZIP) for a transfer of care";

    private final ClientService clients;
    private final ClientExport export;
    private final ReportQueue queue;

    public ClientExportView(ClientService clients, ClientExport export, ReportQueue queue) {
        this.clients = clients;
        this.export = export;
        this.queue = queue;
        addClassName("report-page");
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long clientId = event.getRouteParameters().getLong(RecordLinks.CLIENT_ID).orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        add(new ClientRecordHeader(client, RecordSection.OVERVIEW));
        add(new Paragraph("One ZIP with " + client.displayName() + "'s record as you may see it: what they share of"
                + " their journal, the contact-attempt log if they share it, plans and their history, homework, safety"
                + " check-ins, consent and session dates. Each kind is a JSON file with a published schema, the journal is"
                + " also a CSV, and the plan and evidence PDFs are inside. Your private session notes are not."));
        add(new Paragraph("You will be asked to confirm it is you. The export and its fingerprint go into the audit log,"
                + " and " + client.displayName() + " can see that you made it."));
        add(new ReportButton(LABEL, queue, () -> export.export(clientId)).zip().showFingerprint());
        RecordLinks.link("Back to the overview", RecordSection.OVERVIEW, clientId).ifPresent(this::add);
    }
}
