package org.holdfast.journal.ui;

import org.holdfast.shared.ui.LimitedTextArea;
import java.time.Clock;
import java.util.List;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.Trigger;
import org.holdfast.journal.UrgeForm;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.security.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/** "I had an urge". Urges are expected and are not slips; logging one is part of riding it out. */
@Route("write/moment")
@RouteAlias("log/urge")
@PageTitle("I had an urge · Holdfast")
@RolesAllowed(Role.CLIENT_NAME)
public class UrgeView extends EntryFormView<UrgeForm> {

    final IntegerField strength = new IntegerField("How strong was it?");
    final CheckboxGroup<Trigger> triggers = new CheckboxGroup<>("What set it off?");
    final TextArea didInstead = new LimitedTextArea("What did you do instead?", UrgeForm.TEXT_MAX);
    final RadioButtonGroup<UrgeOutcome> outcome = new RadioButtonGroup<>("How did it go?");

    public UrgeView(JournalService journal, ConsentService consent, Clock clock) {
        super(UrgeForm.class, UrgeForm::new, "I had an urge",
                "Urges come in waves and they pass. Logging one helps you and your clinician see what sets them off.",
                journal, consent, clock);
        build();
    }

    @Override
    void bindFields(SharingLevel level) {
        String range = "Strength goes from 0 (barely there) to 10 (overwhelming)";
        strength.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage("Use a whole number from 0 to 10"));
        strength.setMin(0);
        strength.setMax(10);
        strength.setStepButtonsVisible(true);
        strength.setHelperText("0 = barely there, 10 = overwhelming");
        triggers.setItems(List.of(Trigger.values()));
        triggers.setItemLabelGenerator(Trigger::label);
        triggers.addClassName("trigger-choices");
        didInstead.setValueChangeMode(ValueChangeMode.LAZY);
        didInstead.setHelperText("Called someone, went out, wrote it down instead of sending it...");
        outcome.setItems(UrgeOutcome.values());
        outcome.setItemLabelGenerator(UrgeOutcome::label);
        binder.forField(strength).asRequired("Pick how strong the urge was, from 0 (barely there) to 10 (overwhelming)")
                .bind("strength");
        binder.forField(outcome).asRequired("Choose how it went; every answer is fine").bind("outcome");
        binder.bind(triggers, "triggers");
        binder.bind(didInstead, "didInstead");
    }

    @Override
    Component[] fieldsInOrder() {
        return new Component[] { strength, triggers, didInstead, outcome };
    }

    @Override
    void submit(UrgeForm form) {
        journal.recordUrge(form);
        showResponse(form.getOutcome() == UrgeOutcome.SLIPPED
                ? "Logged. If you made contact, you can log that as well with \"I made contact\", when you're ready."
                : "Logged. You rode this one out, and the next wave will pass too.");
    }
}
