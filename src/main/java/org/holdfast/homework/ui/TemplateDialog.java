package org.holdfast.homework.ui;

import org.holdfast.shared.ui.LimitedTextField;
import org.holdfast.shared.ui.LimitedTextArea;
import java.util.function.Consumer;

import org.holdfast.homework.Recurrence;
import org.holdfast.homework.TemplateForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Adding or editing a library template; the same rules as the service, shown at the field. */
class TemplateDialog extends Dialog {

    final TextField title = new LimitedTextField("Title", TemplateForm.TITLE_MAX);
    final TextArea instructions = new LimitedTextArea("Instructions the client reads", TemplateForm.INSTRUCTIONS_MAX);
    final Select<Recurrence> suggestedRecurrence = new Select<>();
    final Button save = new Button("Save");

    private final BeanValidationBinder<TemplateForm> binder = new BeanValidationBinder<>(TemplateForm.class);

    TemplateDialog(String heading, TemplateForm form, Consumer<TemplateForm> onSave) {
        setHeaderTitle(heading);
        setWidth("min(40rem, 100vw)");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setMinRows(4);
        suggestedRecurrence.setLabel("Usually given");
        suggestedRecurrence.setItems(Recurrence.values());
        suggestedRecurrence.setItemLabelGenerator(r -> r == null ? "No suggestion" : r.label());
        suggestedRecurrence.setEmptySelectionAllowed(true);
        suggestedRecurrence.setEmptySelectionCaption("No suggestion");

        binder.forField(title).asRequired("Give the homework a short title").bind("title");
        binder.forField(instructions).asRequired("Write the instructions the client will read").bind("instructions");
        binder.forField(suggestedRecurrence).bind("suggestedRecurrence");
        binder.setBean(form);

        FormLayout fields = new FormLayout(title, instructions, suggestedRecurrence);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (binder.validate().isOk()) {
                    onSave.accept(binder.getBean());
                    close();
                }
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
