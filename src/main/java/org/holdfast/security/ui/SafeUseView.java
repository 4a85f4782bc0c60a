package org.holdfast.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a client can do, and what no website can do for them, when someone else may look at their phone or computer.
 * Open without signing in: it is most needed before the first sign-in, and it says nothing about anyone.
 */
@Route("safe-use")
@PageTitle("Using Holdfast safely · Holdfast")
@AnonymousAllowed
public class SafeUseView extends VerticalLayout {

    public SafeUseView() {
        addClassName("safe-use-view");
        setMaxWidth("44rem");
        add(new H1("Using Holdfast safely"),
                new Paragraph("If someone checks your phone or computer, a few habits keep what you write here yours. "
                        + "Do what feels safe for you: if clearing things would be noticed, that matters too."),
                section("Quick exit",
                        "Tap Exit at the top of any page, or press Shift three times, and you leave at once for an "
                                + "ordinary website. Quick exit signs you out and clears what Holdfast keeps in this "
                                + "browser. Anything you were writing is kept as a draft for next time.",
                        "It does not erase your browser history. The pages you visited still show there, and Back on "
                                + "the ordinary website leads to Holdfast's sign-in page."),
                section("Browser history",
                        "Your browser remembers the pages you open. You can delete Holdfast from it in the browser's "
                                + "history settings. Deleting only some entries draws less attention than clearing "
                                + "everything.",
                        "In discreet mode (under Settings, once you are signed in) the tabs and history show \"Daily "
                                + "notes\", and the addresses use plain words."),
                section("Saved passwords",
                        "When the browser offers to save your password, choose Never if someone else uses this device. "
                                + "A saved password lets anyone who opens the browser sign in as you. A passkey on a "
                                + "phone that only you can unlock is safer."),
                section("Shared devices",
                        "Sign out when you finish. On a device someone else uses, turn on discreet mode and keep your "
                                + "coping plan off the device. If you think someone has seen your password, change it "
                                + "under Sign-in and security, and end your other sessions there."),
                section("Private browsing",
                        "A private or incognito window keeps no history and no saved passwords once you close it. "
                                + "It does not hide what you do from someone who can watch the screen, or from "
                                + "software installed on the device."),
                section("A safer device",
                        "If you think your phone or computer is being watched, use one the other person cannot reach: "
                                + "a trusted friend's, a work computer, or one at a library. If you are in danger now, "
                                + "call the emergency number."),
                new Paragraph(new Anchor("login", "Sign in")));
    }

    private static Section section(String title, String... paragraphs) {
        Section section = new Section(new H2(title));
        for (String text : paragraphs) {
            section.add(new Paragraph(text));
        }
        section.addClassName("safe-use-section");
        return section;
    }
}
