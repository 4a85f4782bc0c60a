package org.holdfast.journal.ui;

import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.JournalService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

/**
 * Corrects a contact attempt: who it came from and what was said, with a reason. Saved as a new
 * record that names the original; nothing already written changes.
 */
class CorrectionDialog extends Dialog {

    final TextField sender = new TextField("Who it came from, exactly as shown");
    final TextArea content = new TextArea("What was said or done");
    final TextArea reason = new TextArea("What are you correcting, and why?");
    final Button save = new Button("Save the correction");

    private final ContactAttemptForm form;

    CorrectionDialog(JournalService journal, long attemptId, Runnable afterSave) {
        form = journal.correctionOf(attemptId);
        setHeaderTitle("Correct this record");
        sender.setValue(form.getSender());
        content.setValue(form.getContent());
        sender.setWidthFull();
        content.setWidthFull();
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true); // the form's submission id also makes a retry store one correction
        save.addClickListener(e -> {
            try {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage("Say briefly what the correction is");
                    return;
                }
                form.setSender(sender.getValue());
                form.setContent(content.getValue());
                journal.correctContactAttempt(attemptId, form, reason.getValue());
                close();
                afterSave.run();
            } catch (ConstraintViolationException | IllegalArgumentException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        add(new VerticalLayout(new Paragraph("The original stays in your log exactly as it was. "
                + "Your correction is added after it, with your reason."), sender, content, reason));
        getFooter().add(cancel, save);
    }
}
