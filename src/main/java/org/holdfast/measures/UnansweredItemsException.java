package org.holdfast.measures;

import java.util.List;
import java.util.stream.Collectors;

/** A measure sent with items unanswered: the message names them, and nothing is scored (a partial total is no score). */
public class UnansweredItemsException extends IllegalArgumentException {

    private final List<Integer> items;

    public UnansweredItemsException(List<Integer> items) {
        super(message(items));
        this.items = List.copyOf(items);
    }

    public List<Integer> items() {
        return items;
    }

    static String message(List<Integer> items) {
        String list = items.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (items.size() == 1 ? "Question " + list + " has no answer yet" : "Questions " + list + " have no answer yet")
                + ". Your other answers are kept.";
    }
}
