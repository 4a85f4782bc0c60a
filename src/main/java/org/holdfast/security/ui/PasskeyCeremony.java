package org.holdfast.security.ui;

import java.util.function.Consumer;

import org.springframework.security.web.csrf.CsrfToken;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;

import tools.jackson.databind.JsonNode;

/**
 * Runs a passkey ceremony in the browser ({@code scripts/passkeys.js}) and hands its outcome back to the view.
 * Spring's WebAuthn endpoints want Spring's CSRF token, which Vaadin's own requests do not carry: it is read
 * here, on the server, from the request Spring has just checked, and passed to the script.
 */
final class PasskeyCeremony {

    static final String SCRIPT = "context://scripts/passkeys.js";

    private PasskeyCeremony() {
    }

    /**
     * The outcome words the script answers with: registered, signed-in, cancelled, exists, refused, unsupported,
     * failed. After signed-in the browser is already leaving for the signed-in page.
     */
    record Outcome(String name) {
    }

    static void register(Component from, String name, Consumer<Outcome> then) {
        run(from, "return window.holdfastPasskeys.register({header: $0, token: $1}, $2)", then, name);
    }

    static void signIn(Component from, Consumer<Outcome> then) {
        run(from, "return window.holdfastPasskeys.signIn({header: $0, token: $1})", then);
    }

    private static void run(Component from, String call, Consumer<Outcome> then, String... more) {
        CsrfToken csrf = (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = csrf.getHeaderName();
        arguments[1] = csrf.getToken();
        System.arraycopy(more, 0, arguments, 2, more.length);
        from.getElement().executeJs(call, arguments).then(JsonNode.class,
                result -> then.accept(new Outcome(result.path("outcome").asString("failed"))),
                error -> then.accept(new Outcome("failed")));
    }
}
