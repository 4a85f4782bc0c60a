package org.holdfast.journal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The client's journal, the module's one entry point: access ({@code @PreAuthorize}), validation and
 * transactions are declared here, and the work is done by one service per capability:
 * <ul>
 * <li>{@link OwnJournal}: the client writing and reading their own record (check-ins, urges, slips, drafts);</li>
 * <li>{@link ConsentedJournal}: the clinician's reads, audited and filtered by the client's consent in the queries;</li>
 * <li>{@link ContactAttemptLog}: the other person's contact attempts, an append-only hash-chained record.</li>
 * </ul>
 * Clients write only to their own record; every read by someone else is audited and cannot show more than
 * the client shares. What counts as a slip is defined once, in {@link Slips}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class JournalService {

    /** How far back the client's own list and the clinician's journal reach. */
    public static final int JOURNAL_DAYS = 90;

    private final OwnJournal own;
    private final ConsentedJournal consented;
    private final ContactAttemptLog contactLog;

    JournalService(OwnJournal own, ConsentedJournal consented, ContactAttemptLog contactLog) {
        this.own = own;
        this.consented = consented;
        this.contactLog = contactLog;
    }

    // ---- client: their own journal ----------------------------------------------------------------

    /**
     * Saves the signed-in client's check-in for today. Saving again the same day updates the same
     * check-in, so a double click or a retried request can never store it twice.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public CheckInEntry saveTodaysCheckIn(@Valid CheckInForm form) {
        return own.saveTodaysCheckIn(form);
    }

    /** Today's check-in of the signed-in client, to fill the form again. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<CheckInForm> todaysCheckIn() {
        return own.todaysCheckIn();
    }

    /** Logs an urge. The same form submitted twice (same submission id) stores one entry. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem recordUrge(@Valid UrgeForm form) {
        return own.recordUrge(form);
    }

    /**
     * Keeps a note the client wrote on their device without a connection, once they chose to. The note's id, made on
     * the device, is its submission id: offered again on another page or sent twice, it is stored once.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem recordOfflineNote(@Valid OfflineNoteForm form) {
        return own.recordOfflineNote(form);
    }

    /**
     * Logs contact the client made or answered. Inside one of the plan's exceptions (same reason and
     * channel) it is permitted contact, not a slip. A slip restarts the day count; the answer carries a
     * restart message and what helped the client before, in their own words.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public SlipResponse recordSlip(@Valid SlipForm form) {
        return own.recordSlip(form);
    }

    /**
     * What each day from {@code from} on held, for the client's own progress calendar: urges that passed
     * without contact, slips logged with the slip form, and the other person's contact attempts.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public Map<LocalDate, JournalDay> myDays(LocalDate from) {
        return own.myDays(from);
    }

    /** The signed-in client's own journal of the last {@link #JOURNAL_DAYS} days, all kinds, newest first. */
    @PreAuthorize("hasRole('CLIENT')")
    public List<JournalItem> myJournal() {
        return own.myJournal();
    }

    /** The signed-in client's time zone: the one their forms, "today" and their journal's times are in. */
    @PreAuthorize("hasRole('CLIENT')")
    public ZoneId myZone() {
        return own.myZone();
    }

    /**
     * Shares one of the signed-in client's entries with their clinician, or keeps it private. Not for
     * contact attempts: the log is shared or private as a whole (the client's consent), and every read
     * follows that switch, so a per-record switch would promise what no read honours.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void setShared(@NotNull EntryType type, long entryId, boolean shared) {
        own.setShared(type, entryId, shared);
    }

    /** The day of the signed-in client's last slip (slip form or check-in), if any: the day count restarts there. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<LocalDate> myLastSlip() {
        return own.myLastSlip();
    }

    /** What the client did instead when urges passed or were put off, newest first (up to three). */
    @PreAuthorize("hasRole('CLIENT')")
    public List<String> whatHelpedBefore() {
        return own.whatHelpedBefore();
    }

    /** Keeps the unfinished form, so a timeout, a re-login or a restart loses nothing. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void saveDraft(@NotNull JournalForm form) {
        own.saveDraft(form);
    }

    /** The unfinished form of this kind, as last saved. */
    @PreAuthorize("hasRole('CLIENT')")
    public <F extends JournalForm> Optional<F> draft(@NotNull Class<F> formClass) {
        return own.draft(formClass);
    }

    /** Keeps today's unfinished check-in; saving the check-in throws it away. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void saveCheckInDraft(@NotNull CheckInForm form) {
        own.saveCheckInDraft(form);
    }

    /** Today's unfinished check-in, as last kept. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<CheckInForm> checkInDraft() {
        return own.checkInDraft();
    }

    /** Throws the unfinished form away (the client chose to start again). */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void discardDraft(@NotNull Class<? extends JournalForm> formClass) {
        own.discardDraft(formClass);
    }

    // ---- client: the contact-attempt log ------------------------------------------------------------

    /**
     * Logs a contact attempt by the other person as the next record of the client's evidence chain.
     * The same form submitted twice stores one record.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem recordContactAttempt(@Valid ContactAttemptForm form) {
        return contactLog.recordContactAttempt(form);
    }

    /**
     * Corrects a contact attempt: the correction is a new record with the reason, chained like any
     * other; the original stays exactly as it was.
     */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public JournalItem correctContactAttempt(long attemptId, @Valid ContactAttemptForm form,
            @NotBlank(message = "Say briefly what the correction is") @Size(max = 500, message = "Keep the reason under 500 characters") String reason) {
        return contactLog.correctContactAttempt(attemptId, form, reason);
    }

    /**
     * One of the signed-in client's contact attempts as a form to correct: the same answers, a new
     * submission id, so that saving it appends a correction and leaves the original as it is.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public ContactAttemptForm correctionOf(long attemptId) {
        return contactLog.correctionOf(attemptId);
    }

    // ---- clinician: reads, consent enforced in the queries --------------------------------------

    /**
     * Check-ins of one client in a date range, oldest first. For anyone but the client the read is
     * audited and filtered by consent in the query: no note below "everything" unless the check-in is
     * shared at "numbers and shared entries"; nothing at all at "nothing".
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public List<CheckInEntry> checkIns(long clientId, LocalDate from, LocalDate to) {
        return consented.checkIns(clientId, from, to);
    }

    /**
     * Last check-in, last slip and slips in the last {@code days} days (1 to {@link JournalRollups#MAX_SLIP_DAYS})
     * for each client, in a fixed handful of queries. Slips are counted by the one definition ({@link Slips}).
     * Numbers are consent too: a client sharing nothing has no figures here (as if they had none). Days are the
     * practice's days.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, CheckInStats> statsFor(Collection<Long> clientIds, int days) {
        return consented.statsFor(clientIds, days);
    }

    /**
     * A client's journal for their clinician: the entries whose words the client shares, counts per kind
     * and of those kept private (when numbers are shared), the contact-attempt log when its switch is on,
     * and check-in numbers for trends. Audited.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public ClinicianJournal journalFor(long clientId) {
        return consented.journalFor(clientId);
    }

    /**
     * Every urge, slip, permitted contact and offline note of one client, of any date, newest first: the client's
     * own in full; for their clinician only the entries whose words the client shares (consent in the query).
     * Check-ins come from {@link #checkIns}, contact attempts from {@link #contactLog}. Audited for anyone but the client.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public List<JournalItem> everyEntry(long clientId) {
        return consented.everyEntry(clientId);
    }

    // ---- the contact-attempt log as evidence ----------------------------------------------------

    /**
     * Checks the client's contact-attempt log: intact, or the first record that was changed or removed.
     * Reveals no content, but is audited like a read.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT', 'ADMIN')")
    public ChainVerification verifyChain(long clientId) {
        return contactLog.verifyChain(clientId);
    }

    /**
     * The client's whole contact-attempt log in the order written, with the chain checked, for a record
     * the client can hand on. The client reads their own; a clinician only while the client shares the
     * log (refused otherwise, before anything is read). Audited for anyone but the client.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ContactLog contactLog(long clientId) {
        return contactLog.contactLog(clientId);
    }
}
