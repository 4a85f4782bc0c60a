package org.holdfast.safety;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The numbers the safety page gives: set per practice in application.properties, because they differ
 * by country and a wrong number in a crisis is worse than none.
 */
@Component
public class SafetySettings {

    private final String emergencyNumber;
    private final String helplineName;
    private final String helplineNumber;

    SafetySettings(@Value("${holdfast.safety.emergency-number:999 / 112}") String emergencyNumber,
            @Value("${holdfast.safety.helpline-name:}") String helplineName,
            @Value("${holdfast.safety.helpline-number:}") String helplineNumber) {
        this.emergencyNumber = emergencyNumber.strip();
        this.helplineName = helplineName.strip();
        this.helplineNumber = helplineNumber.strip();
    }

    /** "999 / 112", as written in the settings. */
    public String emergencyNumber() {
        return emergencyNumber;
    }

    /** Each emergency number on its own ("999", "112"), so each can be a tap-to-call link. */
    public List<String> emergencyNumbers() {
        return Arrays.stream(emergencyNumber.split("[/,]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    public String helplineName() {
        return helplineName;
    }

    public String helplineNumber() {
        return helplineNumber;
    }

    public boolean hasHelpline() {
        return !helplineNumber.isEmpty();
    }

    /** What goes after "tel:": digits and a leading plus only. */
    public static String dialable(String number) {
        return number.replaceAll("[^+0-9]", "");
    }
}
