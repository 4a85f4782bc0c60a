package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.audit.AuditLog;
import org.holdfast.clients.SessionForm;
import org.holdfast.clients.SessionService;
import org.holdfast.journal.CheckInForm;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
class PlanHandoutReportTests {

    static final String ARABIC_NAME = "ليلى حداد";

    private static final String COUNT = "select count(*) from audit_event where client_id = ? and action = 'PLAN_HANDOUT_PDF'";

    @Autowired
    PlanHandoutReport handout;

    @Autowired
    PlanService plans;

    @Autowired
    JournalService journal;

    @Autowired
    SessionService sessions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AuditLog audit;

    @Test
    void theClientsHandoutHasTheirPlanInPlainWordsOnOneOrTwoPages() {
        PlanDetails plan = users.as(ALEX, () -> plans.myPlans().getFirst());
        ReportFile file = users.as(ALEX, () -> handout.render(plan.planId()));

        String text = Pdfs.text(file.content());
        // Nothing in the name about the person or no contact: it may sit in a downloads list they can see
        assertThat(file.fileName()).isEqualTo("holdfast-plan-" + LocalDate.now(clock) + ".pdf");
        assertThat(text).contains("My no-contact plan", "No contact with J.", "For Alex Rowan",
                "What you're stepping back from", "Practical steps", "Block their number", "Your closing message",
                "People you can call", "Page 1 of", "Keep it somewhere private");
        plan.content().getReasons().forEach(reason -> assertThat(text).contains(reason));
        plan.content().getSupportContacts().forEach(c -> assertThat(text).contains(c.getName()));
        // One box per practical step, ticked or not
        assertThat(text.chars().filter(ch -> ch == '☑' || ch == '☐').count()).isEqualTo(8);
        assertThat(Pdfs.pages(file.content())).isBetween(1, 2);
    }

    @Test
    void theHandoutHoldsThePlanOnlyNeverJournalOrSessionNotes() {
        CheckInForm checkIn = new CheckInForm();
        checkIn.setMood(4);
        checkIn.setUrge(7);
        checkIn.setNote("Journal words not for the handout");
        users.as(ALEX, () -> journal.saveTodaysCheckIn(checkIn));
        long alex = users.clientId(ALEX);
        SessionForm session = new SessionForm();
        session.setStartsAt(LocalDateTime.now().plusDays(3).withNano(0));
        session.setPrivateNote("Clinician's private session note");
        users.as(ELENA, () -> sessions.add(alex, session));
        long planId = users.as(ALEX, () -> plans.myPlans().getFirst().planId());

        for (String who : new String[] { ALEX, ELENA }) {
            String text = Pdfs.text(users.as(who, () -> handout.render(planId)).content());
            assertThat(text).as(who).doesNotContain("Journal words not for the handout", "Clinician's private session note");
        }
    }

    @Test
    void theClinicianPrintsTheirClientsPlanAndTheReadIsAudited() {
        long alex = users.clientId(ALEX);
        long planId = users.as(ALEX, () -> plans.myPlans().getFirst().planId());
        Integer before = jdbc.queryForObject(COUNT, Integer.class, alex);

        ReportFile file = users.as(ELENA, () -> handout.render(planId));
        String text = Pdfs.text(file.content());

        assertThat(text).contains("No contact with J.", "For Alex Rowan");
        // The clinician's downloads folder holds many clients' plans: theirs is named for the client
        assertThat(file.fileName()).isEqualTo("plan-alex-rowan-" + LocalDate.now(clock) + ".pdf");
        assertThat(jdbc.queryForObject(COUNT, Integer.class, alex)).isEqualTo(before + 1);
        // Not "looked at your plan": the handout is named for what it is
        assertThat(users.as(ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 1)).getContent()).getFirst().what())
                .isEqualTo("printed your plan (PDF)");
    }

    @Test
    void theClientsOwnHandoutIsAuditedButNotShownToThemAsSomeoneLooking() {
        long alex = users.clientId(ALEX);
        long planId = users.as(ALEX, () -> plans.myPlans().getFirst().planId());
        Integer before = jdbc.queryForObject(COUNT, Integer.class, alex);
        int lookedBefore = users.as(ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 10_000)).getContent().size());
        users.as(ALEX, () -> handout.render(planId));
        assertThat(jdbc.queryForObject(COUNT, Integer.class, alex)).isEqualTo(before + 1);
        assertThat(users.as(ALEX, () -> audit.whoLookedAtMine(PageRequest.of(0, 10_000)).getContent().size())).isEqualTo(lookedBefore);
    }

    @Test
    void anotherClinicianAnotherClientAndThePracticeManagerAreRefused() {
        long planId = users.as(ALEX, () -> plans.myPlans().getFirst().planId());
        assertThatThrownBy(() -> users.as(SAM, () -> handout.render(planId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ZOE, () -> handout.render(planId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> handout.render(planId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlanWithAnAccentedPersonLabelAndNameStillPrints() {
        long planId = users.as(ZOE, () -> plans.myPlans().getFirst().planId());
        assertThat(Pdfs.text(users.as(ZOE, () -> handout.render(planId)).content())).contains("For Zoë Marchetti");
    }

    @Test
    @Transactional
    void aNameInArabicScriptPrintsOnTheHandoutReadingRightToLeft() {
        long alex = users.clientId(ALEX);
        jdbc.update("update client set display_name = ? where id = ?", ARABIC_NAME, alex);
        long planId = users.as(ALEX, () -> plans.myPlans().getFirst().planId());

        ReportFile mine = users.as(ALEX, () -> handout.render(planId));
        ReportFile theirs = users.as(ELENA, () -> handout.render(planId));

        // Read back in logical order, which it is only when the run was laid out right to left (NFKC in case
        // the joined letters come back as Arabic presentation forms)
        String text = Pdfs.text(mine.content());
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains("For " + ARABIC_NAME);
        assertThat(mine.fileName()).isEqualTo("holdfast-plan-" + LocalDate.now(clock) + ".pdf");
        assertThat(theirs.fileName()).isEqualTo("plan-lyla-hdad-" + LocalDate.now(clock) + ".pdf");
    }
}
