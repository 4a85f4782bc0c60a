package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The client's journal. Clients write only to their own record ({@link ClientService#mine()}); every
 * read by someone else goes through {@link ClientService#readFor} (access check and audit) and then a
 * query that applies the client's consent itself (see the repositories), so a view cannot show more
 * than the client shares.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class JournalService {

    /** How far back the client's own list and the clinician's journal reach. */
    public static final int JOURNAL_DAYS = 90;

    private final CheckInRepository checkIns;
    private final JournalEntryRepository entries;
    private final ContactAttemptRepository attempts;
    private final ContactAttemptHeadRepository heads;
    private final JournalDraftRepository drafts;
    private final JournalDrafts draftJson;
    private final ClientService clients;
    private final ConsentService consent;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JournalService(CheckInRepository checkIns, JournalEntryRepository entries, ContactAttemptRepository attempts,
            ContactAttemptHeadRepository heads, JournalDraftRepository drafts, JournalDrafts draftJson,
            ClientService clients, ConsentService consent, PlanService plans, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.checkIns = checkIns;
        this.entries = entries;
        this.attempts = attempts;
        this.heads = heads;
        this.drafts = drafts;
        this.draftJson = draftJson;
        this.clients = clients;
        this.consent = consent;
        this.plans = plans;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- client: check-in ---------------------------------------------------------------------

    /**
     * Saves the signed-in client's check-in for today. Saving again the same day updates the same
     * check-in, so a double click or a retried request can never store it twice.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public CheckInEntry saveTodaysCheckIn(@Valid CheckInForm form) {
        ClientSummary me = clients.mine();
        LocalDate today = LocalDate.now(clockOf(me));
        CheckIn checkIn = checkIns.findByClientIdAndEntryDate(me.id(), today)
                .orElseGet(() -> new CheckIn(me.id(), today));
        checkIn.apply(form, now(), consent.mine().level().sharesNewEntries());
        try {
            return CheckInEntry.of(checkIns.saveAndFlush(checkIn));
        } catch (DataIntegrityViolationException raced) {
            // Another request inserted today's check-in between our read and write: the unique index
            // kept it single. Surface it as a retryable conflict rather than a second row.
            throw new CheckInConflictException(raced);
        }
    }

    /** Today's check-in of the signed-in client, to fill the form again. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<CheckInForm> todaysCheckIn() {
        ClientSummary me = clients.mine();
        return checkIns.findByClientIdAndEntryDate(me.id(), LocalDate.now(clockOf(me))).map(CheckInForm::of);
    }

    // ---- client: urges, slips, contact attempts --------------------------------------------------

    /** Logs an urge. The same form submitted twice (same submission id) stores one entry. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem recordUrge(@Valid UrgeForm form) {
        ClientSummary me = clients.mine();
        Optional<JournalEntry> already = entries.findByClientIdAndSubmissionId(me.id(), form.getSubmissionId());
        if (already.isPresent()) {
            return JournalItem.of(already.get());
        }
        Instant occurredAt = occurredAt(form, clockOf(me));
        JournalEntry saved = insert(JournalEntry.urge(me.id(), form, occurredAt, now(), shared(form)));
        drafts.deleteByClientIdAndFormType(me.id(), FormType.URGE);
        return JournalItem.of(saved);
    }

    /**
     * Logs contact the client made or answered. Inside one of the plan's exceptions (same reason and
     * channel) it is permitted contact, not a slip. A slip restarts the day count; the answer carries a
     * restart message and what helped the client before, in their own words.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public SlipResponse recordSlip(@Valid SlipForm form) {
        ClientSummary me = clients.mine();
        JournalEntry entry = entries.findByClientIdAndSubmissionId(me.id(), form.getSubmissionId()).orElse(null);
        if (entry == null) {
            boolean permitted = form.getException() != null;
            if (permitted && !insideAnException(form)) {
                throw new IllegalArgumentException("Your plan has no " + form.getException().label().toLowerCase()
                        + " exception " + form.getChannel().phrase() + ". Choose \"not inside an exception\" to log it.");
            }
            entry = insert(JournalEntry.slip(me.id(), form, permitted, occurredAt(form, clockOf(me)), now(), shared(form)));
            drafts.deleteByClientIdAndFormType(me.id(), FormType.SLIP);
            if (!permitted) {
                events.publishEvent(new SlipRecorded(me.id(), entry.getId(), entry.getOccurredAt(), entry.getChannel()));
            }
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

    /**
     * Logs a contact attempt by the other person as the next record of the client's evidence chain.
     * The same form submitted twice stores one record.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem recordContactAttempt(@Valid ContactAttemptForm form) {
        ClientSummary me = clients.mine();
        ContactAttempt saved = append(me, form, null, null);
        drafts.deleteByClientIdAndFormType(me.id(), FormType.CONTACT_ATTEMPT);
        return JournalItem.of(saved);
    }

    /**
     * Corrects a contact attempt: the correction is a new record with the reason, chained like any
     * other; the original stays exactly as it was.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem correctContactAttempt(long attemptId, @Valid ContactAttemptForm form,
            @NotBlank(message = "Say briefly what the correction is") @Size(max = 500, message = "Keep the reason under 500 characters") String reason) {
        ClientSummary me = clients.mine();
        ContactAttempt original = attempts.findByIdAndClientId(attemptId, me.id())
                .orElseThrow(() -> new IllegalArgumentException("There is no such record in your log"));
        return JournalItem.of(append(me, form, original.getId(), reason.strip()));
    }

    /**
     * One of the signed-in client's contact attempts as a form to correct: the same answers, a new
     * submission id, so that saving it appends a correction and leaves the original as it is.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public ContactAttemptForm correctionOf(long attemptId) {
        ClientSummary me = clients.mine();
        ContactAttempt original = attempts.findByIdAndClientId(attemptId, me.id())
                .orElseThrow(() -> new IllegalArgumentException("There is no such record in your log"));
        ContactAttemptForm form = new ContactAttemptForm();
        LocalDateTimeParts when = LocalDateTimeParts.of(original.getOccurredAt(), clockOf(me));
        form.setDate(when.date());
        form.setTime(when.time());
        form.setChannel(original.getChannel());
        form.setSender(original.getSender());
        form.setViaThirdParty(original.isViaThirdParty());
        form.setContent(original.getContent());
        form.setResponded(original.isResponded());
        form.setSafety(original.getSafety());
        form.setShared(original.isShared());
        return form;
    }

    // ---- client: reading and sharing their own journal ---------------------------------------------

    /**
     * What each day from {@code from} on held, for the client's own progress calendar: urges that passed
     * without contact, slips logged with the slip form, and the other person's contact attempts.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public Map<LocalDate, JournalDay> myDays(LocalDate from) {
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

    /** The signed-in client's own journal of the last {@link #JOURNAL_DAYS} days, all kinds, newest first. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<JournalItem> myJournal() {
        ClientSummary me = clients.mine();
        Clock mine = clockOf(me);
        LocalDate fromDate = LocalDate.now(mine).minusDays(JOURNAL_DAYS);
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

    /** The signed-in client's time zone: the one their forms, "today" and their journal's times are in. */
    @PreAuthorize("hasRole('CLIENT')")
    public ZoneId myZone() {
        return clients.zoneOf(clients.mine().id());
    }

    /**
     * Shares one of the signed-in client's entries with their clinician, or keeps it private. Not for
     * contact attempts: the log is shared or private as a whole (the client's consent), and every read
     * follows that switch, so a per-record switch would promise what no read honours.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void setShared(@NotNull EntryType type, long entryId, boolean shared) {
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

    /** The day of the signed-in client's last slip (slip form or check-in), if any: the day count restarts there. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<LocalDate> myLastSlip() {
        ClientSummary client = clients.mine();
        long me = client.id();
        Clock mine = clockOf(client);
        Optional<LocalDate> fromEntries = entries.findFirstByClientIdAndKindOrderByOccurredAtDesc(me, EntryType.SLIP)
                .map(e -> LocalDate.ofInstant(e.getOccurredAt(), mine.getZone()));
        Optional<LocalDate> fromCheckIns = checkIns.slippedStats(List.of(me), LocalDate.now(mine)).stream()
                .map(CheckInRepository.SlippedDays::last).findFirst();
        return Stream.of(fromEntries, fromCheckIns).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** What the client did instead when urges passed or were put off, newest first (up to three). */
    @PreAuthorize("hasRole('CLIENT')")
    public List<String> whatHelpedBefore() {
        return whatHelped(clients.mine().id());
    }

    // ---- client: drafts -----------------------------------------------------------------------

    /** Keeps the unfinished form, so a timeout, a re-login or a restart loses nothing. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void saveDraft(@NotNull JournalForm form) {
        long me = clients.mine().id();
        FormType type = FormType.of(form.getClass());
        JournalDraft draft = drafts.findByClientIdAndFormType(me, type).orElseGet(() -> new JournalDraft(me, type));
        draft.update(draftJson.write(form), now());
        drafts.save(draft);
    }

    /** The unfinished form of this kind, as last saved. */
    @PreAuthorize("hasRole('CLIENT')")
    public <F extends JournalForm> Optional<F> draft(@NotNull Class<F> formClass) {
        return drafts.findByClientIdAndFormType(clients.mine().id(), FormType.of(formClass))
                .flatMap(d -> draftJson.read(d.getContent(), formClass));
    }

    /** Throws the unfinished form away (the client chose to start again). */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void discardDraft(@NotNull Class<? extends JournalForm> formClass) {
        drafts.deleteByClientIdAndFormType(clients.mine().id(), FormType.of(formClass));
    }

    // ---- clinician: reads, consent enforced in the queries --------------------------------------

    /**
     * Check-ins of one client in a date range, oldest first. For anyone but the client the read is
     * audited and filtered by consent in the query: no note below "everything" unless the check-in is
     * shared at "numbers and shared entries"; nothing at all at "nothing".
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public List<CheckInEntry> checkIns(long clientId, LocalDate from, LocalDate to) {
        ClientSummary client = clients.readFor(clientId, new AuditAction.CheckIns(from, to));
        return checkIns.consented(clientId, from, to, levelFor(client).name());
    }

    /**
     * Last check-in and slips in the last {@code days} days for each client, in one query per table.
     * Numbers are consent too: a client sharing nothing has no figures here (as if they had none).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, CheckInStats> statsFor(Collection<Long> clientIds, int days) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        // ofAll checks access to the whole set.
        Set<Long> numbersShared = consent.ofAll(clientIds).values().stream()
                .filter(c -> c.level().allowsNumbers()).map(ConsentState::clientId).collect(Collectors.toSet());
        if (numbersShared.isEmpty()) {
            return Map.of();
        }
        LocalDate since = LocalDate.now(clock).minusDays(days - 1L);
        // Two reads the index answers without walking every day: the last check-in (a dive per client) and
        // the ticked days only. One query with both would read the whole history of each client.
        Map<Long, CheckInStats> stats = new HashMap<>();
        for (CheckInRepository.LastDay last : checkIns.lastCheckIns(numbersShared)) {
            stats.put(last.clientId(), new CheckInStats(last.clientId(), last.day(), null, 0));
        }
        for (CheckInRepository.SlippedDays slipped : checkIns.slippedStats(numbersShared, since)) {
            CheckInStats s = stats.getOrDefault(slipped.clientId(), CheckInStats.none(slipped.clientId()));
            stats.put(slipped.clientId(), new CheckInStats(s.clientId(), s.lastCheckIn(), slipped.last(), slipped.since()));
        }
        for (SlipStats slips : entries.slipStats(numbersShared, since.atStartOfDay(clock.getZone()).toInstant())) {
            stats.merge(slips.clientId(), CheckInStats.none(slips.clientId()).withSlips(slips, clock.getZone()),
                    (checkInStats, fromSlips) -> checkInStats.withSlips(slips, clock.getZone()));
        }
        return stats;
    }

    /**
     * A client's journal for their clinician: the entries whose words the client shares, counts per kind
     * and of those kept private (when numbers are shared), the contact-attempt log when its switch is on,
     * and check-in numbers for trends. Audited.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public ClinicianJournal journalFor(long clientId) {
        clients.readFor(clientId, new AuditAction.Journal(JOURNAL_DAYS));
        ConsentState state = consent.of(clientId);
        String level = state.level().name();
        LocalDate fromDate = LocalDate.now(clock).minusDays(JOURNAL_DAYS);
        Instant from = fromDate.atStartOfDay(clock.getZone()).toInstant();

        List<CheckInEntry> numbers = checkIns.consented(clientId, fromDate, LocalDate.now(clock), level);
        List<JournalItem> items = Stream.concat(
                entries.consented(clientId, from, level).stream().map(JournalItem::of),
                attempts.consented(clientId, from, state.shareContactLog()).stream().map(JournalItem::of))
                .sorted(Comparator.comparing(JournalItem::occurredAt).reversed()).toList();

        Map<EntryType, Long> totals = new EnumMap<>(EntryType.class);
        entries.consentedCounts(clientId, from, level).forEach(c -> totals.put(c.kind(), c.count()));
        long attemptCount = attempts.consentedCount(clientId, from, state.shareContactLog(), level);
        if (state.shareContactLog() || state.level().allowsNumbers()) {
            totals.put(EntryType.CONTACT_ATTEMPT, attemptCount);
        }
        if (state.level().allowsNumbers()) {
            totals.put(EntryType.CHECK_IN, (long) numbers.size());
        }
        Map<EntryType, Long> keptPrivate = new EnumMap<>(EntryType.class);
        totals.forEach((kind, total) -> {
            long shown = items.stream().filter(i -> i.type() == kind && i.corrects() == null).count();
            if (kind != EntryType.CHECK_IN && total > shown) {
                keptPrivate.put(kind, total - shown);
            }
        });
        return new ClinicianJournal(state, items, totals, keptPrivate, numbers);
    }

    /**
     * Checks the client's contact-attempt log: intact, or the first record that was changed or removed.
     * Reveals no content, but is audited like a read.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public ChainVerification verifyChain(long clientId) {
        clients.readFor(clientId, AuditAction.Read.CONTACT_LOG_VERIFICATION);
        return EvidenceChain.verify(clientId, attempts.findByClientIdOrderBySeqAsc(clientId),
                heads.findById(clientId).orElse(null));
    }

    /**
     * The client's whole contact-attempt log in the order written, with the chain checked, for a record
     * the client can hand on. The client reads their own; a clinician only while the client shares the
     * log (refused otherwise, before anything is read). Audited for anyone but the client.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ContactLog contactLog(long clientId) {
        ClientSummary client = clients.requireReadable(clientId);
        boolean own = client.accountId() == currentUser.accountId();
        boolean shared = own || consent.of(clientId).shareContactLog();
        if (!shared) {
            throw new AccessDeniedException(client.displayName() + " does not share the contact-attempt log");
        }
        clients.readFor(clientId, AuditAction.Read.CONTACT_LOG);
        List<ContactAttempt> written = attempts.consentedLog(clientId, shared);
        Map<Long, Integer> seqById = written.stream().collect(Collectors.toMap(ContactAttempt::getId, ContactAttempt::getSeq));
        List<ContactLogRecord> records = written.stream().map(a -> new ContactLogRecord(a.getSeq(), a.getOccurredAt(),
                a.getReceivedAt(), a.getChannel(), a.getSender(), a.isViaThirdParty(), a.getContent(), a.isResponded(),
                a.getSafety(), a.getCorrectsId() == null ? null : seqById.get(a.getCorrectsId()), a.getCorrectionReason(),
                a.getPrevHash(), a.getHash())).toList();
        return new ContactLog(clientId, records,
                EvidenceChain.verify(clientId, written, heads.findById(clientId).orElse(null)));
    }

    // ---- internals ------------------------------------------------------------------------------

    private SharingLevel levelFor(ClientSummary client) {
        // The client reading their own journal sees all of it.
        return client.accountId() == currentUser.accountId() ? SharingLevel.EVERYTHING : consent.of(client.id()).level();
    }

    private ContactAttempt append(ClientSummary client, ContactAttemptForm form, Long correctsId, String reason) {
        long clientId = client.id();
        Optional<ContactAttempt> already = attempts.findByClientIdAndSubmissionId(clientId, form.getSubmissionId());
        if (already.isPresent()) {
            return already.get();
        }
        // A correction keeps the original's day, however long ago; only a new record has the 7-day limit.
        Clock clientClock = clockOf(client);
        Instant occurredAt = correctsId == null ? occurredAt(form, clientClock) : notInTheFuture(form, clientClock);
        ContactAttemptHead head = heads.lockFor(clientId).orElseGet(() -> {
            try {
                heads.saveAndFlush(new ContactAttemptHead(clientId));
            } catch (DataIntegrityViolationException raced) {
                throw new EntryConflictException(raced);
            }
            return heads.lockFor(clientId).orElseThrow();
        });
        String previous = head.getLastSeq() == 0 ? null : head.getLastHash();
        ContactAttempt attempt = new ContactAttempt(clientId, head.getLastSeq() + 1, form, occurredAt, now(), correctsId,
                reason, shared(form), previous);
        try {
            attempt = attempts.saveAndFlush(attempt);
        } catch (DataIntegrityViolationException raced) {
            throw new EntryConflictException(raced);
        }
        head.advance(attempt);
        return attempt;
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

    private Instant occurredAt(JournalForm form, Clock clientClock) {
        Backdating.problem(form.getDate(), form.getTime(), clientClock).ifPresent(problem -> {
            throw new BackdatingException(problem);
        });
        return Backdating.occurredAt(form.getDate(), form.getTime(), clientClock);
    }

    private Instant notInTheFuture(JournalForm form, Clock clientClock) {
        if (form.getDate() == null || form.getTime() == null) {
            throw new BackdatingException("Choose the day and roughly what time it happened");
        }
        Instant at = Backdating.occurredAt(form.getDate(), form.getTime(), clientClock);
        if (at.isAfter(Instant.now(clock).plus(5, ChronoUnit.MINUTES))) {
            throw new BackdatingException("That is still to come. Choose a time up to now.");
        }
        return at;
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

    private record LocalDateTimeParts(LocalDate date, java.time.LocalTime time) {
        static LocalDateTimeParts of(Instant instant, Clock clock) {
            java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(instant, clock.getZone());
            return new LocalDateTimeParts(local.toLocalDate(), local.toLocalTime());
        }
    }
}
