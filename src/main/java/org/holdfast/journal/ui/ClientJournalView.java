package org.holdfast.journal.ui;

import org.holdfast.clients.ui.RecordLinks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.holdfast.clients.ui.RecordPage;
import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.consent.ConsentBroadcaster;
import org.holdfast.shared.ui.LiveUpdates;
import org.holdfast.consent.ConsentChanged;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ClinicianJournal;
import org.holdfast.journal.EntryType;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.security.Role;
import org.holdfast.shared.Dates;
import org.holdfast.shared.Words;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A client's journal as their clinician may see it. Everything on this page comes from
 * {@link JournalService#journalFor(long)}, whose queries already applied the client's consent: the view
 * has nothing more to hide, and could not show more if it tried.
 */
@RecordPage(RecordSection.JOURNAL)
@Route("clients/:clientId/journal")
@RolesAllowed(Role.CLINICIAN_NAME)
@StyleSheet("styles/journal.css")
public class ClientJournalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int TREND_DAYS = 14;

    final Paragraph consentLine = new Paragraph();
    final Div trends = new Div();
    final Paragraph counts = new Paragraph();
    final Select<EntryType> filter = new Select<>();
    final Div entries = new Div();

    private final JournalService journal;
    private final ClientService clients;
    private final ConsentBroadcaster consentChanges;
    private final Clock clock;
    private long clientId;
    private Runnable unsubscribe = () -> { };
    private ClinicianJournal seen;
    /** The client's own zone: an entry reads at the hour it was for them, as on the insights page. */
    private java.time.ZoneId zone;

    private String pageTitle = "Journal · Holdfast";

    public ClientJournalView(JournalService journal, ClientService clients, ConsentBroadcaster consentChanges,
            Clock clock) {
        this.journal = journal;
        this.clients = clients;
        this.consentChanges = consentChanges;
        this.clock = clock;
        addClassName("client-journal-view");
        consentLine.addClassName("current-consent");
        trends.addClassName("journal-trends");
        counts.addClassName("journal-counts");
        entries.addClassName("journal-entries");
        filter.setLabel("Show");
        filter.setItems(EntryType.values());
        filter.setItemLabelGenerator(t -> t == null ? "Everything shared" : t.label() + "s");
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption("Everything shared");
        filter.addValueChangeListener(e -> showEntries());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        show();
        // The same page opened on another client follows that client's consent from now on.
        getUI().ifPresent(this::followConsent);
    }

    /**
     * While the page is open, a change of the client's consent redraws it at once: what was revoked
     * disappears without the clinician reloading. The redraw runs under this UI's lock, as its clinician.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        followConsent(event.getUI());
    }

    private void followConsent(UI ui) {
        LiveUpdates.need(ui);
        unsubscribe.run();
        unsubscribe = consentChanges.subscribe(clientId, change -> {
            try {
                ui.access(() -> consentChanged(change));
            } catch (UIDetachedException closed) {
                // The page closed as the change came in; it unsubscribes on detach.
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    /** The client changed what they share: show only what they share now, and say why the page changed. */
    void consentChanged(ConsentChanged change) {
        if (change.clientId() != clientId) {
            return;
        }
        show();
        Notification.show("The client changed what they share. This page now shows what they share at the moment.",
                5000, Notification.Position.BOTTOM_START);
    }

    private void show() {
        ClientSummary client = clients.requireReadable(clientId);
        seen = journal.journalFor(clientId);
        zone = clients.zoneOf(clientId);
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Journal");
        add(new ClientRecordHeader(client, RecordSection.JOURNAL));
        consentLine.setText(seen.consent().summary()
                + (seen.consent().chosen() ? " · chosen by " + client.displayName().split(" ")[0] : ""));
        add(consentLine);
        // The contact-attempt log has its own switch: shared, its record is offered whatever else is shared.
        if (seen.consent().shareContactLog()) {
            RecordLinks.link("Contact-attempt record as a PDF", RecordSection.CONTACT_RECORD, clientId).ifPresent(this::add);
        }
        if (!seen.numbersShared() && seen.items().isEmpty() && seen.totals().isEmpty()) {
            add(new Paragraph(client.displayName() + " does not share their journal at the moment. "
                    + "Safety signals still reach you."));
            return;
        }
        showTrends();
        showCounts();
        add(trends, counts);
        add(filter, entries);
        showEntries();
    }

    private void showTrends() {
        trends.removeAll();
        if (!seen.numbersShared() || seen.checkIns().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, Integer> mood = seen.checkIns().stream()
                .collect(Collectors.toMap(CheckInEntry::date, CheckInEntry::mood, (a, b) -> b));
        Map<LocalDate, Integer> urge = seen.checkIns().stream()
                .collect(Collectors.toMap(CheckInEntry::date, CheckInEntry::urge, (a, b) -> b));
        trends.add(trend("Mood, last 14 days", mood, today, "mood"), trend("Urge, last 14 days", urge, today, "urge"));
    }

    private Div trend(String title, Map<LocalDate, Integer> values, LocalDate today, String cssClass) {
        Span label = new Span(title);
        label.addClassName("trend-label");
        double average = values.entrySet().stream().filter(e -> e.getKey().isAfter(today.minusDays(TREND_DAYS)))
                .mapToInt(Map.Entry::getValue).average().orElse(Double.NaN);
        Span avg = new Span(Double.isNaN(average) ? "no check-ins" : "average " + Dates.oneDecimal(average));
        avg.addClassName("trend-average");
        // An HTML root around the SVG (an <svg> root made through Html is an unknown HTML element, not a
        // drawing); the label is set as an attribute, never written into the markup.
        Html line = new Html("<div class=\"sparkline-box\" role=\"img\">" + Sparkline.svg(values, today, TREND_DAYS, cssClass) + "</div>");
        line.getElement().setAttribute("aria-label", title);
        Div box = new Div(label, line, avg);
        box.addClassName("trend");
        return box;
    }

    private void showCounts() {
        if (seen.totals().isEmpty()) {
            counts.setText("");
            return;
        }
        String total = seen.totals().entrySet().stream()
                .map(e -> counted(e.getValue(), e.getKey()) + (e.getKey() == EntryType.SLIP && seen.slipsTickedOnly() > 0
                        ? " (" + seen.slipsTickedOnly() + " only ticked on a check-in)" : ""))
                .collect(Collectors.joining(" · "));
        String kept = seen.keptPrivate().isEmpty() ? ""
                : " — kept private: " + seen.keptPrivate().entrySet().stream()
                        .map(e -> counted(e.getValue(), e.getKey()))
                        .collect(Collectors.joining(", "));
        counts.setText("Last " + JournalService.JOURNAL_DAYS + " days: " + total + kept);
    }

    private static String counted(long n, EntryType kind) {
        String one = kind.label().toLowerCase(Locale.ENGLISH);
        return Words.count(n, one, one + "s");
    }

    private void showEntries() {
        entries.removeAll();
        var shown = seen.items().stream().filter(i -> filter.getValue() == null || i.type() == filter.getValue()).toList();
        if (shown.isEmpty()) {
            entries.add(new Paragraph(seen.items().isEmpty()
                    ? "No entries whose words are shared with you."
                    : "No shared entries of this kind."));
        }
        shown.forEach(item -> entries.add(card(item)));
    }

    private Div card(JournalItem item) {
        return EntryCard.of(item, zone, true);
    }
}
