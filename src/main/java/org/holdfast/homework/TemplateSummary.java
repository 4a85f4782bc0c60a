package org.holdfast.homework;

/** A library template as lists and the assign form show it. */
public record TemplateSummary(long id, String title, String instructions, Recurrence suggestedRecurrence,
        boolean archived) {
}
