package org.holdfast.insights;

import org.holdfast.clients.RecordSection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdfast.TestUsers.ELENA;
import static org.holdfast.TestUsers.SAM;
import static org.holdfast.TestUsers.ZOE;

import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The suggested agenda through the real services on the demo practice, on H2 and MariaDB. */
@DatabaseTest
class SuggestedAgendaServiceTests {

    @Autowired
    SuggestedAgenda agenda;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void zoesEscalatingContactIsOnHerAgendaWithTheFlagsReasonAndALinkToHerPatterns() {
        long zoe = users.clientId(ZOE);
        List<RiskFlag> flags = users.as(ELENA, () -> agendaFlags(zoe));
        RiskFlag escalating = flags.stream().filter(f -> f.kind() == RiskFlag.Kind.CONTACT_ESCALATING).findFirst()
                .orElseThrow(() -> new AssertionError("The demo data gives Zoë escalating contact: " + flags));

        List<AgendaItem> items = users.as(ELENA, () -> agenda.forNextSession(zoe));

        assertThat(items).anySatisfy(item -> {
            assertThat(item.topic()).isEqualTo("Contact from them is escalating: go over the safety steps and the log");
            assertThat(item.evidence()).isEqualTo(escalating.reason());
            assertThat(item.section()).isEqualTo(RecordSection.INSIGHTS);
        });
        assertThat(items).hasSizeLessThanOrEqualTo(SuggestedAgenda.MAX_ITEMS)
                .allSatisfy(item -> assertThat(item.clientId()).isEqualTo(zoe));
    }

    @Test
    void anotherClinicianCannotSeeTheAgendaAndNothingIsReadForThem() {
        long zoe = users.clientId(ZOE);
        long before = audits(zoe);
        assertThatThrownBy(() -> users.as(SAM, () -> agenda.forNextSession(zoe))).isInstanceOf(AccessDeniedException.class);
        assertThat(audits(zoe)).isEqualTo(before);
    }

    @Test
    void readingTheAgendaIsAudited() {
        long zoe = users.clientId(ZOE);
        long before = audits(zoe);
        users.as(ELENA, () -> agenda.forNextSession(zoe));
        assertThat(audits(zoe)).isGreaterThan(before);
    }

    @Autowired
    RiskFlags riskFlags;

    private List<RiskFlag> agendaFlags(long clientId) {
        return riskFlags.flagsFor(clientId);
    }

    /** Reads recorded for the client; a refused attempt is logged too, but nothing was read in it. */
    private long audits(long clientId) {
        return jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action <> 'REFUSED'",
                Long.class, clientId);
    }
}
