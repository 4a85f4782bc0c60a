package org.holdfast.homework.ui;

import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.TemplateForm;
import org.holdfast.homework.TemplateSummary;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The practice's homework library: every clinician adds, edits and archives templates for everyone. */
@Route("homework-library")
@PageTitle("Homework library · Holdfast")
@Menu(title = "Homework library", order = 20, icon = "vaadin:book")
@RolesAllowed(Role.CLINICIAN_NAME)
@StyleSheet("styles/homework.css")
public class HomeworkLibraryView extends VerticalLayout {

    final Grid<TemplateSummary> grid = new Grid<>();
    final Checkbox showArchived = new Checkbox("Show archived");
    final Button add = new Button("Add template", VaadinIcon.PLUS.create());
    TemplateDialog dialog;

    private final HomeworkService homework;

    public HomeworkLibraryView(HomeworkService homework) {
        this.homework = homework;
        addClassName("homework-library-view");

        Paragraph intro = new Paragraph("Shared by every clinician in the practice. Assigning copies the text, "
                + "so editing a template never changes homework a client already has.");
        intro.addClassName("homework-intro");

        // Two columns only, so that on a phone the text keeps most of the width.
        grid.addComponentColumn(HomeworkLibraryView::titleCell).setHeader("Homework").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.NO_BORDER);
        grid.setAllRowsVisible(true); // a library is a few dozen rows at most
        grid.setPartNameGenerator(t -> t.archived() ? "archived" : null);

        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> edit(null));
        showArchived.addValueChangeListener(e -> refresh());

        Div header = new Div(new H1("Homework library"), add);
        header.addClassName("homework-header");
        add(header, intro, showArchived, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(homework.library(showArchived.getValue()));
    }

    void edit(TemplateSummary template) {
        TemplateForm form = template == null ? new TemplateForm() : TemplateForm.of(template);
        dialog = new TemplateDialog(template == null ? "Add homework to the library" : "Edit “" + template.title() + "”",
                form, saved -> {
                    if (template == null) {
                        homework.addTemplate(saved);
                    } else {
                        homework.updateTemplate(template.id(), saved);
                    }
                    refresh();
                    Notification.show("Library saved", 3000, Notification.Position.BOTTOM_CENTER);
                });
        dialog.open();
    }

    private static Div titleCell(TemplateSummary t) {
        Span title = new Span(t.title() + (t.archived() ? " (archived)" : ""));
        title.addClassName("template-title");
        Span text = new Span(t.instructions());
        text.addClassName("template-instructions");
        Div cell = new Div(title);
        if (t.suggestedRecurrence() != null) {
            Span usually = new Span("Usually: " + t.suggestedRecurrence().label().toLowerCase());
            usually.addClassName("template-recurrence");
            cell.add(usually);
        }
        cell.add(text);
        cell.addClassName("template-cell");
        return cell;
    }

    private Div actions(TemplateSummary t) {
        Button edit = new Button("Edit", e -> edit(t));
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Button archive = t.archived()
                ? new Button("Restore", e -> {
                    homework.restoreTemplate(t.id());
                    refresh();
                })
                : new Button("Archive", e -> {
                    homework.archiveTemplate(t.id());
                    refresh();
                });
        archive.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        archive.setAriaLabel((t.archived() ? "Restore " : "Archive ") + t.title());
        edit.setAriaLabel("Edit " + t.title());
        Div cell = new Div(edit, archive);
        cell.addClassName("template-actions");
        return cell;
    }
}
