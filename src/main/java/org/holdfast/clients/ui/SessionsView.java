package org.holdfast.clients.ui;

import org.holdfast.shared.ui.RequiredChoice;
import org.holdfast.shared.ui.LimitedTextArea;
import org.holdfast.shared.Dates;
import java.time.Clock;
import java.time.LocalDateTime;


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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A client's sessions, past and next, with the clinician's private notes (never shown to the client). */
@RecordPage(RecordSection.SESSIONS)
@Route("clients/:clientId/sessions")
@RolesAllowed(Role.CLINICIAN_NAME)
public class SessionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private static final String REQUIRED_WHEN = "Choose the date and time of the session";

    final Grid<SessionEntry> grid = new Grid<>();
    final DateTimePicker startsAt = new DateTimePicker("Date and time");
    final IntegerField durationMinutes = new IntegerField("Minutes");
    final Select<SessionStatus> status = new Select<>();
    final TextArea privateNote = new LimitedTextArea("Private note", SessionForm.NOTE_MAX);
    final Button save = new Button("Add session");
    final Button cancelEdit = new Button("New session instead");

    private final BeanValidationBinder<SessionForm> binder = new BeanValidationBinder<>(SessionForm.class);
    private final ClientService clients;
    private final SessionService sessions;
    private final Clock clock;
    private final Div header = new Div();
    private long clientId;
    private SessionEntry editing;
    private Binder.Binding<SessionForm, LocalDateTime> startsAtBinding;

    private String pageTitle = "Sessions · Holdfast";

    public SessionsView(ClientService clients, SessionService sessions, Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.clock = clock;
        setMaxWidth("64rem");

        grid.addColumn(s -> Dates.weekdayDateTimeWithYear(s.startsAt(), clock.getZone())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.durationMinutes() + " min").setHeader("Length").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.privateNote() == null ? "" : s.privateNote()).setHeader("Private note").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));

        status.setLabel("Status");
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(SessionStatus::label);
        startsAt.setHelperText("Day, month, year and a 24-hour time");
        // The pickers' own checks (a date that is not one, a date without a time) otherwise turn the field red without a word.
        startsAt.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage("Enter the date as day/month/year, e.g. 4/12/2026, and the time as 14:00")
                .setIncompleteInputErrorMessage("Enter both the date and the time")
                .setRequiredErrorMessage(REQUIRED_WHEN));
        startsAt.addValueChangeListener(e -> sayWhen(e.getValue()));
        status.addValueChangeListener(e -> {
            if (startsAtBinding != null && startsAt.getValue() != null) {
                startsAtBinding.validate();
            }
        });
        durationMinutes.setMin(SessionForm.MINUTES_MIN);
        durationMinutes.setMax(SessionForm.MINUTES_MAX);
        durationMinutes.setHelperText(SessionForm.MINUTES_MIN + " to " + SessionForm.MINUTES_MAX);
        durationMinutes.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("A session is at least " + SessionForm.MINUTES_MIN + " minutes: enter "
                        + SessionForm.MINUTES_MIN + " to " + SessionForm.MINUTES_MAX)
                .setMaxErrorMessage("A session is at most " + SessionForm.MINUTES_MAX + " minutes: enter "
                        + SessionForm.MINUTES_MIN + " to " + SessionForm.MINUTES_MAX)
                .setBadInputErrorMessage("Enter the length in whole minutes, " + SessionForm.MINUTES_MIN + " to "
                        + SessionForm.MINUTES_MAX)
                .setRequiredErrorMessage("Enter how long the session is, in minutes"));
        durationMinutes.setStepButtonsVisible(true);
        privateNote.setHelperText("Only you see this. It is never shown to the client and never exported to them.");
        startsAtBinding = binder.forField(startsAt).asRequired(REQUIRED_WHEN)
                .withValidator(this::notScheduledInThePast).bind(SessionForm::getStartsAt, SessionForm::setStartsAt);
        binder.bindInstanceFields(this);
        RequiredChoice.mark(startsAt);
        RequiredChoice.mark(status);
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
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        header.removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Sessions");
        header.add(new ClientRecordHeader(client, RecordSection.SESSIONS));
        refresh();
        startNew();
    }

    private void refresh() {
        grid.setItems(sessions.sessions(clientId));
    }

    private void startNew() {
        editing = null;
        // No date is preset: a click on the untouched form must not book a session nobody chose.
        binder.setBean(new SessionForm());
        startsAt.setInvalid(false);
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

    /**
     * A session still "scheduled" at a time already past is almost always a misread date (04/12 read as
     * 12 April): say which day the portal understood. A session that took place is recorded as held, so a
     * past date is fine for any other status, and for an existing session whose time was not changed.
     */
    private ValidationResult notScheduledInThePast(LocalDateTime value, ValueContext context) {
        boolean unchanged = editing != null && value != null
                && value.equals(LocalDateTime.ofInstant(editing.startsAt(), clock.getZone()));
        if (value == null || unchanged || status.getValue() != SessionStatus.SCHEDULED
                || !value.isBefore(LocalDateTime.now(clock))) {
            return ValidationResult.ok();
        }
        return ValidationResult.error(Dates.longDayWithYearAtTime(value)
                + " is in the past. Choose a later date, or set the status to Held if the session took place.");
    }

    /** The chosen time in words under the picker, so a day and month read the wrong way round show at once. */
    private void sayWhen(LocalDateTime value) {
        startsAt.setHelperText(value == null ? "Day, month, year and a 24-hour time"
                : Dates.longDayWithYearAtTime(value));
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
