package org.holdfast.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent is applied by the service's queries: after the client lowers their level, no clinician-facing
 * method returns their words. Alex shares everything in the demo practice, with the contact log on.
 */
@DatabaseTest
@Transactional // rolled back: Alex's consent goes back to the demo's
class JournalConsentTests {

    /** Every JournalService method a clinician may call; a new one fails this test until it is walked below. */
    static final Set<String> CLINICIAN_FACING = Set.of("checkIns", "statsFor", "journalFor", "verifyChain",
            "contactLog", "everyEntry");

    @Autowired
    JournalService journal;

    @Autowired
    ConsentService consent;

    @Autowired
    TestUsers users;

    final LocalDate today = LocalDate.now();

    @Test
    void theListOfClinicianFacingMethodsIsComplete() {
        Set<String> clinicianFacing = Arrays.stream(JournalService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getAnnotation(PreAuthorize.class).value().contains("CLINICIAN"))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(clinicianFacing).isEqualTo(CLINICIAN_FACING);
    }

    @Test
    void everythingShowsTheWords() {
        long alex = users.clientId(ALEX);
        ClinicianJournal seen = users.as(ELENA, () -> journal.journalFor(alex));
        assertThat(seen.consent().level()).isEqualTo(SharingLevel.EVERYTHING);
        assertThat(seen.items()).extracting(JournalItem::type).contains(EntryType.URGE, EntryType.SLIP, EntryType.CONTACT_ATTEMPT);
        assertThat(seen.items()).anyMatch(i -> i.text() != null);
        assertThat(users.as(ELENA, () -> journal.checkIns(alex, today.minusDays(60), today))).anyMatch(c -> c.note() != null);
        assertThat(users.as(ELENA, () -> journal.everyEntry(alex))).extracting(JournalItem::type)
                .contains(EntryType.URGE, EntryType.SLIP).doesNotContain(EntryType.CONTACT_ATTEMPT, EntryType.CHECK_IN);
    }

    @Test
    void afterRevocationNoClinicianMethodReturnsTextOrNumbers() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> consent.change(SharingLevel.NOTHING, false));

        assertThat(users.as(ELENA, () -> journal.checkIns(alex, today.minusDays(90), today))).isEmpty();
        assertThat(users.as(ELENA, () -> journal.statsFor(List.of(alex), 14))).doesNotContainKey(alex);
        ClinicianJournal seen = users.as(ELENA, () -> journal.journalFor(alex));
        assertThat(seen.items()).isEmpty();
        assertThat(seen.totals()).isEmpty();
        assertThat(seen.keptPrivate()).isEmpty();
        assertThat(seen.checkIns()).isEmpty();
        assertThat(users.as(ELENA, () -> journal.everyEntry(alex))).isEmpty();
        ChainVerification chain = users.as(ELENA, () -> journal.verifyChain(alex));
        assertThat(chain.problem()).isNull(); // proves integrity, carries no content
        assertThatThrownBy(() -> users.as(ELENA, () -> journal.contactLog(alex)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theContactLogFollowsItsOwnSwitchWhateverTheLevel() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> consent.change(SharingLevel.NOTHING, true));
        assertThat(users.as(ELENA, () -> journal.contactLog(alex)).records()).isNotEmpty()
                .anyMatch(r -> r.content() != null && !r.content().isBlank());

        users.as(ALEX, () -> consent.change(SharingLevel.EVERYTHING, false));
        assertThatThrownBy(() -> users.as(ELENA, () -> journal.contactLog(alex)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void numbersOnlyKeepsNumbersAndCountsButNoWords() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> consent.change(SharingLevel.NUMBERS_ONLY, false));

        List<CheckInEntry> checkIns = users.as(ELENA, () -> journal.checkIns(alex, today.minusDays(90), today));
        assertThat(checkIns).isNotEmpty().allMatch(c -> c.note() == null);
        assertThat(users.as(ELENA, () -> journal.statsFor(List.of(alex), 14))).containsKey(alex);
        ClinicianJournal seen = users.as(ELENA, () -> journal.journalFor(alex));
        assertThat(seen.items()).isEmpty();
        assertThat(users.as(ELENA, () -> journal.everyEntry(alex))).isEmpty();
        assertThat(seen.totals()).containsKeys(EntryType.URGE, EntryType.SLIP, EntryType.CONTACT_ATTEMPT);
        assertThat(seen.keptPrivate().get(EntryType.URGE)).isEqualTo(seen.totals().get(EntryType.URGE));
        assertThat(seen.checkIns()).isNotEmpty().allMatch(c -> c.note() == null);
    }

    @Test
    void sharedEntriesLevelShowsOnlyWhatIsMarkedShared() {
        long alex = users.clientId(ALEX);
        List<JournalItem> mine = users.as(ALEX, () -> journal.myJournal());
        JournalItem kept = mine.stream().filter(i -> i.type() == EntryType.URGE).findFirst().orElseThrow();
        users.as(ALEX, () -> journal.setShared(EntryType.URGE, kept.id(), false));
        users.as(ALEX, () -> consent.change(SharingLevel.NUMBERS_AND_SHARED_ENTRIES, false));

        ClinicianJournal seen = users.as(ELENA, () -> journal.journalFor(alex));
        assertThat(seen.items()).extracting(JournalItem::id).doesNotContain(kept.id());
        assertThat(seen.items()).allMatch(JournalItem::shared).noneMatch(i -> i.type() == EntryType.CONTACT_ATTEMPT);
        assertThat(seen.keptPrivate().get(EntryType.URGE)).isGreaterThanOrEqualTo(1);
        // The whole journal, as an export reads it, follows the same rule
        assertThat(users.as(ELENA, () -> journal.everyEntry(alex))).isNotEmpty().allMatch(JournalItem::shared)
                .extracting(JournalItem::id).doesNotContain(kept.id());
        assertThat(users.as(ALEX, () -> journal.everyEntry(alex))).extracting(JournalItem::id).contains(kept.id());
    }

    @Test
    void changesAreKeptAsHistoryAndTheClinicianSeesTheCurrentState() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> consent.change(SharingLevel.NUMBERS_ONLY, true));
        users.as(ALEX, () -> consent.change(SharingLevel.NOTHING, true));

        var history = users.as(ALEX, () -> consent.myHistory());
        assertThat(history.get(0).fromLevel()).isEqualTo(SharingLevel.NUMBERS_ONLY);
        assertThat(history.get(0).toLevel()).isEqualTo(SharingLevel.NOTHING);
        assertThat(history.get(0).changedBy()).isEqualTo(ALEX);
        assertThat(history.get(1).fromLevel()).isEqualTo(SharingLevel.EVERYTHING);
        var state = users.as(ELENA, () -> consent.of(alex));
        assertThat(state.level()).isEqualTo(SharingLevel.NOTHING);
        assertThat(state.shareContactLog()).isTrue();
    }
}
