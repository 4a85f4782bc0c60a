package org.holdfast.journal.ui;

import org.holdfast.shared.ui.RequiredChoice;
import org.holdfast.shared.ui.LimitedTextArea;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipForm;
import org.holdfast.journal.SlipResponse;
import org.holdfast.journal.Trigger;
import org.holdfast.plans.Channel;
import org.holdfast.plans.ExceptionReason;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanException;
import org.holdfast.plans.PlanService;
import org.holdfast.security.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * "I made contact". The plan's exceptions are offered: contact inside one is logged as permitted
 * contact. A slip is answered with a restart and the client's own words about what helped before.
 */
@Route("write/step")
@RouteAlias("log/slip")
@PageTitle("I made contact · Holdfast")
@RolesAllowed(Role.CLIENT_NAME)
public class SlipView extends EntryFormView<SlipForm> {

    final Select<Channel> channel = new Select<>();
    final RadioButtonGroup<SlipDirection> direction = new RadioButtonGroup<>("Who started it?");
    final Select<ExceptionReason> exception = new Select<>();
    final CheckboxGroup<Trigger> triggers = new CheckboxGroup<>("What led up to it?");
    final TextArea whatHappened = new LimitedTextArea("What happened", SlipForm.TEXT_MAX);
    final TextArea feelNow = new LimitedTextArea("How do you feel now?", SlipForm.TEXT_MAX);

    public SlipView(JournalService journal, ConsentService consent, PlanService plans, Clock clock) {
        super(SlipForm.class, SlipForm::new, "I made contact",
                "Thank you for being honest about it. Logging a slip is how you and your clinician find what would help next time.",
                journal, consent, clock);
        List<PlanDetails> myPlans = plans.myPlans();
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Map<ExceptionReason, PlanException> exceptions = new LinkedHashMap<>();
        myPlans.forEach(p -> {
            channels.addAll(p.content().getChannels());
            p.content().getExceptions().forEach(e -> exceptions.putIfAbsent(e.getReason(), e));
        });
        exceptions.values().forEach(e -> channels.add(e.getChannel()));
        channel.setItems(channels.isEmpty() ? EnumSet.allOf(Channel.class) : channels);
        exception.setItems(exceptions.keySet());
        exception.setItemLabelGenerator(reason -> reason == null ? "No" : "Yes: " + reason.label().toLowerCase()
                + " (" + exceptions.get(reason).getTopic() + ")");
        exception.setVisible(!exceptions.isEmpty());
        exception.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                channel.setValue(exceptions.get(e.getValue()).getChannel());
            }
        });
        build();
    }

    @Override
    void bindFields(SharingLevel level) {
        channel.setLabel("How?");
        channel.setItemLabelGenerator(Channel::label);
        channel.setPlaceholder("Choose one");
        direction.setItems(SlipDirection.values());
        direction.setItemLabelGenerator(SlipDirection::label);
        exception.setLabel("Was it part of an exception in your plan?");
        exception.setEmptySelectionAllowed(true);
        exception.setEmptySelectionCaption("No");
        exception.setHelperText("Contact your plan allows (for example about the children) is logged, but it is not a slip.");
        triggers.setItems(List.of(Trigger.values()));
        triggers.setItemLabelGenerator(Trigger::label);
        triggers.addClassName("trigger-choices");
        for (TextArea area : new TextArea[] { whatHappened, feelNow }) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
        binder.forField(channel).asRequired("Choose how the contact happened").bind("channel");
        binder.forField(direction).asRequired("Choose who started it, or that it was indirect").bind("direction");
        binder.bind(exception, "exception");
        binder.bind(triggers, "triggers");
        binder.bind(whatHappened, "whatHappened");
        binder.bind(feelNow, "feelNow");
        RequiredChoice.mark(channel);
    }

    @Override
    Component[] fieldsInOrder() {
        return new Component[] { exception, channel, direction, triggers, whatHappened, feelNow };
    }

    @Override
    void submit(SlipForm form) {
        SlipResponse answer = journal.recordSlip(form);
        showResponse(answer.message());
        if (!answer.whatHelpedBefore().isEmpty()) {
            UnorderedList helped = new UnorderedList();
            answer.whatHelpedBefore().forEach(h -> helped.add(new ListItem(h)));
            Paragraph intro = new Paragraph("What helped you before, in your own words:");
            intro.addClassName("helped-before");
            response.addComponentAtIndex(1, intro);
            response.addComponentAtIndex(2, helped);
        }
    }
}
