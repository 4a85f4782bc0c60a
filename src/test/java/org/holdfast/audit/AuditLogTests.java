package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.ZOE;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.journal.JournalService;
import org.holdfast.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

// Not transactional: audit rows commit in their own transaction, and on MariaDB (repeatable read) a
// test transaction opened before them would not see them.
@DatabaseTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theClientSeesTheirClinicianReadByNameAndRoleNotUsername() {
        long alex = users.clientId(ALEX);
        LocalDate today = LocalDate.now();
        users.as(ELENA, () -> journal.checkIns(alex, today.minusDays(6), today));

        List<ContentAccess> seen = users.as(ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 5)).getContent());

        ContentAccess newest = seen.getFirst();
        assertThat(newest.who()).isEqualTo("Dr Elena Marsh").doesNotContain("@");
        assertThat(newest.role()).isEqualTo(Role.CLINICIAN.label());
        assertThat(newest.what()).startsWith("looked at your check-ins from");
        assertThat(seen).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    @Test
    void aClientSeesOnlyReadsOfTheirOwnRecord() {
        long zoe = users.clientId(ZOE);
        LocalDate today = LocalDate.now();
        users.as(ELENA, () -> journal.checkIns(zoe, today, today));
        List<ContentAccess> alexSees = users.as(ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 200)).getContent());
        // Rows about Alex: his own and the caseload pages that named him; refusals are not looks, nor are his
        // contact-attempt records joining the verifiable log
        long alex = users.clientId(ALEX);
        Integer alexRows = jdbc.queryForObject("select count(*) from audit_event where (client_id = ? or id in"
                + " (select event_id from audit_event_client where client_id = ?)) and action not in ('REFUSED', 'EVIDENCE_RECORD')", Integer.class,
                alex, alex);
        assertThat(alexSees).hasSize(Math.min(200, alexRows));
    }

    @Test
    void onlyTheClientReadsWhoLookedAtThem() {
        assertThatThrownBy(() -> users.as(ELENA, () -> audit.whoLookedAtMine(PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> audit.whoLookedAtMine(PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyThePracticeManagerSearchesAndReadsTheWholeLog() {
        long alex = users.clientId(ALEX);
        for (String notAdmin : List.of(ELENA, ALEX)) {
            assertThatThrownBy(() -> users.as(notAdmin, () -> audit.search(AuditFilter.NONE, PageRequest.of(0, 5))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(notAdmin, () -> audit.forClient(alex)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Alex's own rows, and the reads of several clients (caseload pages) that named Alex
        List<AuditEvent> aboutAlex = users.as(MANAGER, () -> audit.forClient(alex));
        Map<Long, List<Long>> named = users.as(MANAGER, () -> audit.clientsNamedBy(aboutAlex));
        assertThat(aboutAlex).isNotEmpty().allMatch(e -> e.getClientId() != null ? e.getClientId() == alex
                : named.getOrDefault(e.getId(), List.of()).contains(alex));
    }

    @Test
    void filtersNarrowByClientReaderWhatAndDates() {
        long alex = users.clientId(ALEX);
        LocalDate today = LocalDate.now();
        users.as(ELENA, () -> journal.checkIns(alex, today.minusDays(2), today));

        List<AuditEvent> byAll = users.as(MANAGER, () -> audit.search(
                new AuditFilter(alex, "marsh", "check-ins", today.minusDays(1), today), PageRequest.of(0, 50)).getContent());
        assertThat(byAll).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getClientId()).isEqualTo(alex);
            assertThat(e.getActor()).isEqualTo(ELENA);
            assertThat(e.getAction()).startsWithIgnoringCase("check-ins");
        });
        assertThat(users.as(MANAGER, () -> audit.search(
                new AuditFilter(alex, null, null, today.plusDays(1), null), PageRequest.of(0, 5)).getContent())).isEmpty();
        assertThat(users.as(MANAGER, () -> audit.search(
                new AuditFilter(null, "nobody-by-this-name", null, null, null), PageRequest.of(0, 5)).getContent())).isEmpty();
    }

    @Test
    void theRepositoryOffersNoWayToDeleteOrRewrite() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("remove") || name.startsWith("saveAll")
                        || name.startsWith("update"));
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).filter(m -> !Modifier.isPrivate(m.getModifiers()))
                .map(Method::getName)).noneMatch(name -> name.startsWith("set"));
    }

    @Test
    void nativeSqlThroughJpaCannotChangeRowsEither() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> {
            entityManager.createNativeQuery("UPDATE audit_event SET reason = 'rewritten'").executeUpdate();
            t.setRollbackOnly();
        })).hasMessageContaining("immutable");
        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> {
            entityManager.createNativeQuery("delete from audit_event where id > 0").executeUpdate();
            t.setRollbackOnly();
        })).hasMessageContaining("immutable");
    }

    @Test
    void updatesAndDeletesThroughJpaAreRefused() {
        long alex = users.clientId(ALEX);
        LocalDate today = LocalDate.now();
        users.as(ELENA, () -> journal.checkIns(alex, today, today));
        Integer before = jdbc.queryForObject("select count(*) from audit_event", Integer.class);

        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> {
            entityManager.createQuery("update AuditEvent e set e.reason = 'rewritten'").executeUpdate();
            t.setRollbackOnly(); // should the refusal ever stop working, the shared demo data stays intact
        }))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> {
            entityManager.createQuery("delete from AuditEvent e").executeUpdate();
            t.setRollbackOnly();
        }))
                .hasMessageContaining("immutable");

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where reason = 'rewritten'", Integer.class))
                .isZero();
    }
}
