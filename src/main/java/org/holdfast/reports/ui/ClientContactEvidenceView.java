package org.holdfast.reports.ui;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ui.RecordPage;
import org.holdfast.consent.ConsentService;
import org.holdfast.reports.ContactEvidenceReport;
import org.holdfast.reports.ReportQueue;
import org.holdfast.security.Role;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The clinician's copy of the contact-attempt record. A route of its own rather than an alias of the
 * client's page, so that the journal links to it by class and its client id.
 */
@RecordPage(RecordSection.CONTACT_RECORD)
@Route("clients/:clientId/contact-record")
@PageTitle("Contact-attempt record · Holdfast")
@RolesAllowed(Role.CLINICIAN_NAME)
public class ClientContactEvidenceView extends ContactEvidenceView {

    public ClientContactEvidenceView(ClientService clients, ConsentService consent, ContactEvidenceReport report,
            ReportQueue queue) {
        super(clients, consent, report, queue);
    }
}
