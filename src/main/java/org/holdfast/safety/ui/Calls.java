package org.holdfast.safety.ui;

import org.holdfast.shared.CrisisLines;

import org.holdfast.plans.SupportContact;
import org.holdfast.safety.SafetySettings;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Tap-to-call links: a phone opens its dialler, a desktop shows the number. */
final class Calls {

    private Calls() {
    }

    static Anchor call(String label, String number) {
        Anchor call = new Anchor("tel:" + CrisisLines.dialable(number), label);
        call.addClassName("call-link");
        return call;
    }

    /** A support contact as a card: name, note, and the number as a link when there is one. */
    static Div contact(SupportContact contact) {
        Div card = new Div();
        card.addClassName("contact");
        Span name = new Span(contact.getName());
        name.addClassName("contact-name");
        card.add(name);
        if (contact.getNote() != null) {
            Span note = new Span(contact.getNote());
            note.addClassName("contact-note");
            card.add(note);
        }
        if (contact.getPhone() != null) {
            card.add(call("Call " + contact.getPhone(), contact.getPhone()));
        }
        return card;
    }
}
