package org.holdfast.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.UrgeForm;
import org.holdfast.journal.UrgeOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional // rolled back: the demo data stays as it was for the other tests
class DrillSnapshotTests {

    @Autowired
    DrillSnapshot snapshot;

    @Autowired
    JournalService journal;

    @Autowired
    TestUsers users;

    /** The drill compares two snapshots with diff: the same database must give the same lines, its own audit rows notwithstanding. */
    @Test
    void theSameDatabaseGivesTheSameSnapshotAndANewEntryChangesIt() {
        List<String> first = snapshot.take();
        List<String> second = snapshot.take();
        assertThat(second).isEqualTo(first);
        assertThat(first).anyMatch(l -> l.startsWith("verification: intact"))
                .anyMatch(l -> l.startsWith("clinician #"))
                .anyMatch(l -> l.contains("(signed in as themselves): journal"));

        for (String client : List.of(TestUsers.ALEX, TestUsers.ZOE, TestUsers.PRIYA, TestUsers.RUTH)) {
            users.as(client, () -> journal.recordUrge(urge()));
        }
        List<String> after = snapshot.take();
        assertThat(after).isNotEqualTo(first);
        assertThat(after.stream().filter(l -> l.contains("(signed in as themselves): journal")).toList())
                .isNotEqualTo(first.stream().filter(l -> l.contains("(signed in as themselves): journal")).toList());
    }

    @Test
    void printsNoNameAndNoEntry() {
        String all = String.join("\n", snapshot.take());
        assertThat(all).doesNotContain("Alex", "Zoë", "Priya", "Ruth", "@demo.holdfast");
    }

    private static UrgeForm urge() {
        UrgeForm form = new UrgeForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now());
        form.setTime(LocalTime.MIDNIGHT);
        form.setStrength(4);
        form.setOutcome(UrgeOutcome.RESISTED);
        form.setDidInstead("Went for a walk");
        return form;
    }
}
