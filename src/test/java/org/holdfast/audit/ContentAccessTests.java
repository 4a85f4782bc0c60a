package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each audited action reads on the client's "Who has looked" page, after the reader's name. */
class ContentAccessTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Insights (30 days)                | looked at patterns in your journal over the last 30 days
            Insights (90 days)                | looked at patterns in your journal over the last 90 days
            Insights (since last session)     | looked at patterns in your journal since your last session
            Insights (whole plan)             | looked at patterns in your journal since your plan began
            Risk flags                        | checked your caseload flags: whether anything in your journal, plan, homework or safety check-ins needs their attention
            Session prep PDF                  | made a summary to prepare your next session (PDF)
            Plan handout PDF                  | printed your plan (PDF)
            Contact evidence PDF              | made a PDF record of your contact-attempt log
            Contact-attempt log, all records  | read your whole contact-attempt log
            Contact-attempt log verification  | checked that your contact-attempt log is untouched
            Caseload figures                  | looked at your line on their caseload (plan day, check-ins, slips, homework)
            Caseload summary PDF              | printed their caseload summary, which has a line about you (PDF)
            'Journal, last 90 days'           | looked at what you share of your journal (the last 90 days)
            Plan 12 version 3                 | looked at your plan
            Plan history 12                   | looked at the changes made to your plan
            Check-ins 2026-11-01 to 2026-11-14 | looked at your check-ins from 1 Nov to 14 Nov
            Break-glass access opened         | opened your record in an emergency
            Something new                     | looked at Something new
            """)
    void eachActionReadsInTheClientsWords(String action, String plain) {
        assertThat(ContentAccess.plain(action)).isEqualTo(plain);
    }
}
