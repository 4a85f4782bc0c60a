package org.holdfast.clients.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;


import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionEntry;
import org.holdfast.clients.SessionForm;
import org.holdfast.clients.SessionService;
import org.holdfast.clients.SessionStatus;
import org.holdfast.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A client's sessions, past and next, with the clinician's private notes (never shown to the client). */
@RecordPage(RecordSection.SESSIONS)
@Route("clients/:clientId/sessions")
@PageTitle("Sessions · Holdfast")
@RolesAllowed(Role.CLINICIAN_NAME)
public class SessionsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    final Grid<SessionEntry> grid = new Grid<>();
    final DateTimePicker startsAt = new DateTimePicker("Date and time");
    final IntegerField durationMinutes = new IntegerField("Minutes");
    final Select<SessionStatus> status = new Select<>();
    final TextArea privateNote = new TextArea("Private note");
    final Button save = new Button("Add session");
    final Button cancelEdit = new Button("New session instead");

    private final BeanValidationBinder<SessionForm> binder = new BeanValidationBinder<>(SessionForm.class);
    private final ClientService clients;
    private final SessionService sessions;
    private final Clock clock;
    private final Div header = new Div();
    private long clientId;
    private SessionEntry editing;

    public SessionsView(ClientService clients, SessionService sessions, Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.clock = clock;
        setMaxWidth("64rem");

        grid.addColumn(s -> WHEN.format(s.startsAt().atZone(clock.getZone()))).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.durationMinutes() + " min").setHeader("Length").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.privateNote() == null ? "" : s.privateNote()).setHeader("Private note").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));

        status.setLabel("Status");
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(SessionStatus::label);
        durationMinutes.setMin(10);
        durationMinutes.setMax(240);
        durationMinutes.setStepButtonsVisible(true);
        privateNote.setHelperText("Only you see this. It is never shown to the client and never exported to them.");
        privateNote.setMaxLength(SessionForm.NOTE_MAX + 500);
        binder.bindInstanceFields(this);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        cancelEdit.addThemeVariants(ButtonVariant.TERTIARY);
        cancelEdit.addClickListener(e -> startNew());

        FormLayout form = new FormLayout(startsAt, durationMinutes, status, privateNote);
        form.setColspan(privateNote, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        Div formCard = new Div(new H3("Session"), form, new HorizontalLayout(save, cancelEdit));
        formCard.addClassName("card");
        formCard.setWidthFull();
        add(header, new Paragraph("Select a session to edit it."), grid, formCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        header.removeAll();
        header.add(new ClientRecordHeader(client, RecordSection.SESSIONS));
        refresh();
        startNew();
    }

    private void refresh() {
        grid.setItems(sessions.sessions(clientId));
    }

    private void startNew() {
        editing = null;
        SessionForm form = new SessionForm();
        form.setStartsAt(LocalDateTime.now(clock).plusWeeks(1).withMinute(0).withSecond(0).withNano(0));
        binder.setBean(form);
        save.setText("Add session");
        cancelEdit.setVisible(false);
    }

    private void edit(SessionEntry session) {
        editing = session;
        SessionForm form = new SessionForm();
        form.setStartsAt(LocalDateTime.ofInstant(session.startsAt(), clock.getZone()));
        form.setDurationMinutes(session.durationMinutes());
        form.setStatus(session.status());
        form.setPrivateNote(session.privateNote());
        binder.setBean(form);
        save.setText("Save changes");
        cancelEdit.setVisible(true);
    }

    private void save() {
        try {
            if (!binder.validate().isOk()) {
                return;
            }
            if (editing == null) {
                sessions.add(clientId, binder.getBean());
            } else {
                sessions.update(editing.id(), editing.version(), binder.getBean());
            }
            Notification.show("Session saved").addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
            startNew();
        } catch (ObjectOptimisticLockingFailureException changed) {
            Notification.show("Someone changed this session while you were editing. Your text is still here: "
                    + "copy what you need, reopen the session and save again.", 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        } finally {
            save.setEnabled(true);
        }
    }
}
