package org.holdfast.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.security.AccountService;
import org.holdfast.security.ActivationLink;
import org.holdfast.security.ActivationLinkInvalidException;
import org.holdfast.security.AuditAction;
import org.holdfast.security.UsernameTakenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ClientLifecycleTests {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ClientService clients;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;


    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    void clinicianAddsAClientToOwnCaseloadWithAnAccountThatCannotSignInYet() {
        ClientCreated created = users.as(ELENA, () -> clients.create(form("Robin Vale", "Robin.Vale@example.org")));

        assertThat(created.client().clinicianId()).isEqualTo(users.accountId(ELENA));
        assertThat(created.client().status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(userDetails.loadUserByUsername("robin.vale@example.org").isEnabled()).isFalse();
        assertThat(users.as(ELENA, () -> clients.awaitsActivation(created.client().id()))).isTrue();
        assertThat(created.activationLink().token()).hasSizeGreaterThan(30);
        assertThat(jdbc.queryForObject("select count(*) from activation_token where token_hash = ?", Integer.class,
                created.activationLink().token())).as("only the hash is stored").isZero();
    }

    @Test
    void activationLinkSetsThePasswordOnceOnly() {
        ClientCreated created = users.as(ELENA, () -> clients.create(form("Robin Vale", "robin@example.org")));
        String token = created.activationLink().token();

        assertThat(accounts.activationFor(token)).contains("Robin Vale");
        assertThatThrownBy(() -> accounts.activate(token, "short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 15 characters");
        assertThat(accounts.activate(token, "a long enough passphrase")).isEqualTo("robin@example.org");

        assertThat(userDetails.loadUserByUsername("robin@example.org").isEnabled()).isTrue();
        assertThat(accounts.activationFor(token)).isEmpty();
        assertThatThrownBy(() -> accounts.activate(token, "another long passphrase"))
                .isInstanceOf(ActivationLinkInvalidException.class);
    }

    @Test
    void expiredLinkNoLongerWorks() {
        ClientCreated created = users.as(ELENA, () -> clients.create(form("Robin Vale", "robin@example.org")));
        jdbc.update("update activation_token set expires_at = ? where account_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), created.activationLink().accountId());
        entityManager.clear(); // the token entity is still cached from create() in this test's transaction
        assertThat(accounts.activationFor(created.activationLink().token())).isEmpty();
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        ClientCreated created = users.as(ELENA, () -> clients.create(form("Robin Vale", "robin@example.org")));
        ActivationLink renewed = users.as(ELENA, () -> clients.renewActivationLink(created.client().id()));
        assertThat(accounts.activationFor(created.activationLink().token())).isEmpty();
        assertThat(accounts.activationFor(renewed.token())).contains("Robin Vale");
    }

    @Test
    void anotherClinicianCannotRenewOrProbeTheAccountOfSomeoneElsesClient() {
        ClientCreated created = users.as(ELENA, () -> clients.create(form("Robin Vale", "robin@example.org")));
        long accountId = created.activationLink().accountId();
        assertThatThrownBy(() -> users.as(SAM, () -> accounts.renewActivationLink(accountId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(SAM, () -> accounts.isPendingActivation(accountId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.activationFor(created.activationLink().token())).as("the first link still works")
                .contains("Robin Vale");
    }

    @Test
    void emailAlreadyInUseIsRefused() {
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.create(form("Another Alex", ALEX))))
                .isInstanceOf(UsernameTakenException.class).hasMessageContaining("already signs in");
    }

    @Test
    void serviceValidatesWhatTheFormValidates() {
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.create(form("", "not-an-email"))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter the name").hasMessageContaining("does not look like an email");
    }

    @Test
    void clientsCannotAddClientsAndPracticeManagerMustNameTheClinician() {
        assertThatThrownBy(() -> users.as(ALEX, () -> clients.create(form("X Y", "xy@example.org"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> clients.create(form("X Y", "xy@example.org"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Choose the clinician");
        NewClientForm form = form("X Y", "xy@example.org");
        form.setClinicianId(users.accountId(SAM));
        assertThat(users.as(MANAGER, () -> clients.create(form)).client().clinicianId()).isEqualTo(users.accountId(SAM));
    }

    @Test
    void dischargeHidesFromTheActiveCaseloadAndReopenBringsBack() {
        long alex = users.clientId(ALEX);
        users.as(ELENA, () -> clients.discharge(alex, "Goals met; agreed ending"));
        assertThat(users.as(ELENA, () -> clients.allOfMine(false))).extracting(ClientSummary::id).doesNotContain(alex);
        assertThat(users.as(ELENA, () -> clients.allOfMine(true))).extracting(ClientSummary::id).contains(alex);
        users.as(ELENA, () -> clients.reopen(alex));
        assertThat(users.as(ELENA, () -> clients.allOfMine(false))).extracting(ClientSummary::id).contains(alex);
    }

    @Test
    void dischargeNeedsAReason() {
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.discharge(alex, " ")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("why");
    }

    @Test
    void lifeCycleActionsRefuseAnotherClinicianAndClients() {
        long ruth = users.clientId(RUTH);
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.discharge(ruth, "not mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.reopen(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.renewActivationLink(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.awaitsActivation(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> clients.discharge(alex, "myself"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> clients.allOfMine(false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.reassign(alex, users.accountId(SAM)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.practiceClients("", org.springframework.data.domain.Pageable.ofSize(5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reassignmentMovesTheRecordToTheNewClinician(org.springframework.boot.test.system.CapturedOutput output) {
        long alex = users.clientId(ALEX);
        users.as(MANAGER, () -> clients.reassign(alex, users.accountId(SAM)));
        assertThat(output).contains("event=client_reassigned by=" + MANAGER + " client=" + alex + " from_clinician="
                + users.accountId(ELENA) + " to_clinician=" + users.accountId(SAM)).doesNotContain("Alex Rowan");
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.requireReadable(alex))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(SAM, () -> clients.requireReadable(alex)).displayName()).isEqualTo("Alex Rowan");
    }

    @Test
    void practiceManagerReadsARecordOnlyThroughAnAuditedBreakGlass(org.springframework.boot.test.system.CapturedOutput output) {
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(MANAGER, () -> clients.readFor(alex, AuditAction.Read.ACTIVE_PLANS))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> clients.breakGlass(alex, "too short")))
                .isInstanceOf(ConstraintViolationException.class);

        // Rows after the last one written so far: other tests' break-glass reads of Alex stay out of it.
        Long lastBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        users.as(MANAGER, () -> clients.breakGlass(alex, "Clinician on leave; client reported a safety concern by phone"));
        users.as(MANAGER, () -> clients.readFor(alex, AuditAction.Read.ACTIVE_PLANS));

        // Read in a transaction of its own: the audit row was committed in its own transaction, and on
        // MariaDB (repeatable read) this test's transaction would not see it. Audit rows are never rolled
        // back, so only this run's rows are looked at.
        TransactionTemplate fresh = new TransactionTemplate(transactionManager);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        java.util.List<String> reasons = fresh.execute(t -> jdbc.queryForList(
                "select reason from audit_event where client_id = ? and actor = ? and action = 'ACTIVE_PLANS' and id > ?",
                String.class, alex, MANAGER, lastBefore));
        assertThat(reasons).containsExactly("Clinician on leave; client reported a safety concern by phone");
        assertThat(output).contains("event=break_glass account=" + MANAGER + " client=" + alex + " minutes=30")
                .as("the reason stays in the audit log, out of the log lines").doesNotContain("safety concern");
        assertThatThrownBy(() -> users.as(ELENA, () -> clients.breakGlass(alex, "I am not the practice manager")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static NewClientForm form(String name, String email) {
        NewClientForm form = new NewClientForm();
        form.setDisplayName(name);
        form.setEmail(email);
        return form;
    }
}
