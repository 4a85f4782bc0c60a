package org.holdfast.safety;

import java.time.Clock;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.UrgeForm;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.security.AccountService;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.journal.FeltUnsafeAfterContact;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The safety signal and urge support. A client raises a signal and logs how an urge went; their
 * clinician sees open signals on the caseload and resolves them. A signal is shared with the
 * clinician whatever the client's consent level: nothing here reads consent, on purpose.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SafetyService {

    /** The longest note a client can send with a safety signal. */
    public static final int NOTE_MAX = SafetySignal.NOTE_MAX;

    /** An urge support page left open longer than this did not measure the urge; the start is capped. */
    static final Duration LONGEST_SOS = Duration.ofHours(6);

    private final SafetySignalRepository signals;
    private final SosSessionRepository sos;
    private final ClientService clients;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final JournalService journal;

    SafetyService(SafetySignalRepository signals, SosSessionRepository sos, ClientService clients,
            AccountService accounts, CurrentUser currentUser, Clock clock,
            JournalService journal) {
        this.journal = journal;
        this.signals = signals;
        this.sos = sos;
        this.clients = clients;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in client does not feel safe: flags them on their clinician's caseload at once. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public SafetySignalSummary raise(@Size(max = SafetySignal.NOTE_MAX, message = "Keep the note to 500 characters or fewer") String note) {
        long me = clients.mine().id();
        String tidy = note == null || note.isBlank() ? null : note.strip();
        // Microseconds are what the database keeps; the returned summary then equals what is read back later.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        SafetySignal signal = signals.save(new SafetySignal(me, now, tidy));
        return summary(signal);
    }

    /**
     * A contact attempt logged with "how safe do you feel" at {@link org.holdfast.journal.ContactAttemptForm#UNSAFE_AT_MOST}
     * or below flags the client as "I don't feel safe" does, whatever they share of their journal. In the same
     * transaction as the record, so the two stand or fall together. The note says why, never what was written.
     */
    @EventListener
    void on(FeltUnsafeAfterContact unsafe) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        signals.save(new SafetySignal(unsafe.clientId(), now,
                "Logged a contact attempt and said they feel " + unsafe.safety() + " out of 10 safe."));
    }

    /** The signed-in client's most recent unresolved signal, to tell them it has been passed on. */
    @PreAuthorize("hasRole('CLIENT')")
    public Optional<SafetySignalSummary> myOpenSignal() {
        return signals.findFirstByClientIdAndResolvedAtIsNullOrderByRaisedAtDesc(clients.mine().id()).map(this::summary);
    }

    /**
     * Every signal the signed-in client raised, newest first, with what was done: theirs to export (access and
     * portability), as {@link #signals} is their clinician's reading of the same rows.
     */
    @PreAuthorize("hasRole('CLIENT')")
    public List<SafetySignalSummary> mySignals() {
        return signals.findByClientIdOrderByRaisedAtDesc(clients.mine().id()).stream().map(this::summary).toList();
    }

    /**
     * Clients among these with unresolved signals, in one query, for the caseload. Clinicians only,
     * and only for their own clients.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public Map<Long, SafetyFlag> openSignals(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        clients.requireAllReadable(clientIds);
        // Grouped here rather than with count/min in SQL: MariaDB's MIN() over timestamp(6) came back
        // without its fraction, and open signals are few.
        return signals.openFor(clientIds).stream().collect(Collectors.groupingBy(SafetySignal::getClientId,
                Collectors.collectingAndThen(Collectors.toList(), open -> new SafetyFlag(open.getFirst().getClientId(),
                        open.size(), open.stream().map(SafetySignal::getRaisedAt).min(Instant::compareTo).orElseThrow()))));
    }

    /** Every signal of one client, newest first, for the client record. The read is audited. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public List<SafetySignalSummary> signals(long clientId) {
        clients.readFor(clientId, AuditAction.Read.SAFETY_SIGNALS);
        return signals.findByClientIdOrderByRaisedAtDesc(clientId).stream().map(this::summary).toList();
    }

    /** The clinician has been in touch and says what was done; the caseload flag goes when none is open. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public SafetySignalSummary resolve(long signalId,
            @NotBlank(message = "Say briefly what was done, for the record")
            @Size(max = SafetySignal.NOTE_MAX, message = "Keep the note to 500 characters or fewer") String note) {
        SafetySignal signal = signals.findById(signalId)
                .orElseThrow(() -> new AccessDeniedException("No access to safety signal " + signalId));
        if (currentUser.accountId() != clients.requireReadable(signal.getClientId()).clinicianId()) {
            throw new AccessDeniedException("No access to safety signal " + signalId);
        }
        signal.resolve(currentUser.accountId(), note.strip(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        return summary(signals.saveAndFlush(signal));
    }

    /** Logs how an urge support session ended. The end is the server's time; the start cannot be in the future. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public SosRecord recordSos(@Valid SosForm form) {
        long me = clients.mine().id();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant started = form.startedAt().isAfter(now) ? now
                : form.startedAt().isBefore(now.minus(LONGEST_SOS)) ? now.minus(LONGEST_SOS)
                : form.startedAt().truncatedTo(ChronoUnit.MICROS);
        SosRecord record = sos.save(new SosSession(me, started, now, form.outcome(), form.strength())).toRecord();
        journal.recordUrge(asUrge(record, form, started));
        return record;
    }

    /**
     * The visit is also an urge in the client's journal, so the clinician (as far as the client shares)
     * and the progress page see it. The submission id comes from the visit, so a retry logs one urge.
     */
    private UrgeForm asUrge(SosRecord record, SosForm form, Instant started) {
        UrgeForm urge = new UrgeForm();
        urge.setSubmissionId(UUID.nameUUIDFromBytes(("sos-" + record.id()).getBytes(StandardCharsets.UTF_8)).toString());
        ZonedDateTime at = started.atZone(clock.getZone());
        urge.setDate(at.toLocalDate());
        urge.setTime(at.toLocalTime().withNano(0));
        urge.setStrength(form.strength());
        urge.setDidInstead("Used urge support");
        urge.setOutcome(switch (form.outcome()) {
            case RESISTED -> UrgeOutcome.RESISTED;
            case DELAYED -> UrgeOutcome.DELAYED;
            case SLIPPED -> UrgeOutcome.SLIPPED;
        });
        return urge;
    }

    private SafetySignalSummary summary(SafetySignal s) {
        String resolver = s.getResolvedBy() == null ? null : accounts.displayName(s.getResolvedBy()).orElse(null);
        return new SafetySignalSummary(s.getId(), s.getClientId(), s.getRaisedAt(), s.getNote(), s.getResolvedAt(),
                resolver, s.getResolutionNote());
    }
}
