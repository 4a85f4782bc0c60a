package org.holdfast.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.PRIYA;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolationException;

@DatabaseTest
@Transactional // rolled back: the demo practice stays as it was for the other tests
class PlanServiceTests {

    @Autowired
    PlanService plans;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static final LocalDate START = LocalDate.now().minusDays(3);

    @Test
    void aNewPlanIsADraftWithItsWholeContentAndVersionOne() {
        long priya = users.clientId(PRIYA);
        PlanDetails created = users.as(ELENA, () -> plans.create(priya, content("Dad")));

        PlanDetails read = users.as(ELENA, () -> plans.plan(created.planId()));
        assertThat(read.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(read.overview().personWithRelationship()).isEqualTo("Dad (parent)");
        assertThat(read.overview().reviewDate()).isEqualTo(START.plusDays(28));
        PlanContent c = read.content();
        assertThat(c.getChannels()).isEqualTo(EnumSet.allOf(Channel.class));
        assertThat(c.getExceptions()).containsExactly(
                new PlanException(ExceptionReason.SHARED_PROPERTY_OR_PET, Channel.EMAIL, "Only about the dog's vet bills"));
        assertThat(c.getReasons()).containsExactly("He reads my messages aloud to the family", "I sleep better");
        assertThat(c.getSupportContacts()).extracting(SupportContact::getPhone).containsExactly("+44 7700 900123");
        assertThat(c.getHighRiskDates()).hasSize(2);
        assertThat(c.getStepsDone()).containsExactly(PracticalStep.BLOCK_NUMBER);
        assertThat(c.getRiskLevel()).isEqualTo(RiskLevel.LOW);

        List<PlanVersionSummary> history = users.as(ELENA, () -> plans.history(created.planId()));
        assertThat(history).singleElement().satisfies(v -> {
            assertThat(v.versionNo()).isEqualTo(1);
            assertThat(v.summary()).isEqualTo("Plan created");
            assertThat(v.changedByName()).isEqualTo("Dr Elena Marsh");
        });
    }

    @Test
    void everySaveKeepsAVersionThatNamesWhatChanged() {
        PlanDetails created = createForPriya();
        PlanContent edited = created.content();
        edited.setReviewDate(START.plusDays(45));
        edited.getExceptions().add(new PlanException(ExceptionReason.WORKPLACE, Channel.EMAIL, "Rota changes only"));

        PlanDetails saved = users.as(ELENA, () -> plans.update(created.planId(), created.version(), edited));

        assertThat(saved.version()).isGreaterThan(created.version());
        assertThat(saved.lastChange().summary()).isEqualTo("Review date, Exceptions");
        List<PlanVersionSummary> history = users.as(ELENA, () -> plans.history(created.planId()));
        assertThat(history).extracting(PlanVersionSummary::versionNo).containsExactly(2, 1);

        PlanVersionDetails first = users.as(ELENA, () -> plans.version(created.planId(), 1));
        assertThat(first.snapshot().content().getReviewDate()).isEqualTo(START.plusDays(28));
        assertThat(first.snapshot().content().getExceptions()).hasSize(1);
        PlanVersionDetails second = users.as(ELENA, () -> plans.version(created.planId(), 2));
        assertThat(second.changed()).containsExactlyInAnyOrder(PlanPart.REVIEW_DATE, PlanPart.EXCEPTIONS);
        assertThat(second.snapshot().content().getExceptions()).hasSize(2);
    }

    @Test
    void aSaveThatChangesNothingKeepsNoNewVersion() {
        PlanDetails created = createForPriya();
        PlanContent same = created.content();
        same.setPersonLabel("  Dad "); // stray spaces are not a change

        PlanDetails saved = users.as(ELENA, () -> plans.update(created.planId(), created.version(), same));

        assertThat(saved.version()).isEqualTo(created.version());
        assertThat(users.as(ELENA, () -> plans.history(created.planId()))).hasSize(1);
    }

    @Test
    void aSecondSaveFromAStaleEditorIsRefusedSayingWhoSavedAndTheFirstSaveIsKept() {
        PlanDetails opened = createForPriya(); // both editors opened this version
        PlanContent first = opened.content();
        first.setCopingStrategies(List.of("Walk round the park"));
        PlanContent second = users.as(ELENA, () -> plans.plan(opened.planId())).content();
        second.setCopingStrategies(List.of("Call my cousin"));

        users.as(ELENA, () -> plans.update(opened.planId(), opened.version(), first));

        assertThatThrownBy(() -> users.as(ELENA, () -> plans.update(opened.planId(), opened.version(), second)))
                .isInstanceOfSatisfying(PlanConflictException.class, conflict -> {
                    assertThat(conflict.getMessage()).startsWith("You (in another window or tab) saved this plan at ")
                            .contains("nothing you typed is lost");
                    assertThat(conflict.savedBy()).isEqualTo("Dr Elena Marsh");
                    assertThat(conflict.savedAt()).isNotNull();
                });
        assertThat(users.as(ELENA, () -> plans.plan(opened.planId())).content().getCopingStrategies())
                .containsExactly("Walk round the park");
        assertThat(users.as(ELENA, () -> plans.history(opened.planId()))).hasSize(2);
    }

    @Test
    void pausingNeedsAReasonWhichIsKeptWithTheVersion() {
        PlanDetails draft = createForPriya();
        PlanDetails active = users.as(ELENA,
                () -> plans.changeStatus(draft.planId(), draft.version(), new StatusChange(PlanStatus.ACTIVE, null)));

        assertThatThrownBy(() -> users.as(ELENA,
                () -> plans.changeStatus(active.planId(), active.version(), new StatusChange(PlanStatus.PAUSED, " "))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Say why the plan is paused");

        PlanDetails paused = users.as(ELENA, () -> plans.changeStatus(active.planId(), active.version(),
                new StatusChange(PlanStatus.PAUSED, "Hospital stay: contact about care is needed for two weeks")));
        assertThat(paused.status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(paused.overview().statusReason()).startsWith("Hospital stay");
        assertThat(paused.lastChange().summary()).startsWith("Status: Paused (Hospital stay");
        assertThat(users.as(ELENA, () -> plans.version(draft.planId(), 3)).changed()).containsExactly(PlanPart.STATUS);
    }

    @Test
    void aDraftCannotBePausedOnlyActivatedOrEnded() {
        PlanDetails draft = createForPriya();
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.changeStatus(draft.planId(), draft.version(),
                new StatusChange(PlanStatus.PAUSED, "Not ready"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A plan that is draft cannot become paused");
    }

    @Test
    void highRiskDatesAreMirroredForCaseloadQueriesOnEverySave() {
        PlanDetails draft = createForPriya();
        long priya = users.clientId(PRIYA);
        assertThat(mirroredDates(draft.planId())).isEqualTo(2);

        PlanDetails active = users.as(ELENA,
                () -> plans.changeStatus(draft.planId(), draft.version(), new StatusChange(PlanStatus.ACTIVE, null)));
        List<UpcomingHighRiskDate> soon = users.as(ELENA, () -> plans.upcomingHighRiskDates(List.of(priya), 7));
        assertThat(soon).filteredOn(d -> d.planId() == draft.planId()).extracting(UpcomingHighRiskDate::label)
                .containsExactly("His birthday");

        PlanContent edited = active.content();
        edited.getHighRiskDates().removeFirst();
        users.as(ELENA, () -> plans.update(active.planId(), active.version(), edited));
        assertThat(mirroredDates(draft.planId())).isEqualTo(1);
    }

    @Test
    void theServiceRefusesWhatTheFormWouldRefuse() {
        long priya = users.clientId(PRIYA);
        PlanContent noLabel = content(" ");
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.create(priya, noLabel)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Give the person a label");

        PlanContent reviewBeforeStart = content("Dad");
        reviewBeforeStart.setReviewDate(START.minusDays(1));
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.create(priya, reviewBeforeStart)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("on or after the start date");

        PlanContent vagueException = content("Dad");
        vagueException.getExceptions().getFirst().setTopic("");
        vagueException.getSupportContacts().getFirst().setPhone("call me maybe");
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.create(priya, vagueException)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Say what contact is limited to")
                .hasMessageContaining("so the number can be dialled");

        PlanContent noChannels = content("Dad");
        noChannels.setChannels(EnumSet.noneOf(Channel.class));
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.create(priya, noChannels)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("at least one way of contact");
    }

    @Test
    void theClientSeesPlansInForceButNeverADraft() {
        PlanDetails draft = createForPriya();
        assertThat(users.as(PRIYA, () -> plans.myPlans())).extracting(PlanDetails::planId).doesNotContain(draft.planId());

        users.as(ELENA, () -> plans.changeStatus(draft.planId(), draft.version(), new StatusChange(PlanStatus.ACTIVE, null)));

        assertThat(users.as(PRIYA, () -> plans.myPlans())).extracting(PlanDetails::planId).contains(draft.planId());
        assertThat(users.as(PRIYA, () -> plans.myPlan(draft.planId())).content().getReasons()).hasSize(2);
    }

    @Test
    void aMergedSaveKeepsTheirNewSupportContactInAPartINeverTouched() {
        PlanDetails loaded = createForPriya();
        int base = loaded.lastChange().versionNo();
        users.as(ELENA, () -> {
            PlanContent theirs = plans.plan(loaded.planId()).content();
            theirs.setSupportContacts(List.of(new SupportContact("Aunt Mo", "+44 7700 900123", "Evenings"),
                    new SupportContact("Refuge worker", "0808 2000 247", null)));
            plans.update(loaded.planId(), loaded.version(), theirs);
        });
        PlanContent mine = loaded.content();
        mine.setReasons(List.of("He reads my messages aloud to the family", "I sleep better", "Sundays are mine"));
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.update(loaded.planId(), loaded.version(), mine)))
                .isInstanceOf(PlanConflictException.class);

        PlanMerge merge = users.as(ELENA, () -> plans.merge(loaded.planId(), base, mine));

        assertThat(merge.keptTheirs()).containsExactly(PlanPart.SUPPORT_CONTACTS);
        assertThat(merge.bothChanged()).isEmpty();
        PlanDetails saved = users.as(ELENA,
                () -> plans.update(loaded.planId(), merge.theirVersion(), merge.resolve(java.util.Set.of())));
        assertThat(saved.content().getSupportContacts()).extracting(SupportContact::getName)
                .containsExactly("Aunt Mo", "Refuge worker");
        assertThat(saved.content().getReasons()).contains("Sundays are mine");
        // History names the part this save changed, not the whole plan
        assertThat(users.as(ELENA, () -> plans.history(loaded.planId())).getFirst().summary()).isEqualTo("Reasons");
    }

    @Test
    void whereBothChangedThePartThePersonChoosesWhichToKeep() {
        PlanDetails loaded = createForPriya();
        int base = loaded.lastChange().versionNo();
        users.as(ELENA, () -> {
            PlanContent theirs = plans.plan(loaded.planId()).content();
            theirs.setWhomToCall("Maya, then the police");
            plans.update(loaded.planId(), loaded.version(), theirs);
        });
        PlanContent mine = loaded.content();
        mine.setWhomToCall("The police, at once");
        mine.setCopingStrategies(List.of("Leave the room and make tea", "Walk round the block"));

        PlanMerge merge = users.as(ELENA, () -> plans.merge(loaded.planId(), base, mine));

        assertThat(merge.bothChanged()).containsExactly(PlanPart.SAFETY);
        assertThat(merge.keptTheirs()).isEmpty();
        assertThat(merge.theirs().getWhomToCall()).isEqualTo("Maya, then the police");
        assertThat(merge.mine().getWhomToCall()).isEqualTo("The police, at once");
        PlanContent keepTheirs = merge.resolve(java.util.Set.of(PlanPart.SAFETY));
        assertThat(keepTheirs.getWhomToCall()).isEqualTo("Maya, then the police");
        assertThat(keepTheirs.getCopingStrategies()).contains("Walk round the block");
        assertThat(merge.resolve(java.util.Set.of()).getWhomToCall()).isEqualTo("The police, at once");
    }

    @Test
    void aNewPlanIsRefusedUntilTheRiskIsChosen() {
        assertThat(new PlanContent().getRiskLevel()).as("no preset risk").isNull();
        long priya = users.clientId(PRIYA);
        PlanContent unchosen = content("Dad");
        unchosen.setRiskLevel(null);
        assertThatThrownBy(() -> users.as(ELENA, () -> plans.create(priya, unchosen)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("Choose a risk level");
    }

    private PlanDetails createForPriya() {
        long priya = users.clientId(PRIYA);
        return users.as(ELENA, () -> plans.create(priya, content("Dad")));
    }

    private int mirroredDates(long planId) {
        return jdbc.queryForObject("select count(*) from plan_high_risk_date where plan_id = ?", Integer.class, planId);
    }

    /** A complete, valid plan with a second person, for Priya (Dr Marsh's client). */
    static PlanContent content(String person) {
        PlanContent c = new PlanContent();
        c.setPersonLabel(person);
        c.setRelationship(Relationship.PARENT);
        c.setPurpose(PlanPurpose.SPACE_TO_REASSESS);
        c.setStartDate(START);
        c.setInitialPeriodDays(30);
        c.setReviewDate(START.plusDays(28));
        c.setExceptions(new java.util.ArrayList<>(List.of(
                new PlanException(ExceptionReason.SHARED_PROPERTY_OR_PET, Channel.EMAIL, "Only about the dog's vet bills"))));
        c.setClosingMessage("I am taking a break from contact. I will not reply to messages.");
        c.setStepsDone(EnumSet.of(PracticalStep.BLOCK_NUMBER));
        c.setReasons(List.of("He reads my messages aloud to the family", "I sleep better"));
        c.setCopingStrategies(List.of("Leave the room and make tea"));
        c.setSupportContacts(List.of(new SupportContact("Aunt Mo", "+44 7700 900123", "Evenings")));
        LocalDate birthday = LocalDate.now().plusDays(4).minusYears(58);
        c.setHighRiskDates(List.of(new HighRiskDate("His birthday", birthday, true),
                new HighRiskDate("Family wedding", LocalDate.now().plusDays(40), false)));
        c.setRiskLevel(RiskLevel.LOW);
        c.setWhomToCall("Aunt Mo");
        return c;
    }
}
