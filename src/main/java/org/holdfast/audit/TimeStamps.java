package org.holdfast.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Optional RFC 3161 time-stamps of the signed tree heads ({@code holdfast.audit.timestamp-authority}): an outside
 * authority's signed word that a head existed by a given time, which the practice's own key cannot give. Each head
 * without a token is sent (as the SHA-256 of its signed text, nothing else) to the authority after it was signed,
 * never inside the signing transaction; an authority that fails or cannot be reached is asked again on the next run,
 * and heads go on being signed meanwhile. Tokens are kept in {@code tree_head_timestamp}, one per head, and anyone can
 * check one with {@code openssl ts -verify} and the head's signed text.
 */
@Component
public class TimeStamps {

    private static final Logger LOG = LoggerFactory.getLogger(TimeStamps.class);
    /** Heads asked for per run, newest first: a long backlog (the setting turned on late) is worked off over runs. */
    static final int PER_RUN = 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final AuditLogSettings settings;
    private final Optional<URI> authority;
    private final X509Certificate pinned;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final SecureRandom random = new SecureRandom();

    TimeStamps(JdbcTemplate jdbc, AuditLogSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        String url = settings.timestampAuthority();
        this.authority = url == null || url.isBlank() ? Optional.empty() : Optional.of(URI.create(url.strip()));
        String pem = settings.timestampAuthorityCertificate();
        this.pinned = pem == null || pem.isBlank() ? null : readCertificate(Path.of(pem.strip()));
    }

    @Scheduled(fixedDelayString = "${holdfast.audit.head-interval:PT1M}", initialDelayString = "PT40S")
    void onSchedule() {
        if (settings.scheduled()) {
            stampNewHeads();
        }
    }

    /**
     * Asks the authority for a token for each signed head that has none yet (newest first, at most {@value #PER_RUN}),
     * and stores each that checks out. Stops at the first failure, which is logged and tried again next time.
     *
     * @return how many heads were stamped; 0 when no authority is set
     */
    public int stampNewHeads() {
        if (authority.isEmpty()) {
            return 0;
        }
        List<TreeHead> heads = jdbc.query("""
                select h.tree_size, h.root_hash, h.issued_at, h.key_id, h.signature from tree_head h
                where not exists (select 1 from tree_head_timestamp t where t.tree_size = h.tree_size)
                order by h.tree_size desc limit ?""", (row, n) -> new TreeHead(row.getLong(1), row.getString(2),
                row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(4), row.getString(5)),
                PER_RUN);
        int stamped = 0;
        for (TreeHead head : heads) {
            byte[] token;
            try {
                token = request(head);
            } catch (IOException | TSPException | RuntimeException e) {
                // Names the authority and what went wrong; a head holds no client content, and none is logged.
                LOG.warn("The time-stamp authority {} gave no usable token for the tree head of {} events ({}); asking "
                        + "again next run", authority.get().getHost(), head.size(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                jdbc.update("insert into tree_head_timestamp (tree_size, token, stamped_at) values (?, ?, ?)", head.size(),
                        Base64.getEncoder().encodeToString(token), LocalDateTime.ofInstant(stampedAt(token), ZoneOffset.UTC));
                stamped++;
            } catch (DuplicateKeyException e) {
                // Another node stamped the same head just now: one token is enough.
            }
        }
        return stamped;
    }

    /** The stored token of the head of {@code treeSize} events, Base64 of its DER; empty when it has none. */
    public Optional<String> tokenFor(long treeSize) {
        return jdbc.queryForList("select token from tree_head_timestamp where tree_size = ?", String.class, treeSize)
                .stream().findFirst();
    }

    /**
     * Why the token does not vouch for the head whose signed text is given, in plain words; empty when it does: it
     * covers exactly that text (SHA-256), it is signed by the certificate it names, a time-stamping certificate valid
     * at the stamped time, and, when {@code pinnedOrNull} is given, that certificate is the pinned one.
     */
    public static Optional<String> problem(byte[] tokenDer, String signedText, X509Certificate pinnedOrNull) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(tokenDer));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return Optional.of("The time-stamp cannot be read");
        }
        var info = token.getTimeStampInfo();
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
                || !MessageDigest.isEqual(sha256(signedText), info.getMessageImprintDigest())) {
            return Optional.of("The time-stamp does not cover this tree head");
        }
        X509CertificateHolder certificate;
        try {
            if (pinnedOrNull != null) {
                certificate = new JcaX509CertificateHolder(pinnedOrNull);
                if (!token.getSID().match(certificate)) {
                    return Optional.of("The time-stamp is not from the authority whose certificate is pinned");
                }
            } else {
                @SuppressWarnings("unchecked") // SignerId is a raw Selector that matches certificate holders
                Collection<X509CertificateHolder> carried = token.getCertificates()
                        .getMatches((Selector<X509CertificateHolder>) token.getSID());
                if (carried.isEmpty()) {
                    return Optional.of("The time-stamp does not carry the certificate it was signed with");
                }
                certificate = carried.iterator().next();
            }
        } catch (CertificateException e) {
            return Optional.of("The pinned certificate of the time-stamp authority cannot be read");
        }
        try {
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().build(certificate);
            // Checks the signature, that the certificate is the one the token names, that it is for time-stamping
            // only (critical extended key usage) and that it was valid when the stamp was made.
            token.validate(verifier);
        } catch (TSPException | OperatorCreationException | CertificateException | RuntimeException e) {
            return Optional.of("The time-stamp's signature does not check out");
        }
        return Optional.empty();
    }

    /** When the authority says it stamped the token (its genTime). */
    public static Instant stampedAt(byte[] tokenDer) {
        try {
            return new TimeStampToken(new CMSSignedData(tokenDer)).getTimeStampInfo().getGenTime().toInstant();
        } catch (CMSException | TSPException | IOException e) {
            throw new IllegalArgumentException("Not a time-stamp token", e);
        }
    }

    /** The pinned certificate of the authority, or null when tokens are checked against the one they carry. */
    X509Certificate pinned() {
        return pinned;
    }

    /** One request and its response, checked: granted, for this head and this nonce, and a token that verifies. */
    private byte[] request(TreeHead head) throws IOException, TSPException, InterruptedException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, sha256(head.signedText()),
                new BigInteger(64, random));
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(authority.get()).timeout(RESPONSE_TIMEOUT)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = answer.body()) {
            // A time-stamp response is a few kilobytes; anything far larger is not one.
            body = in.readNBytes(256 * 1024);
        }
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP status " + answer.statusCode());
        }
        TimeStampResponse response = new TimeStampResponse(body);
        if (response.getTimeStampToken() == null) {
            throw new TSPException("not granted (status " + response.getStatus() + ")");
        }
        // Status granted, the same imprint and nonce as asked, and a signing-certificate attribute.
        response.validate(request);
        byte[] token = response.getTimeStampToken().getEncoded();
        Optional<String> problem = problem(token, head.signedText(), pinned);
        if (problem.isPresent()) {
            throw new TSPException(problem.get());
        }
        return token;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate readCertificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot read the time-stamp authority's certificate from " + pem
                    + " (holdfast.audit.timestamp-authority-certificate): " + e.getMessage(), e);
        }
    }
}
