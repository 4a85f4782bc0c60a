package org.holdfast.caseload.ui;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletionException;

import org.holdfast.reports.ReportFile;
import org.holdfast.reports.ReportQueue;
import org.holdfast.reports.SessionPrepReport;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The session prep PDF behind the caseload rows' icons: one download for the whole grid, told which client by
 * its {@value #CLIENT} parameter, rendered only when clicked and audited by the report service then. The
 * service checks that the client is the signed-in clinician's, so a changed number gets a refusal, not a
 * record. Its address is Vaadin's own, random and valid only in this session, like any other download.
 * Vaadin serves it without holding the session lock, so the page stays usable while the browser waits
 * for the file; the render still goes through the report queue, so a caseload full of clicks cannot exceed
 * its cap.
 */
final class ReportDownloads {

    static final String CLIENT = "client";

    private ReportDownloads() {
    }

    static DownloadHandler sessionPrep(SessionPrepReport reports, ReportQueue queue) {
        return DownloadHandler.fromInputStream(event -> {
            long clientId;
            try {
                clientId = Long.parseLong(String.valueOf(event.getRequest().getParameter(CLIENT)));
            } catch (NumberFormatException notANumber) {
                return DownloadResponse.error(HttpStatusCode.BAD_REQUEST, "Which client's session prep?");
            }
            ReportFile file;
            try {
                file = queue.submit(() -> reports.render(clientId)).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof ReportQueue.ReportsBusyException busy) {
                    return DownloadResponse.error(HttpStatusCode.SERVICE_UNAVAILABLE, busy.getMessage());
                }
                if (e.getCause() instanceof AccessDeniedException) {
                    return DownloadResponse.error(HttpStatusCode.FORBIDDEN, "Not one of your clients");
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            event.getResponse().setHeader("Cache-Control", "no-store");
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), ReportFile.PDF,
                    file.content().length);
        });
    }
}
