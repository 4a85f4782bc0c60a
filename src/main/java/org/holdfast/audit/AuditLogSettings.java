package org.holdfast.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The verifiable audit log ({@code holdfast.audit.*}).
 *
 * @param signingKey     {@code holdfast.audit.signing-key} (environment {@code HOLDFAST_AUDIT_SIGNING_KEY}): the
 *                       Ed25519 private key that signs tree heads, as its 32-byte seed in Base64
 *                       ({@code openssl rand -base64 32}); never stored in the database
 * @param signingKeyFile {@code holdfast.audit.signing-key-file}: a file holding that key, read when none is given
 *                       directly; written with a fresh key on first start only when demo data is on
 * @param headFile       {@code holdfast.audit.head-file}: where a copy of every signed head is appended, outside the
 *                       database, so that a log rolled back in the database is noticed; empty for none (not advised)
 * @param headInterval   how often a new signed tree head is issued while events arrive
 * @param scheduled      whether this node adds new events to the log and signs heads on its own (tests call it)
 * @param timestampAuthority {@code holdfast.audit.timestamp-authority}: the URL of an RFC 3161 time-stamp authority
 *                       asked for a token over every signed head, a third party's word on when the head existed;
 *                       empty for none (the default)
 * @param timestampAuthorityCertificate {@code holdfast.audit.timestamp-authority-certificate}: a PEM file with that
 *                       authority's certificate; when set, a token signed by any other is refused. Empty: the
 *                       certificate the token carries is used
 */
@ConfigurationProperties("holdfast.audit")
record AuditLogSettings(String signingKey, @DefaultValue("./data/holdfast-log-signing.key") String signingKeyFile,
        @DefaultValue("./data/holdfast-log-heads.txt") String headFile,
        @DefaultValue("PT1M") Duration headInterval, @DefaultValue("true") boolean scheduled,
        @DefaultValue("") String timestampAuthority, @DefaultValue("") String timestampAuthorityCertificate) {
}
