package org.holdfast.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.insights.UrgeChart;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.JournalService;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.security.AccountService;
import org.holdfast.shared.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;


/** The clinician's one document before a session: who, the plan, the last 14 days and the urge curve. */
@Service
public class SessionPrepReport {

    static final int DAYS = 14;

    private final ReportPrinter printer;
    private final ClientService clients;
    private final PlanService plans;
    private final JournalService journal;
    private final AccountService accounts;
    private final Clock clock;

    SessionPrepReport(ReportPrinter printer, ClientService clients, PlanService plans, JournalService journal,
            AccountService accounts, Clock clock) {
        this.printer = printer;
        this.clients = clients;
        this.plans = plans;
        this.journal = journal;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public ReportFile render(long clientId) {
        ClientSummary client = clients.readFor(clientId, "Session prep PDF");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS - 1L);
        List<CheckInEntry> checkIns = journal.checkIns(clientId, from, today);
        List<PlanOverview> activePlans = plans.activePlans(clientId);

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("clientName", client.displayName());
        parameters.put("clinicianName", accounts.displayName(client.clinicianId()).orElse(""));
        parameters.put("periodLabel", Dates.format(from) + " – " + Dates.format(today) + " (last " + DAYS + " days)");
        if (activePlans.isEmpty()) {
            parameters.put("planPerson", "No active plan");
        } else {
            PlanOverview plan = activePlans.getFirst();
            parameters.put("planPerson", plan.personWithRelationship());
            parameters.put("planPurpose", plan.purpose().label());
            parameters.put("planStart", Dates.format(plan.startDate()));
            parameters.put("planProgress", plan.progressLabel(today));
        }
        parameters.put("urgeChart", checkIns.isEmpty() ? null : UrgeChart.image(checkIns));
        parameters.put("summaryLine", summary(checkIns));
        byte[] pdf = printer.pdf("session-prep", parameters, checkIns.stream().map(CheckInRow::new).toList());
        return new ReportFile("session-prep-" + ReportPrinter.slug(client.displayName()) + "-" + today + ".pdf", pdf);
    }

    static String summary(List<CheckInEntry> checkIns) {
        if (checkIns.isEmpty()) {
            return "No check-ins in the last " + DAYS + " days.";
        }
        long slips = checkIns.stream().filter(CheckInEntry::slipped).count();
        double urge = checkIns.stream().mapToInt(CheckInEntry::urge).average().orElse(0);
        double mood = checkIns.stream().mapToInt(CheckInEntry::mood).average().orElse(0);
        return String.format(Locale.UK, "%d check-ins in %d days · average urge %.1f · average mood %.1f · %d %s",
                checkIns.size(), DAYS, urge, mood, slips, slips == 1 ? "slip" : "slips");
    }
}
