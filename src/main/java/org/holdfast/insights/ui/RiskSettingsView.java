package org.holdfast.insights.ui;

import org.holdfast.shared.Dates;
import java.time.Clock;

import org.holdfast.insights.RiskSettings;
import org.holdfast.insights.RiskThresholds;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The practice manager sets when the caseload raises each risk flag. Every threshold is explained in
 * plain words beside its field, and a wrong value is named next to the field it is in.
 */
@Route("admin/risk-flags")
@PageTitle("Risk flags · Holdfast")
@Menu(title = "Risk flags", order = 92, icon = "vaadin:flag")
@RolesAllowed(Role.ADMIN_NAME)
public class RiskSettingsView extends VerticalLayout {


    final BeanValidationBinder<RiskThresholds> binder = new BeanValidationBinder<>(RiskThresholds.class);
    final IntegerField slipsInWindow = whole("Slips", "slips");
    final IntegerField slipWindowDays = whole("Within (days)", "days");
    final BigDecimalField urgeRise = decimal("Rise in the urge average", "points");
    final IntegerField quietDays = whole("Days without a check-in", "days");
    final IntegerField highRiskDays = whole("Days ahead", "days");
    final BigDecimalField escalationFactor = decimal("Times the usual week", "times");
    final IntegerField escalationMinimum = whole("At least (attempts this week)", "attempts");
    final IntegerField threatSafetyAtOrBelow = whole("Felt this safe or less (0–10)", "/10");
    final IntegerField homeworkOverdue = whole("Overdue tasks", "tasks");
    final Button save = new Button("Save thresholds");
    final Button defaults = new Button("Back to the defaults");
    final Paragraph lastChange = new Paragraph();

    public RiskSettingsView(RiskSettings settings, Clock clock) {
        addClassName("risk-settings-view");
        setMaxWidth("52rem");

        slipsInWindow.setHelperText("Slipping again: this many slips (logged, or ticked on a check-in) within the days "
                + "next to it. Default 2 in 7 days.");
        slipWindowDays.setHelperText("How many days back, today included, slips are counted. Up to 28.");
        urgeRise.setHelperText("Urges rising: the average urge of this week's check-ins is this much higher than "
                + "the week before's. Urges go from 0 to 10. Default 2.0.");
        quietDays.setHelperText("Gone quiet: a client asked to check in daily (a daily check-in homework running "
                + "today) has not checked in for this many days. Default 3.");
        highRiskDays.setHelperText("Hard date ahead: a high-risk date from the plan (an anniversary, a birthday) "
                + "falls within this many days. Default 7.");
        escalationFactor.setHelperText("Contact escalating: this week's contact attempts by the other person are at "
                + "least this many times their weekly average over the four weeks before. Default 2.0.");
        escalationMinimum.setHelperText("…and there are at least this many this week, so one attempt after a quiet "
                + "month does not count as escalating. Default 2.");
        threatSafetyAtOrBelow.setHelperText("Any contact attempt this week after which the client rated their safety "
                + "this low or lower raises the flag at once, whatever the numbers. Only clients who share their "
                + "contact-attempt log are checked. Default 3.");
        homeworkOverdue.setHelperText("Homework overdue: this many homework tasks are past their day without an "
                + "answer. Default 1.");

        binder.forField(slipsInWindow).bind("slipsInWindow");
        binder.forField(slipWindowDays).bind("slipWindowDays");
        binder.forField(urgeRise).bind("urgeRise");
        binder.forField(quietDays).bind("quietDays");
        binder.forField(highRiskDays).bind("highRiskDays");
        binder.forField(escalationFactor).bind("escalationFactor");
        binder.forField(escalationMinimum).bind("escalationMinimum");
        binder.forField(threatSafetyAtOrBelow).bind("threatSafetyAtOrBelow");
        binder.forField(homeworkOverdue).bind("homeworkOverdue");
        binder.setBean(settings.current());

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                binder.setBean(settings.update(binder.getBean()));
                showLastChange(settings, clock);
                Notification.show("Saved. Clinicians see the new flags the next time their caseload loads.");
            }
        });
        defaults.addThemeVariants(ButtonVariant.TERTIARY);
        defaults.addClickListener(e -> binder.setBean(RiskThresholds.defaults()));

        add(new H1("Risk flags"),
                new Paragraph("The caseload flags clients who may need their clinician soon. These thresholds decide "
                        + "when. They apply to every clinician in the practice. Flags drawn from the journal appear "
                        + "only for clients whose sharing allows it; safety, homework, plan review and high-risk "
                        + "dates always do."),
                section("Slipping again", slipsInWindow, slipWindowDays),
                section("Urges rising", urgeRise),
                section("Gone quiet", quietDays),
                section("Hard date ahead", highRiskDays),
                section("Contact escalating", escalationFactor, escalationMinimum, threatSafetyAtOrBelow),
                section("Homework overdue", homeworkOverdue),
                new Paragraph("Two flags have no threshold: \"Not feeling safe\" shows while a client's \"I don't "
                        + "feel safe\" is unresolved, and \"Review due\" from the plan's review date on."),
                new HorizontalLayout(save, defaults), lastChange);
        showLastChange(settings, clock);
    }

    private void showLastChange(RiskSettings settings, Clock clock) {
        RiskSettings.LastChange change = settings.lastChange();
        lastChange.setText(change.at() == null ? "These are the practice's starting values."
                : "Last changed by " + change.by() + " on "
                        + Dates.dateTime(change.at(), clock.getZone()) + ".");
    }

    private static VerticalLayout section(String title, com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        VerticalLayout section = new VerticalLayout(new H3(title), form);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private static IntegerField whole(String label, String unit) {
        IntegerField field = new IntegerField(label);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit));
        field.setStepButtonsVisible(true);
        return field;
    }

    private static BigDecimalField decimal(String label, String unit) {
        BigDecimalField field = new BigDecimalField(label);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit));
        field.addThemeVariants(TextFieldVariant.ALIGN_CENTER); // as the whole numbers between their step buttons
        return field;
    }
}
