package org.holdfast.journal.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.holdfast.journal.Backdating;
import org.holdfast.journal.JournalForm;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.OfflineNoteForm;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.SupportContact;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.SharedDevice;
import org.holdfast.shared.Dates;
import org.holdfast.shared.ui.Attention;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;

import jakarta.validation.ConstraintViolationException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Today does with what the offline page keeps in this browser. A note written without a connection is offered
 * for the journal; its words are shown from the device and reach the server only when the client chooses to keep
 * it. The coping plan is copied to the device once per sign-in when the client chose to keep it there, and removed
 * when they did not.
 */
class OnThisDevice extends Div {

    static final String NOTE_KEY = "holdfast.offline-note";
    static final String PLAN_KEY = "holdfast.coping-plan";
    /** Who last signed in on this browser, as a tag that names nobody: a note is offered only to its writer. */
    static final String OWNER_KEY = "holdfast.device-owner";
    /** Whether the offline page should wear discreet mode's neutral words. */
    static final String DISCREET_KEY = "holdfast.discreet";
    private static final String PLAN_COPIED = OnThisDevice.class.getName() + ".planCopied";

    /** What the device says of its note, without the words. */
    record NoteOnDevice(String id, String writtenAt, int length) {
    }

    final Paragraph reply = new Paragraph();
    private final JournalService journal;
    private final PlanService plans;
    private final SharedDevice sharedDevice;
    private final Clock clock;
    private final CurrentUser currentUser;

    OnThisDevice(JournalService journal, PlanService plans, SharedDevice sharedDevice, CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.journal = journal;
        this.plans = plans;
        this.sharedDevice = sharedDevice;
        this.clock = clock;
        addClassName("on-this-device");
        reply.addClassName("offline-note-reply");
        reply.setVisible(false);
        add(reply);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (!attach.isInitialAttach()) {
            return;
        }
        keepCopingPlan(attach.getSession());
        // The offline page reads these: it cannot ask the server who is signed in or how they want it to look.
        getElement().executeJs("""
                try {
                  if ($3) { localStorage.setItem($2, '1'); } else { localStorage.removeItem($2); }
                  localStorage.setItem($1, $4);
                  const n = JSON.parse(localStorage.getItem($0) || 'null');
                  // A note another account's holder wrote on this browser is theirs: left for them, never shown here.
                  if (!n || !n.id || !n.text || !n.text.trim() || (n.owner && n.owner !== $4)) return null;
                  return JSON.stringify({id: n.id, writtenAt: n.writtenAt, length: n.text.length});
                } catch (e) { return null; }""", NOTE_KEY, OWNER_KEY, DISCREET_KEY, sharedDevice.current().discreet(),
                ownerTag(currentUser.accountId()))
                .then(String.class, this::offer);
    }

    private void keepCopingPlan(VaadinSession session) {
        if (!sharedDevice.current().copingPlanOnDevice()) {
            getElement().executeJs("localStorage.removeItem($0)", PLAN_KEY);
            return;
        }
        if (session.getAttribute(PLAN_COPIED) != null) {
            return;
        }
        session.setAttribute(PLAN_COPIED, Boolean.TRUE);
        String plan = JsonMapper.shared().writeValueAsString(copingPlan(plans.myPlans().stream().map(PlanDetails::content).toList(),
                LocalDate.now(clock)));
        getElement().executeJs("localStorage.setItem($0, $1)", PLAN_KEY, plan);
    }

