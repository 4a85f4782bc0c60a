package org.holdfast.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.plans.HighRiskDate;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanOverview;
import org.holdfast.plans.PlanService;
import org.holdfast.plans.PlanStatus;
import org.holdfast.plans.PlanWords;
import org.holdfast.plans.PracticalStep;
import org.holdfast.plans.RiskLevel;
import org.holdfast.plans.SupportContact;
import org.holdfast.reports.DocumentLine.Kind;
import org.holdfast.security.AuditAction;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The plan on paper, for the client to keep: the same words as their "My plan" page. Built only from
 * the plan (never the journal or session notes). A client prints their own plans in force; the
 * clinician any plan of their client's, audited as a read.
 */
@Service
public class PlanHandoutReport {


    static final String CLIENT_NOTICE = "Your plan, printed from Holdfast. Keep it somewhere private.";

    private final PlanService plans;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final ReportPrinter printer;
    private final Clock clock;

    PlanHandoutReport(PlanService plans, ClientService clients, CurrentUser currentUser, ReportPrinter printer,
            Clock clock) {
        this.plans = plans;
        this.clients = clients;
        this.currentUser = currentUser;
        this.printer = printer;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CLINICIAN', 'CLIENT')")
    public ReportFile render(long planId) {
        PlanDetails plan;
        ClientSummary client;
        if (currentUser.is(Role.CLIENT)) {
            plan = plans.myPlan(planId); // refuses drafts and other clients' plans
            client = clients.mine();
            // Every PDF that leaves the portal is in the audit log, the client's own copies too; they are
            // not shown to the client as someone having looked.
            clients.recordDocument(client.id(), AuditAction.Read.PLAN_HANDOUT_PDF, null);
        } else {
            plan = plans.plan(planId); // the clinician's own clients only
            client = clients.readFor(plan.clientId(), AuditAction.Read.PLAN_HANDOUT_PDF);
        }
        LocalDate today = LocalDate.now(clock);
        PlanOverview overview = plan.overview();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", "My no-contact plan");
        parameters.put("person", "No contact with " + overview.personLabel());
        parameters.put("clientName", client.displayName());
        parameters.put("intro", PlanWords.progressSentence(overview, today) + " " + PlanWords.purposeSentence(overview.purpose()));
        parameters.put("statusNote", statusNote(overview));
        parameters.put("footerNotice", CLIENT_NOTICE);
        byte[] pdf = printer.pdf("plan-handout", parameters, lines(plan, today));
        boolean own = client.accountId() == currentUser.accountId();
        return new ReportFile(fileName(own, client.displayName(), today), pdf);
    }

    /**
     * The client's own copy has a name that gives nothing away: the file may sit in a phone's downloads
     * list that the person the plan is about can look at, so neither their label nor "no contact" appears
     * in it. The clinician's downloads hold many clients' plans, so their copy is named for the client.
     */
    static String fileName(boolean own, String clientName, LocalDate today) {
        return own ? "holdfast-plan-" + today + ".pdf" : "plan-" + ReportPrinter.slug(clientName) + "-" + today + ".pdf";
    }

    private static String statusNote(PlanOverview plan) {
        if (plan.status() == PlanStatus.PAUSED) {
            return "This plan is paused for now" + (plan.statusReason() == null ? "." : ": " + plan.statusReason())
                    + " Talk to your clinician about what this means day to day.";
        }
        if (!plan.status().visibleToClient()) {
            return "Status: " + plan.status().label() + ". This is not the plan in force.";
        }
        return null;
    }

    static List<DocumentLine> lines(PlanDetails plan, LocalDate today) {
        PlanContent c = plan.content();
        String person = plan.overview().personLabel();
        List<DocumentLine> lines = new ArrayList<>();

        String cut = "What you're stepping back from";
        lines.add(line(cut, Kind.PARAGRAPH, PlanWords.channelsSentence(person, c.getChannels())));

        String exceptions = "Where contact still happens";
        if (c.getExceptions().isEmpty()) {
            lines.add(line(exceptions, Kind.PARAGRAPH, "Nowhere: your plan has no exceptions."));
        } else {
            c.getExceptions().forEach(e -> lines.add(line(exceptions, Kind.BULLET, PlanWords.exceptionSentence(e))));
            lines.add(line(exceptions, Kind.NOTE, "Contact inside these limits is part of the plan, not a slip. Keep it"
                    + " short and businesslike, and only about what's agreed."));
        }

        String closing = "Your closing message";
        if (c.getClosingMessage() == null) {
            lines.add(line(closing, Kind.PARAGRAPH, "Not written yet. You'll work on it with your clinician."));
        } else {
            lines.add(line(closing, Kind.QUOTE, c.getClosingMessage()));
            lines.add(line(closing, Kind.NOTE, c.isClosingMessageSent()
                    ? "You sent it" + (c.getClosingMessageSentOn() == null ? "" : " on " + Dates.format(c.getClosingMessageSentOn()))
                            + ". You've said what you needed to say; there's nothing more you owe."
                    : "Not sent yet. Go through it with your clinician first; it's sent once, and then no more."));
        }

        String steps = "Practical steps";
        for (PracticalStep step : PracticalStep.values()) {
            boolean done = c.getStepsDone().contains(step);
            lines.add(line(steps, done ? Kind.DONE : Kind.TO_DO, step.label() + (done ? " (done)" : "")));
        }

        String reasons = "Why you're doing this";
        if (c.getReasons().isEmpty()) {
            lines.add(line(reasons, Kind.PARAGRAPH, "None written yet. Your own words go here, to reread when you doubt."));
        } else {
            lines.add(line(reasons, Kind.NOTE, "Your own words. Reread them when you start to doubt."));
            c.getReasons().forEach(r -> lines.add(line(reasons, Kind.BULLET, r)));
        }

        String urges = "When the urge comes";
        lines.add(line(urges, Kind.NOTE, "Urges come in waves and pass. They're expected, and they aren't slips."
                + (c.getCopingStrategies().isEmpty() ? "" : " Try one of these:")));
        c.getCopingStrategies().forEach(s -> lines.add(line(urges, Kind.BULLET, s)));

        String people = "People you can call";
        if (c.getSupportContacts().isEmpty()) {
            lines.add(line(people, Kind.PARAGRAPH, "None listed yet."));
        }
        for (SupportContact contact : c.getSupportContacts()) {
            String detail = String.join(" · ", java.util.stream.Stream.of(contact.getPhone(), contact.getNote())
                    .filter(java.util.Objects::nonNull).toList());
            lines.add(new DocumentLine(people, Kind.NAMED, contact.getName(), detail.isEmpty() ? null : detail));
        }

        String days = "Days to plan for";
        List<HighRiskDate> dates = c.getHighRiskDates().stream().filter(d -> d.nextOccurrence(today) != null)
                .sorted(Comparator.comparing(d -> d.nextOccurrence(today))).toList();
        if (dates.isEmpty()) {
            lines.add(line(days, Kind.PARAGRAPH, "None coming up."));
        } else {
            lines.add(line(days, Kind.NOTE, "Days like these can be harder. Plan them ahead: who you'll be with, and"
                    + " what you'll do."));
            dates.forEach(d -> lines.add(new DocumentLine(days, Kind.NAMED, d.getLabel(),
                    Dates.formatWithWeekdayAndYear(d.nextOccurrence(today)) + (d.isYearly() ? " (every year)" : ""))));
        }

        if (c.getRiskLevel() != RiskLevel.NONE || c.getIfTheyTurnUp() != null || c.getWhomToCall() != null) {
            // Without a risk, the section is about a chance meeting; "unsafe" would alarm for no reason.
            String safety = c.getRiskLevel() == RiskLevel.NONE ? "If you run into them" : "If you feel unsafe";
            if (c.getIfTheyTurnUp() != null) {
                lines.add(new DocumentLine(safety, Kind.NAMED, "If they turn up", c.getIfTheyTurnUp()));
            }
            if (c.getWhomToCall() != null) {
                lines.add(new DocumentLine(safety, Kind.NAMED, "Who to call", c.getWhomToCall()));
            }
            if (c.getRiskLevel() != RiskLevel.NONE) {
                lines.add(line(safety, Kind.NOTE, "If you're in danger right now, call the emergency number where you"
                        + " are. You don't need to be sure; calling is always all right."));
            }
        }
        return lines;
    }

    private static DocumentLine line(String section, Kind kind, String text) {
        return new DocumentLine(section, kind, text, null);
    }
}
