package org.holdfast.erasure.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import org.holdfast.erasure.ErasureRequestRow;
import org.holdfast.erasure.ErasureService;
import org.holdfast.erasure.PastRetention;
import org.holdfast.erasure.Retention;
import org.holdfast.security.Role;
import org.holdfast.security.ui.StepUpDialog;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.ReasonDialog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * The practice manager's retention and erasure page: requests to decide, records kept past the retention period,
 * the period itself, and what was decided before.
 */
@Route("admin/retention")
@PageTitle("Retention and erasure · Holdfast")
@Menu(title = "Retention and erasure", order = 97, icon = "vaadin:archive")
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionView extends VerticalLayout {

    final Grid<ErasureRequestRow> open = new Grid<>();
    final Grid<PastRetention> past = new Grid<>();
    final Grid<ErasureRequestRow> decided = new Grid<>();
    final IntegerField years = new IntegerField("Keep records of discharged clients for (years)");
    final Button saveYears = new Button("Save");
    private final Paragraph pastIntro = new Paragraph();
    private final ErasureService erasure;
    /** The last dialog opened, for tests. */
    ReasonDialog dialog;

    public RetentionView(ErasureService erasure) {
        this.erasure = erasure;
        addClassName("retention-page");
        setMaxWidth("70rem");

        open.addColumn(ErasureRequestRow::client).setHeader("Client").setFlexGrow(2);
        open.addColumn(r -> r.requestedBy() + ", " + Dates.format(r.requestedOn())).setHeader("Asked").setFlexGrow(2);
        open.addColumn(r -> r.grounds().label()).setHeader("Grounds").setFlexGrow(3);
        open.addColumn(r -> r.dischargedOn() == null ? "Still a client" : Dates.format(r.dischargedOn()))
                .setHeader("Discharged").setAutoWidth(true).setFlexGrow(0);
        open.addComponentColumn(this::decisionButtons).setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        open.setItems(q -> erasure.open(toSpringPageRequest(q)).stream());
        open.setAllRowsVisible(true);
        open.setEmptyStateText("No requests to decide.");

        past.addColumn(PastRetention::clientName).setHeader("Client").setFlexGrow(2);
        past.addColumn(p -> Dates.format(p.dischargedOn())).setHeader("Discharged").setAutoWidth(true).setFlexGrow(0);
        past.addColumn(p -> Dates.format(p.keptUntil())).setHeader("Kept until").setAutoWidth(true).setFlexGrow(0);
        past.addComponentColumn(p -> {
            if (p.erasureRequested()) {
                return new Span("Erasure requested");
            }
            Button ask = new Button("Request erasure", e -> requestErasure(p));
            ask.addThemeVariants(ButtonVariant.TERTIARY);
            ask.setDisableOnClick(true);
            return ask;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        past.setItems(q -> erasure.pastRetention(toSpringPageRequest(q)).stream());
        past.setAllRowsVisible(true);
        past.setEmptyStateText("No discharged client's record is kept past the retention period.");

        years.setMin(1);
        years.setMax(100);
        years.setStepButtonsVisible(true);
        // Wide enough for its label on one line (the default width cut it to "Keep records of discharg…"), never
        // wider than a phone.
        years.setWidth("22rem");
        years.setMaxWidth("100%");
        years.setHelperText("As your jurisdiction requires for adults' therapy records. Counted from the day of discharge.");
        saveYears.addClickListener(e -> saveYears());
        HorizontalLayout period = new HorizontalLayout(years, saveYears);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);

        decided.addColumn(ErasureRequestRow::client).setHeader("Client").setFlexGrow(1);
        decided.addColumn(r -> r.status().label()).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(r -> r.decidedOn() == null ? "" : Dates.format(r.decidedOn())).setHeader("On").setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(r -> r.decidedBy() == null ? "" : r.decidedBy()).setHeader("By").setFlexGrow(1);
        decided.addColumn(r -> r.decisionReason() == null ? "" : r.decisionReason()).setHeader("Reason").setFlexGrow(3);
        decided.setItems(q -> erasure.decided(toSpringPageRequest(q)).stream());
        decided.setAllRowsVisible(true);
        decided.setEmptyStateText("Nothing decided yet.");

        add(new H1("Retention and erasure"),
                new Paragraph("Erasing a record destroys the client's encryption key first, so that everything they "
                        + "wrote can no longer be read anywhere, backups included; then it deletes their record and their "
                        + "account. It cannot be undone. What stays is the request below, by client number, and a line "
                        + "in the audit log; neither holds anything the client wrote."),
                new H2("Requests to decide"), open,
                new H2("Kept past the retention period"), pastIntro, past,
                new H2("Retention period"), period,
                new H2("Decided"), decided);
        showRetention(erasure.retention());
    }

    private HorizontalLayout decisionButtons(ErasureRequestRow request) {
        Button approve = new Button("Erase…", e -> approve(request));
        approve.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        approve.setEnabled(request.dischargedOn() != null);
        if (request.dischargedOn() == null) {
            approve.setTooltipText("Their clinician discharges them first");
        }
        approve.setAriaLabel("Erase the record of " + request.client());
        Button decline = new Button("Decline…", e -> decline(request));
        decline.addThemeVariants(ButtonVariant.SMALL);
        decline.setAriaLabel("Decline erasing the record of " + request.client());
        return new HorizontalLayout(approve, decline);
    }

    void approve(ErasureRequestRow request) {
        dialog = new ReasonDialog("Erase " + request.client() + "'s record?", "Why the record can be erased", "Erase for good",
                reason -> {
                    StepUpDialog.attempt(() -> {
                        try {
                            erasure.approve(request.id(), reason);
                            dialog.close();
                            Notification.show(request.client() + "'s record was erased. Take a new key backup "
                                    + "(deploy/backup-keys.sh) and destroy the older ones: they still hold the client's key.");
                            refresh();
                        } catch (IllegalStateException refused) {
                            dialog.reason.setErrorMessage(refused.getMessage());
                            dialog.reason.setInvalid(true);
                        } catch (ConstraintViolationException invalid) {
                            dialog.reason.setErrorMessage(invalid.getConstraintViolations().iterator().next().getMessage());
                            dialog.reason.setInvalid(true);
                        }
                    });
                    return "";
                })
                .intro("Their encryption key is destroyed, then their check-ins, journal, contact-attempt log, plans, "
                        + "homework, sessions, sharing choices and account are deleted. This cannot be undone.")
                .helper("For example: the retention period has passed, or the client asked and nothing requires "
                        + "the practice to keep it. Do not name the client: this reason stays after the record is gone.");
        dialog.open();
    }

    void decline(ErasureRequestRow request) {
        dialog = new ReasonDialog("Decline erasing " + request.client() + "'s record", "Why it must be kept", "Decline",
                reason -> {
                    try {
                        erasure.decline(request.id(), reason);
                    } catch (IllegalStateException refused) {
                        return refused.getMessage();
                    }
                    refresh();
                    return null;
                })
                .helper("For example: the law requires the practice to keep it until a date. Their clinician can tell them.");
        dialog.open();
    }

    private void requestErasure(PastRetention client) {
        try {
            erasure.requestForRetention(client.clientId());
            Notification.show("Erasure of " + client.clientName() + "'s record is requested: decide it above.");
        } catch (IllegalStateException refused) {
            Notification.show(refused.getMessage());
        }
        refresh();
    }

    private void saveYears() {
        years.setInvalid(false);
        if (years.getValue() == null) {
            years.setErrorMessage("Give a number of years, from 1 to 100");
            years.setInvalid(true);
            return;
        }
        try {
            showRetention(erasure.changeRetention(years.getValue()));
            Notification.show("Records of discharged clients are now kept for " + years.getValue() + " years.");
            past.getDataProvider().refreshAll();
        } catch (ConstraintViolationException invalid) {
            years.setErrorMessage(invalid.getConstraintViolations().iterator().next().getMessage());
            years.setInvalid(true);
        }
    }

    private void showRetention(Retention retention) {
        years.setValue(retention.years());
        pastIntro.setText("Records of clients discharged more than " + retention.years() + " years ago. Request erasure, "
                + "then decide it above.");
        if (retention.changedBy() != null) {
            years.setHelperText("Set by " + retention.changedBy() + " on " + Dates.format(retention.changedOn())
                    + ". As your jurisdiction requires; counted from the day of discharge.");
        }
    }

    private void refresh() {
        open.getDataProvider().refreshAll();
        past.getDataProvider().refreshAll();
        decided.getDataProvider().refreshAll();
    }
}
