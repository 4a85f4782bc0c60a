package org.holdfast.journal.ui;

import org.holdfast.shared.ui.Attention;
import org.holdfast.shared.ui.TodayPanel;
import org.springframework.beans.factory.ObjectProvider;
import org.holdfast.shared.ui.LimitedTextArea;
import org.holdfast.shared.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.SessionDate;
import org.holdfast.clients.SessionService;
import org.holdfast.clients.SessionStatus;
import org.holdfast.journal.CheckInConflictException;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.CheckInForm;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SharedDevice;
import org.holdfast.security.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.RolesAllowed;

/** The client's home: a short daily check-in, phone first. */
@Route("today")
@PageTitle("Today · Holdfast")
@Menu(title = "Today", order = 0, icon = "vaadin:sun-o")
@RolesAllowed(Role.CLIENT_NAME)
@StyleSheet("styles/journal.css")
public class TodayView extends VerticalLayout {


    final IntegerField mood = new IntegerField("Mood today");
    final IntegerField urge = new IntegerField("Urge to make contact");
    final Checkbox slipped = new Checkbox("I made contact today (a slip)");
    final TextArea note = new LimitedTextArea("Anything you want to note", CheckInForm.NOTE_MAX);
    final Button save = new Button("Save check-in");
    final Paragraph status = new Paragraph();
    final Paragraph slipFree = new Paragraph();
    final Paragraph draftNote = new Paragraph();

    private final BeanValidationBinder<CheckInForm> binder = new BeanValidationBinder<>(CheckInForm.class);
    private final JournalService journal;
    private final Clock clock;
    private boolean loading;