    /** A tag per account that names nobody and cannot be turned back into the account without guessing it. */
    static String ownerTag(long accountId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("holdfast-device-owner:" + accountId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parts of the client's plans that help in a hard moment, as the offline page lists them. */
    static Map<String, Object> copingPlan(List<PlanContent> plans, LocalDate today) {
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> strategies = new LinkedHashSet<>();
        Set<String> contacts = new LinkedHashSet<>();
        for (PlanContent plan : plans) {
            reasons.addAll(plan.getReasons());
            strategies.addAll(plan.getCopingStrategies());
            for (SupportContact c : plan.getSupportContacts()) {
                contacts.add(c.getName() + (c.getPhone() == null || c.getPhone().isBlank() ? "" : " · " + c.getPhone()));
            }
        }
        return Map.of("reasons", List.copyOf(reasons), "copingStrategies", List.copyOf(strategies),
                "supportContacts", List.copyOf(contacts), "copied", Dates.longDay(today));
    }

    private void offer(String described) {
        NoteOnDevice note;
        Instant writtenAt;
        try {
            note = described == null ? null : JsonMapper.shared().readValue(described, NoteOnDevice.class);
            writtenAt = note == null ? null : Instant.parse(note.writtenAt());
        } catch (JacksonException | DateTimeParseException | NullPointerException unreadable) {
            return; // nothing the page could have written: leave it alone rather than guess
        }
        if (note == null) {
            return;
        }
        LocalDateTime written = LocalDateTime.ofInstant(writtenAt, clock.getZone());
        boolean inWindow = Backdating.problem(written.toLocalDate(), written.toLocalTime(), clock).isEmpty();
        Paragraph when = new Paragraph("You wrote this on " + Dates.longDayAtTime(writtenAt, clock.getZone())
                + ", without a connection. It is on this device only.");
        Paragraph words = new Paragraph();
        words.addClassName("offline-note-words");
        getElement().executeJs("try { $0.textContent = JSON.parse(localStorage.getItem($1)).text; } catch (e) { }",
                words.getElement(), NOTE_KEY);
        Paragraph rule = new Paragraph(inWindow
                ? "Keep it in your journal? Your clinician reads it only if your Sharing settings allow it."
                : "The journal takes entries from the last 7 days, so it would be kept dated today. Your clinician "
                        + "reads it only if your Sharing settings allow it.");
        Button keep = new Button(inWindow ? "Keep it in my journal" : "Keep it, dated today");
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setDisableOnClick(true);
        Button delete = new Button("Delete it from this device");
        delete.addThemeVariants(ButtonVariant.TERTIARY);
        H2 title = new H2("A note you wrote offline");
        Div card = new Div(title, when, words, rule, new Div(keep, delete));
        if (note.length() > JournalForm.TEXT_MAX) {
            // Every character stays on the device; the client shortens it on the page where it was written.
            rule.setText("It is " + Dates.number(note.length()) + " characters, and a journal entry keeps up to "
                    + Dates.number(JournalForm.TEXT_MAX) + ". Shorten it by " + Dates.number(note.length() - JournalForm.TEXT_MAX)
                    + " first, then come back to Today.");
            keep.setVisible(false);
            Anchor shorten = new Anchor("offline", "Shorten the note");
            shorten.setRouterIgnore(true); // the offline page is not one of the router's
            card.add(shorten);
        }
        card.addClassName("offline-note");
        addComponentAsFirst(card);
        keep.addClickListener(e -> getElement().executeJs("""
                try { const n = JSON.parse(localStorage.getItem($0)); return n && n.id === $1 ? n.text : null; }
                catch (e) { return null; }""", NOTE_KEY, note.id())
                .then(String.class, text -> keep(card, keep, note, inWindow ? written : null, text)));
        delete.addClickListener(e -> {
            forget(note);
            card.removeFromParent();
            say("Deleted from this device.");
        });
    }

    private void keep(Div card, Button keep, NoteOnDevice note, LocalDateTime written, String text) {
        LocalDateTime at = written != null ? written : LocalDateTime.now(clock);
        OfflineNoteForm form = new OfflineNoteForm();
        form.setSubmissionId(note.id());
        form.setDate(at.toLocalDate());
        form.setTime(at.toLocalTime());
        form.setText(text);
        try {
            journal.recordOfflineNote(form);
        } catch (IllegalArgumentException | ConstraintViolationException refused) {
            keep.setEnabled(true);
            say("It could not be kept: " + (refused instanceof ConstraintViolationException v
                    ? v.getConstraintViolations().iterator().next().getMessage() : refused.getMessage())
                    + ". It stays on this device.");
            return;
        }
        forget(note);
        card.removeFromParent();
        say("Kept in your journal" + (written == null ? ", dated today." : "."));
    }

    /** Removes the note from the device, unless it is no longer the one offered (written on since in another tab). */
    private void forget(NoteOnDevice note) {
        getElement().executeJs("""
                try { const n = JSON.parse(localStorage.getItem($0)); if (n && n.id === $1) localStorage.removeItem($0); }
                catch (e) { }""", NOTE_KEY, note.id());
    }

    private void say(String message) {
        reply.setText(message);
        reply.setVisible(true);
        Attention.focus(reply);
    }
}
