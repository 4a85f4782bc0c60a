package org.holdfast.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.util.List;
import java.util.function.LongFunction;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of {@link PlanService}, tried by someone who must not get through: the other
 * clinician, another client, the practice manager. A plan id alone never opens a plan.
 */
@DatabaseTest
@Transactional
class PlanAccessTests {

    @Autowired
    PlanService plans;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOtherClinicianReachesNoneOfAlexsPlans() {
        long alex = users.clientId(ALEX);
        long plan = firstPlan(alex);
        PlanContent valid = PlanServiceTests.content("Dad");

        refused(SAM, () -> plans.activePlans(alex));
        refused(SAM, () -> plans.firstActivePlans(List.of(alex)));
        refused(SAM, () -> plans.create(alex, valid));
        refused(SAM, () -> plans.update(plan, 0, valid));
        refused(SAM, () -> plans.changeStatus(plan, 0, new StatusChange(PlanStatus.PAUSED, "because")));
        refused(SAM, () -> plans.plans(alex));
        refused(SAM, () -> plans.plan(plan));
        refused(SAM, () -> plans.history(plan));
        refused(SAM, () -> plans.version(plan, 1));
        refused(SAM, () -> plans.upcomingHighRiskDates(List.of(alex), 7));
        refused(SAM, () -> plans.myPlans());
        refused(SAM, () -> plans.myPlan(plan));
    }

    @Test
    void dr_MarshCannotReachRuthsPlanByItsIdEither() {
        long ruth = users.clientId(RUTH);
        long plan = firstPlan(ruth);
        PlanContent valid = PlanServiceTests.content("Dad");

        refused(ELENA, () -> plans.update(plan, 0, valid));
        refused(ELENA, () -> plans.changeStatus(plan, 0, new StatusChange(PlanStatus.PAUSED, "because")));
        refused(ELENA, () -> plans.plan(plan));
        refused(ELENA, () -> plans.history(plan));
        refused(ELENA, () -> plans.version(plan, 1));
        assertThat(users.as(SAM, () -> plans.plan(plan)).clientId()).isEqualTo(ruth);
    }

    @Test
    void anotherClientReachesNoneOfZoesPlans() {
        long zoe = users.clientId(ZOE);
        long plan = firstPlan(zoe);
        PlanContent valid = PlanServiceTests.content("Dad");

        refused(ALEX, () -> plans.activePlans(zoe));
        refused(ALEX, () -> plans.firstActivePlans(List.of(zoe)));
        refused(ALEX, () -> plans.create(zoe, valid));
        refused(ALEX, () -> plans.update(plan, 0, valid));
        refused(ALEX, () -> plans.changeStatus(plan, 0, new StatusChange(PlanStatus.PAUSED, "because")));
        refused(ALEX, () -> plans.plans(zoe));
        refused(ALEX, () -> plans.plan(plan));
        refused(ALEX, () -> plans.history(plan));
        refused(ALEX, () -> plans.version(plan, 1));
        refused(ALEX, () -> plans.upcomingHighRiskDates(List.of(zoe), 7));
        refused(ALEX, () -> plans.myPlan(plan));
        assertThat(users.as(ALEX, () -> plans.myPlans())).extracting(PlanDetails::clientId)
                .containsOnly(users.clientId(ALEX));
    }

    @Test
    void aClientCannotWriteOrReadTheClinicianSideOfTheirOwnPlan() {
        long alex = users.clientId(ALEX);
        long plan = firstPlan(alex);

        refused(ALEX, () -> plans.create(alex, PlanServiceTests.content("Dad")));
        refused(ALEX, () -> plans.update(plan, 0, PlanServiceTests.content("Dad")));
        refused(ALEX, () -> plans.changeStatus(plan, 0, new StatusChange(PlanStatus.ENDED, "done")));
        refused(ALEX, () -> plans.plan(plan));
        refused(ALEX, () -> plans.history(plan));
        assertThat(users.as(ALEX, () -> plans.myPlan(plan)).planId()).isEqualTo(plan);
    }

    @Test
    void aClientCannotReadADraftOfTheirOwn() {
        long priya = users.clientId(PRIYA);
        PlanDetails draft = users.as(ELENA, () -> plans.create(priya, PlanServiceTests.content("Dad")));

        refused(PRIYA, () -> plans.myPlan(draft.planId()));
        assertThat(users.as(PRIYA, () -> plans.myPlans())).extracting(PlanDetails::planId)
                .doesNotContain(draft.planId());
    }

    @Test
    void thePracticeManagerReadsNoPlans() {
        long alex = users.clientId(ALEX);
        long plan = firstPlan(alex);

        refused(MANAGER, () -> plans.activePlans(alex));
        refused(MANAGER, () -> plans.firstActivePlans(List.of(alex)));
        refused(MANAGER, () -> plans.create(alex, PlanServiceTests.content("Dad")));
        refused(MANAGER, () -> plans.plans(alex));
        refused(MANAGER, () -> plans.plan(plan));
        refused(MANAGER, () -> plans.history(plan));
        refused(MANAGER, () -> plans.version(plan, 1));
        refused(MANAGER, () -> plans.myPlans());
    }

    @Test
    void anUnknownPlanIdIsRefusedLikeAForeignOne() {
        refused(ELENA, () -> plans.plan(999_999L));
        refused(ELENA, () -> plans.history(999_999L));
    }

    @Test
    // Outside the test transaction: the audit row commits in its own transaction, and on MySQL a
    // repeatable-read test transaction would not see it.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aClinicianReadOfPlanContentIsAudited() {
        long alex = users.clientId(ALEX);
        long plan = firstPlan(alex);
        LongFunction<Integer> audits = client -> jdbc.queryForObject(
                "select count(*) from audit_event where client_id = ? and actor = ? and action = 'PLAN' and plan_id = ?",
                Integer.class, client, ELENA, plan);
        int before = audits.apply(alex);

        users.as(ELENA, () -> plans.plan(plan));

        assertThat(audits.apply(alex)).isEqualTo(before + 1);
    }

    private void refused(String username, Runnable call) {
        assertThatThrownBy(() -> users.as(username, call)).as(username).isInstanceOf(AccessDeniedException.class);
    }

    private long firstPlan(long clientId) {
        return jdbc.queryForObject("select min(id) from no_contact_plan where client_id = ?", Long.class, clientId);
    }
}
