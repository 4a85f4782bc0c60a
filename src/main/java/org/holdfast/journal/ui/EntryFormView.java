package org.holdfast.journal.ui;

import com.vaadin.flow.router.RouterLink;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.Attention;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.Backdating;
import org.holdfast.journal.BackdatingException;
import org.holdfast.journal.EntryConflictException;
import org.holdfast.journal.JournalForm;
import org.holdfast.journal.JournalService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * What the urge, slip and contact-attempt forms share, so that none of them can lose an entry:
 * the form's submission id lives in the bean (a double click or a retry stores one entry), every
 * change is kept as a server-side draft (a timeout, re-login or restart restores it), a refused value
 * is explained at its field and nothing typed is cleared, and the date may go back 7 days, no more.
 */
@StyleSheet("styles/journal.css")
abstract class EntryFormView<F extends JournalForm> extends VerticalLayout {

    final DatePicker date = new DatePicker("Day");
    final TimePicker time = new TimePicker("Roughly what time");
    final Checkbox shared = new Checkbox("Share this entry with my clinician");
    final Button save = new Button("Save");
    final Div response = new Div();
    final Paragraph draftNote = new Paragraph();

    final BeanValidationBinder<F> binder;
    final JournalService journal;
    final Clock clock;
    private final Class<F> formClass;
    private final Supplier<F> blank;
    private final ConsentState consent;
    private final SharingLevel level;
    private final String title;
    private final String intro;
    private boolean submitted;
    private boolean loading;

    EntryFormView(Class<F> formClass, Supplier<F> blank, String title, String intro, JournalService journal,
            ConsentService consent, Clock clock) {
        this.formClass = formClass;
        this.blank = blank;
        this.journal = journal;
        // Typed times are the client's own, in their zone, as the service reads them.
        this.clock = clock.withZone(journal.myZone());
        this.binder = new BeanValidationBinder<>(formClass);
        this.title = title;
        this.intro = intro;
        this.consent = consent.mine();
        this.level = this.consent.level();
    }

    /**
     * Builds the page. Called at the end of each subclass's constructor, once its own fields exist
     * (a super constructor would see them still null).
     */
    final void build() {
        addClassNames("journal-form-view", "entry-form");
        setMaxWidth("36rem");

        LocalDate today = LocalDate.now(clock);
        date.setMax(today);
        date.setMin(today.minusDays(Backdating.MAX_DAYS_BACK));
        String tooOld = Backdating.problem(today.minusDays(Backdating.MAX_DAYS_BACK + 1L), LocalTime.NOON, clock).orElse("");
        date.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage(tooOld)
                .setMaxErrorMessage("That is still to come. Choose a time up to now.")
                .setBadInputErrorMessage("Choose the day from the calendar"));
        date.setHelperText("Today, or up to 7 days back");
        date.setLocale(Dates.locale()); // the practice's: day first, as every date in the portal
        time.setLocale(Dates.locale()); // the practice's: a 24-hour clock in en-GB
        time.setStep(java.time.Duration.ofMinutes(15));

        shared.setHelperText(switch (level) {
            case EVERYTHING -> "You share everything, so your clinician can read this whatever you tick here.";
            case NUMBERS_AND_SHARED_ENTRIES -> "Your clinician reads only the entries you share.";
            case NUMBERS_ONLY -> "You share numbers only, so your clinician will not read this. You can change that under Sharing.";
            case NOTHING -> "You share nothing from your journal right now. You can change that under Sharing.";
        });

        F form = journal.draft(formClass).orElse(null);
        if (form != null) {
            draftNote.setText("We kept what you had started. Carry on, or clear it to start again.");
        } else {
            form = fresh(level);
        }
        if (form.getShared() == null) {
            form.setShared(level.sharesNewEntries());
        }
        bindFields(level);
        binder.forField(date).asRequired("Choose the day it happened")
                .withValidator((value, context) -> Backdating.problem(value, time.getValue(), clock)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind("date");
        binder.forField(time).asRequired("Choose roughly what time it was").bind("time");
        binder.forField(shared).bind("shared");
        loading = true;
        binder.setBean(form);
        loading = false;
        // Every accepted change is kept on the server at once (text areas report changes lazily).
        binder.addValueChangeListener(e -> keepDraft());

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true); // a double click sends one save; the submission id covers retries
        save.addClickListener(e -> save());
        Button clear = new Button("Clear and start again", e -> startAgain());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        draftNote.addClassName("draft-note");
        response.addClassName("entry-response");

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        fields.add(date, time);
        for (Component c : fieldsInOrder()) {
            fields.add(c);
            fields.setColspan(c, 2);
        }
        Component sharing = sharing(consent);
        fields.add(sharing);
        fields.setColspan(sharing, 2);
        Div actions = new Div(save, clear);
        actions.addClassName("entry-actions");
        add(new H1(title), new Paragraph(intro), draftNote, fields, actions, response, new RouterLink("Back to Today", TodayView.class));
    }

    /** Where the form says who will read the entry: by default the entry's own share switch. */
    Component sharing(ConsentState consent) {
        return shared;
    }

    /** Binds the form's own fields to {@link #binder}. */
    abstract void bindFields(SharingLevel level);

    /** The form's own fields, in the order shown. */
    abstract Component[] fieldsInOrder();

    /** Stores the entry and says so on the page. */
    abstract void submit(F form);

    F bean() {
        return binder.getBean();
    }

    private F fresh(SharingLevel sharing) {
        F form = blank.get();
        form.setDate(LocalDate.now(clock));
        form.setTime(LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        form.setShared(sharing.sharesNewEntries());
        return form;
    }

    private void keepDraft() {
        if (!submitted && !loading) {
            journal.saveDraft(binder.getBean());
        }
    }

    private void save() {
        try {
            var status = binder.validate();
            if (status.isOk()) {
                submit(binder.getBean());
                submitted = true; // the same bean, sent again, finds the stored entry
                draftNote.setText("");
            } else {
                Attention.firstError(status);
            }
        } catch (BackdatingException outOfRange) {
            date.setInvalid(true);
            date.setErrorMessage(outOfRange.getMessage());
            Attention.focus(date);
        } catch (EntryConflictException | IllegalArgumentException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        } finally {
            save.setEnabled(true);
        }
    }

    private void startAgain() {
        journal.discardDraft(formClass);
        submitted = false;
        loading = true;
        binder.setBean(fresh(level));
        loading = false;
        draftNote.setText("");
        response.removeAll();
    }

    void showResponse(String message) {
        response.removeAll();
        Paragraph p = new Paragraph(message);
        Button another = new Button("Log another", e -> startAgain());
        another.addThemeVariants(ButtonVariant.TERTIARY);
        response.add(p, another);
        Attention.focus(p); // the reply sits under the form: off screen on a phone without this
        Notification.show("Saved", 3000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
