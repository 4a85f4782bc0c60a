package org.holdfast.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional // rolled back: the demo practice stays as it was for the other tests
class SafetyServiceTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SafetyService safety;

    @Autowired
    CaseloadService caseload;

    @Autowired
    SosSessionRepository sos;

    @Autowired
    TestUsers users;

    @Test
    void aRaisedSignalFlagsTheClientOnTheirClinicianCaseloadUntilResolved() {
        long priya = users.clientId(PRIYA);
        SafetySignalSummary raised = users.as(PRIYA, () -> safety.raise("He was outside the flat this morning"));

        assertThat(priyaRow().feelsUnsafe()).isTrue();
        assertThat(priyaRow().safety().since()).isEqualTo(raised.raisedAt());
        assertThat(users.as(PRIYA, () -> safety.myOpenSignal())).contains(raised);
        assertThat(users.as(ELENA, () -> safety.openSignals(List.of(priya)))).containsKey(priya);

        SafetySignalSummary resolved = users.as(ELENA, () -> safety.resolve(raised.id(), "Phoned her; staying with a friend"));

        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolvedBy()).isEqualTo("Dr Elena Marsh");
        assertThat(priyaRow().feelsUnsafe()).isFalse();
        assertThat(users.as(PRIYA, () -> safety.myOpenSignal())).isEmpty();
        assertThat(users.as(ELENA, () -> safety.signals(priya))).first().isEqualTo(resolved);
    }

    @Test
    void theCaseloadSortsFlaggedClientsFirst() {
        users.as(PRIYA, () -> safety.raise(null));
        List<CaseloadRow> rows = users.as(ELENA,
                () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.by("safety"), 0, 50));
        assertThat(rows.getFirst().feelsUnsafe()).isTrue();
    }

    @Test
    void openSignalsAreOnlyForTheClinicianOfThoseClients() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        assertThat(users.as(ELENA, () -> safety.openSignals(List.of()))).isEmpty();
        assertThatThrownBy(() -> users.as(ELENA, () -> safety.openSignals(List.of(alex, ruth))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> safety.openSignals(List.of(alex))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> safety.openSignals(List.of(alex))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyClientsRaiseSignalsAndReadTheirOwn() {
        for (String staff : List.of(ELENA, MANAGER)) {
            assertThatThrownBy(() -> users.as(staff, () -> safety.raise("x"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(staff, () -> safety.myOpenSignal()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> users.as(PRIYA, () -> safety.raise("x".repeat(501))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("500 characters");
    }

    @Test
    void signalsOfAClientAreReadOnlyByTheirClinician() {
        long ruth = users.clientId(RUTH);
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(ELENA, () -> safety.signals(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> safety.signals(alex))).isInstanceOf(AccessDeniedException.class);
        // A practice manager needs a break-glass grant first.
        assertThatThrownBy(() -> users.as(MANAGER, () -> safety.signals(alex))).isInstanceOf(AccessDeniedException.class);
        SafetySignalSummary raised = users.as(RUTH, () -> safety.raise("Saw his car on my street"));
        List<SafetySignalSummary> seen = users.as(SAM, () -> safety.signals(ruth));
        assertThat(seen).contains(raised);
        assertThat(seen).extracting(SafetySignalSummary::clientId).containsOnly(ruth);
    }

    @Test
    void aClientReadsEveryOneOfTheirOwnSignalsAndNoOneElses() {
        long ruth = users.clientId(RUTH);
        SafetySignalSummary raised = users.as(RUTH, () -> safety.raise("Saw him at the station"));
        List<SafetySignalSummary> mine = users.as(RUTH, () -> safety.mySignals());
        assertThat(mine).contains(raised).extracting(SafetySignalSummary::clientId).containsOnly(ruth);
        assertThat(mine).hasSize(jdbc.queryForObject("select count(*) from safety_signal where client_id = ?", Integer.class, ruth));
        assertThat(users.as(ALEX, () -> safety.mySignals())).extracting(SafetySignalSummary::clientId).doesNotContain(ruth);
        assertThatThrownBy(() -> users.as(SAM, () -> safety.mySignals())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheClientsOwnClinicianResolvesWithANote() {
        SafetySignalSummary ruths = users.as(RUTH, () -> safety.raise("scared"));
        assertThatThrownBy(() -> users.as(ELENA, () -> safety.resolve(ruths.id(), "not mine to resolve")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(RUTH, () -> safety.resolve(ruths.id(), "I feel better")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> safety.resolve(ruths.id(), "closing it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(SAM, () -> safety.resolve(ruths.id(), " ")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("what was done");
        assertThatThrownBy(() -> users.as(ELENA, () -> safety.resolve(-1, "no such signal")))
                .isInstanceOf(AccessDeniedException.class);
        users.as(SAM, () -> safety.resolve(ruths.id(), "Called Ruth, made a plan for tonight"));
        assertThatThrownBy(() -> users.as(SAM, () -> safety.resolve(ruths.id(), "again")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUrgeSupportSessionIsLoggedWithTheServerEndTime() {
        Instant future = Instant.now().plusSeconds(3600);
        SosRecord record = users.as(PRIYA, () -> safety.recordSos(new SosForm(future, SosOutcome.RESISTED, 7)));
        assertThat(record.startedAt()).isBeforeOrEqualTo(record.endedAt());
        assertThat(record.outcome()).isEqualTo(SosOutcome.RESISTED);

        long priya = users.clientId(PRIYA);
        assertThat(sos.findAll()).extracting(SosSession::toRecord).filteredOn(r -> r.clientId() == priya).contains(record);
        assertThatThrownBy(() -> users.as(PRIYA, () -> safety.recordSos(new SosForm(Instant.now(), SosOutcome.DELAYED, 11))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("0 (none) to 10");
        assertThatThrownBy(() -> users.as(PRIYA, () -> safety.recordSos(new SosForm(Instant.now(), null, 3))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("how it went");
    }

    @Test
    void onlyClientsLogUrgeSupport() {
        for (String staff : List.of(ELENA, MANAGER)) {
            assertThatThrownBy(() -> users.as(staff, () -> safety.recordSos(new SosForm(Instant.now(), SosOutcome.RESISTED, 2))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private CaseloadRow priyaRow() {
        return users.as(ELENA, () -> caseload.page(new CaseloadFilter("Priya", false), Sort.unsorted(), 0, 5)).getFirst();
    }

}
