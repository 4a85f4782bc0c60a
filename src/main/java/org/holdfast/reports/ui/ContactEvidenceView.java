package org.holdfast.reports.ui;

import com.vaadin.flow.router.RouterLink;
import org.holdfast.clients.ui.RecordLinks;
import org.holdfast.journal.ui.MyJournalView;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.consent.ConsentService;
import org.holdfast.reports.ContactEvidenceReport;
import org.holdfast.reports.EvidenceChecker;
import org.holdfast.reports.ReportQueue;
import org.holdfast.security.Role;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The contact-attempt record as a PDF: the client's own at {@code my-journal/record}, and a
 * clinician's copy at {@code clients/{id}/contact-record} ({@link ClientContactEvidenceView}) while the client
 * shares the log.
 */
@Route("my-journal/record")
@PageTitle("Contact-attempt record · Holdfast")
@RolesAllowed(Role.CLIENT_NAME)
public class ContactEvidenceView extends VerticalLayout implements BeforeEnterObserver {

    static final String WHAT_IT_IS = "A PDF of every contact attempt in the log, as it was written: when it happened"
            + " and when it was recorded, the channel, the sender as shown, the words, and any corrections beside the"
            + " records they correct. It ends with how often attempts came and a list of every record's hash, with"
            + " the result of checking that none was changed or removed.";
    static final String CHECKABLE = "The PDF also carries each record with the practice's signature over it, so that"
            + " anyone can check it was not changed, without Holdfast: the checker page below does it in any web browser,"
            + " even without a connection.";

    private final ClientService clients;
    private final ConsentService consent;
    private final ContactEvidenceReport report;
    private final ReportQueue queue;

    public ContactEvidenceView(ClientService clients, ConsentService consent, ContactEvidenceReport report,
            ReportQueue queue) {
        this.clients = clients;
        this.consent = consent;
        this.report = report;
        this.queue = queue;
        addClassName("report-page");
        setMaxWidth("48rem");
    }

    /** A plain download of the page, for whoever the PDF is handed to; not one of the router's views. */
    private static Anchor checkerLink() {
        Anchor link = new Anchor(EvidenceChecker.PATH, "Download the checker page (an HTML file that works offline)");
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.addClassName("evidence-checker-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var clientParam = event.getRouteParameters().getLong("clientId");
        if (clientParam.isEmpty()) {
            long me = clients.mine().id();
            add(new H1("My contact-attempt record"));
            add(new Paragraph(WHAT_IT_IS + " You can hand it to someone helping you, such as a lawyer or an advice"
                    + " service. Each PDF's fingerprint is kept in the practice's audit log, so a copy can be checked"
                    + " against it later."));
            add(new ReportButton("Contact-attempt record PDF", queue, () -> report.render(me)).showFingerprint());
            add(new Paragraph(CHECKABLE), checkerLink());
            add(new RouterLink("Back to my journal", MyJournalView.class));
            return;
        }
        long clientId = clientParam.get();
        ClientSummary client = clients.requireReadable(clientId);
        add(new ClientRecordHeader(client, RecordSection.JOURNAL));
        if (!consent.of(clientId).shareContactLog()) {
            add(new Paragraph(client.displayName() + " does not share the contact-attempt log, so its record is"
                    + " theirs alone to print."));
            return;
        }
        add(new Paragraph(WHAT_IT_IS + " " + client.displayName() + " shares this log with you. Its fingerprint is"
                + " kept in the audit log, and " + client.displayName() + " can see that you printed it."));
        add(new ReportButton("Contact-attempt record PDF", queue, () -> report.render(clientId)).showFingerprint());
        add(new Paragraph(CHECKABLE), checkerLink());
        RecordLinks.link("Back to the journal", RecordSection.JOURNAL, clientId).ifPresent(this::add);
    }
}
