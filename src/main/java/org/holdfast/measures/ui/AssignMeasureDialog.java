package org.holdfast.measures.ui;

import java.time.LocalDate;

import org.holdfast.measures.Instrument;
import org.holdfast.measures.MeasureAssignmentForm;
import org.holdfast.measures.MeasureRecurrence;
import org.holdfast.measures.MeasureService;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** "Assign a questionnaire": which one, how often, from when and until when. Messages appear at the field. */
class AssignMeasureDialog extends Dialog {

    final RadioButtonGroup<Instrument> instrument = new RadioButtonGroup<>("Questionnaire");
    final RadioButtonGroup<MeasureRecurrence> recurrence = new RadioButtonGroup<>("How often");
    final DatePicker start = new DatePicker("First due");
    final DatePicker end = new DatePicker("Last due (optional)");
    final Button assign = new Button("Assign");
    final Button cancel = new Button("Cancel");
    final Paragraph problem = new Paragraph();

    private final BeanValidationBinder<MeasureAssignmentForm> binder = new BeanValidationBinder<>(MeasureAssignmentForm.class);

    AssignMeasureDialog(MeasureService measures, long clientId, String clientName, LocalDate today, Runnable assigned) {
        setHeaderTitle("Assign a questionnaire to " + clientName);
        addClassName("assign-measure");
        setWidth("min(36rem, 100vw)");

        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(Instrument::title);
        recurrence.setItems(MeasureRecurrence.values());
        recurrence.setItemLabelGenerator(MeasureRecurrence::label);
        start.setLocale(Dates.locale());
        end.setLocale(Dates.locale());
        start.setMin(today);
        start.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage("The first due date is in the past; pick today or a later day")
                .setBadInputErrorMessage("That is not a date we can read; try the calendar"));
        end.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage("That is not a date we can read; try the calendar"));
        end.setHelperText("Leave empty to repeat until you stop it");
        end.setClearButtonVisible(true);

        binder.forField(instrument).asRequired("Choose a questionnaire: PHQ-9, GAD-7 or WHO-5").bind("instrument");
        binder.forField(recurrence).asRequired("Choose how often: once, or every 1, 2 or 4 weeks").bind("recurrence");
        binder.forField(start).asRequired("Pick the day it is first due")
                .withValidator(d -> !d.isBefore(today), "The first due date is in the past; pick today or a later day")
                .bind("start");
        // The form's own rule, checked here too so that the message sits next to the end date, not in a banner.
        binder.forField(end)
                .withValidator(e -> once() || e == null || start.getValue() == null || !e.isBefore(start.getValue()),
                        MeasureAssignmentForm.ENDS_BEFORE_START)
                .bind("end");
        start.addValueChangeListener(e -> binder.validate());

        MeasureAssignmentForm form = new MeasureAssignmentForm();
        form.setStart(today);
        binder.setBean(form);
        end.setVisible(!once());
        recurrence.addValueChangeListener(e -> end.setVisible(!once()));

        problem.addClassName("form-problem");
        problem.setVisible(false);
        FormLayout fields = new FormLayout(instrument, recurrence, start, end, problem);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        fields.setColspan(instrument, 2);
        fields.setColspan(recurrence, 2);
        fields.setColspan(problem, 2);
        add(fields);

        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setDisableOnClick(true); // a double click assigns once
        assign.addClickListener(e -> save(measures, clientId, assigned));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, assign);
    }

    private boolean once() {
        return recurrence.getValue() == null || recurrence.getValue() == MeasureRecurrence.ONCE;
    }

    private void save(MeasureService measures, long clientId, Runnable assigned) {
        try {
            problem.setVisible(false);
            if (binder.validate().isOk()) {
                measures.assign(clientId, binder.getBean());
                close();
                assigned.run();
            }
        } catch (IllegalArgumentException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        } finally {
            assign.setEnabled(true);
        }
    }
}
