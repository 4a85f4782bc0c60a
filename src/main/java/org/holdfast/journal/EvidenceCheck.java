package org.holdfast.journal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.audit.LogCheck;
import org.holdfast.audit.LogVerifier;
import org.holdfast.security.EvidenceAppended;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole check a practice (or its lawyer) relies on: the audit log against its signed heads, then every client's
 * contact-attempt records against the hashes the log holds for them. A record rewritten together with its chain
 * still differs from the hash the log was given when it was written, and the log cannot be rewritten unseen.
 * Says what it checks, never what a record says.
 */
@Component
public class EvidenceCheck {

    /** Who added the records kept before the verifiable log existed, when it first started. */
    static final String ADOPTED_BY = "holdfast";

    private final LogVerifier log;
    private final ContactAttemptRepository attempts;
    private final ContactAttemptHeadRepository heads;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** {@code java -jar holdfast.jar verify} writes nothing. */
    private final boolean verifyOnly;

    EvidenceCheck(LogVerifier log, ContactAttemptRepository attempts, ContactAttemptHeadRepository heads,
            ApplicationEventPublisher events, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${holdfast.verify-only:false}") boolean verifyOnly) {
        this.verifyOnly = verifyOnly;
        this.log = log;
        this.attempts = attempts;
        this.heads = heads;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LogCheck verify() {
        LogCheck check = log.verify();
        if (!check.intact()) {
            return check;
        }
        Map<Long, Map<Integer, String>> logged = log.loggedEvidence(true);
        Map<Long, Map<Integer, String>> unsigned = log.loggedEvidence(false);
        Map<Long, List<ContactAttempt>> byClient = new LinkedHashMap<>();
        attempts.findAllByOrderByClientIdAscSeqAsc().forEach(a -> byClient.computeIfAbsent(a.getClientId(), id -> new ArrayList<>()).add(a));
        long records = 0;
        for (Map.Entry<Long, List<ContactAttempt>> client : byClient.entrySet()) {
            long clientId = client.getKey();
            ChainVerification chain = EvidenceChain.verify(clientId, client.getValue(), heads.findById(clientId).orElse(null));
            if (!chain.intact()) {
                return check.withRecords(records).broken("Client #" + clientId + "'s contact-attempt log: " + chain.problem());
            }
            Map<Integer, String> theirs = logged.getOrDefault(clientId, Map.of());
            for (ContactAttempt a : client.getValue()) {
                String hash = theirs.get(a.getSeq());
                if (hash == null && unsigned.getOrDefault(clientId, Map.of()).containsKey(a.getSeq())) {
                    continue; // written since the last head: checked once a head covers it
                }
                if (hash == null) {
                    return check.withRecords(records).broken("Record " + a.getSeq() + " of client #" + clientId
                            + "'s contact-attempt log is not in the verifiable log: it was put into the database directly");
                }
                if (!hash.equals(a.getHash())) {
                    return check.withRecords(records).broken("Record " + a.getSeq() + " of client #" + clientId
                            + "'s contact-attempt log does not match the hash the verifiable log holds for it: it was "
                            + "changed after it was written");
                }
                records++;
            }
        }
        java.util.Set<Long> erased = log.erasedClients();
        for (Map.Entry<Long, Map<Integer, String>> client : logged.entrySet()) {
            if (erased.contains(client.getKey()) && !byClient.containsKey(client.getKey())) {
                continue; // erased with the practice manager's approval, which the log records
            }
            int kept = byClient.getOrDefault(client.getKey(), List.of()).size();
            for (int seq : client.getValue().keySet()) {
                if (seq > kept) {
                    return check.withRecords(records).broken("Record " + seq + " of client #" + client.getKey()
                            + "'s contact-attempt log is in the verifiable log but missing from the database: it was deleted");
                }
            }
        }
        return check.withRecords(records);
    }

    /**
     * Once, when the verifiable log first starts on a database (an upgrade, or the demo's invented records): every
     * record kept before it is added to the log, so that from then on each one is covered by signed heads.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void adoptRecordsKeptBeforeTheLog() {
        if (verifyOnly || !log.loggedEvidence().isEmpty()) {
            return;
        }
        for (ContactAttempt a : attempts.findAllByOrderByClientIdAscSeqAsc()) {
            events.publishEvent(new EvidenceAppended(ADOPTED_BY, "Holdfast (a record kept before the verifiable log)",
                    null, a.getClientId(), a.getSeq(), a.getHash(), clock.instant()));
        }
    }
}
