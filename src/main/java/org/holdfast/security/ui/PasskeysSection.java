package org.holdfast.security.ui;

import java.time.Clock;

import org.holdfast.security.Passkeys;
import org.holdfast.security.Passkeys.Passkey;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Passkeys on the Sign-in and security page: the ones this person has, named by them, and a way to add one.
 * The browser makes the passkey; Spring Security's WebAuthn endpoints check and store it.
 */
@JavaScript(PasskeyCeremony.SCRIPT)
class PasskeysSection extends Section {

    final TextField name = new TextField("Name for the new passkey");
    final Button add = new Button("Add a passkey");
    final UnorderedList list = new UnorderedList();
    final Paragraph status = new Paragraph();
    private final Passkeys passkeys;
    private final Clock clock;

    PasskeysSection(Passkeys passkeys, Clock clock) {
        this.passkeys = passkeys;
        this.clock = clock;
        addClassName("security-passkeys");
        name.setMaxLength(Passkeys.NAME_MAX);
        name.setPlaceholder("e.g. My phone");
        name.setHelperText("So you can tell your passkeys apart");
        name.setWidthFull();
        name.setMaxWidth("28rem");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(e -> register());
        list.addClassName("passkey-list");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(new H3("Passkeys"), new Paragraph("A passkey signs you in with the screen lock of your phone or computer "
                + "(fingerprint, face or PIN) instead of a password. Nobody can guess it or trick you into typing it "
                + "into another site. It stays on your device, so add one only on a device that is yours alone."),
                list, name, add, status);
        refresh();
    }

    private void register() {
        String chosen = name.getValue().strip();
        if (chosen.isEmpty()) {
            name.setErrorMessage("Give the passkey a name you will recognise, such as the device it is on");
            name.setInvalid(true);
            add.setEnabled(true);
            return;
        }
        name.setInvalid(false);
        add.setEnabled(true);
        // Adding a way in needs a factor used in the last five minutes: asked here, before the browser's prompt.
        StepUpDialog.attempt(() -> {
            passkeys.mayAdd();
            add.setEnabled(false);
            makePasskey(chosen);
        });
    }

    private void makePasskey(String chosen) {
        PasskeyCeremony.register(this, chosen, outcome -> {
            add.setEnabled(true);
            switch (outcome.name()) {
                case "registered" -> {
                    name.clear();
                    say("Passkey added. Next time, choose \"Sign in with a passkey\" on the sign-in page.");
                    refresh();
                }
                case "cancelled" -> say("No passkey was added: the request was closed or timed out. You can try again.");
                case "exists" -> say("This device already has a passkey for your account.");
                case "unsupported" -> say("This browser cannot make passkeys. Try an up-to-date browser or another device.");
                default -> say("The passkey could not be added. Try again, or use another device.");
            }
        });
    }

    private void refresh() {
        list.removeAll();
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            list.add(new ListItem("You have no passkeys yet."));
        }
        mine.forEach(passkey -> list.add(row(passkey)));
    }

    private ListItem row(Passkey passkey) {
        Span title = new Span(passkey.name());
        title.addClassName("passkey-name");
        Span when = new Span("Added " + Dates.shortDateTime(passkey.added(), clock.getZone())
                + (passkey.lastUsed() == null ? "" : " · last used " + Dates.shortDateTime(passkey.lastUsed(), clock.getZone())));
        when.addClassName("passkey-dates");
        Button rename = new Button("Rename", e -> rename(passkey));
        rename.getElement().setAttribute("aria-label", "Rename " + passkey.name());
        Button remove = new Button("Remove", e -> confirmRemoval(passkey));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.getElement().setAttribute("aria-label", "Remove " + passkey.name());
        Div text = new Div(title, when);
        HorizontalLayout line = new HorizontalLayout(text, rename, remove);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        line.expand(text);
        return new ListItem(line);
    }

    private void rename(Passkey passkey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rename passkey");
        TextField newName = new TextField("Name");
        newName.setValue(passkey.name());
        newName.setMaxLength(Passkeys.NAME_MAX);
        newName.setWidthFull();
        Button save = new Button("Save", e -> {
            try {
                passkeys.rename(passkey.id(), newName.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException refused) {
                newName.setErrorMessage(refused.getMessage());
                newName.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(newName);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemoval(Passkey passkey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Remove \"" + passkey.name() + "\"?");
        dialog.add(new Paragraph("You will no longer be able to sign in with this passkey. The device may still list "
                + "it: remove it there too, in its password or passkey settings."));
        Button remove = new Button("Remove passkey", e -> {
            dialog.close();
            // Changing one's factors needs a recent factor: asked for first if the sign-in is not recent.
            StepUpDialog.attempt(() -> {
                passkeys.remove(passkey.id());
                say("Passkey \"" + passkey.name() + "\" removed.");
                refresh();
            });
        });
        remove.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), remove);
        dialog.open();
    }

    private void say(String words) {
        status.setText(words);
        status.setVisible(true);
    }
}
