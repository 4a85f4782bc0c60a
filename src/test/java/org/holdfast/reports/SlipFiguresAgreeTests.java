package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.ELENA;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.NewClientForm;
import org.holdfast.insights.ClientInsights;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.RiskFlag;
import org.holdfast.insights.RiskFlags;
import org.holdfast.journal.ClinicianJournal;
import org.holdfast.journal.EntryType;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanPurpose;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.PlanStatus;
import org.holdfast.plans.RiskLevel;
import org.holdfast.plans.Relationship;
import org.holdfast.plans.StatusChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One definition of a slip ({@link org.holdfast.journal.Slips}): the caseload, its risk flag, the
 * clinician's journal, insights and the session prep report count the same slips for the same client and
 * days. Before, one client read 4 on the caseload (the larger of ticks and forms), 3 in the journal and
 * insights (forms only), for 3 slip forms and 4 ticked check-ins of which 2 were the same slips. Contact
 * attempts are counted over a rolling week on the caseload and calendar weeks in insights: each says which.
 */
@DatabaseTest
class SlipFiguresAgreeTests {

    @Autowired
    CaseloadService caseload;

    @Autowired
    JournalService journal;

    @Autowired
    InsightsService insights;

    @Autowired
    RiskFlags risk;

    @Autowired
    SessionPrepReport report;

    @Autowired
    ClientService clients;

    @Autowired
    PlanService plans;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theCaseloadTheJournalInsightsAndTheSessionPrepCountTheSameSlips() {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        long maya = newClient(today.minusDays(20));
        // Three slips logged with the form on the last three days; the check-ins of two of those days are
        // ticked too (the same slips told twice), and two more days are only ticked: 5 slips.
        for (int k = 1; k <= 3; k++) {
            slip(maya, today.minusDays(k).atTime(12, 0).atZone(zone).toInstant());
        }
        for (int k = 2; k <= 5; k++) {
            checkIn(maya, today.minusDays(k), true);
        }
        checkIn(maya, today.minusDays(6), false);
        // Five texts from the other person in the last 7 days, nothing in the four weeks before.
        for (int k = 1; k <= 5; k++) {
            text(maya, k, today.minusDays(k).atTime(9, 0).atZone(zone).toInstant());
        }

        CaseloadRow row = users.as(ELENA, () -> caseload.page(CaseloadFilter.ALL_ACTIVE, Sort.unsorted(), 0, 1000))
                .stream().filter(r -> r.clientId() == maya).findFirst().orElseThrow();
        ClinicianJournal seen = users.as(ELENA, () -> journal.journalFor(maya));
        ClientInsights last30 = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.DAYS_30));
        ClientInsights sinceSession = users.as(ELENA, () -> insights.insights(maya, InsightsPeriod.SINCE_LAST_SESSION));
        List<RiskFlag> flags = users.as(ELENA, () -> risk.flagsFor(maya));

        assertThat(row.slipsLast14Days()).as("caseload, last 14 days").isEqualTo(5);
        assertThat(row.lastSlip()).isEqualTo(today.minusDays(1));
        assertThat(seen.totals().get(EntryType.SLIP)).as("journal, last 90 days").isEqualTo(5);
        assertThat(seen.slipsTickedOnly()).isEqualTo(2);
        assertThat(last30.slips()).as("insights, last 30 days").isEqualTo(5);
        assertThat(last30.slipsTickedOnly()).isEqualTo(2);
        assertThat(SessionPrepReport.glance(sinceSession)).as("session prep").contains("5 slips");
        assertThat(flags).filteredOn(f -> f.kind() == RiskFlag.Kind.SLIPPING).singleElement()
                .extracting(RiskFlag::reason).asString().startsWith("5 slips since");
        // Escalation: the caseload counts the last 7 days, insights calendar weeks, and says both.
        assertThat(flags).filteredOn(f -> f.kind() == RiskFlag.Kind.CONTACT_ESCALATING).singleElement()
                .extracting(RiskFlag::reason).asString().startsWith("5 contact attempts in the last 7 days");
        assertThat(last30.attempts().reading()).startsWith("Escalating in the calendar week from ")
                .endsWith("In the last 7 days: 5 attempts.");
        // The streak restarts at the last slip, whichever way it was told.
        assertThat(last30.streaks().current()).isEqualTo(1);
    }

    long newClient(LocalDate planStart) {
        NewClientForm form = new NewClientForm();
        form.setDisplayName("Maya Test");
        form.setEmail("maya-" + UUID.randomUUID() + "@example.invalid");
        long id = users.as(ELENA, () -> clients.create(form)).client().id();
        PlanContent c = new PlanContent();
        c.setPersonLabel("J.");
        c.setRelationship(Relationship.EX_PARTNER);
        c.setPurpose(PlanPurpose.HEAL_AND_MOVE_ON);
        c.setStartDate(planStart);
        c.setInitialPeriodDays(90);
        c.setRiskLevel(RiskLevel.NONE);
        PlanDetails draft = users.as(ELENA, () -> plans.create(id, c));
        users.as(ELENA, () -> plans.changeStatus(draft.planId(), draft.version(), new StatusChange(PlanStatus.ACTIVE, null)));
        jdbc.update("insert into journal_consent (client_id, level, share_contact_log, changed_at, version)"
                + " values (?, 'EVERYTHING', true, ?, 0)", id, Timestamp.from(Instant.now(clock)));
        return id;
    }

    void slip(long clientId, Instant at) {
        jdbc.update("insert into journal_entry (client_id, submission_id, kind, occurred_at, received_at, triggers, channel,"
                + " direction, what_happened, shared, version) values (?, ?, 'SLIP', ?, ?, 'EVENING', 'TEXT', 'REACHED_OUT',"
                + " 'words', true, 0)", clientId, UUID.randomUUID().toString(), Timestamp.from(at),
                Timestamp.from(at.plusSeconds(600)));
    }

    void text(long clientId, int seq, Instant at) {
        jdbc.update("insert into contact_attempt (client_id, seq, submission_id, occurred_at, received_at, channel, sender,"
                + " via_third_party, content, responded, safety, shared, hash) values (?, ?, ?, ?, ?, 'TEXT', 'J.', false,"
                + " 'the words', false, 8, true, 'x')", clientId, seq, UUID.randomUUID().toString(), Timestamp.from(at),
                Timestamp.from(at));
    }

    void checkIn(long clientId, LocalDate day, boolean slipped) {
        Timestamp at = Timestamp.from(day.atTime(21, 0).atZone(clock.getZone()).toInstant());
        jdbc.update("insert into check_in (client_id, entry_date, mood, urge, slipped, note, logged_at, received_at, version)"
                + " values (?, ?, 5, 5, ?, null, ?, ?, 0)", clientId, Date.valueOf(day), slipped, at, at);
    }
}
