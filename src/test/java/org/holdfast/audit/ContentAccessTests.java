package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.holdfast.security.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How each audited action reads on the client's "Who has looked" page, after the reader's name, and in the manager's log. */
class ContentAccessTests {

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of(new AuditAction.Insights("30 days"), "looked at patterns in your journal over the last 30 days"),
                Arguments.of(new AuditAction.Insights("90 days"), "looked at patterns in your journal over the last 90 days"),
                Arguments.of(new AuditAction.Insights("since last session"), "looked at patterns in your journal since your last session"),
                Arguments.of(new AuditAction.Insights("whole plan"), "looked at patterns in your journal since your plan began"),
                Arguments.of(AuditAction.Read.RISK_FLAGS, "checked your caseload flags: whether anything in your journal, plan, homework or safety check-ins needs their attention"),
                Arguments.of(AuditAction.Read.SESSION_PREP_PDF, "made a summary to prepare your next session (PDF)"),
                Arguments.of(AuditAction.Read.PLAN_HANDOUT_PDF, "printed your plan (PDF)"),
                Arguments.of(AuditAction.Read.CONTACT_EVIDENCE_PDF, "made a PDF record of your contact-attempt log"),
                Arguments.of(AuditAction.Read.CONTACT_LOG, "read your whole contact-attempt log"),
                Arguments.of(AuditAction.Read.CONTACT_LOG_VERIFICATION, "checked that your contact-attempt log is untouched"),
                Arguments.of(AuditAction.Read.CASELOAD_FIGURES, "looked at your line on their caseload (plan day, check-ins, slips, homework)"),
                Arguments.of(AuditAction.Read.CASELOAD_SUMMARY_PDF, "printed their caseload summary, which has a line about you (PDF)"),
                Arguments.of(new AuditAction.Journal(90), "looked at what you share of your journal (the last 90 days)"),
                Arguments.of(new AuditAction.Plan(12, 3), "looked at your plan"),
                Arguments.of(new AuditAction.PlanHistory(12), "looked at the changes made to your plan"),
                Arguments.of(new AuditAction.CheckIns(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 14)), "looked at your check-ins from 1 Nov to 14 Nov"),
                Arguments.of(AuditAction.Read.BREAK_GLASS_OPENED, "opened your record in an emergency"),
                Arguments.of(AuditAction.Read.CLIENT_EXPORT, "exported a copy of your record (ZIP)"),
                Arguments.of(AuditAction.Read.WHOLE_JOURNAL, "read every entry you share of your journal"),
                Arguments.of(AuditAction.Read.MEASURES, "looked at your questionnaire scores (PHQ-9, GAD-7, WHO-5)"),
                Arguments.of(new AuditAction.Recorded("Something new"), "looked at Something new"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void eachActionReadsInTheClientsWords(AuditAction action, String plain) {
        assertThat(AuditWords.forClient(action)).isEqualTo(plain);
    }

    /** One of each kind, so a kind added later without words fails here rather than on a page. */
    static List<AuditAction> everyKind() {
        List<AuditAction> kinds = new java.util.ArrayList<>(Arrays.asList(AuditAction.Read.values()));
        kinds.addAll(List.of(new AuditAction.CheckIns(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 14)),
                new AuditAction.Journal(90), new AuditAction.Insights("30 days"), new AuditAction.Plan(12),
                new AuditAction.Plan(12, 3), new AuditAction.PlanHistory(12), new AuditAction.Refused("PlanService.plan"),
                new AuditAction.Recorded("Something new"),
                new AuditAction.EvidenceRecord(3, "9ca0e99b9d8a30a9c3f0aeef9528901a94082d98d08e77152e4fa1202643a47d")));
        for (AuditAction.AccountChange.Kind kind : AuditAction.AccountChange.Kind.values()) {
            kinds.add(new AuditAction.AccountChange(kind, "elena.marsh@demo.holdfast"));
        }
        kinds.add(new AuditAction.AccountChange(AuditAction.AccountChange.Kind.SIGN_IN_FAILED, null));
        for (AuditAction.Erasure.Step step : AuditAction.Erasure.Step.values()) {
            kinds.add(new AuditAction.Erasure(step, 7));
        }
        return kinds;
    }

    @Test
    void everyKindOfActionHasWordsForTheManagerAndTheClient() {
        assertThat(AuditAction.class.getPermittedSubclasses()).as("a new kind belongs in everyKind()").hasSize(11);
        for (AuditAction action : everyKind()) {
            assertThat(AuditWords.forPractice(action)).as(action.code()).isNotBlank().doesNotContain("null");
            assertThat(AuditWords.forClient(action)).as(action.code()).isNotBlank().doesNotContain("null");
        }
        assertThat(AuditWords.forPractice(new AuditAction.Plan(12, 3))).isEqualTo("Plan 12 version 3");
        assertThat(AuditWords.forPractice(new AuditAction.Plan(12))).isEqualTo("Plan 12");
        assertThat(AuditWords.forPractice(new AuditAction.Refused("PlanService.plan"))).isEqualTo("Refused: PlanService.plan");
    }

    @Test
    void everyKindSurvivesTheRoundTripThroughItsColumns() {
        for (AuditAction action : everyKind()) {
            AuditEvent row = new AuditEvent(java.time.Instant.EPOCH, "someone", "Someone", null, 1L, action, null, null);
            assertThat(row.action()).as(action.code()).isEqualTo(action);
        }
    }
}
