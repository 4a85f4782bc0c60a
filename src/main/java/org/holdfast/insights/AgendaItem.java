package org.holdfast.insights;

import org.holdfast.clients.RecordSection;

/**
 * One suggested topic for the next session ("Anniversary on Thu 3 Dec: plan for it"), the evidence behind
 * it in a sentence, and which section of the client's record shows that evidence; the record's views
 * turn the section into a link to their own page.
 */
public record AgendaItem(String topic, String evidence, long clientId, RecordSection section) {
}
