package org.holdfast.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.PRIYA;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How safe do you feel" at 2 or below on a contact attempt reaches the clinician as "I don't feel safe" does,
 * whatever the client shares, even with the log kept private; above it, nothing is raised.
 */
@DatabaseTest
@Transactional // rolled back: the demo practice stays as it was for the other tests
class UnsafeAfterContactTests {

    @Autowired
    SafetyService safety;

    @Autowired
    JournalService journal;

    @Autowired
    ConsentService consent;

    @Autowired
    TestUsers users;

    @ParameterizedTest
    @EnumSource(SharingLevel.class)
    void feelingUnsafeAfterContactFlagsTheClientAtEverySharingLevel(SharingLevel level) {
        long priya = users.clientId(PRIYA);
        int before = signals(priya);
        users.as(PRIYA, () -> consent.change(level, false));
        ContactAttemptForm form = attempt(ContactAttemptForm.UNSAFE_AT_MOST);

        users.as(PRIYA, () -> journal.recordContactAttempt(form));
        users.as(PRIYA, () -> journal.recordContactAttempt(form)); // sent twice, stored and flagged once

        assertThat(signals(priya)).isEqualTo(before + 1);
        assertThat(users.as(ELENA, () -> safety.openSignals(List.of(priya)))).containsKey(priya);
        assertThat(users.as(ELENA, () -> safety.signals(priya)).getFirst().note())
                .isEqualTo("Logged a contact attempt and said they feel 2 out of 10 safe.");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1 })
    void lowerStillFlags(int feltSafe) {
        long priya = users.clientId(PRIYA);
        int before = signals(priya);
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt(feltSafe)));
        assertThat(signals(priya)).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = { 3, 7, 10 })
    void feelingSaferRaisesNothing(int feltSafe) {
        long priya = users.clientId(PRIYA);
        int before = signals(priya);
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt(feltSafe)));
        assertThat(signals(priya)).isEqualTo(before);
    }

    private int signals(long clientId) {
        return users.as(ELENA, () -> safety.signals(clientId)).size();
    }

    private static ContactAttemptForm attempt(int feltSafe) {
        ContactAttemptForm form = new ContactAttemptForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now());
        form.setTime(LocalTime.MIDNIGHT);
        form.setChannel(Channel.TEXT);
        form.setSender("+44 7700 900123");
        form.setContent("I know where you are");
        form.setSafety(feltSafe);
        return form;
    }
}
