package org.holdfast.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A note from the offline page's "write it down now" box, offered at the next sign-in. Its submission id is the one
 * the device gave the note; its date and time are when it was written, or now when the client keeps an older note
 * dated today.
 */
public class OfflineNoteForm extends JournalForm {

    @NotBlank(message = "This note is empty")
    @Size(max = TEXT_MAX, message = "A note keeps up to 2,000 characters")
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
