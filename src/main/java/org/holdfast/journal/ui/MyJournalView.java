package org.holdfast.journal.ui;

import com.vaadin.flow.router.RouterLink;
import org.holdfast.consent.ui.MySharingView;
import java.time.Clock;

import org.holdfast.clients.ClientService;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.ChainVerification;
import org.holdfast.journal.EntryType;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Everything the client logged in the last 90 days, newest first, each with its own share switch; contact
 * attempts instead say whether the log as a whole is shared.
 */
@Route("my-journal")
@PageTitle("My journal · Holdfast")
@Menu(title = "My journal", order = 30, icon = "vaadin:book-dollar")
@RolesAllowed(Role.CLIENT_NAME)
@StyleSheet("styles/journal.css")
public class MyJournalView extends VerticalLayout {


    final Div entries = new Div();
    final Paragraph chain = new Paragraph();

    private final JournalService journal;
    private final ClientService clients;
    private final Clock clock;
    private final boolean logShared;

    public MyJournalView(JournalService journal, ConsentService consent, ClientService clients, Clock clock) {
        this.journal = journal;
        this.clients = clients;
        this.clock = clock.withZone(journal.myZone()); // times shown as the client lived them
        addClassName("my-journal-view");
        setMaxWidth("40rem");
        ConsentState consentState = consent.mine();
        SharingLevel level = consentState.level();
        this.logShared = consentState.shareContactLog();
        Paragraph sharing = new Paragraph(switch (level) {
            case EVERYTHING -> "You share everything, so your clinician can read all of this. The switches matter if you change that.";
            case NUMBERS_AND_SHARED_ENTRIES -> "Your clinician reads only the entries switched to shared.";
            case NUMBERS_ONLY -> "You share numbers only: your clinician reads none of the words here.";
            case NOTHING -> "You share nothing from your journal right now.";
        });
        sharing.addClassName("current-consent");
        RouterLink change = new RouterLink("Change what I share", MySharingView.class);
        Button check = new Button("Check my contact log is untouched", e -> checkChain());
        check.addThemeVariants(ButtonVariant.TERTIARY);
        chain.addClassName("chain-status");
        entries.addClassName("journal-entries");
        // The report page belongs to the reports module, which depends on this one: a link by address keeps
        // the dependency one way (the route walk in shell's NavigationWalkUiTests checks that it resolves).
        Anchor record = new Anchor("my-journal/record", "My contact-attempt record as a PDF");
        record.addClassName("contact-record-link");
        add(new H1("My journal"), sharing, change, entries, check, chain, record);
        refresh();
    }

    private void refresh() {
        entries.removeAll();
        var items = journal.myJournal();
        if (items.isEmpty()) {
            entries.add(new Paragraph("Nothing logged in the last 90 days yet."));
        }
        items.forEach(item -> entries.add(card(item)));
    }

    Div card(JournalItem item) {
        Div card = EntryCard.of(item, clock.getZone(), false);
        if (item.type() == EntryType.CONTACT_ATTEMPT) {
            card.add(LogSharingNote.of(logShared));
            Button correct = new Button("Correct this record", e -> openCorrection(item));
            correct.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            card.add(correct);
        } else {
            Checkbox share = new Checkbox("Shared with my clinician", item.shared());
            share.addClassName("entry-share");
            share.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    journal.setShared(item.type(), item.id(), e.getValue());
                }
            });
            card.add(share);
        }
        return card;
    }

    CorrectionDialog correction;

    /** A correction is a new record with a reason; the original stays in the log exactly as written. */
    private void openCorrection(JournalItem item) {
        correction = new CorrectionDialog(journal, item.id(), () -> refresh());
        correction.open();
    }

    private void checkChain() {
        ChainVerification result = journal.verifyChain(clients.mine().id());
        chain.setText(result.intact()
                ? "Your contact log is intact: " + result.records() + " records, none changed or removed since they were written."
                : "Something is wrong with your contact log: " + result.problem() + ". Tell your clinician.");
    }
}
