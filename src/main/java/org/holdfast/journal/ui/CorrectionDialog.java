package org.holdfast.journal.ui;

import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.JournalService;
import org.holdfast.shared.ui.LimitedTextArea;
import org.holdfast.shared.ui.LimitedTextField;
import org.holdfast.shared.ui.ReasonDialog;

/**
 * Corrects a contact attempt: who it came from and what was said, with a reason. Saved as a new
 * record that names the original; nothing already written changes. The portal's one reason dialog,
 * with the two corrected fields above the reason.
 */
class CorrectionDialog extends ReasonDialog {

    final LimitedTextField sender = new LimitedTextField("Who it came from, exactly as shown", ContactAttemptForm.SENDER_MAX);
    final LimitedTextArea content = new LimitedTextArea("What was said or done", ContactAttemptForm.CONTENT_MAX);

    CorrectionDialog(JournalService journal, long attemptId, Runnable afterSave) {
        this(journal, journal.correctionOf(attemptId), attemptId, afterSave);
    }

    private CorrectionDialog(JournalService journal, ContactAttemptForm form, long attemptId, Runnable afterSave) {
        super("Correct this record", "What are you correcting, and why?", "Save the correction");
        sender.setValue(form.getSender());
        content.setValue(form.getContent());
        sender.setWidthFull();
        content.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        intro("The original stays in your log exactly as it was. Your correction is added after it, with your reason.");
        above(sender, content);
        onConfirm(reason -> {
            if (reason.isBlank()) {
                return "Say briefly what the correction is";
            }
            if (!sender.checkLength() | !content.checkLength()) {
                return "";
            }
            form.setSender(sender.getValue());
            form.setContent(content.getValue());
            try {
                journal.correctContactAttempt(attemptId, form, reason);
            } catch (IllegalArgumentException gone) {
                return gone.getMessage();
            }
            afterSave.run();
            return null;
        });
    }
}
