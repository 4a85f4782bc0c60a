package org.holdfast.shared;

import java.util.List;

/**
 * The practice's own numbers for a crisis, for any page that must give them: set once by the practice (the safety
 * module holds them), so that no form hard-codes a country's number.
 */
public interface CrisisLines {

    /** One or more numbers to call, as the practice wrote them: "999 / 112". */
    String emergencyNumber();

    /** Each emergency number on its own ("999", "112"), so each can be a tap-to-call link. */
    List<String> emergencyNumbers();

    /** What the helpline is, in a few words; may be empty. */
    String helplineName();

    /** The helpline's number; empty for none. */
    String helplineNumber();

    default boolean hasHelpline() {
        return !helplineNumber().isEmpty();
    }

    /** What goes after "tel:": digits and a leading plus only. */
    static String dialable(String number) {
        return number.replaceAll("[^+0-9]", "");
    }
}
