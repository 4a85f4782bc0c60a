package org.holdfast.plans.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A list edited in place: one row of fields per item, each row with its own binder so that a message
 * appears at the field it is about, an "Add" button and a "Remove" button per row. Rows left
 * completely empty are ignored rather than reported: someone pressed "Add" and changed their mind.
 */
class RowList<T> extends Div {

    private final Class<T> type;
    private final Supplier<T> newItem;
    private final Function<BeanValidationBinder<T>, List<Component>> fields;
    private final Predicate<T> blank;
    private final String itemName;
    private final Div rows = new Div();
    private final Paragraph empty;
    final Button add;
    final List<Row> rowList = new ArrayList<>();

    final class Row extends Div {
        final BeanValidationBinder<T> binder;
        final List<Component> components;

        Row(T item) {
            addClassName("row-list-row");
            binder = new BeanValidationBinder<>(type);
            components = fields.apply(binder);
            binder.readBean(item);
            Div cells = new Div();
            cells.addClassName("row-list-fields");
            components.forEach(cells::add);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel("Remove this " + itemName);
            remove.setTooltipText("Remove");
            remove.addClassName("row-list-remove");
            add(cells, remove);
        }

        T draft() {
            T draft = newItem.get();
            binder.writeBeanAsDraft(draft, true);
            return draft;
        }
    }

    RowList(Class<T> type, Supplier<T> newItem, String itemName, String addLabel, String emptyText,
            Function<BeanValidationBinder<T>, List<Component>> fields, Predicate<T> blank) {
        this.type = type;
        this.newItem = newItem;
        this.fields = fields;
        this.blank = blank;
        this.itemName = itemName;
        addClassName("row-list");
        rows.addClassName("row-list-rows");
        empty = new Paragraph(emptyText);
        empty.addClassName("row-list-empty");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(newItem.get()).components.getFirst()
                .getElement().callJsFunction("focus"));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(empty, rows, add);
    }

    void setItems(List<T> items) {
        rows.removeAll();
        rowList.clear();
        items.forEach(this::addRow);
        updateEmpty();
    }

    Row addRow(T item) {
        Row row = new Row(item);
        rowList.add(row);
        rows.add(row);
        updateEmpty();
        return row;
    }

    private void removeRow(Row row) {
        rowList.remove(row);
        rows.remove(row);
        updateEmpty();
    }

    private void updateEmpty() {
        empty.setVisible(rowList.isEmpty());
    }

    /** Checks every row that has anything in it; messages appear at the fields. */
    boolean validate() {
        boolean ok = true;
        for (Row row : rowList) {
            if (!blank.test(row.draft())) {
                ok &= row.binder.validate().isOk();
            }
        }
        return ok;
    }

    /** The items of the rows that have anything in them; call after {@link #validate()}. */
    List<T> values() {
        List<T> values = new ArrayList<>();
        for (Row row : rowList) {
            if (blank.test(row.draft())) {
                continue;
            }
            T item = newItem.get();
            try {
                row.binder.writeBean(item);
            } catch (ValidationException e) {
                throw new IllegalStateException("values() before validate()", e);
            }
            values.add(item);
        }
        return values;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
