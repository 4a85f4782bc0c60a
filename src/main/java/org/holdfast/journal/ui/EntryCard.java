package org.holdfast.journal.ui;

import org.holdfast.shared.Dates;
import java.time.ZoneId;
import java.util.Locale;

import org.holdfast.journal.JournalItem;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One journal entry as a card, the same for the client's own list and the clinician's view. */
final class EntryCard {


    private EntryCard() {
    }

    static Div of(JournalItem item, ZoneId zone, boolean withSequence) {
        Div card = new Div();
        card.addClassNames("journal-entry", "type-" + item.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span type = new Span(item.type().label() + (withSequence && item.seq() != null ? " #" + item.seq() : ""));
        type.addClassName("entry-type");
        Span when = new Span(Dates.weekdayDateTime(item.occurredAt(), zone));
        when.addClassName("entry-when");
        Div head = new Div(type, when);
        head.addClassName("entry-head");
        card.add(head);
        Paragraph facts = new Paragraph(item.facts());
        facts.addClassName("entry-facts");
        card.add(facts);
        if (item.text() != null) {
            Paragraph text = new Paragraph(item.text());
            text.addClassName("entry-text");
            card.add(text);
        }
        return card;
    }
}
