package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every new public method of JournalService and ConsentService refuses the other clinician and another client. */
@DatabaseTest
class JournalAccessTests {

    @Autowired
    JournalService journal;

    @Autowired
    ConsentService consent;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void elenaCannotReachSamsClient() {
        long ruth = users.clientId(RUTH);
        LocalDate today = LocalDate.now();
        denied(ELENA, () -> journal.journalFor(ruth));
        denied(ELENA, () -> journal.checkIns(ruth, today.minusDays(7), today));
        denied(ELENA, () -> journal.statsFor(List.of(ruth), 14));
        denied(ELENA, () -> journal.verifyChain(ruth));
        denied(ELENA, () -> consent.of(ruth));
        denied(ELENA, () -> consent.ofAll(List.of(ruth)));
        // and the other way round
        denied(SAM, () -> journal.journalFor(users.clientId(ALEX)));
    }

    @Test
    void aConsentReadKeptForOnePageAnswersOnlyItsOwnClientsAndOnlyItsClinician() {
        long alex = users.clientId(ALEX);
        long zoe = users.clientId(ZOE);
        TransactionTemplate page = new TransactionTemplate(transactions);
        page.setReadOnly(true);

        page.executeWithoutResult(status -> {
            assertThat(users.as(ELENA, () -> consent.ofAll(List.of(alex, zoe)))).containsOnlyKeys(alex, zoe);
            assertThat(users.as(ELENA, () -> consent.ofAll(List.of(zoe)))).containsOnlyKeys(zoe);
            // The same set again, asked by someone else in the same transaction: refused, not answered from the first.
            denied(SAM, () -> consent.ofAll(List.of(alex, zoe)));
            status.setRollbackOnly(); // the refusal marked the page's transaction for rollback
        });
    }

    @Test
    void aClientCannotReachAnotherClient() {
        long zoe = users.clientId(ZOE);
        LocalDate today = LocalDate.now();
        denied(ALEX, () -> journal.journalFor(zoe));
        denied(ALEX, () -> journal.checkIns(zoe, today.minusDays(7), today));
        denied(ALEX, () -> journal.statsFor(List.of(zoe), 14));
        denied(ALEX, () -> journal.verifyChain(zoe));
        denied(ALEX, () -> consent.of(zoe));
        denied(ALEX, () -> consent.ofAll(List.of(zoe)));
        // Writes name no client: they go to the signed-in client's own record. Another client's entry is not theirs.
        long zoesAttempt = jdbc.queryForObject("select min(id) from contact_attempt where client_id = ?", Long.class, zoe);
        assertThatThrownBy(() -> users.as(ALEX,
                () -> journal.correctContactAttempt(zoesAttempt, ContactAttemptTests.attempt("x"), "mine now")))
                .isInstanceOf(IllegalArgumentException.class);
        long zoesCheckIn = jdbc.queryForObject("select min(id) from check_in where client_id = ?", Long.class, zoe);
        assertThatThrownBy(() -> users.as(ALEX, () -> journal.setShared(EntryType.CHECK_IN, zoesCheckIn, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such entry");
        assertThatThrownBy(() -> users.as(ALEX, () -> journal.correctionOf(zoesAttempt)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cliniciansDoNotWriteOrReadAsTheClient() {
        denied(ELENA, () -> journal.recordUrge(JournalEntryTests.urge(5, UrgeOutcome.RESISTED, null)));
        denied(ELENA, () -> journal.recordSlip(JournalEntryTests.slip(org.holdfast.plans.Channel.TEXT, SlipDirection.REPLIED, null)));
        denied(ELENA, () -> journal.recordContactAttempt(ContactAttemptTests.attempt("x")));
        denied(ELENA, () -> journal.correctContactAttempt(1L, ContactAttemptTests.attempt("x"), "reason"));
        denied(ELENA, () -> journal.myJournal());
        denied(ELENA, () -> journal.correctionOf(1L));
        denied(ELENA, () -> journal.myLastSlip());
        denied(ELENA, () -> journal.whatHelpedBefore());
        denied(ELENA, () -> journal.draft(UrgeForm.class));
        denied(ELENA, () -> {
            journal.saveDraft(new UrgeForm());
            return null;
        });
        denied(ELENA, () -> {
            journal.discardDraft(UrgeForm.class);
            return null;
        });
        denied(ELENA, () -> {
            journal.setShared(EntryType.URGE, 1L, true);
            return null;
        });
        denied(ELENA, () -> consent.mine());
        denied(ELENA, () -> consent.myHistory());
        denied(ELENA, () -> consent.change(SharingLevel.EVERYTHING, true));
    }

    private void denied(String user, Supplier<?> call) {
        assertThatThrownBy(() -> users.as(user, call)).isInstanceOf(AccessDeniedException.class);
    }
}
