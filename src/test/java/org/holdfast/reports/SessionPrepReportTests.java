package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.PRIYA;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.homework.AssignmentForm;
import org.holdfast.homework.CouldNotDoForm;
import org.holdfast.homework.DoneForm;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.Recurrence;
import org.holdfast.insights.AgendaItem;
import org.holdfast.insights.ClientInsights;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.RiskFlag;
import org.holdfast.insights.RiskFlags;
import org.holdfast.insights.SuggestedAgenda;
import org.holdfast.journal.ContactAttemptForm;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipForm;
import org.holdfast.journal.Trigger;
import org.holdfast.journal.UrgeForm;
import org.holdfast.journal.UrgeOutcome;
import org.holdfast.plans.Channel;
import org.holdfast.safety.SafetyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session prep PDF against the services it draws on, for the same client and period. Tests that add
 * journal entries or change consent run in a transaction that is rolled back, so the demo stays as it was.
 */
@DatabaseTest
class SessionPrepReportTests {

    static final String SLIP_WORDS = "Drove past the old flat and texted him from the car park";
    static final String FEELING_WORDS = "Ashamed and oddly relieved";
    static final String URGE_WORDS = "Sat on my hands and rang Maeve instead";
    static final String ATTEMPT_CONTENT = "Left a birthday card under the wiper blade";
    static final String MARKED_REFLECTION = "Wrote three pages and slept better";
    static final String UNMARKED_REASON = "My sister stayed over all week";
    static final String SAFETY_WORDS = "His car has been parked outside my work since lunch";

    @Autowired
    SessionPrepReport report;

    @Autowired
    InsightsService insights;

    @Autowired
    RiskFlags riskFlags;

    @Autowired
    JournalService journal;

    @Autowired
    ConsentService consent;

    @Autowired
    HomeworkService homework;

    @Autowired
    SafetyService safety;

    @Autowired
    org.holdfast.measures.MeasureService measures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theHeaderNamesTheClientTheirClinicianThePlanAndThePeriod() {
        long alex = users.clientId(ALEX);

        ReportFile file = users.as(ELENA, () -> report.render(alex));

        assertThat(file.fileName()).startsWith("session-prep-alex-rowan-").endsWith(".pdf");
        String text = flat(file.content());
        assertThat(text).contains("Session preparation", "Alex Rowan", "Clinician: Dr Elena Marsh", "J. (ex-partner)",
                "Heal and move on", "Since the last session on", "Alex shares everything", "Confidential", "Page 1 of");
        assertThat(text).containsPattern("Active, Day \\d+ (of 60|\\(past 60\\))");
    }

