package org.holdfast.caseload.ui;

import java.io.ByteArrayInputStream;

import org.holdfast.reports.ReportFile;
import org.holdfast.reports.SessionPrepReport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** The session prep PDF as a link: rendered only when clicked, and audited by the report service then. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    /** A compact icon link for grid rows, named for screen readers and with a tooltip. */
    static Anchor sessionPrepIcon(SessionPrepReport reports, long clientId, String clientName) {
        Anchor link = sessionPrep(reports, clientId, "");
        link.add(VaadinIcon.FILE_TEXT_O.create());
        link.setAriaLabel("Session prep PDF for " + clientName);
        link.setTitle("Session prep PDF for " + clientName);
        return link;
    }

    static Anchor sessionPrep(SessionPrepReport reports, long clientId, String text) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            ReportFile file = reports.render(clientId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), ReportFile.PDF,
                    file.content().length);
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        link.addClassName("report-link");
        return link;
    }
}
