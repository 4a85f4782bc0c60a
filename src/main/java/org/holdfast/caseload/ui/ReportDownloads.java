package org.holdfast.caseload.ui;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletionException;

import org.holdfast.reports.ReportFile;
import org.holdfast.reports.ReportQueue;
import org.holdfast.reports.SessionPrepReport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The session prep PDF as a compact icon link for caseload rows: rendered only when clicked, and audited
 * by the report service then. A plain link is enough here: Vaadin serves a DownloadHandler's response
 * without holding the session lock, so the page stays usable while the browser waits for the file. The
 * render still goes through the report queue, so a caseload full of clicks cannot exceed its cap.
 */
final class ReportDownloads {

    private ReportDownloads() {
    }

    /** Named for screen readers and with a tooltip. */
    static Anchor sessionPrepIcon(SessionPrepReport reports, ReportQueue queue, long clientId, String clientName) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            ReportFile file;
            try {
                file = queue.submit(() -> reports.render(clientId)).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof ReportQueue.ReportsBusyException busy) {
                    return DownloadResponse.error(HttpStatusCode.SERVICE_UNAVAILABLE, busy.getMessage());
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), ReportFile.PDF,
                    file.content().length);
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.addClassName("report-link");
        link.add(VaadinIcon.FILE_TEXT_O.create());
        link.setAriaLabel("Session prep PDF for " + clientName);
        link.setTitle("Session prep PDF for " + clientName);
        return link;
    }
}
