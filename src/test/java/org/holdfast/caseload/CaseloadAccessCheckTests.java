package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;

import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.SqlCapture;
import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseload asks the database whose clients they are once per page, not once per module, and remembering the
 * answer lets no other client through; what two modules both read for the page is read once.
 */
@DatabaseTest
class CaseloadAccessCheckTests {

    @Autowired
    CaseloadService caseload;

    @Autowired
    ClientService clients;

    @Autowired
    SqlCapture sql;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCaseloadPageChecksItsClientsOnlyByReadingThem() {
        List<SqlCapture.Statement> statements = sql.selectsOf(() -> users.as(ELENA,
                () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50)));

        assertThat(statements).isNotEmpty().noneMatch(CaseloadAccessCheckTests::isAccessCheck);
    }

    @Test
    void aForeignClientIsRefusedAfterTheCaseloadWasReadInTheSameTransaction() {
        long alex = users.clientId(ALEX);
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> transaction.executeWithoutResult(status -> {
            clients.allOfMine(false);
            clients.requireAllReadable(List.of(alex));
            clients.requireAllReadable(List.of(alex, ruth));
        }))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whatWasCheckedIsForgottenWhenTheTransactionEnds() {
        long alex = users.clientId(ALEX);
        users.as(ELENA, () -> transaction.executeWithoutResult(status -> clients.allOfMine(false)));

        List<SqlCapture.Statement> next = sql.selectsOf(() -> users.as(ELENA, () -> clients.requireAllReadable(List.of(alex))));

        assertThat(next).filteredOn(CaseloadAccessCheckTests::isAccessCheck).hasSize(1);
    }

    @Test
    void aCaseloadPageReadsConsentAndTheSlipWindowsOnceThoughTwoModulesAskForThem() {
        // The risk flags and the slip column each ask for consent and for the slips of the last days (over different
        // windows); within the page's one read-only transaction the second asking is answered from the first read.
        List<String> statements = sql.selectsOf(() -> users.as(ELENA,
                () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 50))).stream()
                .map(s -> s.sql().toLowerCase().replaceAll("\\s+", " ")).toList();

        assertThat(statements).filteredOn(s -> s.contains(" from journal_consent ")).hasSize(1);
        assertThat(statements).filteredOn(s -> s.contains(" from journal_entry ") && s.contains("'slip'")
                && !s.contains("group by")).hasSize(1);
        assertThat(statements).filteredOn(s -> s.contains(" from check_in ") && s.contains("slipped=true")
                && !s.contains("group by")).hasSize(1);
    }

    private static boolean isAccessCheck(SqlCapture.Statement statement) {
        String text = statement.sql().toLowerCase().replaceAll("\\s+", " ");
        return text.startsWith("select count(") && text.contains(" from client ") && text.contains("clinician_id=?");
    }
}
