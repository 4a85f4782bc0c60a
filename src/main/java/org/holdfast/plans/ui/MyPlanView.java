package org.holdfast.plans.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The client's own plan, in their words and ours: read-only, warm, phone first. */
@Route("my-plan")
@PageTitle("My plan · Holdfast")
@Menu(title = "My plan", order = 10, icon = "vaadin:clipboard-text")
@StyleSheet("styles/plans.css")
@RolesAllowed(Role.CLIENT_NAME)
public class MyPlanView extends VerticalLayout {

    public MyPlanView(PlanService plans, Clock clock) {
        addClassName("my-plan-view");
        LocalDate today = LocalDate.now(clock);
        List<PlanDetails> mine = plans.myPlans();
        add(new H1(mine.size() > 1 ? "My plans" : "My plan"));
        if (mine.isEmpty()) {
            add(new Paragraph("There's no plan here yet. You and your clinician will put it together in a session,"
                    + " and it will appear here once it's ready."));
            return;
        }
        mine.forEach(plan -> add(plan(plan, today)));
        Anchor print = new Anchor("my-plan/pdf", "Print or save my plan as a PDF");
        print.addClassName("my-plan-print");
        add(print);
    }

    private static Article plan(PlanDetails details, LocalDate today) {
        PlanOverview plan = details.overview();
        PlanContent c = details.content();
        String person = plan.personLabel();
        Article article = new Article();
        article.addClassName("my-plan");

        Div intro = new Div();
        intro.addClassName("my-plan-intro");
        intro.add(new H3("No contact with " + person));
        intro.add(new Paragraph(PlanWords.progressSentence(plan, today)));
        intro.add(new Paragraph(PlanWords.purposeSentence(plan.purpose())));
        if (plan.status() == PlanStatus.PAUSED) {
            Paragraph paused = new Paragraph("This plan is paused for now" + (plan.statusReason() == null ? "."
                    : ": " + plan.statusReason()) + " Talk to your clinician about what this means day to day.");
            paused.addClassName("my-plan-paused");
            intro.add(paused);
        }
        article.add(intro);

        article.add(section("What you're stepping back from", new Paragraph(PlanWords.channelsSentence(person, c.getChannels()))));
        if (!c.getExceptions().isEmpty()) {
            article.add(section("Where contact still happens", list(c.getExceptions().stream()
                    .map(PlanWords::exceptionSentence).toList()),
                    note("Contact inside these limits is part of the plan, not a slip. Keep it short and"
                            + " businesslike, and only about what's agreed.")));
        }
        if (c.getClosingMessage() != null) {
            Paragraph message = new Paragraph(c.getClosingMessage());
            message.addClassName("my-plan-closing-message");
            article.add(section("Your closing message", message, note(c.isClosingMessageSent()
                    ? "You sent it" + (c.getClosingMessageSentOn() == null ? "" : " on " + Dates.format(c.getClosingMessageSentOn()))
                            + ". You've said what you needed to say; there's nothing more you owe."
                    : "Not sent yet. Go through it with your clinician first; it's sent once, and then no more.")));
        }
        article.add(section("Practical steps", checklist(c)));
        if (!c.getReasons().isEmpty()) {
            article.add(section("Why you're doing this", note("Your own words. Reread them when you start to doubt."),
                    list(c.getReasons())));
        }
        if (!c.getCopingStrategies().isEmpty()) {
            article.add(section("When the urge comes", note("Urges come in waves and pass. They're expected, and they"
                    + " aren't slips. Try one of these:"), list(c.getCopingStrategies())));
        }
        if (!c.getSupportContacts().isEmpty()) {
            article.add(section("People you can call", contacts(c.getSupportContacts())));
        }
        List<HighRiskDate> dates = c.getHighRiskDates().stream().filter(d -> d.nextOccurrence(today) != null)
                .sorted(Comparator.comparing(d -> d.nextOccurrence(today))).toList();
        if (!dates.isEmpty()) {
            article.add(section("Days to plan for", note("Days like these can be harder. It helps to plan them ahead:"
                    + " who you'll be with, and what you'll do."), dates(dates, today)));
        }
        if (c.getRiskLevel() != RiskLevel.NONE || c.getIfTheyTurnUp() != null || c.getWhomToCall() != null) {
            article.add(safety(c));
        }
        return article;
    }

    private static Component checklist(PlanContent c) {
        UnorderedList list = new UnorderedList();
        list.addClassName("my-plan-checklist");
        for (PracticalStep step : PracticalStep.values()) {
            boolean done = c.getStepsDone().contains(step);
            ListItem item = new ListItem();
            item.addClassName(done ? "done" : "to-do");
            Span mark = new Span(done ? "✓" : "○");
            mark.addClassName("my-plan-check");
            mark.getElement().setAttribute("aria-hidden", "true");
            item.add(mark, new Span(step.label() + (done ? " (done)" : "")));
            list.add(item);
        }
        return list;
    }

    private static Component contacts(List<SupportContact> contacts) {
        UnorderedList list = new UnorderedList();
        list.addClassName("my-plan-contacts");
        for (SupportContact contact : contacts) {
            ListItem item = new ListItem();
            Span name = new Span(contact.getName());
            name.addClassName("my-plan-contact-name");
            item.add(name);
            if (contact.getPhone() != null) {
                Anchor call = new Anchor("tel:" + contact.getPhone().replaceAll("[^+0-9]", ""), contact.getPhone());
                call.addClassName("my-plan-call");
                call.getElement().setAttribute("aria-label", "Call " + contact.getName() + " on " + contact.getPhone());
                item.add(call);
            }
            if (contact.getNote() != null) {
                Span note = new Span(contact.getNote());
                note.addClassName("my-plan-contact-note");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    private static Component dates(List<HighRiskDate> dates, LocalDate today) {
        UnorderedList list = new UnorderedList();
        list.addClassName("my-plan-dates");
        for (HighRiskDate date : dates) {
            long days = date.daysUntil(today);
            String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
            ListItem item = new ListItem(date.getLabel() + ": " + Dates.format(date.nextOccurrence(today)) + " (" + when + ")");
            if (days <= 14) {
                item.addClassName("soon");
            }
            list.add(item);
        }
        return list;
    }

    private static Section safety(PlanContent c) {
        // Without a risk, the section is about a chance meeting; "unsafe" would alarm for no reason.
        Section safety = section(c.getRiskLevel() == RiskLevel.NONE ? "If you run into them" : "If you feel unsafe");
        safety.addClassName("my-plan-safety");
        if (c.getIfTheyTurnUp() != null) {
            safety.add(new Paragraph("If they turn up: " + c.getIfTheyTurnUp()));
        }
        if (c.getWhomToCall() != null) {
            safety.add(new Paragraph("Who to call: " + c.getWhomToCall()));
        }
        if (c.getRiskLevel() != RiskLevel.NONE) {
            safety.add(note("If you're in danger right now, call the emergency number where you are. You don't need to"
                + " be sure; calling is always all right."));
        }
        return safety;
    }

    private static Section section(String title, Component... content) {
        Section section = new Section(new H3(title));
        section.addClassName("my-plan-section");
        section.add(content);
        return section;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("my-plan-note");
        return note;
    }
}
