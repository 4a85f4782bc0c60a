package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.holdfast.DatabaseTest;
import org.holdfast.security.AuditAction;
import org.holdfast.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Time-stamps of the signed tree heads from an RFC 3161 authority: a local one, built here with Bouncy Castle and
 * served on 127.0.0.1. A head gets a token that verifies; a token over another head, an authority that cannot be
 * reached and an authority other than the pinned one are each refused, and heads go on being signed meanwhile.
 */
@DatabaseTest
class TimeStampsTests {

    static TestTimeStampAuthority authority;

    @Autowired
    VerifiableLog log;

    @Autowired
    LogVerifier verifier;

    @Autowired
    TimeStamps configured;

    @Autowired
    AuditEventRepository events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    @BeforeAll
    static void startAuthority() throws Exception {
        authority = new TestTimeStampAuthority("Holdfast test time-stamp authority");
    }

    @AfterAll
    static void stopAuthority() {
        authority.close();
    }

    private TreeHead newHead(String reason) {
        events.save(new AuditEvent(clock.instant(), "elena.marsh@demo.holdfast", "Elena Marsh", Role.CLINICIAN, null,
                AuditAction.Read.CASELOAD_FIGURES, reason, null));
        return log.sequenceAndSign().orElseThrow();
    }

    private TimeStamps stampsFrom(String url, String pinnedPem) {
        return new TimeStamps(jdbc, new AuditLogSettings(null, "", "", Duration.ofMinutes(1), false, url, pinnedPem));
    }

    @Test
    void offByDefault() {
        TreeHead head = newHead("no authority set");
        assertThat(configured.stampNewHeads()).isZero();
        assertThat(configured.tokenFor(head.size())).isEmpty();
    }

    @Test
    void aSignedHeadGetsATokenThatVerifies() {
        TreeHead head = newHead("to be stamped");
        Instant before = Instant.now().minusSeconds(1);
        assertThat(stampsFrom(authority.url(), "").stampNewHeads()).isPositive();

        byte[] token = Base64.getDecoder().decode(configured.tokenFor(head.size()).orElseThrow());
        assertThat(TimeStamps.problem(token, head.signedText(), null)).isEmpty();
        assertThat(TimeStamps.problem(token, head.signedText(), authority.certificate())).isEmpty();
        assertThat(TimeStamps.stampedAt(token)).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(verifier.verify().problem()).isNull();
    }

    @Test
    void aTokenOverAnotherHeadIsRefused() throws Exception {
        TreeHead stamped = newHead("stamped");
        stampsFrom(authority.url(), "").stampNewHeads();
        byte[] token = Base64.getDecoder().decode(configured.tokenFor(stamped.size()).orElseThrow());
        TreeHead other = newHead("not stamped yet");
        assertThat(TimeStamps.problem(token, other.signedText(), null))
                .contains("The time-stamp does not cover this tree head");

        // Someone with database access files the older head's token under the new head.
        jdbc.update("insert into tree_head_timestamp (tree_size, token, stamped_at) values (?, ?, ?)", other.size(),
                Base64.getEncoder().encodeToString(token), java.time.LocalDateTime.now());
        try {
            assertThat(verifier.verify().problem()).contains("The time-stamp of the tree head signed at "
                    + other.issuedAt() + " (" + other.size() + " events) does not match it");
        } finally {
            jdbc.update("delete from tree_head_timestamp where tree_size = ?", other.size());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        TreeHead head = newHead("token tampered with");
        byte[] token = authority.token(head.signedText());
        byte[] forged = token.clone();
        forged[forged.length - 5] ^= 0x01; // inside the signature, at the end of the CMS structure
        assertThat(TimeStamps.problem(forged, head.signedText(), null)).isPresent();
        assertThat(TimeStamps.problem(token, head.signedText(), null)).isEmpty();
    }

    @Test
    void anUnreachableAuthorityLeavesTheHeadWithoutATokenAndSigningGoesOn() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TreeHead head = newHead("authority down");
        assertThat(stampsFrom("http://127.0.0.1:" + closedPort + "/tsa", "").stampNewHeads()).isZero();
        assertThat(configured.tokenFor(head.size())).isEmpty();

        TreeHead next = newHead("still signed");
        assertThat(next.size()).isGreaterThan(head.size());
        assertThat(verifier.verify().intact()).isTrue();
        // Asked again next run, once the authority answers.
        assertThat(stampsFrom(authority.url(), "").stampNewHeads()).isPositive();
        assertThat(configured.tokenFor(head.size())).isPresent();
    }

    @Test
    void aTokenFromAnAuthorityOtherThanThePinnedOneIsRefused() throws Exception {
        try (TestTimeStampAuthority pinned = new TestTimeStampAuthority("The practice's chosen authority")) {
            Path pem = pinned.writeCertificate(folder);
            TreeHead head = newHead("pinned authority");
            assertThat(stampsFrom(authority.url(), pem.toString()).stampNewHeads()).isZero();
            assertThat(configured.tokenFor(head.size())).isEmpty();
            assertThat(TimeStamps.problem(authority.token(head.signedText()), head.signedText(), pinned.certificate()))
                    .contains("The time-stamp is not from the authority whose certificate is pinned");

            assertThat(stampsFrom(pinned.url(), pem.toString()).stampNewHeads()).isPositive();
            byte[] token = Base64.getDecoder().decode(configured.tokenFor(head.size()).orElseThrow());
            assertThat(TimeStamps.problem(token, head.signedText(), pinned.certificate())).isEmpty();
        }
    }
}
