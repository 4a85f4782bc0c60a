package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Passkey sign-in at the HTTP level, through Spring Security's WebAuthn endpoints, with a passkey whose private key
 * the test holds: the test signs the browser's answer itself, so it can also sign one made for another site.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class PasskeySignInTests {

    private static final String ORIGIN = "http://localhost:8080";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PublicKeyCredentialUserEntityRepository owners;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    Passkeys passkeys;

    @Autowired
    AccountService accountService;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService accountDetails;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aPasskeySignsInWithNoPasswordAndCountsAsAPasskeyFactor() throws Exception {
        Device device = registeredDevice("passkey-only@test.holdfast");

        signIn(device, ORIGIN).andExpect(status().isOk())
                .andExpect(authenticated().withUsername(device.username())
                        .withAuthentication(signedIn -> assertThat(signedIn.getAuthorities())
                                .extracting(GrantedAuthority::getAuthority)
                                .contains("ROLE_CLINICIAN", FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                                .doesNotContain(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        assertThat(users.as(device.username(), () -> passkeys.registeredFor(device.username()))).isTrue();
    }

    @Test
    void aPasskeySignInStartsANewSession() throws Exception {
        Device device = registeredDevice("new-session@test.holdfast");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        String after = signIn(device, ORIGIN, session).andExpect(authenticated()).andReturn().getRequest().getSession()
                .getId();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void anAnswerSignedForAnotherSiteIsRefusedAndCountsAsAFailedSignIn(CapturedOutput output) throws Exception {
        Device device = registeredDevice("phished@test.holdfast");

        signIn(device, "https://holdfast-login.example").andExpect(status().isUnauthorized())
                .andExpect(unauthenticated());
        // Which account the answer claimed is not trusted when its signature is not: counted against the address.
        assertThat(output).contains("event=sign_in_failed account=unknown address=127.0.0.1");
    }

    @Test
    void aDisabledAccountsPasskeyDoesNotSignIn() throws Exception {
        Device device = registeredDevice("disabled-passkey@test.holdfast");
        long id = accounts.findByUsernameIgnoreCase(device.username()).orElseThrow().getId();
        users.as(TestUsers.MANAGER, () -> accountService.disable(id));

        signIn(device, ORIGIN).andExpect(status().isUnauthorized()).andExpect(unauthenticated());
    }

    @Test
    void peopleNameAndRemoveOnlyTheirOwnPasskeys() throws Exception {
        Device mine = registeredDevice("owner@test.holdfast");
        Device theirs = registeredDevice("someone-else@test.holdfast");
        String id = mine.credentialId().toBase64UrlString();

        assertThatThrownBy(() -> users.as(theirs.username(), () -> passkeys.remove(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(mine.username(), () -> passkeys.rename(id, "  ")))
                .isInstanceOf(IllegalArgumentException.class);

        users.as(mine.username(), () -> passkeys.rename(id, "Kitchen tablet"));
        assertThat(users.as(mine.username(), passkeys::mine)).extracting(Passkeys.Passkey::name)
                .containsExactly("Kitchen tablet");
        users.as(mine.username(), () -> passkeys.remove(id));
        assertThat(users.as(mine.username(), passkeys::mine)).isEmpty();
        assertThat(auditCodes(mine.username())).containsSubsequence("PASSKEY_ADDED", "PASSKEY_REMOVED");
    }

    @Test
    void addingAPasskeyNeedsAFactorUsedInTheLastFiveMinutes() throws Exception {
        UserDetails zoe = accountDetails.loadUserByUsername(TestUsers.ZOE);
        Instant now = Instant.now();

        http.perform(post("/webauthn/register/options").with(csrf()).with(authentication(signedIn(zoe, now.minusSeconds(360)))))
                .andExpect(status().isForbidden());
        http.perform(post("/webauthn/register/options").with(csrf()).with(authentication(signedIn(zoe, now.minusSeconds(60)))))
                .andExpect(status().isOk());
    }

    /** Signed in with a password at {@code at}: Spring's password sign-in stamps its factor with the real time. */
    private static Authentication signedIn(UserDetails user, Instant at) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(at).build());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** A device holding a P-256 passkey for this site, stored as Spring's registration would store it. */
    private record Device(String username, Bytes userId, Bytes credentialId, KeyPair keys) {
    }

    private Device registeredDevice(String name) throws Exception {
        // A fresh account each time, so that the test also runs again on a database it has run on before.
        String username = name.replace("@", "-" + Long.toHexString(System.nanoTime()) + "@");
        accounts.save(new UserAccount(username, encoder.encode("a-long-enough-passphrase-2026"), "Test Person",
                Role.CLINICIAN, clock.instant()));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        Device device = new Device(username, Bytes.random(), Bytes.random(), generator.generateKeyPair());
        owners.save(ImmutablePublicKeyCredentialUserEntity.builder().id(device.userId()).name(username)
                .displayName("Test Person").build());
        byte[] cose = cose((ECPublicKey) device.keys().getPublic());
        byte[] registrationData = concat(sha256("localhost".getBytes(StandardCharsets.UTF_8)), new byte[] { 0x45 },
                new byte[4], new byte[16], ByteBuffer.allocate(2).putShort((short) device.credentialId().getBytes().length)
                        .array(), device.credentialId().getBytes(), cose);
        users.as(username, () -> credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(device.credentialId())
                .userEntityUserId(device.userId())
                .publicKey(new ImmutablePublicKeyCose(cose))
                .signatureCount(0).uvInitialized(true).backupEligible(false).backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .attestationObject(new Bytes(noneAttestation(registrationData)))
                .attestationClientDataJSON(new Bytes(("{\"type\":\"webauthn.create\",\"challenge\":\"AAAA\",\"origin\":\""
                        + ORIGIN + "\"}").getBytes(StandardCharsets.UTF_8)))
                .created(clock.instant()).lastUsed(clock.instant()).label("Test key")
                .build()));
        return device;
    }

    /** The browser's part: ask for a challenge, let the device sign it for {@code origin}, send the answer. */
    private ResultActions signIn(Device device, String origin) throws Exception {
        return signIn(device, origin, new MockHttpSession());
    }

    private ResultActions signIn(Device device, String origin, MockHttpSession session) throws Exception {
        String options = http.perform(post("/webauthn/authenticate/options").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String challenge = JsonMapper.builder().build().readTree(options).get("challenge").asString();

        byte[] authenticatorData = concat(sha256("localhost".getBytes(StandardCharsets.UTF_8)), new byte[] { 0x05 },
                ByteBuffer.allocate(4).putInt(1).array());
        byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(device.keys().getPrivate());
        signer.update(concat(authenticatorData, sha256(clientData)));
        String id = device.credentialId().toBase64UrlString();
        String answer = """
                {"id":"%s","rawId":"%s","type":"public-key","response":{"authenticatorData":"%s","clientDataJSON":"%s",
                "signature":"%s","userHandle":"%s"},"clientExtensionResults":{},"authenticatorAttachment":"platform"}
                """.formatted(id, id, b64(authenticatorData), b64(clientData), b64(signer.sign()),
                device.userId().toBase64UrlString());
        return http.perform(post("/login/webauthn").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(answer));
    }

    private List<String> auditCodes(String account) {
        return jdbc.queryForList("select action from audit_event where action_text = ? order by id", String.class,
                account);
    }

    /** The COSE form of a P-256 public key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y. */
    private static byte[] cose(ECPublicKey key) {
        return concat(new byte[] { (byte) 0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20 },
                unsigned32(key.getW().getAffineX()), new byte[] { 0x22, 0x58, 0x20 }, unsigned32(key.getW().getAffineY()));
    }

    /** {"fmt": "none", "attStmt": {}, "authData": ...} in CBOR. */
    private static byte[] noneAttestation(byte[] authData) {
        return concat(new byte[] { (byte) 0xA3, 0x63, 'f', 'm', 't', 0x64, 'n', 'o', 'n', 'e', 0x67, 'a', 't', 't', 'S',
                't', 'm', 't', (byte) 0xA0, 0x68, 'a', 'u', 't', 'h', 'D', 'a', 't', 'a', 0x59 },
                ByteBuffer.allocate(2).putShort((short) authData.length).array(), authData);
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return fixed;
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static String b64(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
