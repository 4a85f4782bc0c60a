package org.holdfast.caseload;

import org.holdfast.shared.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.holdfast.reports.ReportFile;
import org.holdfast.reports.ReportPrinter;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.StepUp;
import org.holdfast.shared.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in clinician's caseload on paper, one line per client, for supervision or a weekly review.
 * Built here rather than in the reports module because its rows are the caseload's; the template and
 * the printing are the reports module's.
 */
@Service
public class CaseloadSummaryReport {

    static final AuditAction AUDIT_ACTION = AuditAction.Read.CASELOAD_SUMMARY_PDF;

    private final CaseloadService caseload;
    private final ReportPrinter printer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StepUp stepUp;

    CaseloadSummaryReport(CaseloadService caseload, ReportPrinter printer, CurrentUser currentUser, Clock clock,
            StepUp stepUp) {
        this.stepUp = stepUp;
        this.caseload = caseload;
        this.printer = printer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A whole caseload leaving the portal: needs a factor used in the last five minutes ({@link StepUp}). */
    @PreAuthorize("hasRole('CLINICIAN')")
    public ReportFile render(CaseloadFilter filter) {
        stepUp.require();
        LocalDate today = LocalDate.now(clock);
        List<CaseloadRow> rows = caseload.all(filter, AUDIT_ACTION);
        List<CaseloadSummaryLine> lines = rows.stream().map(r -> new CaseloadSummaryLine(r, today, clock.getZone())).toList();
        long unsafe = rows.stream().filter(CaseloadRow::feelsUnsafe).count();
        String subtitle = currentUser.require().displayName() + " · " + Dates.formatWithWeekdayAndYear(today) + " · "
                + Words.count(rows.size(), "client", "clients")
                + (filter.includeDischarged() ? " (discharged included)" : "")
                + (unsafe == 0 ? "" : " · " + unsafe + " not feeling safe");
        byte[] pdf = printer.pdf("caseload-summary", Map.of("subtitle", subtitle,
                "slipWindow", "Slips in the last " + CaseloadService.SLIP_WINDOW_DAYS + " days"), lines);
        return new ReportFile("caseload-" + Dates.fileDate(today) + ".pdf", pdf);
    }
}
