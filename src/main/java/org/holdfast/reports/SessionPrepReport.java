package org.holdfast.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.SessionDates;
import org.holdfast.clients.SessionService;
import org.holdfast.consent.SharingLevel;
import org.holdfast.homework.AssignmentStatus;
import org.holdfast.homework.HomeworkService;
import org.holdfast.homework.Outcome;
import org.holdfast.homework.SharedOutcome;
import org.holdfast.insights.AttemptTrend;
import org.holdfast.insights.ClientInsights;
import org.holdfast.insights.DailyTrend;
import org.holdfast.insights.InsightCharts;
import org.holdfast.insights.InsightsPeriod;
import org.holdfast.insights.InsightsReading;
import org.holdfast.insights.InsightsService;
import org.holdfast.insights.RiskFlag;
import org.holdfast.insights.RiskFlags;
import org.holdfast.insights.SuggestedAgenda;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ClinicianJournal;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.EntryType;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.Trigger;
import org.holdfast.plans.PlanOverview;
import org.holdfast.safety.SafetyService;
import org.holdfast.safety.SafetySignalSummary;
import org.holdfast.security.AccountService;
import org.holdfast.security.AuditAction;
import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;
import org.jfree.chart.JFreeChart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's one document before a session: the client, the plan and the period since the last
 * session; the figures, charts and readings of the insights page for that period (the same calculation
 * and the same chart code, so paper and screen agree); risk flags and the suggested agenda; slips,
 * contact attempts, homework and journal entries; room for notes. Everything comes from services that
 * apply the client's consent in their queries: words appear only where the client shares them, and
 * attempt content only while the client shares the contact-attempt log.
 */
@Service
public class SessionPrepReport {

    static final AuditAction AUDIT_PURPOSE = AuditAction.Read.SESSION_PREP_PDF;

    static final String SAFETY = "\"I don't feel safe\"";
    static final String FLAGS = "Risk flags";
    static final String AGENDA = "Suggested agenda";
    static final String MEASURES = "Questionnaires";
    static final String SLIPS = "Slips since the last session";
    static final String TRENDS = "Urges and mood";
    static final String CLOCKS = "When slips and urges happen";
    static final String OUTCOMES = "How urges went";
    static final String HOMEWORK = "Homework";
    static final String JOURNAL = "Journal entries shared since the last session";
    static final String NOTES = "Notes for the session";

    /** Charts are laid out at this size (the fonts of the insights page) and printed smaller, so labels suit paper. */
    private static final int PAIR_WIDTH = 420;
    private static final int PAIR_HEIGHT = 270;
    private static final int WIDE_WIDTH = 760;
    private static final int WIDE_HEIGHT = 215;


    private final ReportPrinter printer;
    private final ClientService clients;
    private final SessionService sessions;
    private final InsightsService insights;
    private final RiskFlags riskFlags;
    private final JournalService journal;
    private final HomeworkService homework;
    private final AccountService accounts;
    private final SafetyService safety;
    private final org.holdfast.measures.MeasureService measures;
    private final Clock clock;

    SessionPrepReport(ReportPrinter printer, ClientService clients, SessionService sessions, InsightsService insights,
            RiskFlags riskFlags, JournalService journal, HomeworkService homework,
            AccountService accounts, SafetyService safety, org.holdfast.measures.MeasureService measures, Clock clock) {
        this.measures = measures;
        this.printer = printer;
        this.clients = clients;
        this.sessions = sessions;
        this.insights = insights;
        this.riskFlags = riskFlags;
        this.journal = journal;
        this.homework = homework;
        this.accounts = accounts;
        this.safety = safety;
        this.clock = clock;
    }

