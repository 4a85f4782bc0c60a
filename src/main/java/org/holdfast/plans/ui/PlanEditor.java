package org.holdfast.plans.ui;

import org.holdfast.shared.ui.RequiredChoice;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.LimitedTextField;
import org.holdfast.shared.ui.LimitedTextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.holdfast.plans.Channel;
import org.holdfast.plans.ExceptionReason;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.NoContactPlan;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanException;
import org.holdfast.plans.PlanPurpose;
import org.holdfast.plans.PracticalStep;
import org.holdfast.plans.Relationship;
import org.holdfast.plans.RiskLevel;
import org.holdfast.plans.SupportContact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Every part of a plan on one page, in the order a session works through it. Values are only
 * read into the form and written out on save, so a refused save leaves everything as typed.
 */
class PlanEditor extends Div {

    final TextField personLabel = new LimitedTextField("Person", NoContactPlan.PERSON_LABEL_MAX);
    final Select<Relationship> relationship = new Select<>();
    final RadioButtonGroup<PlanPurpose> purpose = new RadioButtonGroup<>("What the plan is for");
    final DatePicker startDate = new DatePicker("Starts on");
    final Select<Integer> initialPeriodDays = new Select<>();
    final DatePicker reviewDate = new DatePicker("Review on");
    final CheckboxGroup<Channel> channels = new CheckboxGroup<>("Channels the plan cuts");
    final TextArea closingMessage = new LimitedTextArea("Closing message", PlanContent.CLOSING_MESSAGE_MAX);
    final Checkbox closingMessageSent = new Checkbox("The client has sent it");
    final DatePicker closingMessageSentOn = new DatePicker("Sent on");
    final CheckboxGroup<PracticalStep> stepsDone = new CheckboxGroup<>("Done so far");
    final RadioButtonGroup<RiskLevel> riskLevel = new RadioButtonGroup<>("Risk from this person");
    final TextArea ifTheyTurnUp = new LimitedTextArea("If they turn up", PlanContent.SAFETY_TEXT_MAX);
    final TextArea whomToCall = new LimitedTextArea("Whom to call", PlanContent.SAFETY_TEXT_MAX);

    final RowList<PlanException> exceptions;
    final RowList<Line> reasons;
    final RowList<Line> copingStrategies;
    final RowList<SupportContact> supportContacts;
    final RowList<HighRiskDate> highRiskDates;

    final BeanValidationBinder<PlanContent> binder = new BeanValidationBinder<>(PlanContent.class);

