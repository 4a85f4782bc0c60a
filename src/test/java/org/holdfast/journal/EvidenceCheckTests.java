package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attack the unkeyed chain could not stop: someone with database access replaces a threatening message with
 * "Hope you are well." and recomputes every hash after it and the chain's head. The chain alone then checks as
 * intact; against the verifiable log it does not. Records deleted or slipped in are named too. By SQL, on MariaDB.
 */
@DatabaseTest
class EvidenceCheckTests {

    @Autowired
    EvidenceCheck check;

    @Autowired
    ContactAttemptRepository attempts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    org.holdfast.audit.VerifiableLog log;

    /** Records prove something once a signed head covers them: as the record check does, sign before checking. */
    @org.junit.jupiter.api.BeforeEach
    void everythingUnderASignedHead() {
        log.sequenceAndSign();
    }

    @Test
    void everyRecordMatchesTheLogUntilOneIsRewrittenWithItsWholeChain() {
        long ruth = users.clientId(TestUsers.RUTH);
        assertThat(check.verify().problem()).isNull();
        assertThat(check.verify().records()).isPositive();
        List<Map<String, Object>> before = jdbc.queryForList(
                "select seq, content, prev_hash, hash from contact_attempt where client_id = ? order by seq", ruth);
        String headBefore = jdbc.queryForObject("select last_hash from contact_attempt_head where client_id = ?", String.class, ruth);
        try {
            jdbc.update("update contact_attempt set content = 'Hope you are well.' where client_id = ? and seq = 1", ruth);
            String previous = null;
            for (ContactAttempt a : attempts.findByClientIdOrderBySeqAsc(ruth)) {
                jdbc.update("update contact_attempt set prev_hash = ? where client_id = ? and seq = ?", previous, ruth, a.getSeq());
                ContactAttempt reread = attempts.findByClientIdOrderBySeqAsc(ruth).get(a.getSeq() - 1);
                previous = EvidenceChain.hash(reread);
                jdbc.update("update contact_attempt set hash = ? where client_id = ? and seq = ?", previous, ruth, a.getSeq());
            }
            jdbc.update("update contact_attempt_head set last_hash = ? where client_id = ?", previous, ruth);
            // The chain on its own is fooled...
            assertThat(EvidenceChain.verify(ruth, attempts.findByClientIdOrderBySeqAsc(ruth), null).problem())
                    .doesNotContain("changed");
            // ...the log is not.
            assertThat(check.verify().problem()).contains("Record 1 of client #" + ruth,
                    "does not match the hash the verifiable log holds for it");
        } finally {
            for (Map<String, Object> row : before) {
                jdbc.update("update contact_attempt set content = ?, prev_hash = ?, hash = ? where client_id = ? and seq = ?",
                        row.get("content"), row.get("prev_hash"), row.get("hash"), ruth, row.get("seq"));
            }
            jdbc.update("update contact_attempt_head set last_hash = ? where client_id = ?", headBefore, ruth);
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void theLastRecordDeletedWithItsHeadMovedBackIsNamed() {
        long ruth = users.clientId(TestUsers.RUTH);
        Map<String, Object> last = jdbc.queryForMap(
                "select * from contact_attempt where client_id = ? order by seq desc limit 1", ruth);
        int seq = ((Number) last.get("seq")).intValue();
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from contact_attempt_head where client_id = ?", ruth);
        jdbc.update("update contact_attempt_head set last_seq = ?, last_hash = ? where client_id = ?", seq - 1,
                last.get("prev_hash"), ruth);
        jdbc.update("delete from contact_attempt where id = ?", last.get("id"));
        try {
            assertThat(check.verify().problem()).contains("Record " + seq + " of client #" + ruth, "it was deleted");
        } finally {
            String columns = String.join(", ", last.keySet());
            String marks = String.join(", ", last.keySet().stream().map(c -> "?").toList());
            jdbc.update("insert into contact_attempt (" + columns + ") values (" + marks + ")", last.values().toArray());
            jdbc.update("update contact_attempt_head set last_seq = ?, last_hash = ? where client_id = ?",
                    head.get("last_seq"), head.get("last_hash"), ruth);
        }
        assertThat(check.verify().intact()).isTrue();
    }
}
