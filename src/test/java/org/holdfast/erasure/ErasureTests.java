package org.holdfast.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.NewClientForm;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.encryption.ClientKeys;
import org.holdfast.encryption.EncryptedColumns;
import org.holdfast.encryption.SealedText;
import org.holdfast.journal.CheckInForm;
import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.EvidenceCheck;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.UrgeForm;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.plans.Channel;
import org.holdfast.safety.SafetyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
class ErasureTests {

    /** Every table that holds a client's rows, with the column naming the client. */
    private static final List<String> CLIENT_TABLES = List.of("check_in", "journal_entry", "journal_draft", "contact_attempt",
            "contact_attempt_head", "therapy_session", "break_glass_grant", "homework_assignment", "homework_completion",
            "safety_signal", "sos_session", "no_contact_plan", "plan_high_risk_date", "journal_consent", "consent_change",
            "client_key", "measure_assignment", "measure_response", "measure_draft");

    @Autowired
    ErasureService erasure;

    @Autowired
    ClientService clients;

    @Autowired
    JournalService journal;

    @Autowired
    ConsentService consent;

    @Autowired
    SafetyService safety;

    @Autowired
    org.holdfast.measures.MeasureService measures;

    @Autowired
    EvidenceCheck evidence;

    @Autowired
    ClientKeys keys;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = new ArrayList<>();

    @Test
    void anErasedClientsRowsAreGoneAndTheirTextFromABackupNoLongerOpens() {
        String email = "nell-" + UUID.randomUUID() + "@example.invalid";
        long nell = newClient("Nell Erasable", email);
        users.as(email, () -> {
            journal.saveTodaysCheckIn(checkIn("A quiet day, walked by the canal"));
            journal.recordUrge(urge("Texted my sister instead"));
            journal.recordContactAttempt(attempt("Call me back, it is about the flat"));
            journal.recordContactAttempt(attempt("Why are you ignoring me"));
            journal.saveDraft(urge("Half a thought"));
            consent.change(SharingLevel.NUMBERS_ONLY, true);
            safety.raise("Saw his car on my street");
        });
        long phq = users.as(ELENA, () -> measures.assign(nell, org.holdfast.measures.MeasureAssignmentForm.of(
                org.holdfast.measures.Instrument.PHQ9, org.holdfast.measures.MeasureRecurrence.EVERY_WEEK,
                java.time.LocalDate.now(), null)));
        users.as(email, () -> {
            org.holdfast.measures.DueMeasure due = measures.myDue().getFirst();
            org.holdfast.measures.MeasureForm form = measures.open(phq, due.dueDate());
            form.answers().replaceAll(a -> 1);
            measures.submit(form);
        });
        long account = users.accountId(email);
        // What a backup taken now would hold: the client's text as it is stored.
        List<String> backedUp = new ArrayList<>();
        for (EncryptedColumns.Column c : EncryptedColumns.ALL) {
            backedUp.addAll(jdbc.queryForList("select t." + c.column() + " from " + c.table() + " t where " + c.clientId()
                    + " = ? and t." + c.column() + " is not null", String.class, nell));
        }
        assertThat(backedUp).hasSizeGreaterThan(6).allMatch(text -> !keys.plainText(text).equals(SealedText.UNREADABLE));
        assertThat(backedUp.stream().map(keys::plainText)).contains("Why are you ignoring me", "Saw his car on my street");

        users.as(email, () -> erasure.requestMine());
        long request = openRequestOf(nell).id();
        assertThatThrownBy(() -> users.as(MANAGER, () -> erasure.approve(request, "The client asked and nothing requires us to keep it")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("discharges them first");
        users.as(ELENA, () -> clients.discharge(nell, "Asked to end and to be erased"));
        created.remove(nell);
        users.as(MANAGER, () -> erasure.approve(request, "The client asked and nothing requires us to keep it"));

        for (String table : CLIENT_TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Integer.class, nell))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, nell)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ? or username = ?", Integer.class,
                account, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_event where account_id = ?", Integer.class, account)).isZero();
        assertThat(keys.hasKey(nell)).isFalse();
        assertThat(backedUp).allMatch(text -> keys.plainText(text).equals(SealedText.UNREADABLE));

        // What stays: the request by number, and content-free lines in the audit log.
        ErasureRequestRow done = users.as(MANAGER, () -> erasure.decided(PageRequest.of(0, 50))).stream()
                .filter(r -> r.id() == request).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(ErasureStatus.ERASED);
        assertThat(done.clientName()).isNull();
        assertThat(done.client()).isEqualTo("Client #" + nell);
        Map<String, Object> row = jdbc.queryForMap("select * from erasure_request where id = ?", request);
        assertThat(row.values().toString()).doesNotContain("Nell", email);
        List<Map<String, Object>> lines = jdbc.queryForList(
                "select action, action_text, reason, detail from audit_event where client_id = ? and action like '%ERAS%'", nell);
        assertThat(lines).extracting(l -> l.get("action")).containsExactly("ERASURE_REQUESTED", "CLIENT_ERASED");
        assertThat(lines.toString()).doesNotContain("Nell", "canal", "flat");

        // The contact-attempt records the log holds hashes of were deleted on purpose: the check says intact.
        assertThat(evidence.verify().intact()).as(evidence.verify().problem()).isTrue();
    }

