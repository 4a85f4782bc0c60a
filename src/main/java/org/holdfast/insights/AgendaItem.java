package org.holdfast.insights;

/**
 * One suggested topic for the next session ("Anniversary on Thu 3 Dec: plan for it"), the evidence behind
 * it in a sentence, and where in the client's record that evidence is ({@code link}, a route such as
 * {@code clients/12/insights}).
 */
public record AgendaItem(String topic, String evidence, String link) {
}