    public TodayView(JournalService journal, ClientService clients, PlanService plans, SessionService sessions,
            SharedDevice sharedDevice, CurrentUser currentUser, Clock clock, ObjectProvider<TodayPanel> panels) {
        this.journal = journal;
        // The client's own day and times: their zone, or the practice's when they have none.
        this.clock = clock.withZone(journal.myZone());
        addClassName("today-view");
        setMaxWidth("36rem");

        H1 title = new H1("Today");
        Paragraph plan = new Paragraph(planLine(plans.activePlans(clients.mine().id()), LocalDate.now(clock),
                sharedDevice.current().discreet()));
        plan.addClassName("plan-line");
        Paragraph next = new Paragraph(nextSessionLine(sessions.mySessions(), clock));
        next.addClassName("next-session");
        slipFree.setText(slipFreeLine(journal.myLastSlip().orElse(null), LocalDate.now(clock)));
        slipFree.addClassName("slip-free");

        Div quickActions = quickActions();

        String moodRange = "Mood goes from 1 (very low) to 10 (very good)";
        mood.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(moodRange).setMaxErrorMessage(moodRange)
                .setBadInputErrorMessage("Use a whole number from 1 to 10 for your mood"));
        mood.setMin(1);
        mood.setMax(10);
        mood.setStepButtonsVisible(true);
        mood.setHelperText("1 = very low, 10 = very good");
        String urgeRange = "Urge goes from 0 (none) to 10 (overwhelming)";
        urge.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(urgeRange).setMaxErrorMessage(urgeRange)
                .setBadInputErrorMessage("Use a whole number from 0 to 10 for the urge"));
        urge.setMin(0);
        urge.setMax(10);
        urge.setStepButtonsVisible(true);
        urge.setHelperText("0 = none, 10 = overwhelming. Urges are expected; they are not slips.");
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setHelperText("Your clinician reads this only if your Sharing settings allow it. You can change them any time.");

        binder.forField(mood).asRequired("Pick a number for your mood, from 1 (very low) to 10 (very good)")
                .bind("mood");
        binder.forField(urge).asRequired("Pick a number for the urge to make contact, from 0 (none) to 10 (overwhelming)")
                .bind("urge");
        binder.bindInstanceFields(this);

        CheckInForm saved = journal.todaysCheckIn().orElse(null);
        CheckInForm form = journal.checkInDraft().orElse(null);
        if (form != null) {
            draftNote.setText("We kept what you had started. Save it when you are ready.");
        } else {
            form = saved != null ? saved : new CheckInForm();
        }
        loading = true;
        binder.setBean(form);
        loading = false;
        if (saved != null) {
            status.setText("You have checked in today. Saving again updates today's check-in.");
        }
        // Every accepted change is kept on the server, so a timeout or a reload loses nothing typed.
        binder.addValueChangeListener(e -> keepDraft());
        draftNote.addClassName("draft-note");

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true); // a double click sends one save
        save.addClickListener(e -> save());

        FormLayout fields = new FormLayout(mood, urge, slipped, note);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        status.addClassName("save-status");
        H2 checkInTitle = new H2("Daily check-in");
        checkInTitle.addClassName("check-in-title");
        add(title, new OnThisDevice(journal, plans, sharedDevice, currentUser, this.clock), plan, slipFree, next, quickActions);
        // What other modules have due today (a questionnaire), without the journal knowing them.
        panels.orderedStream().forEach(p -> p.panel().ifPresent(this::add));
        add(checkInTitle, draftNote, fields, save, status);
    }

    /**
     * One tap from Today to the three moments the client most needs to log. They are links, and markup rather than
     * components: nothing about them needs the server until they are followed, and as buttons with icons they cost
     * every open Today about 12 KB.
     */
    private static Div quickActions() {
        StringBuilder links = new StringBuilder();
        quickAction(links, UrgeView.class, "vaadin:cloud", "I had an urge");
        quickAction(links, SlipView.class, "vaadin:comment-ellipsis-o", "I made contact");
        quickAction(links, ContactAttemptView.class, "vaadin:envelope-o", "They contacted me");
        Div quickActions = new Div();
        quickActions.addClassName("quick-actions");
        quickActions.getElement().setProperty("innerHTML", links.toString().intern());
        return quickActions;
    }

    private static void quickAction(StringBuilder links, Class<? extends Component> view, String icon, String label) {
        links.append("<a class=\"quick-action\" href=\"").append(RouteConfiguration.forApplicationScope().getUrl(view))
                .append("\"><vaadin-icon icon=\"").append(icon).append("\" aria-hidden=\"true\"></vaadin-icon><span>")
                .append(label).append("</span></a>");
    }

    private void keepDraft() {
        if (!loading) {
            journal.saveCheckInDraft(binder.getBean());
        }
    }

    private void save() {
        try {
            var validation = binder.validate();
            if (!validation.isOk()) {
                Attention.firstError(validation);
            } else {
                CheckInEntry saved = journal.saveTodaysCheckIn(binder.getBean());
                draftNote.setText("");
                String at = Dates.time(saved.receivedAt(), clock.getZone());
                status.setText(saved.slipped()
                        ? "Saved at " + at + ". A slip is part of the work, not the end of it. "
                                + "Your day count starts again today. Bring what led up to it to your next session."
                        : "Saved at " + at + ". You can update today's check-in any time today.");
                Attention.focus(status);
                Notification.show("Check-in saved", 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
        } catch (CheckInConflictException conflict) {
            Notification.show(conflict.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        } finally {
            save.setEnabled(true);
        }
    }

    private static String nextSessionLine(List<SessionDate> sessions, Clock clock) {
        Instant now = Instant.now(clock);
        return sessions.stream().filter(s -> s.status() == SessionStatus.SCHEDULED && s.startsAt().isAfter(now))
                .map(SessionDate::startsAt).min(Instant::compareTo)
                .map(at -> "Next session: " + Dates.longDayAtTime(at, clock.getZone()))
                .orElse("No next session booked yet.");
    }

    /** Counts days, never grades them: no streak to lose, just where the count stands. */
    static String slipFreeLine(LocalDate lastSlip, LocalDate today) {
        if (lastSlip == null) {
            return "No slips logged.";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(lastSlip, today);
        return days == 0 ? "Your count started again today." : days == 1 ? "1 day since your last slip." : days + " days since your last slip.";
    }

    /** In discreet mode the first line of the app names neither the plan's kind nor its person: a glance gives nothing away. */
    static String planLine(List<PlanOverview> plans, LocalDate today, boolean discreet) {
        if (plans.isEmpty()) {
            return discreet ? "Your clinician has not started a plan with you yet."
                    : "Your clinician has not started a no-contact plan with you yet.";
        }
        PlanOverview plan = plans.getFirst();
        return discreet ? plan.progressLabel(today) : plan.progressLabel(today) + " · no contact with " + plan.personLabel();
    }
}
