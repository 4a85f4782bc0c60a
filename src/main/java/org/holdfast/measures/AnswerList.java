package org.holdfast.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Item values as stored: comma-separated in item order, an empty place for an item not answered yet (drafts). */
final class AnswerList {

    private AnswerList() {
    }

    static String write(List<Integer> answers) {
        return String.join(",", answers.stream().map(a -> a == null ? "" : a.toString()).toList());
    }

    static List<Integer> read(String text, int size) {
        List<Integer> answers = new ArrayList<>(Arrays.asList(new Integer[size]));
        String[] parts = text.split(",", -1);
        for (int i = 0; i < Math.min(size, parts.length); i++) {
            answers.set(i, parts[i].isEmpty() ? null : Integer.valueOf(parts[i]));
        }
        return answers;
    }
}
