package org.holdfast.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/** The clinician's one document before a session: who, the plan, the last 14 days and the urge curve. */
@Service
public class SessionPrepReport {

    static final int DAYS = 14;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ReportTemplates templates;
    private final ClientService clients;
    private final PlanService plans;
    private final JournalService journal;
    private final AccountService accounts;
    private final Clock clock;
    private final String version;

    SessionPrepReport(ReportTemplates templates, ClientService clients, PlanService plans, JournalService journal,
            AccountService accounts, Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.templates = templates;
        this.clients = clients;
        this.plans = plans;
        this.journal = journal;
        this.accounts = accounts;
        this.clock = clock;
        BuildProperties props = build.getIfAvailable();
        this.version = props == null ? "dev" : props.getVersion();
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
        parameters.put("generatedAt", GENERATED.format(LocalDateTime.now(clock)));
        parameters.put("generatorVersion", version);

        byte[] pdf;
        try {
            var print = JasperFillManager.fillReport(templates.get("session-prep"), parameters,
                    new JRBeanCollectionDataSource(checkIns.stream().map(CheckInRow::new).toList()));
            pdf = JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("Session prep report could not be rendered", e);
        }
        return new ReportFile("session-prep-" + slug(client.displayName()) + "-" + today + ".pdf", pdf);
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

    private static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "client" : slug;
    }
}