    // One read-only transaction for the whole gathering: the client, plan and consent rows that each
    // service checks again come from the persistence context instead of the database each time.
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional(readOnly = true)
    public ReportFile render(long clientId) {
        ClientSummary client = clients.readFor(clientId, AUDIT_PURPOSE);
        // One read of the journal for the period since the last session, the agenda's own (usually longer)
        // period, and the slips listed below.
        InsightsReading reading = insights.insights(clientId, InsightsPeriod.SINCE_LAST_SESSION,
                SuggestedAgenda.PATTERN_PERIOD);
        ClientInsights in = reading.of(InsightsPeriod.SINCE_LAST_SESSION);
        List<RiskFlag> flags = riskFlags.flagsFor(clientId);
        SessionDates dates = sessions.datesOf(clientId);
        Instant now = Instant.now(clock);
        // The insights period starts at the last session itself, not at the start of its day.
        Instant from = in.periodNote() == null && dates.lastHeld() != null ? dates.lastHeld()
                : in.from().atStartOfDay(in.zone()).toInstant();
        Period period = new Period(from, now, in.from(), in.to(), in.zone());

        List<SlipPoint> slips = in.numbersShared()
                ? reading.data().slips().stream()
                        .filter(s -> period.holds(s.at())).sorted(Comparator.comparing(SlipPoint::at)).toList()
                : List.of();
        ClinicianJournal words = in.numbersShared() ? journal.journalFor(clientId) : null;
        List<ContactLogRecord> attempts = in.contactLogShared() ? journal.contactLog(clientId).records().stream()
                .filter(r -> period.holds(r.occurredAt())).toList() : List.of();
        List<AssignmentStatus> assignments = homework.assignmentsFor(clientId);
        List<SafetySignalSummary> openSignals = safety.signals(clientId).stream().filter(SafetySignalSummary::open).toList();

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("clientName", client.displayName());
        parameters.put("clinicianName", accounts.displayName(client.clinicianId()).orElse(null));
        parameters.put("planLine", planLine(in.plan(), in.to()));
        parameters.put("periodLine", periodLine(in, dates));
        parameters.put("periodNote", in.periodNote());
        parameters.put("sharingLine", in.sharingSentence());
        parameters.put("glanceLine", glance(in));

        List<SessionPrepLine> lines = new ArrayList<>(safetySignals(in, openSignals));
        lines.addAll(section(FLAGS, flags.stream().map(f -> SessionPrepLine.flag(f.label(), f.reason())).toList(),
                "No risk flags today."));
        // The same agenda as the client overview: patterns over the agenda's own period, which is usually
        // longer than the days since the last session.
        ClientInsights patterns = reading.of(SuggestedAgenda.PATTERN_PERIOD);
        lines.addAll(section(AGENDA, SuggestedAgenda.suggest(flags, patterns).stream()
                .map(a -> SessionPrepLine.agenda(a.topic(), a.evidence())).toList(),
                "Nothing in particular stands out from the flags and patterns."));
        lines.addAll(questionnaires(in, reading, measures.scoresFor(clientId)));
        lines.addAll(slips(in, slips, period));
        lines.addAll(charts(in));
        lines.addAll(attempts(in, attempts, period));
        lines.addAll(homework(assignments, period));
        lines.addAll(journalEntries(in, words, period));
        lines.add(SessionPrepLine.notes().under(NOTES));

        byte[] pdf = printer.pdf("session-prep", parameters, lines);
        return new ReportFile("session-prep-" + ReportPrinter.slug(client.displayName()) + "-" + Dates.fileDate(in.to()) + ".pdf", pdf);
    }

