package org.holdfast.homework.ui;

import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.LimitedTextField;
import org.holdfast.shared.ui.LimitedTextArea;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.holdfast.homework.AssignmentForm;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.Recurrence;
import org.holdfast.homework.TemplateForm;
import org.holdfast.homework.TemplateSummary;
import org.holdfast.plans.PlanOverview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * "Assign homework": pick from the library (or start from scratch), adjust the text, choose when
 * and how often, optionally link a plan. Messages appear at the field, and nothing typed is lost.
 */
class AssignHomeworkDialog extends Dialog {

    final ComboBox<TemplateSummary> template = new ComboBox<>("From the library");
    final TextField title = new LimitedTextField("Title", TemplateForm.TITLE_MAX);
    final TextArea instructions = new LimitedTextArea("Instructions for the client", TemplateForm.INSTRUCTIONS_MAX);
    final RadioButtonGroup<Recurrence> recurrence = new RadioButtonGroup<>("How often");
    final DatePicker dueDate = new DatePicker("Due");
    final DatePicker endDate = new DatePicker("Until");
    final ComboBox<PlanOverview> plan = new ComboBox<>("Part of the plan (optional)");
    final Button assign = new Button("Assign");
    final Button cancel = new Button("Cancel");
    final Paragraph problem = new Paragraph();

    private final BeanValidationBinder<AssignmentForm> binder = new BeanValidationBinder<>(AssignmentForm.class);

    AssignHomeworkDialog(HomeworkService homework, long clientId, String clientName, List<TemplateSummary> library,
            List<PlanOverview> plans, LocalDate today, Runnable assigned) {
        setHeaderTitle("Assign homework to " + clientName);
        addClassName("assign-homework");
        setWidth("min(40rem, 100vw)");

        template.setItems(library);
        template.setItemLabelGenerator(TemplateSummary::title);
        template.setPlaceholder("Start from scratch, or pick one");
        template.setClearButtonVisible(true);
        template.setHelperText("Fills in the text below; change anything before assigning.");

        title.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setMinRows(3);

        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(Recurrence::label);
        dueDate.setMin(today);
        dueDate.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage("The first due date is in the past; pick today or a later day")
                .setBadInputErrorMessage("That is not a date we can read; try the calendar"));
        // Day first, as everywhere else in the portal.
        dueDate.setLocale(Dates.locale());
        endDate.setLocale(Dates.locale());
        endDate.setHelperText("The last day it falls due");
        endDate.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage("That is not a date we can read; try the calendar"));

        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> "No contact with " + p.personWithRelationship());
        plan.setClearButtonVisible(true);
        plan.setVisible(!plans.isEmpty());

        binder.forField(template).withConverter(t -> t == null ? null : t.id(),
                id -> library.stream().filter(t -> id != null && t.id() == id).findFirst().orElse(null)).bind("templateId");
        binder.forField(title).asRequired("Give the homework a short title").bind("title");
        binder.forField(instructions).bind("instructions");
        binder.forField(recurrence).asRequired("Choose how often: once, every day or every week").bind("recurrence");
        binder.forField(dueDate).asRequired("Pick the date it is due (for daily or weekly homework, the first day)")
                .withValidator(d -> !d.isBefore(today), "The first due date is in the past; pick today or a later day")
                .bind("dueDate");
        binder.forField(endDate)
                .withValidator(end -> once() || end != null, "Daily or weekly homework needs a last day")
                .withValidator(end -> once() || end == null || dueDate.getValue() == null || !end.isBefore(dueDate.getValue()),
                        "The last day can't be before the first due date")
                .withValidator(end -> once() || end == null || dueDate.getValue() == null
                        || ChronoUnit.DAYS.between(dueDate.getValue(), end) <= AssignmentForm.MAX_SPAN_DAYS,
                        "Keep it within a year; you can assign it again later")
                .bind("endDate");
        binder.forField(plan).withConverter(p -> p == null ? null : p.planId(),
                id -> plans.stream().filter(p -> id != null && p.planId() == id).findFirst().orElse(null)).bind("planId");

        AssignmentForm form = new AssignmentForm();
        form.setDueDate(today.plusDays(7));
        if (plans.size() == 1) {
            form.setPlanId(plans.getFirst().planId());
        }
        binder.setBean(form);
        endDate.setVisible(!once());

        template.addValueChangeListener(e -> fillFrom(e.getValue()));
        recurrence.addValueChangeListener(e -> {
            endDate.setVisible(!once());
            if (!once() && endDate.isEmpty() && dueDate.getValue() != null) {
                endDate.setValue(dueDate.getValue().plusDays(e.getValue() == Recurrence.DAILY ? 6 : 27));
            }
        });

        problem.addClassName("form-problem");
        problem.setVisible(false);

        FormLayout fields = new FormLayout(template, title, instructions, recurrence, dueDate, endDate, plan, problem);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        fields.setColspan(template, 2);
        fields.setColspan(title, 2);
        fields.setColspan(instructions, 2);
        fields.setColspan(recurrence, 2);
        fields.setColspan(plan, 2);
        fields.setColspan(problem, 2);
        add(fields);

        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setDisableOnClick(true); // a double click assigns once
        assign.addClickListener(e -> save(homework, clientId, assigned));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, assign);
    }

    private boolean once() {
        return recurrence.getValue() == null || recurrence.getValue() == Recurrence.ONCE;
    }

    private void fillFrom(TemplateSummary chosen) {
        if (chosen == null) {
            return;
        }
        title.setValue(chosen.title());
        instructions.setValue(chosen.instructions());
        if (chosen.suggestedRecurrence() != null) {
            recurrence.setValue(chosen.suggestedRecurrence());
        }
    }

    private void save(HomeworkService homework, long clientId, Runnable assigned) {
        try {
            problem.setVisible(false);
            if (binder.validate().isOk()) {
                homework.assign(clientId, binder.getBean());
                close();
                assigned.run();
            }
        } catch (IllegalArgumentException refused) {
            // Rules only the service can check (a plan or template that changed meanwhile): say so, keep the form.
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        } finally {
            assign.setEnabled(true);
        }
    }
}
