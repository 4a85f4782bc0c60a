package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.plans.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@DatabaseTest
class ContactAttemptTests {

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    @Transactional
    void aNewChainIsIntactAndTheSameSubmissionIsStoredOnce() {
        long priya = users.clientId(PRIYA);
        ContactAttemptForm form = attempt("are you ok");
        users.as(PRIYA, () -> journal.recordContactAttempt(form));
        users.as(PRIYA, () -> journal.recordContactAttempt(form));
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt("answer me")));

        ChainVerification check = users.as(PRIYA, () -> journal.verifyChain(priya));
        assertThat(check.intact()).isTrue();
        assertThat(check.records()).isEqualTo(2);
    }

    @Test
    @Transactional
    void anEditedRecordIsDetectedAndNamed() {
        long priya = users.clientId(PRIYA);
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt("first")));
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt("second")));
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt("third")));

        tamperOutsideTheService();
        jdbc.update("update contact_attempt set content = 'nothing happened' where client_id = ? and seq = 2", priya);

        ChainVerification check = users.as(PRIYA, () -> journal.verifyChain(priya));
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenSeq()).isEqualTo(2);
        assertThat(check.problem()).contains("changed");
    }

    @Test
    @Transactional
    void aDeletedRecordIsDetectedAtTheEndAndInTheMiddle() {
        long priya = users.clientId(PRIYA);
        for (String text : new String[] { "first", "second", "third", "fourth" }) {
            users.as(PRIYA, () -> journal.recordContactAttempt(attempt(text)));
        }
        tamperOutsideTheService();

        jdbc.update("delete from contact_attempt where client_id = ? and seq = 4", priya);
        ChainVerification newestGone = users.as(PRIYA, () -> journal.verifyChain(priya));
        assertThat(newestGone.intact()).isFalse();
        assertThat(newestGone.firstBrokenSeq()).isEqualTo(4);
        assertThat(newestGone.problem()).contains("ends at record 3");

        jdbc.update("delete from contact_attempt where client_id = ? and seq = 2", priya);
        ChainVerification middleGone = users.as(PRIYA, () -> journal.verifyChain(priya));
        assertThat(middleGone.intact()).isFalse();
        assertThat(middleGone.firstBrokenSeq()).isEqualTo(2);
        assertThat(middleGone.problem()).contains("missing");
    }

    @Test
    @Transactional
    void aCorrectionIsANewVersionAndTheOriginalStays() {
        long priya = users.clientId(PRIYA);
        JournalItem original = users.as(PRIYA, () -> journal.recordContactAttempt(attempt("call at 9")));
        ContactAttemptForm corrected = attempt("call at 9, then a voicemail");
        JournalItem correction = users.as(PRIYA,
                () -> journal.correctContactAttempt(original.id(), corrected, "I forgot the voicemail"));

        assertThat(correction.corrects()).isEqualTo(original.id());
        assertThat(keys.plainText(jdbc.queryForObject("select content from contact_attempt where id = ?", String.class,
                original.id()))).isEqualTo("call at 9");
        assertThat(users.as(PRIYA, () -> journal.verifyChain(priya)).intact()).isTrue();
    }

    @Test
    @Transactional
    void anOldRecordCanBeCorrectedAndTheChainStaysIntact() {
        long zoe = users.clientId(ZOE);
        long first = jdbc.queryForObject("select id from contact_attempt where client_id = ? and seq = 1", Long.class, zoe);
        ContactAttemptForm form = users.as(ZOE, () -> journal.correctionOf(first));
        assertThat(form.getDate()).isBefore(LocalDate.now().minusDays(7));
        form.setContent("hey. can we talk (sent twice)");

        JournalItem correction = users.as(ZOE, () -> journal.correctContactAttempt(first, form, "It came twice"));

        assertThat(correction.corrects()).isEqualTo(first);
        assertThat(users.as(ZOE, () -> journal.verifyChain(zoe)).intact()).isTrue();
    }

    @Test
    @Transactional
    void aSingleAttemptCannotBeSharedOrHiddenOnlyTheWholeLog() {
        long priya = users.clientId(PRIYA);
        JournalItem attempt = users.as(PRIYA, () -> journal.recordContactAttempt(attempt("at the door again")));
        boolean before = jdbc.queryForObject("select shared from contact_attempt where id = ?", Boolean.class, attempt.id());

        assertThatThrownBy(() -> users.as(PRIYA, () -> journal.setShared(EntryType.CONTACT_ATTEMPT, attempt.id(), !before)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shared as one log");
        assertThat(jdbc.queryForObject("select shared from contact_attempt where id = ?", Boolean.class, attempt.id()))
                .isEqualTo(before);
        assertThat(users.as(PRIYA, () -> journal.verifyChain(priya)).intact()).isTrue();
    }

    @Test
    void theDemoChainsAreIntact() {
        assertThat(users.as(ELENA, () -> journal.verifyChain(users.clientId(ZOE))).intact()).isTrue();
        ChainVerification ruth = users.as(SAM, () -> journal.verifyChain(users.clientId(RUTH)));
        assertThat(ruth.intact()).as(ruth.problem()).isTrue();
        assertThat(ruth.records()).isEqualTo(4);
    }

    /** Writes what the service holds and forgets it, as a later edit straight in the database would find it. */
    private void tamperOutsideTheService() {
        entityManager.flush();
        entityManager.clear();
    }

    static ContactAttemptForm attempt(String content) {
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
