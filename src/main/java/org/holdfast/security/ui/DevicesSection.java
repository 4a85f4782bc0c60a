package org.holdfast.security.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.holdfast.security.OpenSessions;
import org.holdfast.security.OpenSessions.OpenSession;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Your devices": where this account is signed in now, so that a person sees a session that is not theirs and
 * ends it. Each is named by browser and system, a coarse network, when it signed in and when it was last seen.
 */
class DevicesSection extends Section {

    final UnorderedList list = new UnorderedList();
    final Button everywhereElse = new Button("Sign out everywhere else");
    final Paragraph done = new Paragraph();
    final List<Button> signOutButtons = new ArrayList<>();
    private final OpenSessions sessions;
    private final ZoneId zone;

    DevicesSection(OpenSessions sessions, ZoneId zone) {
        this.sessions = sessions;
        this.zone = zone;
        addClassName("security-devices");
        list.addClassName("device-list");
        everywhereElse.addThemeVariants(ButtonVariant.ERROR);
        everywhereElse.addClickListener(e -> {
            int ended = sessions.signOutEverywhereElse();
            say(ended == 1 ? "1 other device is signed out." : ended + " other devices are signed out.");
        });
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        add(new H3("Your devices"), new Paragraph("Where you are signed in now. If you do not recognise one, sign it "
                + "out and change your password."), list, everywhereElse, done);
        refresh();
    }

    void refresh() {
        list.removeAll();
        signOutButtons.clear();
        List<OpenSession> open = sessions.mine();
        for (OpenSession session : open) {
            list.add(item(session));
        }
        everywhereElse.setEnabled(open.stream().anyMatch(s -> !s.thisDevice()));
    }

    private ListItem item(OpenSession session) {
        Span what = new Span(session.browser() + " · " + session.place());
        what.addClassName("device-name");
        Span when = new Span("Signed in " + Dates.shortDateTime(session.startedAt(), zone) + ", last seen "
                + Dates.shortDateTime(session.lastSeen(), zone));
        when.addClassName("device-times");
        ListItem item = new ListItem(new Div(what), new Div(when));
        if (session.thisDevice()) {
            Span here = new Span("This device");
            here.getElement().getThemeList().add("badge");
            item.add(here);
        } else {
            Button signOut = new Button("Sign out this one", e -> {
                sessions.signOut(session.key());
                say(session.browser() + " is signed out.");
            });
            signOut.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            signOut.setAriaLabel("Sign out " + session.browser() + ", " + session.place());
            signOutButtons.add(signOut);
            item.add(signOut);
        }
        return item;
    }

    private void say(String text) {
        refresh();
        done.setText(text);
        done.setVisible(true);
    }
}
