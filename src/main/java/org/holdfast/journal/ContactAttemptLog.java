package org.holdfast.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.consent.ConsentService;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.EvidenceAppended;
import org.holdfast.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other person's contact attempts as the client's evidence: an append-only, hash-chained log in which a
 * correction is a new record and the original stays as it was. A clinician reads it only while the client
 * shares the log. Reached through {@link JournalService}.
 */
@Service
@Transactional(readOnly = true)
class ContactAttemptLog {

    private final ContactAttemptRepository attempts;
    private final ContactAttemptHeadRepository heads;
    private final JournalDraftRepository drafts;
    private final ClientService clients;
    private final ConsentService consent;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContactAttemptLog(ContactAttemptRepository attempts, ContactAttemptHeadRepository heads,
            JournalDraftRepository drafts, ClientService clients, ConsentService consent, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.attempts = attempts;
        this.heads = heads;
        this.drafts = drafts;
        this.clients = clients;
        this.consent = consent;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    JournalItem recordContactAttempt(ContactAttemptForm form) {
        ClientSummary me = clients.mine();
        ContactAttempt saved = append(me, form, null, null);
        drafts.deleteByClientIdAndFormType(me.id(), FormType.CONTACT_ATTEMPT);
        return JournalItem.of(saved);
    }

    @Transactional
    JournalItem correctContactAttempt(long attemptId, ContactAttemptForm form, String reason) {
        ClientSummary me = clients.mine();
        ContactAttempt original = attempts.findByIdAndClientId(attemptId, me.id())
                .orElseThrow(() -> new IllegalArgumentException("There is no such record in your log"));
        return JournalItem.of(append(me, form, original.getId(), reason.strip()));
    }

    ContactAttemptForm correctionOf(long attemptId) {
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

    ChainVerification verifyChain(long clientId) {
        clients.readFor(clientId, AuditAction.Read.CONTACT_LOG_VERIFICATION);
        return EvidenceChain.verify(clientId, attempts.findByClientIdOrderBySeqAsc(clientId),
                heads.findById(clientId).orElse(null));
    }

    ContactLog contactLog(long clientId) {
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
                a.getPrevHash(), a.getHash(), a.getSubmissionId(), a.getCorrectsId())).toList();
        return new ContactLog(clientId, records,
                EvidenceChain.verify(clientId, written, heads.findById(clientId).orElse(null)));
    }

    private ContactAttempt append(ClientSummary client, ContactAttemptForm form, Long correctsId, String reason) {
        long clientId = client.id();
        Optional<ContactAttempt> already = attempts.findByClientIdAndSubmissionId(clientId, form.getSubmissionId());
        if (already.isPresent()) {
            return already.get();
        }
        // A correction keeps the original's day, however long ago; only a new record has the 7-day limit.
        Clock clientClock = clockOf(client);
        Instant occurredAt = correctsId == null ? Backdating.checkedOccurredAt(form, clientClock) : notInTheFuture(form, clientClock);
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
        // Into the verifiable audit log in this same transaction: the record is covered by its signed heads.
        SignedInUser me = currentUser.require();
        events.publishEvent(new EvidenceAppended(me.getUsername(), me.displayName(), me.role(), clientId, attempt.getSeq(),
                attempt.getHash(), attempt.getReceivedAt()));
        if (correctsId == null && form.getSafety() != null && form.getSafety() <= ContactAttemptForm.UNSAFE_AT_MOST) {
            events.publishEvent(new FeltUnsafeAfterContact(clientId, attempt.getId(), form.getSafety()));
        }
        return attempt;
    }

    private boolean shared(JournalForm form) {
        return form.getShared() != null ? form.getShared() : consent.mine().level().sharesNewEntries();
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
