package org.holdfast.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.consent.ConsentBroadcaster;
import org.holdfast.consent.ConsentChanged;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.SharingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;

@SpringBootTest
@Transactional // rolled back: Alex's consent goes back to the demo's
class ClientJournalViewUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    ConsentService consent;

    @Autowired
    ConsentBroadcaster broadcaster;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void whenTheClientStopsSharingWordsTheClinicianSeesNoneOfThem() {
        Map<String, String> alex = Map.of("clientId", String.valueOf(users.clientId(TestUsers.ALEX)));
        ClientJournalView before = navigate(ClientJournalView.class, alex);
        assertThat(before.consentLine.getText()).contains("everything");
        assertThat(texts(before)).isPositive();

        users.as(TestUsers.ALEX, () -> consent.change(SharingLevel.NUMBERS_ONLY, false));

        ClientJournalView after = navigate(ClientJournalView.class, alex);
        assertThat(after.consentLine.getText()).contains("numbers only");
        assertThat(texts(after)).isZero();
        assertThat(after.counts.getText()).contains("kept private");
        assertThat(after.entries.getElement().getTextRecursively()).contains("No entries whose words are shared");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void anOpenJournalDropsWhatTheClientStopsSharingWithoutAReload() {
        long alex = users.clientId(TestUsers.ALEX);
        ClientJournalView view = navigate(ClientJournalView.class, Map.of("clientId", String.valueOf(alex)));
        assertThat(texts(view)).isPositive();
        assertThat(broadcaster.subscribers(alex)).as("the open page follows Alex's consent").isPositive();

        users.as(TestUsers.ALEX, () -> consent.change(SharingLevel.NUMBERS_ONLY, false));
        // What the broadcaster hands the page, under its UI's lock, once the change has committed
        view.consentChanged(new ConsentChanged(alex, SharingLevel.EVERYTHING, SharingLevel.NUMBERS_ONLY, false,
                java.time.Instant.now()));

        assertThat(view.consentLine.getText()).contains("numbers only");
        assertThat(texts(view)).isZero();
        assertThat(view.entries.getElement().getTextRecursively()).contains("No entries whose words are shared");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void entriesShowTheHourItWasForTheClient() {
        long alex = users.clientId(TestUsers.ALEX);
        clients.changeTimeZone(alex, "Pacific/Kiritimati");
        ClientJournalView view = navigate(ClientJournalView.class, Map.of("clientId", String.valueOf(alex)));

        java.time.Instant newest = journal.journalFor(alex).items().getFirst().occurredAt();
        String expected = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", java.util.Locale.ENGLISH)
                .format(newest.atZone(java.time.ZoneId.of("Pacific/Kiritimati")));
        assertThat($(com.vaadin.flow.component.html.Span.class).from(view.entries).all().stream()
                .filter(s -> s.hasClassName("entry-when")).findFirst().orElseThrow().getText()).isEqualTo(expected);
    }

    @Autowired
    org.holdfast.clients.ClientService clients;

    @Autowired
    org.holdfast.journal.JournalService journal;

    private long texts(ClientJournalView view) {
        return $(Paragraph.class).from(view.entries).all().stream().filter(p -> p.hasClassName("entry-text")).count();
    }
}