    @Test
    void askingTwiceMakesOneRequestAndAskingAgainAfterWithdrawingMakesANewOne() {
        String email = "ida-" + UUID.randomUUID() + "@example.invalid";
        long ida = newClient("Ida Twice", email);
        LocalDate first = users.as(email, () -> erasure.requestMine());
        LocalDate second = users.as(email, () -> erasure.requestMine());
        assertThat(second).isEqualTo(first);
        assertThat(users.as(email, () -> erasure.myOpenRequest())).contains(first);
        assertThat(jdbc.queryForObject("select count(*) from erasure_request where client_id = ?", Integer.class, ida)).isOne();

        users.as(email, () -> erasure.withdrawMine());
        assertThat(users.as(email, () -> erasure.myOpenRequest())).isEmpty();
        users.as(email, () -> erasure.requestMine());
        assertThat(jdbc.queryForList("select status from erasure_request where client_id = ? order by id", String.class, ida))
                .containsExactly("WITHDRAWN", "REQUESTED");
    }

    @Test
    void aDeclinedRequestKeepsTheRecordAndCannotThenBeApproved() {
        String email = "bea-" + UUID.randomUUID() + "@example.invalid";
        long bea = newClient("Bea Declined", email);
        users.as(email, () -> erasure.requestMine());
        long request = openRequestOf(bea).id();
        assertThatThrownBy(() -> users.as(MANAGER, () -> erasure.decline(request, "short")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("in a sentence");
        users.as(MANAGER, () -> erasure.decline(request, "Records must be kept for seven years after the last session"));
        assertThatThrownBy(() -> users.as(MANAGER, () -> erasure.approve(request, "Trying after the decline, by mistake")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already decided");
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, bea)).isOne();
    }

    @Test
    void onlyTheManagerDecidesAndNoClientAsksForAnother() {
        String email = "cy-" + UUID.randomUUID() + "@example.invalid";
        long cy = newClient("Cy Guarded", email);
        users.as(email, () -> erasure.requestMine());
        long request = openRequestOf(cy).id();
        assertThatThrownBy(() -> users.as(ELENA, () -> erasure.approve(request, "A clinician should not be able to")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(email, () -> erasure.approve(request, "A client should not be able to")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(email, () -> erasure.open(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recordsKeptPastTheRetentionPeriodAreListedAndTheManagerCanAskForTheirErasure() {
        String email = "ola-" + UUID.randomUUID() + "@example.invalid";
        long ola = newClient("Ola Longago", email);
        users.as(ELENA, () -> clients.discharge(ola, "Finished the work"));
        created.remove(ola);
        jdbc.update("update client set discharged_at = ? where id = ?",
                java.sql.Timestamp.valueOf(LocalDate.now().minusYears(8).atStartOfDay()), ola);
        int before = users.as(MANAGER, () -> erasure.retention()).years();
        try {
            users.as(MANAGER, () -> erasure.changeRetention(7));
            PastRetention due = pastRetention().stream().filter(p -> p.clientId() == ola).findFirst().orElseThrow();
            assertThat(due.keptUntil()).isEqualTo(due.dischargedOn().plusYears(7));
            assertThat(due.erasureRequested()).isFalse();

            users.as(MANAGER, () -> erasure.changeRetention(10));
            assertThat(pastRetention()).noneMatch(p -> p.clientId() == ola);
            assertThatThrownBy(() -> users.as(MANAGER, () -> erasure.requestForRetention(ola)))
                    .hasMessageContaining("within the practice's retention period");
            assertThatThrownBy(() -> users.as(MANAGER, () -> erasure.changeRetention(0)))
                    .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("At least 1 year");

            users.as(MANAGER, () -> erasure.changeRetention(7));
            users.as(MANAGER, () -> erasure.requestForRetention(ola));
            users.as(MANAGER, () -> erasure.requestForRetention(ola));
            assertThat(pastRetention().stream().filter(p -> p.clientId() == ola).findFirst().orElseThrow().erasureRequested()).isTrue();
            ErasureRequestRow open = openRequestOf(ola);
            assertThat(open.grounds()).isEqualTo(ErasureGrounds.RETENTION_ENDED);
            assertThat(open.requestedBy()).contains("practice manager");
            users.as(MANAGER, () -> erasure.approve(open.id(), "Kept past the practice's seven years after discharge"));
            assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, ola)).isZero();
        } finally {
            users.as(MANAGER, () -> erasure.changeRetention(before));
        }
    }

    private List<PastRetention> pastRetention() {
        return users.as(MANAGER, () -> erasure.pastRetention(PageRequest.of(0, 500))).getContent();
    }

    private ErasureRequestRow openRequestOf(long clientId) {
        return users.as(MANAGER, () -> erasure.open(PageRequest.of(0, 500))).stream().filter(r -> r.clientId() == clientId)
                .findFirst().orElseThrow();
    }

    private long newClient(String name, String email) {
        NewClientForm form = new NewClientForm();
        form.setDisplayName(name);
        form.setEmail(email);
        long id = users.as(ELENA, () -> clients.create(form)).client().id();
        created.add(id);
        return id;
    }

    /** Clients made here and not erased are discharged: the demo caseloads keep the counts other tests check. */
    @AfterEach
    void dischargeTheClientsLeft() {
        created.forEach(id -> users.as(ELENA, () -> clients.discharge(id, "Made by a test of erasure")));
        created.clear();
    }

    private static CheckInForm checkIn(String note) {
        CheckInForm form = new CheckInForm();
        form.setMood(3);
        form.setUrge(2);
        form.setSlipped(false);
        form.setNote(note);
        return form;
    }

    private static UrgeForm urge(String didInstead) {
        UrgeForm form = new UrgeForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now());
        form.setTime(LocalTime.MIDNIGHT);
        form.setStrength(6);
        form.setOutcome(UrgeOutcome.values()[0]);
        form.setDidInstead(didInstead);
        return form;
    }

    private static ContactAttemptForm attempt(String content) {
        ContactAttemptForm form = new ContactAttemptForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now());
        form.setTime(LocalTime.MIDNIGHT);
        form.setChannel(Channel.TEXT);
        form.setSender("+44 7700 900123");
        form.setContent(content);
        form.setSafety(6);
        return form;
    }
}
