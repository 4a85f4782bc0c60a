package org.holdfast.caseload;

import java.time.LocalDate;
import java.time.ZoneId;

import org.holdfast.shared.Dates;

/**
 * One client's line of the printed caseload summary, worded as the caseload screen words it ("not
 * shared" where the client shares no journal figures). {@code flags} lists each risk flag with its
 * reason, one per line. A JavaBean: Jasper reads getters.
 */
public class CaseloadSummaryLine {

    static final String NOT_SHARED = "not shared";

    private final String client;
    private final String plan;
    private final String slipFree;
    private final String lastCheckIn;
    private final String slips;
    private final String homework;
    private final String review;
    private final String nextSession;
    private final String scores;
    private final String flags;

    CaseloadSummaryLine(CaseloadRow row, LocalDate today, ZoneId zone) {
        this.client = row.clientName();
        this.plan = row.planProgress(today) + (row.plan() == null ? "" : " · " + row.plan().personWithRelationship());
        if (row.journalShared()) {
            this.slipFree = row.slipFree(today);
            this.lastCheckIn = Dates.ago(row.lastCheckIn(), today);
            this.slips = String.valueOf(row.slipsLast14Days());
        } else {
            this.slipFree = NOT_SHARED;
            this.lastCheckIn = NOT_SHARED;
            this.slips = NOT_SHARED;
        }
        this.homework = row.homeworkLabel();
        this.review = row.plan() == null || row.plan().reviewDate() == null ? ""
                : Dates.format(row.plan().reviewDate()) + (row.plan().reviewDue(today) ? " (due)" : "");
        this.nextSession = row.nextSession() == null ? "" : Dates.weekdayDateTime(row.nextSession(), zone);
        // Scores are shared by their nature: never "not shared". One questionnaire a line.
        this.scores = row.measures().stream().map(org.holdfast.measures.LatestMeasure::shortText)
                .collect(java.util.stream.Collectors.joining("\n"));
        // The safety flag leads, then the others by severity, as on the screen.
        this.flags = row.flags().stream().map(f -> "• " + f.label() + ": " + f.reason())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    public String getClient() {
        return client;
    }

    public String getPlan() {
        return plan;
    }

    public String getSlipFree() {
        return slipFree;
    }

    public String getLastCheckIn() {
        return lastCheckIn;
    }

    public String getSlips() {
        return slips;
    }

    public String getHomework() {
        return homework;
    }

    public String getReview() {
        return review;
    }

    public String getNextSession() {
        return nextSession;
    }

    public String getScores() {
        return scores;
    }

    public String getFlags() {
        return flags;
    }
}
