package org.holdfast.plans.ui;

import org.holdfast.shared.ui.ReasonDialog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.holdfast.clients.ui.RecordPage;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.plans.PlanConflictException;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.PlanMerge;
import org.holdfast.plans.PlanPart;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.holdfast.plans.PlanSnapshot;
import org.holdfast.security.CurrentUser;
import org.holdfast.clients.ui.RecordLinks;
import org.holdfast.plans.PlanStatus;
import org.holdfast.plans.PlanVersionDetails;
import org.holdfast.plans.PlanVersionSummary;
import org.holdfast.plans.StatusChange;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * A client's plans and the editor for one of them. {@code clients/7/plan} opens the plan in force
 * (or the list, if there is none), {@code clients/7/plan/12} a given plan, {@code clients/7/plan/new}
 * a new one. Access is the service's business; this view only lays things out.
 */
@RecordPage(RecordSection.PLAN)
@Route("clients/:clientId/plan/:planId?")
@StyleSheet("styles/plans.css")
@RolesAllowed({ Role.CLINICIAN_NAME, Role.ADMIN_NAME }) // a practice manager reads it only with a break-glass grant
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final PlanService plans;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanEditor editor;
    final Button save = new Button("Save plan");
    final Button changeStatus = new Button("Change status…");
    final Div conflict = new Div();
    final Paragraph saveStatus = new Paragraph();
    final Details history = new Details("History");
    private final Div historyList = new Div();
    private final Div planHeader = new Div();

    private long clientId;
    /** The plan being edited and the version the editor loaded; null while a new plan is unsaved. */
    PlanDetails current;

    private String pageTitle = "Plan · Holdfast";

    public PlanView(PlanService plans, ClientService clients, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("plan-view");
        setPadding(true);
        // Listeners are registered once here: Vaadin reuses this view when only the plan id in the
        // address changes, and a listener added per navigation would save twice.
        conflict.addClassName("plan-conflict");
        conflict.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true); // a double click saves once
        save.addClickListener(e -> save(false));
        changeStatus.addClickListener(e -> openStatusDialog());
        saveStatus.addClassName("plan-save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        history.addClassName("plan-history");
        history.add(historyList);
        history.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refreshHistory();
            }
        });
    }

    static RouteParameters params(long clientId, String planId) {
        return new RouteParameters(Map.of("clientId", String.valueOf(clientId), "planId", planId));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        List<PlanOverview> all = plans.plans(clientId);
        Optional<String> planParam = event.getRouteParameters().get("planId");
        if (planParam.isEmpty() && !all.isEmpty()) {
            event.forwardTo(PlanView.class, params(clientId, String.valueOf(all.getFirst().planId())));
            return;
        }
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Plan");
        add(new ClientRecordHeader(client, RecordSection.PLAN));
        if (!currentUser.is(Role.CLINICIAN)) {
            readOnly(all, planParam.filter(p -> !p.equals(NEW)).map(PlanView::parseId).orElse(null));
            return;
        }
        Long selected = planParam.filter(p -> !p.equals(NEW)).map(PlanView::parseId).orElse(null);
        add(planList(all, selected, planParam.map(NEW::equals).orElse(false)));
        if (planParam.isEmpty()) {
            Paragraph none = new Paragraph("No plan yet. Start one with the client in session: the draft stays"
                    + " between you until you activate it.");
            none.addClassName("plan-empty");
            add(none);
            return;
        }
        if (selected == null) {
            openEditor(null, newPlan());
        } else {
            PlanDetails details = plans.plan(selected);
            if (details.clientId() != clientId) {
                // A plan id under another client's address: refuse the same way as any foreign id.
                throw new AccessDeniedException("Plan " + selected + " is not client " + clientId + "'s");
            }
            openEditor(details, details.content());
        }
    }

    /**
     * A practice manager under break-glass reads the plan, safety section included, and changes nothing:
     * no editor, no new plan, no status. The services refuse writes to anyone but a clinician in any case.
     */
    private void readOnly(List<PlanOverview> all, Long selected) {
        Paragraph note = new Paragraph("Opened under break-glass access: read-only, and every page you read is in the"
                + " audit log.");
        note.addClassName("plan-break-glass");
        add(note);
        if (all.isEmpty()) {
            add(new Paragraph("No plan yet."));
            return;
        }
        Div list = new Div();
        list.addClassName("plan-list");
        for (PlanOverview plan : all) {
            RouterLink link = new RouterLink(PlanView.class, params(clientId, String.valueOf(plan.planId())));
            link.addClassName("plan-list-item");
            link.add(statusBadge(plan.status()), new Span(plan.personWithRelationship()));
            if (selected != null && selected == plan.planId()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(link);
        }
        add(list);
        if (selected == null) {
            return;
        }
        PlanDetails details = plans.plan(selected);
        if (details.clientId() != clientId) {
            throw new AccessDeniedException("Plan " + selected + " is not client " + clientId + "'s");
        }
        current = details;
        add(new H3("No contact with " + details.overview().personWithRelationship()),
                new PlanReadOnly(new PlanSnapshot(details.content(), details.status(), details.overview().statusReason()),
                        java.util.Set.of()));
    }

    private static Long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new AccessDeniedException("No plan " + id);
        }
    }

    private PlanContent newPlan() {
        PlanContent content = new PlanContent();
        LocalDate today = LocalDate.now(clock);
        content.setStartDate(today);
        content.setInitialPeriodDays(60);
        content.setReviewDate(today.plusDays(28));
        // The risk is left unchosen: a preset "None" was saved without anyone having thought about it.
        return content;
    }

    private Div planList(List<PlanOverview> all, Long selected, boolean creating) {
        Div list = new Div();
        list.addClassName("plan-list");
        LocalDate today = LocalDate.now(clock);
        for (PlanOverview plan : all) {
            RouterLink link = new RouterLink(PlanView.class, params(clientId, String.valueOf(plan.planId())));
            link.addClassName("plan-list-item");
            Span person = new Span(plan.personWithRelationship());
            person.addClassName("plan-list-person");
            Span progress = new Span(plan.status() == PlanStatus.ACTIVE || plan.status() == PlanStatus.PAUSED
                    ? plan.progressLabel(today) : "Starts " + Dates.format(plan.startDate()));
            progress.addClassName("plan-list-progress");
            link.add(statusBadge(plan.status()), person, progress);
            if (selected != null && selected == plan.planId()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(link);
        }
        RouterLink create = new RouterLink(PlanView.class, params(clientId, NEW));
        create.add(VaadinIcon.PLUS.create(), new Span("New plan"));
        create.addClassNames("plan-list-item", "plan-list-new");
        if (creating) {
            create.getElement().setAttribute("aria-current", "page");
        }
        list.add(create);
        return list;
    }

    static Span statusBadge(PlanStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("plan-status", "plan-status-" + status.name().toLowerCase());
        return badge;
    }

    private void openEditor(PlanDetails details, PlanContent content) {
        current = details;
        editor = new PlanEditor(clock);
        editor.read(content);

        conflict.setVisible(false);
        saveStatus.setText("");

        Div actions = new Div(save, changeStatus, saveStatus);
        actions.addClassName("plan-actions");
        refreshHeader();
        add(planHeader, conflict, editor, actions);
        if (current != null) {
            add(history);
        }
    }

    private void refreshHeader() {
        planHeader.removeAll();
        planHeader.addClassName("plan-header");
        changeStatus.setVisible(current != null);
        if (current == null) {
            planHeader.add(new H3("New plan"), new Paragraph("Saved as a draft: the client sees it once you activate it."));
            return;
        }
        PlanOverview plan = current.overview();
        H3 title = new H3("No contact with " + plan.personWithRelationship());
        Div meta = new Div(statusBadge(plan.status()));
        meta.addClassName("plan-header-meta");
        if (plan.status() == PlanStatus.ACTIVE || plan.status() == PlanStatus.PAUSED) {
            meta.add(new Span(plan.progressLabel(LocalDate.now(clock))));
        }
        if (plan.reviewDue(LocalDate.now(clock))) {
            Span due = new Span("Review due");
            due.addClassName("plan-review-due");
            meta.add(due);
        }
        if (current.lastChange() != null) {
            meta.add(new Span("Version " + current.lastChange().versionNo() + ", saved " + when(current.lastChange())
                    + " by " + current.lastChange().changedByName()));
        }
        // The handout page belongs to the reports module, which depends on this one: found by its section.
        RecordLinks.link("Plan handout PDF", RecordSection.PLAN_HANDOUT, RecordLinks.params(clientId, plan.planId()))
                .ifPresent(handout -> {
                    handout.addClassName("plan-handout-link");
                    meta.add(handout);
                });
        planHeader.add(title, meta);
        if (plan.statusReason() != null) {
            Paragraph reason = new Paragraph(plan.status().label() + ": " + plan.statusReason());
            reason.addClassName("plan-status-reason");
            planHeader.add(reason);
        }
    }

    private String when(PlanVersionSummary version) {
        ZonedDateTime at = ZonedDateTime.ofInstant(version.changedAt(), clock.getZone());
        return Dates.format(at.toLocalDate()) + " at " + Dates.time(at.toLocalTime());
    }

    /** The merge offered after a refused save; null when there is none. */
    PlanMerge merge;
    /** Per contested part, whether to keep theirs. */
    final Map<PlanPart, RadioButtonGroup<Boolean>> choices = new java.util.EnumMap<>(PlanPart.class);

    void save(boolean overTheirs) {
        try {
            Optional<PlanContent> typed = editor.writeIfValid();
            if (typed.isEmpty()) {
                saveStatus.setText("Not saved yet: some answers need a look (marked in red). Everything you typed is still here.");
                return;
            }
            PlanDetails saved;
            if (current == null) {
                saved = plans.create(clientId, typed.get());
                Notification.show("Plan saved as a draft", 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, params(clientId, String.valueOf(saved.planId()))));
                return;
            }
            if (overTheirs) {
                saveMerged();
                return;
            }
            saved = plans.update(current.planId(), current.version(), typed.get());
            boolean changed = saved.version() != current.version();
            current = saved;
            conflict.setVisible(false);
            refreshHeader();
            if (history.isOpened()) {
                refreshHistory();
            }
            saveStatus.setText(changed ? "Saved as version " + saved.lastChange().versionNo() + "."
                    : "Nothing new to save: the plan is as it was.");
        } catch (PlanConflictException refused) {
            showConflict(refused);
        } catch (ConstraintViolationException refused) {
            List<String> unplaced = editor.show(refused);
            saveStatus.setText("Not saved yet: some answers need a look. " + String.join(" ", unplaced));
        } finally {
            save.setEnabled(true);
        }
    }

    /**
     * Saves my edit merged with theirs: what only they changed stays theirs, what only I changed is mine, and
     * where we both changed a part the person's choice for it decides. Never reverts their work unasked.
     */
    void saveMerged() {
        Optional<PlanContent> typed = editor.writeIfValid();
        if (typed.isEmpty() || current == null) {
            return;
        }
        try {
            if (merge == null) {
                merge = plans.merge(current.planId(), current.lastChange() == null ? 1 : current.lastChange().versionNo(),
                        typed.get());
                if (!merge.clean()) {
                    showChoices();
                    return;
                }
            }
            java.util.Set<PlanPart> takeTheirs = java.util.EnumSet.noneOf(PlanPart.class);
            choices.forEach((part, choice) -> {
                if (Boolean.TRUE.equals(choice.getValue())) {
                    takeTheirs.add(part);
                }
            });
            PlanMerge done = merge;
            PlanDetails saved = plans.update(current.planId(), done.theirVersion(), done.resolve(takeTheirs));
            merge = null;
            choices.clear();
            current = saved;
            editor.read(saved.content());
            conflict.setVisible(false);
            refreshHeader();
            if (history.isOpened()) {
                refreshHistory();
            }
            saveStatus.setText("Saved as version " + saved.lastChange().versionNo() + ", merged with theirs"
                    + (done.keptTheirs().isEmpty() ? "." : "; kept their changes to " + parts(done.keptTheirs()) + "."));
        } catch (PlanConflictException again) {
            merge = null; // a third save came in between: merge again from the start
            choices.clear();
            showConflict(again);
        } catch (ConstraintViolationException refused) {
            List<String> unplaced = editor.show(refused);
            saveStatus.setText("Not saved yet: some answers need a look. " + String.join(" ", unplaced));
        }
    }

    /** For each part we both changed: both values side by side, and which to keep. */
    private void showChoices() {
        conflict.removeAll();
        choices.clear();
        conflict.add(new Paragraph("You both changed " + parts(merge.bothChanged()) + ". Choose which to keep for each;"
                + (merge.keptTheirs().isEmpty() ? "" : " their changes to " + parts(merge.keptTheirs())
                        + " are kept as they are, and")
                + " everything else you changed is saved."));
        for (PlanPart part : merge.bothChanged()) {
            RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(part.label());
            choice.setItems(false, true);
            choice.setItemLabelGenerator(theirs -> (theirs ? "Theirs: " : "Mine: ")
                    + PlanPartText.of(part, theirs ? merge.theirs() : merge.mine()));
            choice.setValue(false);
            choice.addClassName("plan-merge-choice");
            choices.put(part, choice);
            conflict.add(choice);
        }
        Button save = new Button("Save with these choices", e -> saveMerged());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button theirs = new Button("Discard mine and load theirs", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        theirs.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Div buttons = new Div(save, theirs);
        buttons.addClassName("plan-conflict-buttons");
        conflict.add(buttons);
        conflict.setVisible(true);
        saveStatus.setText("Not saved yet: choose for each part you both changed.");
    }

    private static String parts(java.util.Set<PlanPart> parts) {
        return parts.stream().sorted().map(p -> p.label().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void showConflict(PlanConflictException refused) {
        conflict.removeAll();
        merge = null;
        choices.clear();
        Button mine = new Button("Merge mine with theirs", e -> save(true));
        mine.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button theirs = new Button("Discard mine and load theirs", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        theirs.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Div buttons = new Div(mine, theirs);
        buttons.addClassName("plan-conflict-buttons");
        conflict.add(new Paragraph(refused.getMessage()), buttons);
        conflict.setVisible(true);
        saveStatus.setText("Not saved: someone else saved first. Your changes are still in the form.");
        conflict.scrollIntoView();
    }

    private void refreshHistory() {
        historyList.removeAll();
        for (PlanVersionSummary version : plans.history(current.planId())) {
            Div row = new Div();
            row.addClassName("plan-history-row");
            Span what = new Span("Version " + version.versionNo() + ": " + version.summary());
            what.addClassName("plan-history-what");
            Span who = new Span(when(version) + " · " + version.changedByName());
            who.addClassName("plan-history-who");
            Button open = new Button("Open", e -> openVersion(version.versionNo()));
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            open.setAriaLabel("Open version " + version.versionNo());
            row.add(new Div(what, who), open);
            historyList.add(row);
        }
    }

    void openVersion(int versionNo) {
        PlanVersionDetails version = plans.version(current.planId(), versionNo);
        Dialog dialog = new Dialog();
        dialog.addClassName("plan-version-dialog");
        dialog.setWidth("48rem");
        dialog.setMaxWidth("100%");
        dialog.setHeaderTitle("Version " + versionNo + " · " + when(version.about()) + " · "
                + version.about().changedByName());
        Paragraph intro = new Paragraph("Read-only. " + (versionNo == 1 ? "The plan as first saved."
                : "Marked: what changed in this version (" + version.about().summary() + ")."));
        intro.addClassName("plan-section-intro");
        dialog.add(intro, new PlanReadOnly(version.snapshot(), versionNo == 1 ? java.util.Set.of() : version.changed()));
        Button close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void openStatusDialog() {
        PlanStatus from = current.status();
        Select<PlanStatus> status = new Select<>();
        status.setLabel("New status");
        status.setItems(from.next());
        status.setItemLabelGenerator(PlanStatus::label);
        status.setHelperText("Now: " + from.label());
        new ReasonDialog("Change the plan's status", "Why", "Change status", reason -> {
            if (status.isEmpty()) {
                status.setErrorMessage("Choose the plan's new status");
                status.setInvalid(true);
                return "";
            }
            if (status.getValue().needsReason() && reason.isBlank()) {
                return "Say why the plan is " + status.getValue().label().toLowerCase()
                        + "; it helps when the plan is read later";
            }
            try {
                current = plans.changeStatus(current.planId(), current.version(),
                        new StatusChange(status.getValue(), reason));
                refreshHeader();
                if (history.isOpened()) {
                    refreshHistory();
                }
                saveStatus.setText("Status changed to " + current.status().label().toLowerCase() + ".");
            } catch (PlanConflictException refused) {
                showConflict(refused);
            }
            return null;
        }).above(status).helper("Needed when pausing, completing or ending a plan").open();
    }
}