    /** The period in the client's zone: from the last session (or the fallback's first day) until now. */
    record Period(Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

        boolean holds(Instant at) {
            return !at.isBefore(from) && !at.isAfter(to);
        }

        boolean holds(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        String when(Instant at) {
            return Dates.weekdayDateTime(at, zone);
        }
    }

    // ---- header ---------------------------------------------------------------------------------

    static String planLine(PlanOverview plan, LocalDate today) {
        if (plan == null) {
            return "No active plan";
        }
        return plan.personWithRelationship() + " · " + plan.purpose().label() + " · " + plan.status().label() + ", "
                + plan.progressLabel(today);
    }

    private static String periodLine(ClientInsights in, SessionDates dates) {
        String span = Dates.format(in.from()) + " – " + Dates.format(in.to());
        String since = in.periodNote() == null && dates.lastHeld() != null
                ? "Since the last session on " + Dates.weekdayDateTime(dates.lastHeld(), in.zone()) + " (" + span + ")"
                : span;
        String next = dates.nextScheduled() == null ? ""
                : " · next session " + Dates.weekdayDateTime(dates.nextScheduled(), in.zone());
        return since + next + " · times in " + in.zone().getId();
    }

    /** Streak, slips, urges and check-ins in the period: the same figures as the insights page. */
    static String glance(ClientInsights in) {
        String first = in.clientName().split(" ")[0];
        List<String> parts = new ArrayList<>();
        String streak = "";
        if (in.numbersShared()) {
            streak = in.plan() == null || in.plan().startDate().isAfter(in.to()) ? "No plan has started yet. "
                    : days(in.streaks().current()) + " without contact now (longest " + days(in.streaks().longest()) + "). ";
            parts.add(count(in.slips(), "slip", "slips"));
            parts.add(count(in.urgeOutcomes().total(), "urge", "urges"));
            parts.add(count(in.mood().observations(), "check-in", "check-ins"));
        }
        if (in.contactLogShared()) {
            parts.add(count(in.attempts().total(), "contact attempt", "contact attempts") + " by " + person(in));
        }
        String numbers = in.numbersShared() ? "" : first + " shares no journal numbers, so there are no figures. ";
        String since = parts.isEmpty() ? "" : "Since the last session: " + String.join("  ·  ", parts);
        // A person labelled "J." already ends the sentence
        return (streak + numbers + since + (since.isEmpty() || since.endsWith(".") ? "" : ".")).trim();
    }

    // ---- sections -------------------------------------------------------------------------------

    /** A heading and its lines, or the heading and a sentence saying why there are none. */
    private static List<SessionPrepLine> section(String heading, List<SessionPrepLine> lines, String whenEmpty) {
        List<SessionPrepLine> out = new ArrayList<>(lines.isEmpty() ? List.of(SessionPrepLine.text(whenEmpty)) : lines);
        out.getFirst().under(heading);
        return out;
    }

    /**
     * Open "I don't feel safe" signals with the client's own words. A signal is always shared with the
     * clinician, whatever the client shares of their journal, so its words are here at every sharing level.
     */
    private static List<SessionPrepLine> safetySignals(ClientInsights in, List<SafetySignalSummary> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        List<SessionPrepLine> lines = new ArrayList<>(open.stream().sorted(Comparator.comparing(SafetySignalSummary::raisedAt))
                .map(s -> SessionPrepLine.entry(Dates.weekdayDateTime(s.raisedAt(), in.zone()),
                        "Raised by the client, still open",
                        s.note() == null || s.note().isBlank() ? "No words added." : "In their words: " + s.note()))
                .toList());
        lines.add(SessionPrepLine.note("A safety signal is always shared with the clinician, whatever "
                + in.clientName().split(" ")[0] + " shares of the journal. Resolve it on the client's overview."));
        return section(SAFETY, lines, "");
    }

    private static List<SessionPrepLine> slips(ClientInsights in, List<SlipPoint> slips, Period period) {
        if (!in.numbersShared()) {
            return section(SLIPS, List.of(), notShared(in));
        }
        List<SessionPrepLine> lines = new ArrayList<>(slips.stream().map(s -> SessionPrepLine.slip(period.when(s.at()),
                s.channel() == null ? "" : s.channel().label(), direction(s.direction()),
                s.triggers().stream().sorted().map(Trigger::label).collect(Collectors.joining(", ")))).toList());
        if (!slips.isEmpty()) {
            lines.getFirst().startsTable();
            lines.add(SessionPrepLine.note(Stream.of(in.slipsByChannel().reading(), in.slipsByDirection().reading(),
                    in.slipsByTrigger().reading()).filter(r -> !r.isBlank()).collect(Collectors.joining(" "))));
        }
        long ticked = in.slipsTickedOnly();
        if (ticked > 0 && !slips.isEmpty()) {
            lines.add(SessionPrepLine.note("A check-in was also ticked \"made contact\" on " + count(ticked, "other day",
                    "other days") + ", with no slip form to say more."));
        }
        return section(SLIPS, lines, in.slipsByChannel().reading());
    }

    /**
     * Each questionnaire answered in the period with its band and changes, as the Measures tab words them, and the
     * chart of the insights page: scores above, slips, urges and contact attempts (as far as they are shared) below.
     * Scores are shared by their nature, so this section prints at every sharing level.
     */
    static List<SessionPrepLine> questionnaires(ClientInsights in, InsightsReading reading,
            List<org.holdfast.measures.MeasureScore> scores) {
        if (scores.isEmpty()) {
            return section(MEASURES, List.of(), "No questionnaire answered yet.");
        }
        org.holdfast.insights.ScoreTimeline timeline = org.holdfast.insights.ScoreTimeline.of(in.from(), in.to(), in.zone(),
                reading.data(), scores);
        List<SessionPrepLine> lines = new ArrayList<>(timeline.scores().stream().map(s -> SessionPrepLine.entry(
                Dates.formatWithWeekday(s.dueDate()), scoreLine(s), changeLine(s))).toList());
        if (lines.isEmpty()) {
            org.holdfast.measures.MeasureScore last = scores.getLast();
            lines.add(SessionPrepLine.text("None answered in this period. The latest: " + scoreLine(last) + " on "
                    + Dates.format(last.dueDate()) + "."));
        } else {
            lines.add(SessionPrepLine.chart("Scores beside slips, urges and their contact attempts",
                    wide(InsightCharts.scoreTimeline(timeline)), timeline.reading()));
        }
        return section(MEASURES, lines, "");
    }

    /** "PHQ-9 17 of 27 · Moderately severe", with the item 9 answer when it needs a safety response. */
    static String scoreLine(org.holdfast.measures.MeasureScore s) {
        org.holdfast.measures.Instrument i = s.instrument();
        return i.shortName() + " " + s.score() + " of " + i.maxScore() + " · " + s.band()
                + (s.safetyAnswer() ? " · question 9: " + i.answers().stream()
                        .filter(a -> a.value() == s.answers().get(i.safetyItem())).findFirst().orElseThrow().label() : "");
    }

    static String changeLine(org.holdfast.measures.MeasureScore s) {
        return s.sinceLast() == null ? "Baseline (first score)."
                : "Since the last: " + s.sinceLast().describe() + ". Since the baseline: " + s.sinceBaseline().describe() + ".";
    }

    private static String direction(SlipDirection direction) {
        if (direction == null) {
            return "";
        }
        return switch (direction) {
            case REACHED_OUT -> "Reached out";
            case REPLIED -> "Replied to them";
            case INDIRECT -> "Indirect (profile, friends)";
        };
    }

    private static List<SessionPrepLine> charts(ClientInsights in) {
        if (!in.numbersShared()) {
            return section(TRENDS, List.of(), notShared(in) + " No urge, mood or timing charts.");
        }
        List<SessionPrepLine> lines = new ArrayList<>();
        lines.add(pairOrText(TRENDS, "Urge strength, and the 7-day mean", trend(in.urgeStrength()),
                in.urgeStrength().reading(), "Mood from check-ins, and the 7-day mean", trend(in.mood()),
                in.mood().reading()));
        lines.add(pairOrText(CLOCKS, "Slips by weekday and hour", in.slipClock().total() == 0 ? null
                : pair(InsightCharts.heatMap(in.slipClock(), "Weekday", "Hour of day")), in.slipClock().reading(),
                "Urges by weekday and hour", in.urgeClock().total() == 0 ? null
                        : pair(InsightCharts.heatMap(in.urgeClock(), "Weekday", "Hour of day")),
                in.urgeClock().reading()));
        lines.add((in.urgeOutcomes().total() == 0 ? SessionPrepLine.text(in.urgeOutcomes().reading())
                : SessionPrepLine.chart(null, wide(InsightCharts.outcomes(in.urgeOutcomes())), in.urgeOutcomes().reading()))
                .under(OUTCOMES));
        return lines;
    }

    private static SessionPrepLine pairOrText(String heading, String title, PrintedChart chart, String reading,
            String title2, PrintedChart chart2, String reading2) {
        if (chart == null && chart2 == null) {
            return SessionPrepLine.text(reading + " " + reading2).under(heading);
        }
        return SessionPrepLine.chartPair(title, chart, reading, title2, chart2, reading2).under(heading);
    }

    private static PrintedChart trend(DailyTrend trend) {
        return trend.observations() == 0 ? null : pair(InsightCharts.trend(trend));
    }

    private static List<SessionPrepLine> attempts(ClientInsights in, List<ContactLogRecord> records, Period period) {
        String heading = "Contact attempts by " + person(in);
        AttemptTrend trend = in.attempts();
        if (!in.contactLogShared()) {
            return section(heading, List.of(SessionPrepLine.text(trend.reading()),
                    SessionPrepLine.note(in.clientName().split(" ")[0] + " keeps the contact-attempt log private, so no"
                            + " attempt is listed here.")), "");
        }
        List<String> escalating = trend.weeks().stream().filter(AttemptTrend.Week::escalating)
                .map(w -> "week of " + Dates.formatWithWeekday(w.monday()) + (w.threat() ? " (felt unsafe)" : "")).toList();
        String reading = trend.reading() + (escalating.isEmpty() ? "" : "\n▲ Escalating: " + String.join(", ", escalating) + ".");
        List<SessionPrepLine> lines = new ArrayList<>();
        lines.add(trend.total() == 0 ? SessionPrepLine.text(reading)
                : SessionPrepLine.chart("Per week by channel; ▲ marks an escalating week",
                        wide(InsightCharts.attempts(trend)), reading));
        records.stream().sorted(Comparator.comparing(ContactLogRecord::occurredAt).thenComparing(ContactLogRecord::seq))
                .map(r -> SessionPrepLine.attempt(period.when(r.occurredAt()),
                        r.channel().label() + ", " + r.sender() + (r.viaThirdParty() ? " (through someone else)" : ""),
                        r.isCorrection() ? "Correction of record " + r.correctsSeq() + " (" + r.correctionReason() + "): "
                                + r.content() : r.content(),
                        (r.responded() ? "Responded" : "No response") + "; safety " + r.safety() + " of 10"))
                .forEach(lines::add);
        if (lines.size() > 1) {
            lines.get(1).startsTable();
        }
        return section(heading, lines, "");
    }

    /** Assignments still open, or with something recorded or due in the period; reflections from the period. */
    private static List<SessionPrepLine> homework(List<AssignmentStatus> assignments, Period period) {
        List<SessionPrepLine> lines = new ArrayList<>();
        for (AssignmentStatus a : assignments) {
            List<SharedOutcome> recent = a.outcomes().stream().filter(o -> period.holds(o.date()))
                    .sorted(Comparator.comparing(SharedOutcome::date)).toList();
            boolean relevant = !a.cancelled() && (!a.finished() || !recent.isEmpty()
                    || (a.lastDue() != null && period.holds(a.lastDue())));
            if (!relevant) {
                continue;
            }
            lines.add(SessionPrepLine.homework(a.title(), progress(a), reflections(recent)));
        }
        return section(HOMEWORK, lines, "No homework is open or was due since the last session.");
    }

    static String progress(AssignmentStatus a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.recurrence().label());
        parts.add(a.dueSoFar() == 0 ? "not due yet" : a.done() + " of " + a.dueSoFar() + " done so far");
        if (a.couldNotDo() > 0) {
            parts.add(a.couldNotDo() + " couldn't be done");
        }
        if (!a.overdue().isEmpty()) {
            parts.add(a.overdue().size() + " overdue (" + a.overdue().stream().limit(3).map(Dates::formatWithWeekday)
                    .collect(Collectors.joining(", ")) + (a.overdue().size() > 3 ? ", …" : "") + ")");
        }
        parts.add(a.nextDue() == null ? "nothing more due" : "next due " + Dates.formatWithWeekday(a.nextDue()));
        return String.join(" · ", parts);
    }

