package org.holdfast.journal.ui;

import org.holdfast.consent.ui.MySharingView;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Whether the contact-attempt log is shared, said where a single attempt is shown or written: the log is
 * shared or private as a whole (under Sharing), never one attempt at a time.
 */
final class LogSharingNote {

    private LogSharingNote() {
    }

    static Div of(boolean logShared) {
        Span text = new Span(logShared
                ? "Your clinician sees your whole contact-attempt log, this record included. "
                : "Your contact-attempt log is private: your clinician does not see this record. ");
        RouterLink change = new RouterLink("Change this under Sharing", MySharingView.class);
        Div note = new Div(text, change);
        note.addClassName("log-sharing");
        return note;
    }
}
