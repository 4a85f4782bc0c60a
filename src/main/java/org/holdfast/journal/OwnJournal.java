package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.consent.ConsentService;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own journal: today's check-in, urges and slips, their own list and calendar, sharing an
 * entry or not, and unfinished forms. Always the signed-in client's record ({@link ClientService#mine()}).
 * Reached through {@link JournalService}, where access and validation are declared.
 */
@Service
@Transactional(readOnly = true)
class OwnJournal {

    private final CheckInRepository checkIns;
    private final JournalEntryRepository entries;
    private final ContactAttemptRepository attempts;
    private final JournalDraftRepository drafts;
    private final JournalDrafts draftJson;
    private final ClientService clients;
    private final ConsentService consent;
    private final PlanService plans;
    private final Clock clock;

    OwnJournal(CheckInRepository checkIns, JournalEntryRepository entries, ContactAttemptRepository attempts,
            JournalDraftRepository drafts, JournalDrafts draftJson, ClientService clients, ConsentService consent,
            PlanService plans, Clock clock) {
        this.checkIns = checkIns;
        this.entries = entries;
        this.attempts = attempts;
        this.drafts = drafts;
        this.draftJson = draftJson;
        this.clients = clients;
        this.consent = consent;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    CheckInEntry saveTodaysCheckIn(CheckInForm form) {
        ClientSummary me = clients.mine();
        LocalDate today = LocalDate.now(clockOf(me));
        CheckIn checkIn = checkIns.findByClientIdAndEntryDate(me.id(), today)
                .orElseGet(() -> new CheckIn(me.id(), today));
        checkIn.apply(form, now(), consent.mine().level().sharesNewEntries());
        // Before the flush, so both go together; a refused save rolls back and the draft stays.
        drafts.deleteByClientIdAndFormType(me.id(), FormType.CHECK_IN);
        try {
            return CheckInEntry.of(checkIns.saveAndFlush(checkIn));
        } catch (DataIntegrityViolationException raced) {
            // Another request inserted today's check-in between our read and write: the unique index
            // kept it single. Surface it as a retryable conflict rather than a second row.
            throw new CheckInConflictException(raced);
        }
    }

    Optional<CheckInForm> todaysCheckIn() {
        ClientSummary me = clients.mine();
        return checkIns.findByClientIdAndEntryDate(me.id(), LocalDate.now(clockOf(me))).map(CheckInForm::of);
    }

    @Transactional
    JournalItem recordUrge(UrgeForm form) {
        ClientSummary me = clients.mine();
        Optional<JournalEntry> already = entries.findByClientIdAndSubmissionId(me.id(), form.getSubmissionId());
        if (already.isPresent()) {
            return JournalItem.of(already.get());
        }
        Instant occurredAt = Backdating.checkedOccurredAt(form, clockOf(me));
        JournalEntry saved = insert(JournalEntry.urge(me.id(), form, occurredAt, now(), shared(form)));
        drafts.deleteByClientIdAndFormType(me.id(), FormType.URGE);
        return JournalItem.of(saved);
    }

    @Transactional
    JournalItem recordOfflineNote(OfflineNoteForm form) {
        ClientSummary me = clients.mine();
        Optional<JournalEntry> already = entries.findByClientIdAndSubmissionId(me.id(), form.getSubmissionId());
        if (already.isPresent()) {
            return JournalItem.of(already.get());
        }
        Instant occurredAt = Backdating.checkedOccurredAt(form, clockOf(me));
        return JournalItem.of(insert(JournalEntry.note(me.id(), form, occurredAt, now(), shared(form))));
    }

    @Transactional
    SlipResponse recordSlip(SlipForm form) {
        ClientSummary me = clients.mine();
        JournalEntry entry = entries.findByClientIdAndSubmissionId(me.id(), form.getSubmissionId()).orElse(null);
        if (entry == null) {
            boolean permitted = form.getException() != null;
            if (permitted && !insideAnException(form)) {
                throw new IllegalArgumentException("Your plan has no " + form.getException().label().toLowerCase()
                        + " exception " + form.getChannel().phrase() + ". Choose \"not inside an exception\" to log it.");
            }
            entry = insert(JournalEntry.slip(me.id(), form, permitted, Backdating.checkedOccurredAt(form, clockOf(me)), now(), shared(form)));
            drafts.deleteByClientIdAndFormType(me.id(), FormType.SLIP);
        }
        if (entry.getKind() == EntryType.PERMITTED_CONTACT) {
            return new SlipResponse(JournalItem.of(entry), true,
                    "Logged as contact inside your plan's exception. It is not a slip, and your day count goes on.",
                    List.of());
        }
        return new SlipResponse(JournalItem.of(entry), false,
                "Thank you for logging it. A slip is part of the work, not the end of it: your day count starts "
                        + "again from here. What led up to it is worth bringing to your next session.",
                whatHelped(me.id()));
    }

    Map<LocalDate, JournalDay> myDays(LocalDate from) {
        ClientSummary me = clients.mine();
        // The client's own days: an entry late in their evening belongs to their today, not the practice's.
        ZoneId zone = clients.zoneOf(me.id());
        Instant since = from.atStartOfDay(zone).toInstant();
        Map<LocalDate, JournalDay> days = new HashMap<>();
        for (JournalEntry e : entries.findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(me.id(), since)) {
            LocalDate day = e.getOccurredAt().atZone(zone).toLocalDate();
            JournalDay d = days.getOrDefault(day, JournalDay.EMPTY);
            if (e.getKind() == EntryType.URGE && e.getOutcome() != UrgeOutcome.SLIPPED) {
                d = d.plusUrgeRiddenOut();
            } else if (e.getKind() == EntryType.SLIP) {
                d = d.plusSlip();
            }
            days.put(day, d);
        }
        for (ContactAttempt a : attempts.findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDescSeqDesc(me.id(), since)) {
            if (a.getCorrectsId() == null) { // a correction is the same attempt told again
                LocalDate day = a.getOccurredAt().atZone(zone).toLocalDate();
                days.put(day, days.getOrDefault(day, JournalDay.EMPTY).plusContactAttempt());
            }
        }
        return days;
    }

    List<JournalItem> myJournal() {
        ClientSummary me = clients.mine();
        Clock mine = clockOf(me);
        LocalDate fromDate = LocalDate.now(mine).minusDays(JournalService.JOURNAL_DAYS);
        Instant from = fromDate.atStartOfDay(mine.getZone()).toInstant();
        return Stream.of(
                checkIns.findByClientIdAndEntryDateGreaterThanEqualOrderByEntryDateDesc(me.id(), fromDate).stream()
                        .map(JournalItem::of),
                entries.findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(me.id(), from).stream()
                        .map(JournalItem::of),
                attempts.findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDescSeqDesc(me.id(), from).stream()
                        .map(JournalItem::of))
                .flatMap(Function.identity())
                .sorted(Comparator.comparing(JournalItem::occurredAt).reversed())
                .toList();
    }

    ZoneId myZone() {
        return clients.zoneOf(clients.mine().id());
    }

    @Transactional
    void setShared(EntryType type, long entryId, boolean shared) {
        if (type == EntryType.CONTACT_ATTEMPT) {
            throw new IllegalArgumentException("Contact attempts are shared as one log, not one by one."
                    + " Choose under Sharing whether your clinician sees your contact-attempt log.");
        }
        long me = clients.mine().id();
        IllegalArgumentException notYours = new IllegalArgumentException("There is no such entry in your journal");
        switch (type) {
            case CHECK_IN -> checkIns.findByIdAndClientId(entryId, me).orElseThrow(() -> notYours).setShared(shared);
            default -> {
                JournalEntry entry = entries.findByIdAndClientId(entryId, me).orElseThrow(() -> notYours);
                if (entry.getKind() != type) {
                    throw notYours;
                }
                entry.setShared(shared);
            }
        }
    }

    Optional<LocalDate> myLastSlip() {
        ClientSummary client = clients.mine();
        long me = client.id();
        Clock mine = clockOf(client);
        Optional<LocalDate> fromEntries = entries.findFirstByClientIdAndKindOrderByOccurredAtDesc(me, EntryType.SLIP)
                .map(e -> LocalDate.ofInstant(e.getOccurredAt(), mine.getZone()));
        Optional<LocalDate> fromCheckIns = checkIns.slippedStats(List.of(me), LocalDate.now(mine)).stream()
                .map(CheckInRepository.SlippedDays::last).findFirst();
        return Stream.of(fromEntries, fromCheckIns).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    List<String> whatHelpedBefore() {
        return whatHelped(clients.mine().id());
    }

    /** Today's unfinished check-in, kept like the entry forms' drafts (it has no submission id: one a day). */
    @Transactional
    void saveCheckInDraft(CheckInForm form) {
        long me = clients.mine().id();
        JournalDraft draft = drafts.findByClientIdAndFormType(me, FormType.CHECK_IN)
                .orElseGet(() -> new JournalDraft(me, FormType.CHECK_IN));
        draft.update(draftJson.write(form), now());
        drafts.save(draft);
    }

    Optional<CheckInForm> checkInDraft() {
        ClientSummary me = clients.mine();
        LocalDate today = LocalDate.now(clockOf(me));
        // A check-in belongs to its day: yesterday's unfinished one does not come back as today's.
        return drafts.findByClientIdAndFormType(me.id(), FormType.CHECK_IN)
                .filter(d -> !d.getSavedAt().atZone(clockOf(me).getZone()).toLocalDate().isBefore(today))
                .flatMap(d -> draftJson.read(d.getContent(), CheckInForm.class));
    }

    @Transactional
    void saveDraft(JournalForm form) {
        long me = clients.mine().id();
        FormType type = FormType.of(form.getClass());
        JournalDraft draft = drafts.findByClientIdAndFormType(me, type).orElseGet(() -> new JournalDraft(me, type));
        draft.update(draftJson.write(form), now());
        drafts.save(draft);
    }

    <F extends JournalForm> Optional<F> draft(Class<F> formClass) {
        return drafts.findByClientIdAndFormType(clients.mine().id(), FormType.of(formClass))
                .flatMap(d -> draftJson.read(d.getContent(), formClass));
    }

    @Transactional
    void discardDraft(Class<? extends JournalForm> formClass) {
        drafts.deleteByClientIdAndFormType(clients.mine().id(), FormType.of(formClass));
    }

    private JournalEntry insert(JournalEntry entry) {
        try {
            return entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException raced) {
            // The same submission arrived twice at the same moment: the unique index kept one.
            throw new EntryConflictException(raced);
        }
    }

    private boolean insideAnException(SlipForm form) {
        return plans.myPlans().stream().map(PlanDetails::content)
                .flatMap(c -> c.getExceptions().stream())
                .anyMatch(e -> e.getReason() == form.getException() && e.getChannel() == form.getChannel());
    }

    private List<String> whatHelped(long clientId) {
        return entries.findTop3ByClientIdAndKindAndOutcomeInAndDidInsteadIsNotNullOrderByOccurredAtDesc(clientId,
                EntryType.URGE, List.of(UrgeOutcome.RESISTED, UrgeOutcome.DELAYED)).stream()
                .map(JournalEntry::getDidInstead).distinct().toList();
    }

    private boolean shared(JournalForm form) {
        return form.getShared() != null ? form.getShared() : consent.mine().level().sharesNewEntries();
    }

    /**
     * The clock as the client lives it: their own time zone (the practice's when they have none), so the
     * times they type, their "today" and the hours insights count them in are the same.
     */
    private Clock clockOf(ClientSummary client) {
        return clock.withZone(clients.zoneOf(client.id()));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
