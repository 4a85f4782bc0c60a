package org.holdfast.shell;

import java.util.Optional;

import org.holdfast.security.Role;
import org.holdfast.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * The one page every navigation error ends on: an address with no page, a page of another role, a
 * record outside the reader's reach, an address with a typo in it. It says what happened in the
 * reader's own terms (a clinician, a practice manager and a client are each told where to turn) and
 * gives the way home, inside the layout so the menu stays.
 */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        addClassName("error-page");
    }

    void show(String title, String sentence) {
        removeAll();
        Paragraph whatNext = new Paragraph(whatNext(role()));
        whatNext.addClassName("error-page-next");
        add(new H1(title), new Paragraph(sentence), whatNext, new RouterLink("Back to your home page", HomeView.class));
    }

    /** Where each role can turn: never tells the practice manager to ask themselves. */
    static String whatNext(Optional<Role> role) {
        return switch (role.orElse(Role.CLIENT)) {
            case CLINICIAN -> "If a client of yours should be on your caseload and is not, ask your practice manager.";
            case ADMIN -> "A client's record opens to a practice manager only from Clients, with a stated reason "
                    + "(break-glass access), and only for 30 minutes.";
            case CLIENT -> "If something you need is missing, ask your clinician.";
        };
    }

    // Read from the security context rather than an injected bean: Vaadin may create error views outside Spring.
    static Optional<Role> role() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user.role()) : Optional.empty();
    }
}
