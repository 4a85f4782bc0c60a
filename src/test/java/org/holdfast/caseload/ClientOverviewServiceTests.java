package org.holdfast.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ALEX;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.MANAGER;
import static org.holdfast.TestUsers.SAM;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.holdfast.insights.ScoreTimeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
class ClientOverviewServiceTests {

    @Autowired
    ClientOverviewService overviews;

    @Autowired
    ClientService clients;

    @Autowired
    TestUsers users;

    @Test
    void theClientsOwnClinicianGetsTheWholeOverview() {
        long alex = users.clientId(ALEX);

        ClientOverview overview = users.as(ELENA, () -> overviews.overview(alex));

        assertThat(overview.client().displayName()).isEqualTo("Alex Rowan");
        assertThat(overview.sessions()).isNotNull();
        assertThat(overview.activePlans()).extracting(p -> p.personLabel()).contains("J.");
        assertThat(overview.checkIns()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.date()).isBetween(overview.today().minusDays(29), overview.today()));
    }

    @Test
    void theScoresAreDrawnOnTheSameDaysAsTheSlipsUrgesAndContactAttemptsTheClientShares() {
        long alex = users.clientId(ALEX);

        ClientOverview overview = users.as(ELENA, () -> overviews.overview(alex));

        // Alex has months of questionnaires in the demo and shares his numbers
        assertThat(overview.scores()).isNotEmpty();
        ScoreTimeline timeline = overview.scoreTimeline();
        assertThat(timeline.numbersShared()).isTrue();
        assertThat(timeline.scores()).isNotEmpty().isSubsetOf(overview.scores())
                .allSatisfy(s -> assertThat(s.dueDate()).isBetween(timeline.from(), timeline.to()));
        assertThat(timeline.days()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.date()).isBetween(timeline.from(), timeline.to()));
    }

    @Test
    void anotherClinicianTheClientAndAManagerWithoutAGrantAreRefused() {
        long alex = users.clientId(ALEX);
        assertThatThrownBy(() -> users.as(SAM, () -> overviews.overview(alex))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(ALEX, () -> overviews.overview(alex))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(MANAGER, () -> overviews.overview(alex))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Transactional
    void aManagerUnderBreakGlassGetsTheRecordButNotTheClinicianOnlyParts() {
        long alex = users.clientId(ALEX);
        users.as(MANAGER, () -> clients.breakGlass(alex, "Dr Marsh is off sick and Alex phoned in distress"));

        ClientOverview overview = users.as(MANAGER, () -> overviews.overview(alex));

        assertThat(overview.client().id()).isEqualTo(alex);
        assertThat(overview.activePlans()).isNotEmpty();
        assertThat(overview.sessions()).isNull();
        assertThat(overview.agenda()).isEmpty();
        assertThat(overview.awaitsActivation()).isFalse();
    }
}
