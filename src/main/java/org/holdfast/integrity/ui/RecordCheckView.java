package org.holdfast.integrity.ui;

import java.time.Clock;

import org.holdfast.integrity.IntegrityCheck;
import org.holdfast.integrity.RecordCheck;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The practice manager's view of the record check: when it last ran, whether everything matched, what did not,
 * and a button to run it now. The same check runs every night, and from the command line as {@code verify}.
 */
@Route("admin/record-check")
@PageTitle("Record check · Holdfast")
@Menu(title = "Record check", order = 96, icon = "vaadin:check-circle-o")
@RolesAllowed(Role.ADMIN_NAME)
public class RecordCheckView extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button runNow = new Button("Check now");

    private final Clock clock;

    public RecordCheckView(RecordCheck recordCheck, Clock clock) {
        this.clock = clock;
        addClassName("record-check-view");
        setMaxWidth("48rem");
        Paragraph about = new Paragraph("Checks that no audit event and no contact-attempt record has been changed, "
                + "removed, added or moved since it was written, against tree heads signed with the practice's key, "
                + "which is kept outside the database. It runs every night on its own.");
        status.addClassName("record-check-status");
        problem.addClassName("record-check-problem");
        runNow.addThemeVariants(ButtonVariant.PRIMARY);
        runNow.setDisableOnClick(true);
        runNow.addClickListener(e -> {
            show(recordCheck.runNow());
            runNow.setEnabled(true);
        });
        add(new H1("Record check"), about, new Div(status, problem), runNow);
        recordCheck.latest().ifPresentOrElse(this::show, () -> status.setText("It has not run yet."));
    }

    private void show(IntegrityCheck check) {
        String when = Dates.dateTime(check.checkedAt(), clock.getZone()) + " (" + check.requestedBy() + ")";
        status.setText(check.intact()
                ? "Passed on " + when + ": " + Dates.number(check.events()) + " audit events, "
                        + Dates.number(check.heads()) + " signed heads and " + Dates.number(check.records())
                        + " contact-attempt records all match."
                : "FAILED on " + when + ".");
        problem.setText(check.intact() ? "" : check.problem());
        problem.setVisible(!check.intact());
        status.getElement().getClassList().set("failed", !check.intact());
    }
}