    PlanEditor(Clock clock) {
        addClassName("plan-editor");

        personLabel.setHelperText("A label the client chooses, such as \"J.\" or \"my ex\". No real name is needed.");
        personLabel.setValueChangeMode(ValueChangeMode.LAZY);
        relationship.setLabel("Who they are to the client");
        relationship.setItems(Relationship.values());
        relationship.setItemLabelGenerator(Relationship::label);
        relationship.setPlaceholder("Choose");
        purpose.setItems(PlanPurpose.values());
        purpose.setItemLabelGenerator(PlanPurpose::label);
        purpose.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        purpose.setHelperText("If the client hopes the plan will bring them back, name it and talk it through.");
        startDate.setHelperText("Day 1 of the plan");
        initialPeriodDays.setLabel("Initial period");
        initialPeriodDays.setItems(30, 60, 90);
        initialPeriodDays.setEmptySelectionAllowed(true);
        initialPeriodDays.setEmptySelectionCaption("Open-ended");
        initialPeriodDays.setItemLabelGenerator(days -> days == null ? "Open-ended" : days + " days");
        initialPeriodDays.setHelperText("Open-ended when there will never be safe contact again");
        reviewDate.setHelperText("When you and the client look at the plan again");

        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(Channel::label);
        channels.setHelperText("Normally all of them. Checking their profile counts as social media.");

        exceptions = new RowList<>(PlanException.class, PlanException::new, "exception", "Add an exception",
                "No exceptions: no contact at all.", PlanEditor::exceptionRow,
                e -> e.getReason() == null && e.getChannel() == null && RowList.isBlank(e.getTopic()));

        closingMessage.setHelperText("Short and direct: contact ends, there will be no reply, and (where harassment is"
                + " a risk) further contact will be treated as harassment. Sent once, then no more.");
        closingMessage.setValueChangeMode(ValueChangeMode.LAZY);
        closingMessageSentOn.setHelperText("Leave empty if the date is not known");
        closingMessageSent.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && closingMessageSentOn.isEmpty()) {
                closingMessageSentOn.setValue(LocalDate.now(clock));
            }
        });

        stepsDone.setItems(PracticalStep.values());
        stepsDone.setItemLabelGenerator(PracticalStep::label);
        stepsDone.setHelperText("Tick what the client has done. Adjusting routines and routes is worth talking through too.");

        reasons = lines("reason", "Add a reason", "No reasons written down yet. They help most when written while they are clear.");
        copingStrategies = lines("coping strategy", "Add a coping strategy",
                "None yet: for example call a friend, go for a walk, write instead of sending.");

        supportContacts = new RowList<>(SupportContact.class, SupportContact::new, "support contact",
                "Add a support contact", "No support contacts yet.", PlanEditor::supportContactRow,
                c -> RowList.isBlank(c.getName()) && RowList.isBlank(c.getPhone()) && RowList.isBlank(c.getNote()));

        highRiskDates = new RowList<>(HighRiskDate.class, HighRiskDate::new, "date", "Add a date",
                "No high-risk dates yet: anniversaries, birthdays, holidays, firsts without them.",
                PlanEditor::highRiskDateRow, d -> RowList.isBlank(d.getLabel()) && d.getDate() == null);

        riskLevel.setItems(RiskLevel.values());
        riskLevel.setItemLabelGenerator(RiskLevel::label);
        ifTheyTurnUp.setHelperText("What the client does if the person shows up: where to go, what to say, when to call the police");
        ifTheyTurnUp.setValueChangeMode(ValueChangeMode.LAZY);
        whomToCall.setHelperText("Names and numbers, and when to seek a protective order");
        whomToCall.setValueChangeMode(ValueChangeMode.LAZY);

        // The portal writes dates day-first ("3 Dec 2026"); the pickers follow, whatever the browser says.
        for (DatePicker picker : List.of(startDate, reviewDate, closingMessageSentOn)) {
            picker.setLocale(Dates.locale());
        }

        bind();

        FormLayout person = form(personLabel, relationship);
        FormLayout timing = form(startDate, initialPeriodDays, reviewDate);
        add(section("person", "The person and the purpose", null, person, purpose),
                section("timing", "Dates", null, timing),
                section("channels", "Channels", null, channels),
                section("exceptions", "Exceptions",
                        "Where contact cannot stop: co-parenting, a shared workplace, property or a pet still to settle."
                                + " Contact inside an exception is not a slip.",
                        exceptions),
                section("closing", "Closing message", null, closingMessage, form(closingMessageSent, closingMessageSentOn)),
                section("steps", "Practical steps", null, stepsDone),
                section("reasons", "Reasons", "The client's own words, to reread when in doubt.", reasons),
                section("coping", "Coping strategies", "What the client does instead when an urge comes.", copingStrategies),
                section("support", "Support contacts", null, supportContacts),
                section("dates", "High-risk dates", null, highRiskDates),
                section("safety", "Safety", null, riskLevel, ifTheyTurnUp, whomToCall));
    }

    private void bind() {
        binder.forField(personLabel).bind("personLabel");
        binder.forField(relationship).bind("relationship");
        binder.forField(purpose).bind("purpose");
        binder.forField(startDate).bind("startDate");
        binder.forField(initialPeriodDays).bind("initialPeriodDays");
        binder.forField(reviewDate)
                .withValidator(date -> date == null || startDate.isEmpty() || !date.isBefore(startDate.getValue()),
                        "The review date has to be on or after the start date")
                .bind("reviewDate");
        binder.forField(channels).bind("channels");
        binder.forField(closingMessage).bind("closingMessage");
        binder.forField(closingMessageSent).bind("closingMessageSent");
        binder.forField(closingMessageSentOn)
                .withValidator(date -> date == null || closingMessageSent.getValue(),
                        "Tick \"sent\" if the closing message has gone, or clear the date")
                .bind("closingMessageSentOn");
        binder.forField(stepsDone).bind("stepsDone");
        binder.forField(riskLevel).bind("riskLevel");
        binder.forField(ifTheyTurnUp).bind("ifTheyTurnUp");
        binder.forField(whomToCall).bind("whomToCall");
        RequiredChoice.mark(relationship, initialPeriodDays);
        RequiredChoice.mark(channels, stepsDone);
        // A changed start date can make the review date right or wrong.
        startDate.addValueChangeListener(e -> {
            if (!reviewDate.isEmpty()) {
                binder.getBinding("reviewDate").ifPresent(b -> b.validate());
            }
        });
    }

    void read(PlanContent content) {
        Integer days = content.getInitialPeriodDays();
        if (days != null && !List.of(30, 60, 90).contains(days)) {
            TreeSet<Integer> items = new TreeSet<>(List.of(30, 60, 90, days));
            initialPeriodDays.setItems(items);
        }
        binder.readBean(content);
        exceptions.setItems(content.getExceptions());
        reasons.setItems(content.getReasons().stream().map(Line::new).toList());
        copingStrategies.setItems(content.getCopingStrategies().stream().map(Line::new).toList());
        supportContacts.setItems(content.getSupportContacts());
        highRiskDates.setItems(content.getHighRiskDates());
    }

    /** The plan as typed, or empty with a message at every field that needs a look. */
    Optional<PlanContent> writeIfValid() {
        boolean ok = binder.validate().isOk();
        for (RowList<?> list : List.of(exceptions, reasons, copingStrategies, supportContacts, highRiskDates)) {
            ok &= list.validate();
        }
        if (!ok) {
            return Optional.empty();
        }
        PlanContent content = new PlanContent();
        if (!binder.writeBeanIfValid(content)) {
            return Optional.empty();
        }
        content.setExceptions(exceptions.values());
        content.setReasons(reasons.values().stream().map(Line::getText).toList());
        content.setCopingStrategies(copingStrategies.values().stream().map(Line::getText).toList());
        content.setSupportContacts(supportContacts.values());
        content.setHighRiskDates(highRiskDates.values());
        return Optional.of(content);
    }

    /**
     * The service checks again; should it still refuse something the form let through, the message
     * goes to the field it names, or into the list returned for the page to show.
     */
    List<String> show(ConstraintViolationException refused) {
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : refused.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String property = path.substring(path.lastIndexOf('.') + 1);
            String target = switch (property) {
                case "reviewDateAfterStart" -> "reviewDate";
                case "sentDateOnlyWhenSent" -> "closingMessageSentOn";
                default -> property;
            };
            Optional<HasValidation> field = binder.getBinding(target).map(b -> b.getField())
                    .filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
            field.ifPresentOrElse(f -> {
                f.setErrorMessage(violation.getMessage());
                f.setInvalid(true);
            }, () -> unplaced.add(violation.getMessage()));
        }
        return unplaced;
    }

    private RowList<Line> lines(String itemName, String addLabel, String emptyText) {
        return new RowList<>(Line.class, Line::new, itemName, addLabel, emptyText, binder -> {
            TextArea text = new LimitedTextArea(PlanContent.LINE_MAX); // grows with the text: reasons are often a sentence or two
            text.setAriaLabel(itemName.substring(0, 1).toUpperCase() + itemName.substring(1));
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addClassName("row-list-wide");
            binder.forField(text).bind("text");
            return List.of(text);
        }, line -> RowList.isBlank(line.getText()));
    }

    private static List<Component> exceptionRow(BeanValidationBinder<PlanException> binder) {
        Select<ExceptionReason> reason = new Select<>();
        reason.setLabel("Why contact continues");
        reason.setItems(ExceptionReason.values());
        reason.setItemLabelGenerator(ExceptionReason::label);
        reason.setPlaceholder("Choose");
        Select<Channel> channel = new Select<>();
        channel.setLabel("Only through");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setPlaceholder("Choose");
        TextField topic = new LimitedTextField("Only about", PlanException.TOPIC_MAX);
        topic.setPlaceholder("e.g. the children's hand-overs");
        topic.setValueChangeMode(ValueChangeMode.LAZY);
        topic.addClassName("row-list-wide");
        binder.forField(reason).bind("reason");
        binder.forField(channel).bind("channel");
        binder.forField(topic).bind("topic");
        RequiredChoice.mark(reason, channel);
        return List.of(reason, channel, topic);
    }

    private static List<Component> supportContactRow(BeanValidationBinder<SupportContact> binder) {
        TextField name = new LimitedTextField("Name", SupportContact.NAME_MAX);
        name.setPlaceholder("e.g. my sister, a helpline");
        TextField phone = new TextField("Phone");
        phone.setPlaceholder("+44 7700 900000");
        TextField note = new LimitedTextField("Note", SupportContact.NOTE_MAX);
        note.setPlaceholder("e.g. evenings; knows about the plan");
        note.addClassName("row-list-wide");
        for (TextField field : List.of(name, phone, note)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        binder.forField(name).bind("name");
        binder.forField(phone).bind("phone");
        binder.forField(note).bind("note");
        return List.of(name, phone, note);
    }

    private static List<Component> highRiskDateRow(BeanValidationBinder<HighRiskDate> binder) {
        TextField label = new LimitedTextField("What day", HighRiskDate.LABEL_MAX);
        label.setPlaceholder("e.g. our anniversary");
        label.setValueChangeMode(ValueChangeMode.LAZY);
        label.addClassName("row-list-wide");
        DatePicker date = new DatePicker("Date");
        date.setLocale(Dates.locale());
        Checkbox yearly = new Checkbox("Every year");
        binder.forField(label).bind("label");
        binder.forField(date).bind("date");
        binder.forField(yearly).bind("yearly");
        return List.of(label, date, yearly);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        return form;
    }

    private static Section section(String id, String title, String intro, Component... content) {
        Section section = new Section();
        section.addClassNames("card", "plan-section");
        section.setId("plan-" + id);
        section.add(new H3(title));
        if (intro != null) {
            Paragraph p = new Paragraph(intro);
            p.addClassName("plan-section-intro");
            section.add(p);
        }
        section.add(content);
        return section;
    }
}
