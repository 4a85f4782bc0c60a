package org.holdfast.journal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ClinicianJournal;
import org.holdfast.journal.EntryType;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.security.Role;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
    private final Clock clock;
    private ClinicianJournal seen;
    /** The client's own zone: an entry reads at the hour it was for them, as on the insights page. */
    private java.time.ZoneId zone;

    private String pageTitle = "Journal · Holdfast";

    public ClientJournalView(JournalService journal, ClientService clients, Clock clock) {
        this.journal = journal;
        this.clients = clients;
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
        long clientId = event.getRouteParameters().getLong("clientId").orElse(-1L);
        ClientSummary client = clients.requireReadable(clientId);
        seen = journal.journalFor(clientId);
        zone = clients.zoneOf(clientId);
        removeAll();
        pageTitle = ClientRecordHeader.pageTitle(client, "Journal");
        add(new ClientRecordHeader(client, ClientRecordHeader.Section.JOURNAL));
        consentLine.setText(seen.consent().summary()
                + (seen.consent().chosen() ? " · chosen by " + client.displayName().split(" ")[0] : ""));
        add(consentLine);
        // The contact-attempt log has its own switch: shared, its record is offered whatever else is shared.
        if (seen.consent().shareContactLog()) {
            add(new Anchor("clients/" + clientId + "/contact-record", "Contact-attempt record as a PDF"));
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
        Span avg = new Span(Double.isNaN(average) ? "no check-ins" : String.format(Locale.ROOT, "average %.1f", average));
        avg.addClassName("trend-average");
        Div box = new Div(label, new Html(Sparkline.svg(values, today, TREND_DAYS, cssClass, title)), avg);
        box.addClassName("trend");
        return box;
    }

    private void showCounts() {
        if (seen.totals().isEmpty()) {
            counts.setText("");
            return;
        }
        String total = seen.totals().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(" · "));
        String kept = seen.keptPrivate().isEmpty() ? ""
                : " — kept private: " + seen.keptPrivate().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase() + (e.getValue() == 1 ? "" : "s"))
                        .collect(Collectors.joining(", "));
        counts.setText("Last " + JournalService.JOURNAL_DAYS + " days: " + total + kept);
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