    @Test
    @Transactional
    void figuresAndReadingsAreTheInsightsPagesForTheSamePeriod() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> journal.recordSlip(slip(true)));
        users.as(ALEX, () -> journal.recordUrge(urge(true)));

        ClientInsights in = users.as(ELENA, () -> insights.insights(alex, InsightsPeriod.SINCE_LAST_SESSION));
        String text = flat(users.as(ELENA, () -> report.render(alex)).content());

        assertThat(in.slipsByChannel().total()).isPositive();
        assertThat(text).contains(
                in.streaks().current() + " days without contact now (longest " + in.streaks().longest() + " days)",
                count(in.slipsByChannel().total(), "slip"), count(in.urgeOutcomes().total(), "urge"),
                count(in.mood().observations(), "check-in"),
                flat(in.slipsByChannel().reading()), flat(in.slipsByTrigger().reading()),
                flat(in.urgeStrength().reading()), flat(in.mood().reading()), flat(in.slipClock().reading()),
                flat(in.urgeOutcomes().reading()), flat(in.attempts().reading()));
        // The slip just recorded, as a table row and, since Alex shares everything, with the words
        assertThat(text).contains("Text / messaging", "Reached out", "Loneliness", SLIP_WORDS,
                URGE_WORDS);
    }

    /** Two GAD-7s today (two once-off assignments) and a PHQ-9 with question 9 answered: each as the service scores it. */
    @Test
    @Transactional
    void questionnaireFiguresAreTheMeasureServicesOwn() {
        long alex = users.clientId(ALEX);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        answer(alex, org.holdfast.measures.Instrument.GAD7, today, 1);
        answer(alex, org.holdfast.measures.Instrument.GAD7, today, 3);
        answer(alex, org.holdfast.measures.Instrument.PHQ9, today, 2);

        List<org.holdfast.measures.MeasureScore> scores = users.as(ELENA, () -> measures.scoresFor(alex));
        String text = flat(users.as(ELENA, () -> report.render(alex)).content());

        java.time.LocalDate from = users.as(ELENA, () -> insights.insights(alex, InsightsPeriod.SINCE_LAST_SESSION)).from();

        assertThat(scores).hasSizeGreaterThanOrEqualTo(3);
        assertThat(text).contains("Questionnaires", "Scores beside slips, urges and their contact attempts");
        // Every score of the period, as the service gives it
        scores.stream().filter(s -> !s.dueDate().isBefore(from)).forEach(s -> assertThat(text)
                .contains(flat(SessionPrepReport.scoreLine(s)), flat(SessionPrepReport.changeLine(s))));
        assertThat(text).contains("GAD-7 21 of 21 · Severe", "+14, reliably worse", "PHQ-9 18 of 27 · Moderately severe · question 9: More than half the days");
    }

    private void answer(long clientId, org.holdfast.measures.Instrument instrument, java.time.LocalDate day, int each) {
        long id = users.as(ELENA, () -> measures.assign(clientId, org.holdfast.measures.MeasureAssignmentForm.of(instrument,
                org.holdfast.measures.MeasureRecurrence.ONCE, day, null)));
        users.as(ALEX, () -> {
            org.holdfast.measures.MeasureForm form = measures.open(id, day);
            form.answers().replaceAll(a -> each);
            return measures.submit(form);
        });
    }

    @Test
    void everyRiskFlagAndAgendaTopicIsThere() {
        long zoe = users.clientId(ZOE);
        List<RiskFlag> flags = users.as(ELENA, () -> riskFlags.flagsFor(zoe));
        ClientInsights in = users.as(ELENA, () -> insights.insights(zoe, InsightsPeriod.SINCE_LAST_SESSION));
        List<AgendaItem> agenda = SuggestedAgenda.suggest(flags, in);

        String text = flat(users.as(ELENA, () -> report.render(zoe)).content());

        assertThat(flags).isNotEmpty();
        assertThat(agenda).isNotEmpty();
        flags.forEach(f -> assertThat(text).contains(f.label(), flat(f.reason())));
        agenda.forEach(a -> assertThat(text).contains(flat(a.topic()), flat(a.evidence())));
    }

    @Test
    @Transactional
    void aNumbersOnlyClientShowsNumbersAndChartsButNoneOfTheirWords() {
        long priya = users.clientId(PRIYA);
        // Marked shared, which numbers-only consent overrides
        users.as(PRIYA, () -> journal.recordSlip(slip(true)));
        users.as(PRIYA, () -> journal.recordUrge(urge(true)));
        users.as(PRIYA, () -> journal.recordContactAttempt(attempt()));

        ClientInsights in = users.as(ELENA, () -> insights.insights(priya, InsightsPeriod.SINCE_LAST_SESSION));
        byte[] pdf = users.as(ELENA, () -> report.render(priya)).content();
        String text = flat(pdf);

        assertThat(in.level()).isEqualTo(SharingLevel.NUMBERS_ONLY);
        assertThat(text).doesNotContain(SLIP_WORDS, FEELING_WORDS, URGE_WORDS, ATTEMPT_CONTENT, "What happened");
        assertThat(text).contains("Priya shares numbers only: no entries.",
                count(in.slipsByChannel().total(), "slip"), flat(in.urgeStrength().reading()), "Reached out",
                "Priya keeps the contact-attempt log private, so no attempt is listed here.");
        assertThat(Pdfs.charts(pdf)).as("charts").isGreaterThanOrEqualTo(3);
    }

    @Test
    @Transactional
    void aClientWhoKeepsTheContactLogPrivateHasNoAttemptContentInIt() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> journal.recordContactAttempt(attempt()));
        String shared = flat(users.as(ELENA, () -> report.render(alex)).content());
        users.as(ALEX, () -> consent.change(SharingLevel.EVERYTHING, false));

        String text = flat(users.as(ELENA, () -> report.render(alex)).content());

        assertThat(shared).contains(ATTEMPT_CONTENT, "Content, verbatim");
        assertThat(text).doesNotContain(ATTEMPT_CONTENT, "Content, verbatim")
                .contains("Alex keeps the contact-attempt log private, so no attempt is listed here.");
    }

    @Test
    @Transactional
    void aClientSharingNothingHasNoJournalFigures() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> journal.recordSlip(slip(true)));
        users.as(ALEX, () -> consent.change(SharingLevel.NOTHING, false));

        String text = flat(users.as(ELENA, () -> report.render(alex)).content());

        assertThat(text).contains("Alex shares no journal numbers, so there are no figures.",
                "Alex shares nothing from the journal: no entries.", "Alex does not share journal numbers.");
        assertThat(text).doesNotContain("without contact now", "Since the last session:", "Who started it",
                "averaging", "Weekday", SLIP_WORDS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NOTHING                    | false | false
            NUMBERS_ONLY               | false | false
            NUMBERS_AND_SHARED_ENTRIES | true  | false
            EVERYTHING                 | true  | true
            """)
    @Transactional
    void homeworkWordsFollowTheJournalsSharingLevel(SharingLevel level, boolean markedShown, boolean unmarkedShown) {
        long alex = users.clientId(ALEX);
        LocalDate today = LocalDate.now(clock);
        long letter = users.as(ELENA, () -> homework.assign(alex, once("A letter you keep", today)));
        long friend = users.as(ELENA, () -> homework.assign(alex, once("Tell a friend about the plan", today)));
        users.as(ALEX, () -> homework.markDone(letter, today, DoneForm.of(MARKED_REFLECTION, true)));
        users.as(ALEX, () -> homework.markCouldNotDo(friend, today, CouldNotDoForm.of(UNMARKED_REASON, false)));
        users.as(ALEX, () -> consent.change(level, false));

        String text = flat(users.as(ELENA, () -> report.render(alex)).content());

        assertThat(text).contains("A letter you keep", "Tell a friend about the plan");
        assertThat(text.contains(MARKED_REFLECTION)).as("marked reflection").isEqualTo(markedShown);
        assertThat(text.contains(UNMARKED_REASON)).as("unmarked reason").isEqualTo(unmarkedShown);
    }

    @Test
    void aRichDemoClientsReportRunsToTwoToFivePages() {
        for (String client : List.of(ZOE, PRIYA)) {
            long id = users.clientId(client);
            assertThat(Pdfs.pages(users.as(ELENA, () -> report.render(id)).content())).as(client).isBetween(2, 5);
        }
    }

    @Test
    void everyPageAfterTheFirstNamesTheClientAndTheReport() {
        long zoe = users.clientId(ZOE);
        byte[] pdf = users.as(ELENA, () -> report.render(zoe)).content();

        assertThat(Pdfs.pages(pdf)).isGreaterThan(1);
        for (int page = 2; page <= Pdfs.pages(pdf); page++) {
            assertThat(Pdfs.pageText(pdf, page)).as("page " + page).contains("Session preparation · Zoë Marchetti");
        }
    }

    @Test
    @Transactional
    void anOpenSafetySignalPrintsInTheClientsOwnWordsWhateverTheySharedOfTheJournal() {
        long alex = users.clientId(ALEX);
        users.as(ALEX, () -> safety.raise(SAFETY_WORDS));
        users.as(ALEX, () -> consent.change(SharingLevel.NOTHING, false));

        String text = flat(users.as(ELENA, () -> report.render(alex)).content());

        assertThat(text).contains("\"I don't feel safe\"", "Raised by the client, still open", "In their words: " + SAFETY_WORDS,
                "A safety signal is always shared with the clinician, whatever Alex shares of the journal.");
        // Above the risk flags: the first thing to read
        assertThat(text.indexOf(SAFETY_WORDS)).isLessThan(text.indexOf("Risk flags"));
    }

    @Test
    @Transactional
    void aResolvedSafetySignalIsNotListed() {
        long alex = users.clientId(ALEX);
        var raised = users.as(ALEX, () -> safety.raise(SAFETY_WORDS));
        users.as(ELENA, () -> safety.resolve(raised.id(), "Phoned; staying with her sister"));

        assertThat(flat(users.as(ELENA, () -> report.render(alex)).content())).doesNotContain(SAFETY_WORDS, "Raised by the client");
    }

    @Test
    void namesWithAccentsPrintAsTheyAre() {
        long zoe = users.clientId(ZOE);
        assertThat(Pdfs.text(users.as(ELENA, () -> report.render(zoe)).content())).contains("Zoë Marchetti");
    }

    @Test
    void anotherClinicianCannotRenderIt() {
        long ruth = users.clientId(RUTH);
        assertThatThrownBy(() -> users.as(ELENA, () -> report.render(ruth))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(SAM, () -> report.render(ruth)).content()).isNotEmpty();
    }

    @Test
    void clientsDoNotRenderTheClinicianReport() {
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(ALEX, () -> report.render(alex))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyDownloadIsAudited() {
        long alex = users.clientId(ALEX);
        String count = "select count(*) from audit_event where client_id = ? and action = 'SESSION_PREP_PDF'";
        Integer before = jdbc.queryForObject(count, Integer.class, alex);
        users.as(ELENA, () -> report.render(alex));
        assertThat(jdbc.queryForObject(count, Integer.class, alex)).isEqualTo(before + 1);
    }

    private static AssignmentForm once(String title, LocalDate due) {
        AssignmentForm form = new AssignmentForm();
        form.setTitle(title);
        form.setRecurrence(Recurrence.ONCE);
        form.setDueDate(due);
        return form;
    }

    private SlipForm slip(boolean shared) {
        SlipForm form = new SlipForm();
        stamp(form, shared);
        form.setChannel(Channel.TEXT);
        form.setDirection(SlipDirection.REACHED_OUT);
        form.setTriggers(Set.of(Trigger.LONELINESS, Trigger.EVENING));
        form.setWhatHappened(SLIP_WORDS);
        form.setFeelNow(FEELING_WORDS);
        return form;
    }

    private UrgeForm urge(boolean shared) {
        UrgeForm form = new UrgeForm();
        stamp(form, shared);
        form.setStrength(7);
        form.setOutcome(UrgeOutcome.RESISTED);
        form.setDidInstead(URGE_WORDS);
        return form;
    }

    private ContactAttemptForm attempt() {
        ContactAttemptForm form = new ContactAttemptForm();
        stamp(form, true);
        form.setChannel(Channel.IN_PERSON);
        form.setSender("Someone who looked like them");
        form.setContent(ATTEMPT_CONTENT);
        form.setSafety(6);
        return form;
    }

    private void stamp(org.holdfast.journal.JournalForm form, boolean shared) {
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDate(LocalDate.now(clock));
        form.setTime(LocalTime.now(clock).withNano(0).minusMinutes(5));
        form.setShared(shared);
    }

    private static String count(long n, String one) {
        return n + " " + one + (n == 1 ? "" : "s");
    }

    /** The PDF's text with line breaks and runs of spaces as single spaces: sentences wrap on paper. */
    private static String flat(byte[] pdf) {
        return flat(Pdfs.text(pdf));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
