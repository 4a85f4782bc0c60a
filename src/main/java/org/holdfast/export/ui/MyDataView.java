package org.holdfast.export.ui;

import org.holdfast.clients.ClientService;
import org.holdfast.consent.ui.MySharingView;
import org.holdfast.erasure.ErasureService;
import org.holdfast.erasure.ui.ErasureRequestSection;
import org.holdfast.export.ClientExport;
import org.holdfast.reports.ReportQueue;
import org.holdfast.reports.ui.ReportButton;
import org.holdfast.security.Role;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The client downloads everything the portal holds about them, in one ZIP (access and portability). */
@Route(MyDataView.ROUTE)
@PageTitle("My data · Holdfast")
@Menu(title = "My data", order = 45, icon = "vaadin:download")
@RolesAllowed(Role.CLIENT_NAME)
public class MyDataView extends VerticalLayout {

    /** Other modules' client pages link here by this address (they cannot import this module). */
    public static final String ROUTE = "my-data";
    static final String WHAT_IT_HOLDS = "One ZIP file with everything Holdfast keeps about you: your check-ins, urges,"
            + " slips, notes and the log of their contact attempts, your plan, homework, questionnaires, session dates"
            + " and what you share. Each kind is a JSON file that another program can read (its format is described inside), the"
            + " journal is also a spreadsheet (CSV), and your plan and contact-attempt record are there as PDFs.";

    public MyDataView(ClientService clients, ClientExport export, ReportQueue queue, ErasureService erasure) {
        addClassName("report-page");
        setMaxWidth("40rem");
        long me = clients.mine().id();
        add(new H1("My data"), new Paragraph(WHAT_IT_HOLDS),
                new Paragraph("The file's name does not say what it is, but it holds your private record: keep it"
                        + " somewhere only you can open. Each download is noted in the practice's audit log with its"
                        + " fingerprint, so a copy can be checked later."),
                new ReportButton("Download my data (ZIP)", queue, () -> export.export(me)).zip().showFingerprint(),
                new RouterLink("What my clinician sees: Sharing", MySharingView.class),
                new ErasureRequestSection(erasure));
    }
}
