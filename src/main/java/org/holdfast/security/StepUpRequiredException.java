package org.holdfast.security;

/**
 * Refuses a sensitive act (break-glass, another person's evidence record, a caseload PDF, changing one's own
 * factors) when no factor was used in the last {@link StepUp#VALID_FOR}. The page asks for the password or a code
 * ({@code StepUpDialog}) and then tries the act again.
 */
public class StepUpRequiredException extends RuntimeException {

    public StepUpRequiredException() {
        super("Confirm it is you: type your password or a code from your authenticator app");
    }
}
