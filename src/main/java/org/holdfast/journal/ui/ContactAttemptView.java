package org.holdfast.journal.ui;

import org.holdfast.shared.ui.RequiredChoice;
import org.holdfast.shared.CrisisLines;
import org.holdfast.shared.ui.LimitedTextField;
import org.holdfast.shared.ui.LimitedTextArea;
import java.time.Clock;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.Channel;
import org.holdfast.security.Role;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * "They contacted me". A dated, tamper-evident record the client may one day need for a harassment
 * complaint, so the words are kept exactly as typed.
 */
@Route("write/message")
@RouteAlias("log/contact-attempt")
@PageTitle("They contacted me · Holdfast")
@RolesAllowed(Role.CLIENT_NAME)
public class ContactAttemptView extends EntryFormView<ContactAttemptForm> {

    final Select<Channel> channel = new Select<>();
    final TextField sender = new LimitedTextField("Who it came from, exactly as shown", ContactAttemptForm.SENDER_MAX);
    final Checkbox viaThirdParty = new Checkbox("It came through someone else");
    final TextArea content = new LimitedTextArea("What was said or done", ContactAttemptForm.CONTENT_MAX);
    final Checkbox responded = new Checkbox("I responded");
    final IntegerField safety = new IntegerField("How safe do you feel right now?");

    private final CrisisLines crisisLines;

    public ContactAttemptView(JournalService journal, ConsentService consent, CrisisLines crisisLines, Clock clock) {
        super(ContactAttemptForm.class, ContactAttemptForm::new, "They contacted me",
                "Write it down as it happened. Each record is dated and sealed, so it can support a complaint later if you ever need one.",
                journal, consent, clock);
        this.crisisLines = crisisLines;
        build();
    }

    @Override
    void bindFields(SharingLevel level) {
        channel.setLabel("How did they get in touch?");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setPlaceholder("Choose one");
        sender.setHelperText("The number, handle or name you saw");
        content.setValueChangeMode(ValueChangeMode.LAZY);
        content.setHelperText("Word for word where you can. A screenshot kept on your phone helps too.");
        String range = "Safety goes from 0 (not safe at all) to 10 (completely safe)";
        safety.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage("Use a whole number from 0 to 10"));
        safety.setMin(0);
        safety.setMax(10);
        safety.setStepButtonsVisible(true);
        safety.setHelperText("0 = not safe at all, 10 = completely safe. At " + ContactAttemptForm.UNSAFE_AT_MOST
                + " or below your clinician is told at once, whatever you share. If you are in danger now, call "
                + crisisLines.emergencyNumber() + ".");
        binder.forField(channel).asRequired("Choose how they got in touch").bind("channel");
        binder.forField(sender).asRequired("Write who it came from exactly as shown (a number, a handle, a name)").bind("sender");
        binder.forField(content).asRequired("Write what was said or done, word for word where you can").bind("content");
        binder.forField(safety).asRequired("Pick how safe you feel right now, from 0 (not safe at all) to 10 (completely safe)")
                .bind("safety");
        binder.bind(viaThirdParty, "viaThirdParty");
        binder.bind(responded, "responded");
        RequiredChoice.mark(channel);
    }

    /** The log is shared or private as a whole, so this form has no switch of its own. */
    @Override
    Component sharing(ConsentState consent) {
        return LogSharingNote.of(consent.shareContactLog());
    }

    @Override
    Component[] fieldsInOrder() {
        return new Component[] { channel, sender, viaThirdParty, content, responded, safety };
    }

    @Override
    void submit(ContactAttemptForm form) {
        journal.recordContactAttempt(form);
        if (form.getSafety() != null && form.getSafety() <= ContactAttemptForm.UNSAFE_AT_MOST) {
            showResponse("Recorded and sealed. You said you don't feel safe, so your clinician has been told. If you are "
                    + "in danger now, call " + crisisLines.emergencyNumber() + ".");
            Anchor help = new Anchor("help", "What to do now: numbers, your safety steps, people to call");
            help.addClassName("contact-attempt-help");
            response.addComponentAtIndex(1, help);
        } else {
            showResponse("Recorded and sealed. You do not have to answer them.");
        }
    }
}
