package org.holdfast.reports.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.holdfast.reports.ReportFile;
import org.holdfast.reports.ReportQueue;
import org.holdfast.reports.ReportQueue.ReportsBusyException;
import org.holdfast.security.StepUpRequiredException;
import org.holdfast.security.ui.StepUpDialog;
import org.holdfast.shared.ui.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A button that prepares a PDF without holding the page: on click it disables itself and says so, the
 * report renders on the {@link ReportQueue} (off the UI lock, as the person who clicked), and when it is
 * ready the download starts, with a link to save it again. A full queue or a failure is said in words.
 * With {@code showFingerprint} the PDF's SHA-256 is shown too, for reports whose copies must be checkable.
 *
 * <p>"Save again" renders again: access is checked and the download audited every time a copy leaves, so a
 * client who stopped sharing since is not overridden by bytes kept in the page. Only the download started
 * right after rendering gets the file just made (and just audited).
 */
public class ReportButton extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(ReportButton.class);
    /** How long the file just rendered may be handed out as it is, for the download started with it. */
    static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(30);

    final Button button;
    final Div status = new Div();
    private final ReportQueue queue;
    private final Supplier<ReportFile> render;
    private boolean showFingerprint;
    /** What the file is called in the button's sentences: a PDF, unless told it is a ZIP. */
    private String noun = "PDF";
    /** The file just rendered, until its own download takes it; every later download renders again. */
    private final AtomicReference<ReportFile> fresh = new AtomicReference<>();
    private volatile long renderedAt;

    /**
     * {@code render} runs on a render thread, without the UI lock: it may use what it captured, never read
     * a component (a view whose report follows a field keeps the field's value itself, as the caseload does).
     */
    public ReportButton(String label, ReportQueue queue, Supplier<ReportFile> render) {
        this.queue = queue;
        this.render = render;
        button = new Button(label, VaadinIcon.FILE_TEXT_O.create(), e -> start());
        button.setDisableOnClick(true);
        status.addClassName("report-status");
        status.getElement().setAttribute("aria-live", "polite");
        getContent().addClassName("report-button");
        getContent().add(button, status);
    }

    public ReportButton showFingerprint() {
        this.showFingerprint = true;
        return this;
    }

    /** For an export: the sentences say "ZIP file" rather than "PDF" (the download says its own type either way). */
    public ReportButton zip() {
        this.noun = "ZIP file";
        return this;
    }

    /** For a toolbar: what the button is doing shows under it without moving the tools beside it. */
    public ReportButton compact() {
        getContent().addClassName("report-button-compact");
        return this;
    }

    public Button button() {
        return button;
    }

    private void start() {
        UI ui = UI.getCurrent();
        // The file is offered from another thread when it is ready: the page must be listening by then.
        LiveUpdates.need(ui);
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        status.removeAll();
        status.add(progress, new Span("Preparing the " + noun + "…"));
        queue.submit(render).whenComplete((file, error) -> {
            try {
                ui.access(() -> finish(file, error));
            } catch (UIDetachedException gone) {
                // The person left the page; the finished file is simply not offered.
            }
        });
    }

    void finish(ReportFile file, Throwable error) {
        button.setEnabled(true);
        status.removeAll();
        if (error != null) {
            Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
            if (cause instanceof StepUpRequiredException) {
                // Another person's record or a caseload leaving the portal: confirm it is you, then it renders.
                StepUpDialog.ask(this::start);
                return;
            }
            status.add(problem(cause, noun));
            return;
        }
        fresh.set(file);
        renderedAt = System.nanoTime();
        Anchor save = new Anchor(DownloadHandler.fromInputStream(event -> {
            // Neither the browser nor a proxy keeps a copy of a client's record.
            event.getResponse().setHeader("Cache-Control", "no-store");
            return download();
        }), AttachmentType.DOWNLOAD,
                "Save the " + noun + " again (" + kilobytes(file.content().length) + ")");
        save.addClassName("report-save");
        status.add(new Span("Your " + noun + " is ready: " + file.fileName() + ". "), save);
        if (showFingerprint) {
            status.add(fingerprint(file));
        }
        // The click that asked for the file is long gone; a link click started here still downloads.
        save.getElement().executeJs("this.click()");
    }

    /**
     * One download. The first, right after rendering, gets that file; any other renders again on the queue
     * (as the person downloading, so the service checks access and audits the copy) and refuses in words if
     * access has gone. Runs on the download request, not under the UI lock.
     */
    DownloadResponse download() {
        ReportFile file = fresh.getAndSet(null);
        if (file == null || System.nanoTime() - renderedAt > FRESH_FOR_NANOS) {
            try {
                file = queue.submit(render).join();
            } catch (CompletionException | CancellationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                update(() -> {
                    status.removeAll();
                    status.add(problem(cause, noun));
                });
                return DownloadResponse.error(cause instanceof AccessDeniedException ? 403 : 503, "The " + noun + " is not available");
            }
            ReportFile again = file;
            if (showFingerprint) {
                // A new copy has its own fingerprint in the audit log; show the one of the copy just saved.
                update(() -> status.getChildren().filter(c -> c.hasClassName("report-fingerprint")).findFirst()
                        .ifPresent(old -> status.replace(old, fingerprint(again))));
            }
        }
        byte[] bytes = file.content();
        return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), file.contentType(), bytes.length);
    }

    private void update(Command change) {
        Optional<UI> ui = getUI();
        if (ui.isPresent()) {
            ui.get().access(change);
        } else {
            change.execute();
        }
    }

    private Div fingerprint(ReportFile file) {
        Div fingerprint = new Div(new Span("Fingerprint of this " + noun + " (SHA-256): "), code(file.sha256()),
                new Span(" It is kept in the practice's audit log, so a copy can be checked against it later."));
        fingerprint.addClassName("report-fingerprint");
        return fingerprint;
    }

    private static Span problem(Throwable error, String noun) {
        String text;
        if (error instanceof ReportsBusyException busy) {
            text = busy.getMessage();
        } else if (error instanceof AccessDeniedException denied) {
            text = "This report is not available to you: " + denied.getMessage() + ".";
        } else {
            log.error("A report could not be rendered", error);
            text = "The " + noun + " could not be prepared. Try again; if it keeps failing, tell the practice.";
        }
        Span span = new Span(text);
        span.addClassName("report-problem");
        return span;
    }

    private static Span code(String text) {
        Span span = new Span(text);
        span.addClassName("report-hash");
        return span;
    }

    private static String kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
