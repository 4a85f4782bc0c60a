package org.holdfast.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.MANAGER;

import java.util.List;

import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The practice list searches in the database: accents and case must not matter there either (H2 and MariaDB). */
@DatabaseTest
class ClientSearchTests {

    @Autowired
    ClientService clients;

    @Autowired
    TestUsers users;

    @Test
    void searchingWithoutTheAccentFindsTheAccentedName() {
        assertThat(search("zoe")).contains("Zoë Marchetti");
        assertThat(search("ZOË")).contains("Zoë Marchetti");
        assertThat(search("  marchetti ")).contains("Zoë Marchetti");
    }

    @Test
    void aSearchThatMatchesNobodyFindsNobody() {
        assertThat(search("xyzzy")).isEmpty();
    }

    private List<String> search(String typed) {
        return users.as(MANAGER, () -> clients.practiceClients(typed, PageRequest.of(0, 50)).stream()
                .map(ClientSummary::displayName).toList());
    }
}