    private static String reflections(List<SharedOutcome> outcomes) {
        List<String> lines = outcomes.stream().filter(o -> o.reflection() != null || o.reason() != null)
                .map(o -> Dates.formatWithWeekday(o.date()) + ", " + (o.outcome() == Outcome.DONE ? "done" : "couldn't do it") + ": "
                        + Stream.of(o.reason(), o.reflection()).filter(s -> s != null && !s.isBlank())
                                .collect(Collectors.joining(" · ")))
                .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** Words only as consent allows: the journal's queries already dropped what the client keeps to themselves. */
    private static List<SessionPrepLine> journalEntries(ClientInsights in, ClinicianJournal words, Period period) {
        String first = in.clientName().split(" ")[0];
        switch (in.level()) {
            case NOTHING -> {
                return section(JOURNAL, List.of(), first + " shares nothing from the journal: no entries.");
            }
            case NUMBERS_ONLY -> {
                return section(JOURNAL, List.of(), first + " shares numbers only: no entries.");
            }
            default -> {
                // sharing words: the lines below
            }
        }
        record Dated(Instant at, SessionPrepLine line) {
        }
        List<Dated> entries = new ArrayList<>();
        for (CheckInEntry c : words.checkIns()) {
            if (c.note() != null && period.holds(c.date())) {
                entries.add(new Dated(c.date().atStartOfDay(period.zone()).toInstant(), SessionPrepLine.entry(
                        Dates.formatWithWeekday(c.date()) + " · Check-in", "Mood " + c.mood() + " · urge " + c.urge()
                                + (c.slipped() ? " · made contact" : ""), c.note())));
            }
        }
        for (JournalItem item : words.items()) {
            if (item.type() != EntryType.CONTACT_ATTEMPT && period.holds(item.occurredAt())) {
                entries.add(new Dated(item.occurredAt(), SessionPrepLine.entry(period.when(item.occurredAt()) + " · "
                        + item.type().label(), item.facts(), item.text())));
            }
        }
        List<SessionPrepLine> lines = new ArrayList<>(entries.stream().sorted(Comparator.comparing(Dated::at))
                .map(Dated::line).toList());
        if (in.level() == SharingLevel.NUMBERS_AND_SHARED_ENTRIES && !lines.isEmpty()) {
            lines.add(SessionPrepLine.note("Only the entries " + first + " marked as shared are here."));
        }
        if (period.firstDay().isBefore(LocalDate.ofInstant(period.to(), period.zone()).minusDays(JournalService.JOURNAL_DAYS))) {
            lines.add(SessionPrepLine.note("Entries older than " + JournalService.JOURNAL_DAYS + " days are not listed."));
        }
        return section(JOURNAL, lines, first + " shared no entries since the last session.");
    }

    // ---- small helpers --------------------------------------------------------------------------

    static PrintedChart pair(JFreeChart chart) {
        return new PrintedChart(chart, PAIR_WIDTH, PAIR_HEIGHT);
    }

    static PrintedChart wide(JFreeChart chart) {
        return new PrintedChart(chart, WIDE_WIDTH, WIDE_HEIGHT);
    }

    private static String notShared(ClientInsights in) {
        return in.clientName().split(" ")[0] + " does not share journal numbers.";
    }

    private static String person(ClientInsights in) {
        return in.plan() == null ? "the other person" : in.plan().personInSentence();
    }

    private static String days(long n) {
        return count(n, "day", "days");
    }

    private static String count(long n, String one, String many) {
        return Words.count(n, one, many);
    }
}
