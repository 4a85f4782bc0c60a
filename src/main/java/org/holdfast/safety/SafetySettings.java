package org.holdfast.safety;

import java.util.Arrays;
import java.util.List;

import org.holdfast.shared.CrisisLines;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The numbers the safety page gives ({@code holdfast.safety.*}): set per practice in
 * application.properties, because they differ by country and a wrong number in a crisis is worse than
 * none. Checked at start-up: a portal whose emergency number cannot be dialled does not start.
 *
 * @param emergencyNumber one or more numbers, "999 / 112"
 * @param helplineName what the helpline is, in a few words; may be empty
 * @param helplineNumber the helpline's number; empty for none
 */
@ConfigurationProperties("holdfast.safety")
@Validated
public record SafetySettings(
        @NotBlank(message = "must give at least one emergency number")
        @Pattern(regexp = "\\s*\\+?[0-9][0-9 ()-]*(\\s*[/,]\\s*\\+?[0-9][0-9 ()-]*)*\\s*",
                message = "must be numbers to call, separated by / or a comma, such as 999 / 112")
        @DefaultValue("999 / 112") String emergencyNumber,
        @DefaultValue("") String helplineName,
        @Pattern(regexp = "\\s*(\\+?[0-9][0-9 ()-]*)?\\s*", message = "must be a number to call, such as 0808 2000 247")
        @DefaultValue("") String helplineNumber) implements CrisisLines {

    public SafetySettings {
        emergencyNumber = emergencyNumber == null ? "" : emergencyNumber.strip();
        helplineName = helplineName == null ? "" : helplineName.strip();
        helplineNumber = helplineNumber == null ? "" : helplineNumber.strip();
    }

    @Override
    public List<String> emergencyNumbers() {
        return Arrays.stream(emergencyNumber.split("[/,]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }


}
