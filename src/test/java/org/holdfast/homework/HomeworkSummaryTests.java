package org.holdfast.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.homework.HomeworkFixtures.once;
import static org.holdfast.homework.HomeworkFixtures.recurring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ClientService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManagerFactory;

@DatabaseTest
@Transactional
class HomeworkSummaryTests {

    @Autowired
    HomeworkService homework;

    @Autowired
    HomeworkFixtures fixtures;

    @Autowired
    ClientService clients;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final LocalDate today = LocalDate.now();

    @Test
    void summaryCountsDoneDueSoFarOverdueAndTheNextDueDate() {
        long client = fixtures.newClientOf(ELENA);
        String username = username(client);
        HomeworkService fiveDaysAgo = fixtures.on(today.minusDays(5));
        // daily, 5 days in the past: done, done, couldn't, nothing, nothing -> 2 done, 1 couldn't, 2 overdue
        long daily = users.as(ELENA, () -> fiveDaysAgo.assign(client, recurring("Daily", Recurrence.DAILY, today.minusDays(5), today.plusDays(5))));
        users.as(username, () -> homework.markDone(daily, today.minusDays(5), DoneForm.of(null, true)));
        users.as(username, () -> homework.markDone(daily, today.minusDays(4), DoneForm.of(null, false)));
        users.as(username, () -> homework.markCouldNotDo(daily, today.minusDays(3), CouldNotDoForm.of("Ill")));
        users.as(username, () -> homework.markDone(daily, today, DoneForm.of(null, true))); // today's done: next is tomorrow
        // once, overdue
        users.as(ELENA, () -> fiveDaysAgo.assign(client, once("Missed", today.minusDays(1))));
        // once, due in three days, done early: counts as done and is not next
        long early = users.as(ELENA, () -> homework.assign(client, once("Early", today.plusDays(3))));
        users.as(username, () -> homework.markDone(early, today.plusDays(3), DoneForm.of(null, true)));
        // weekly, cancelled with an open past occurrence: nothing of it is overdue any more
        long cancelled = users.as(ELENA, () -> fiveDaysAgo.assign(client, recurring("Weekly", Recurrence.WEEKLY, today.minusDays(5), today.plusDays(20))));
        users.as(ELENA, () -> homework.cancel(cancelled));

        HomeworkSummary summary = users.as(ELENA, () -> homework.summariesFor(List.of(client))).get(client);

        assertThat(summary.done()).isEqualTo(4);
        assertThat(summary.overdue()).isEqualTo(3);
        assertThat(summary.dueSoFar()).isEqualTo(4 + 1 + 3);
        assertThat(summary.nextDue()).isEqualTo(today.plusDays(1));
    }

    @Test
    void summariesMatchTheAssignmentsTheClinicianSeesForEveryClient() {
        List<Long> caseload = caseloadOf(ELENA);

        Map<Long, HomeworkSummary> summaries = users.as(ELENA, () -> homework.summariesFor(caseload));

        assertThat(summaries).containsOnlyKeys(caseload);
        for (long clientId : caseload) {
            List<AssignmentStatus> assignments = users.as(ELENA, () -> homework.assignmentsFor(clientId));
            HomeworkSummary summary = summaries.get(clientId);
            assertThat(summary.done()).isEqualTo(assignments.stream().mapToLong(AssignmentStatus::done).sum());
            assertThat(summary.dueSoFar()).isEqualTo(assignments.stream().mapToLong(AssignmentStatus::dueSoFar).sum());
            assertThat(summary.overdue()).isEqualTo(assignments.stream().mapToLong(a -> a.overdue().size()).sum());
            assertThat(summary.nextDue()).isEqualTo(assignments.stream().map(AssignmentStatus::nextDue)
                    .filter(d -> d != null).min(LocalDate::compareTo).orElse(null));
        }
        // Other tests may add clients of their own; the demo's own keep up, except the few who fell behind.
        List<Long> demo = caseload.stream().filter(id -> username(id).endsWith("@demo.holdfast")).toList();
        long behind = demo.stream().filter(id -> summaries.get(id).overdue() > 0).count();
        assertThat(behind).as("demo clients with overdue homework").isPositive().isLessThanOrEqualTo(demo.size() / 3);
    }

    @Test
    void summariesCostTheSameNumberOfStatementsForFiveClientsAsForTwenty() {
        List<Long> twenty = new ArrayList<>(caseloadOf(ELENA));
        HomeworkService lastWeek = fixtures.on(today.minusDays(7));
        while (twenty.size() < 20) {
            long client = fixtures.newClientOf(ELENA);
            users.as(ELENA, () -> lastWeek.assign(client, recurring("Daily", Recurrence.DAILY, today.minusDays(7), today.plusDays(7))));
            twenty.add(client);
        }
        List<Long> five = twenty.subList(0, 5);
        // This test is one transaction, in which the clients read as Elena's caseload are not checked again: check all
        // twenty first, so that neither count includes that check (one statement however many clients).
        users.as(ELENA, () -> clients.requireAllReadable(twenty));

        long forFive = statementsFor(five);
        long forTwenty = statementsFor(twenty);

        assertThat(forTwenty).isEqualTo(forFive).isLessThanOrEqualTo(4);
    }

    private long statementsFor(List<Long> clientIds) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            // Counted inside users.as: signing the test user in reads the account, which is not the service's cost.
            return users.as(ELENA, () -> {
                statistics.clear();
                Map<Long, HomeworkSummary> result = homework.summariesFor(clientIds);
                assertThat(result).hasSize(clientIds.size());
                return statistics.getPrepareStatementCount();
            });
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private List<Long> caseloadOf(String clinician) {
        return users.as(clinician, () -> clients.allOfMine(false)).stream().map(ClientSummary::id).toList();
    }

    private String username(long clientId) {
        return jdbc.queryForObject("select a.username from user_account a join client c on c.account_id = a.id where c.id = ?",
                String.class, clientId);
    }
}
