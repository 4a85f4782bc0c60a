package org.holdfast.homework.ui;

import org.holdfast.shared.ui.LimitedTextArea;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.holdfast.consent.SharingLevel;
import org.holdfast.homework.CouldNotDoForm;
import org.holdfast.homework.DoneForm;
import org.holdfast.homework.DueOccurrence;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.Outcome;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One open occurrence on the client's list, with its two answers. "Done" asks for an optional
 * reflection; "Couldn't do it" asks what got in the way. A line under each says who will read it, which
 * follows the client's journal sharing: only at "the entries I mark as shared" is there a box to tick.
 */
class HomeworkItem extends Div {

    final DueOccurrence due;
    final Button done = new Button("Done");
    final Button couldNot = new Button("Couldn't do it");
    final Div answer = new Div();

    final TextArea reflection = new LimitedTextArea("Anything you noticed? (optional)", DoneForm.REFLECTION_MAX);
    final Checkbox share = new Checkbox("Share this reflection with my clinician");
    final Checkbox shareReason = new Checkbox("Share this with my clinician");
    final Button saveDone = new Button("Save as done");
    final TextArea reason = new LimitedTextArea("That's okay. What got in the way?", CouldNotDoForm.REASON_MAX);
    final Button saveCouldNot = new Button("Save");

    private final BeanValidationBinder<DoneForm> doneBinder = new BeanValidationBinder<>(DoneForm.class);
    private final BeanValidationBinder<CouldNotDoForm> couldNotBinder = new BeanValidationBinder<>(CouldNotDoForm.class);

    HomeworkItem(DueOccurrence due, LocalDate today, SharingLevel level, HomeworkService homework,
            Consumer<Outcome> recorded) {
        this.due = due;
        addClassNames("card", "homework-item");

        H4 title = new H4(due.title());
        Span when = new Span(when(due.date(), today));
        when.addClassName("homework-when");
        add(title, when);
        if (due.instructions() != null) {
            Details how = new Details("What to do", new Paragraph(due.instructions()));
            how.addClassName("homework-how");
            add(how);
        }

        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.addClickListener(e -> showDone());
        couldNot.addThemeVariants(ButtonVariant.TERTIARY);
        couldNot.addClickListener(e -> showCouldNot());
        Div buttons = new Div(done, couldNot);
        buttons.addClassName("homework-item-buttons");
        answer.addClassName("homework-answer");
        answer.setVisible(false);
        add(buttons, answer);

        reflection.setValueChangeMode(ValueChangeMode.LAZY);
        reflection.setWidthFull();
        reflection.setHelperText(whoReads(level));
        boolean choosing = level == SharingLevel.NUMBERS_AND_SHARED_ENTRIES;
        share.setVisible(choosing);
        share.setHelperText("Tick it and your clinician can read it. Leave it and it stays yours alone.");
        doneBinder.forField(reflection).bind("reflection");
        doneBinder.forField(share).bind("shareWithClinician");
        doneBinder.setBean(new DoneForm());
        saveDone.addThemeVariants(ButtonVariant.PRIMARY);
        saveDone.setDisableOnClick(true);
        saveDone.addClickListener(e -> {
            try {
                if (doneBinder.validate().isOk()) {
                    homework.markDone(due.assignmentId(), due.date(), doneBinder.getBean());
                    recorded.accept(Outcome.DONE);
                }
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // The service's rules (a cancelled or not-yet-open item) in its own words, next to the form
                reflection.setErrorMessage(refused.getMessage());
                reflection.setInvalid(true);
            } finally {
                saveDone.setEnabled(true);
            }
        });

        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.setWidthFull();
        reason.setHelperText("A few words are enough. " + whoReads(level));
        shareReason.setVisible(choosing);
        shareReason.setHelperText("Tick it and you can look at it together. Leave it and it stays yours alone.");
        couldNotBinder.forField(reason).asRequired("Add a few words about what got in the way, then save").bind("reason");
        couldNotBinder.forField(shareReason).bind("shareWithClinician");
        couldNotBinder.setBean(new CouldNotDoForm());
        saveCouldNot.addThemeVariants(ButtonVariant.PRIMARY);
        saveCouldNot.setDisableOnClick(true);
        saveCouldNot.addClickListener(e -> {
            try {
                if (couldNotBinder.validate().isOk()) {
                    homework.markCouldNotDo(due.assignmentId(), due.date(), couldNotBinder.getBean());
                    recorded.accept(Outcome.COULD_NOT);
                }
            } catch (IllegalArgumentException | IllegalStateException refused) {
                reason.setErrorMessage(refused.getMessage());
                reason.setInvalid(true);
            } finally {
                saveCouldNot.setEnabled(true);
            }
        });
    }

    private void showDone() {
        answer.removeAll();
        answer.add(reflection, share, saveDone);
        answer.setVisible(true);
        done.addClassName("chosen");
        couldNot.removeClassName("chosen");
        reflection.focus();
    }

    private void showCouldNot() {
        answer.removeAll();
        answer.add(reason, shareReason, saveCouldNot);
        answer.setVisible(true);
        couldNot.addClassName("chosen");
        done.removeClassName("chosen");
        reason.focus();
    }

    /** The line under the field: who will read what the client writes, at their journal sharing level. */
    static String whoReads(SharingLevel level) {
        return switch (level) {
            case NOTHING -> "Only you will see this: you share nothing of your journal with your clinician.";
            case NUMBERS_ONLY -> "Only you will see this: you share numbers only, not what you write.";
            case NUMBERS_AND_SHARED_ENTRIES -> "Your clinician sees this only if you tick the box below.";
            case EVERYTHING -> "Your clinician can read this: you share everything you write.";
        };
    }

    static String when(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "Today";
        }
        if (date.isBefore(today)) {
            return "From " + Dates.formatWithWeekday(date);
        }
        return date.equals(today.plusDays(1)) ? "Tomorrow" : "Due " + Dates.formatWithWeekday(date);
    }
}
