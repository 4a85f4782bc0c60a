package org.holdfast.caseload.ui;

import java.io.ByteArrayInputStream;

import org.holdfast.reports.ReportFile;
import org.holdfast.reports.SessionPrepReport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** The session prep PDF as a link: rendered only when clicked, and audited by the report service then. */
final class ReportDownloads {

    private ReportDownloads() {
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
