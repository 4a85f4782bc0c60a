package org.holdfast.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

class ReasonDialogTests {

    record Why(@NotBlank(message = "Say why, for the record") String reason) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    // A dialog opens into the current UI; a bare one is enough here, no session or routes. The field keeps it:
    // the current UI is held weakly, and a collection mid-test would leave none.
    private UI ui;

    @BeforeEach
    void ui() {
        ui = new UI();
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theActionGetsTheReasonAndTheDialogClosesWhenItIsDone() {
        List<String> done = new ArrayList<>();
        ReasonDialog dialog = new ReasonDialog("Discharge Alex", "Reason", "Discharge", reason -> {
            done.add(reason);
            return null;
        });
        dialog.setOpened(true);
        dialog.reason.setValue("Finished the work together");

        dialog.confirm.click();

        assertThat(done).containsExactly("Finished the work together");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aPastedReasonOverTheLimitIsKeptWholeAndNothingIsDoneUntilItIsShortened() {
        List<String> done = new ArrayList<>();
        ReasonDialog dialog = new ReasonDialog("Discharge Alex", "Reason", "Discharge", reason -> {
            done.add(reason);
            return null;
        });
        dialog.setOpened(true);
        String pasted = "x".repeat(ReasonDialog.REASON_MAX + 3);
        dialog.reason.setValue(pasted);

        dialog.confirm.click();

        assertThat(done).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.getValue()).isEqualTo(pasted);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).contains("3 characters too long");
    }

    @Test
    void aRefusalByValidationIsShownAtTheReasonAndTheDialogStaysOpen() {
        ReasonDialog dialog = new ReasonDialog("Resolve", "What was done", "Mark resolved", reason -> {
            var problems = validator.validate(new Why(reason));
            if (!problems.isEmpty()) {
                throw new ConstraintViolationException(problems);
            }
            return null;
        });
        dialog.setOpened(true);

        dialog.confirm.click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say why, for the record");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aMessageFromTheActionIsShownAtTheReasonAndABlankOneLeavesItToAnotherField() {
        TextField other = new TextField("New status");
        ReasonDialog dialog = new ReasonDialog("Change status", "Why", "Change status",
                reason -> other.isEmpty() ? "" : "Say why the plan is paused").above(other);
        dialog.setOpened(true);

        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();

        other.setValue("Paused");
        dialog.confirm.click();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say why the plan is paused");
        assertThat(dialog.isOpened()).isTrue();
    }
}
