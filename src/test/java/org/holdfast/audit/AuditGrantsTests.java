package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.holdfast.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Which grants let the portal's account change rows that should only grow, read as MySQL and MariaDB print them;
 * and on the real server, the test account (which has every privilege on its database) is found out.
 */
@DatabaseTest
class AuditGrantsTests {

    @Autowired
    AuditGrants grants;

    @Autowired
    Environment environment;

    @Test
    void everyPrivilegeOrUpdateOrDeleteOnTheTablesIsFoundAndSelectInsertIsNot() {
        assertThat(AuditGrants.changeable(List.of("GRANT USAGE ON *.* TO `holdfast`@`%`",
                "GRANT ALL PRIVILEGES ON `holdfast`.* TO `holdfast`@`%`"), "holdfast")).isEqualTo(AuditGrants.WATCHED);
        assertThat(AuditGrants.changeable(List.of("GRANT SELECT, INSERT, UPDATE, DELETE ON `holdfast`.* TO `app`@`%`"),
                "holdfast")).isEqualTo(AuditGrants.WATCHED);
        assertThat(AuditGrants.changeable(List.of("GRANT SELECT, INSERT, UPDATE ON `holdfast`.`audit_leaf` TO `app`@`%`",
                "GRANT SELECT, INSERT ON `holdfast`.`audit_event` TO `app`@`%`"), "holdfast")).containsExactly("audit_leaf");
        assertThat(AuditGrants.changeable(List.of("GRANT SELECT, INSERT ON `holdfast`.`audit_event` TO `app`@`%`",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `holdfast`.`client` TO `app`@`%`",
                "GRANT ALL PRIVILEGES ON `otherdb`.* TO `app`@`%`"), "holdfast")).isEmpty();
    }

    @Test
    void contactAttemptsMayBeDeletedForAnErasureButNeverUpdated() {
        assertThat(AuditGrants.changeable(List.of("GRANT SELECT, INSERT, DELETE ON `holdfast`.`contact_attempt` TO `app`@`%`"),
                "holdfast")).isEmpty();
        assertThat(AuditGrants.changeable(List.of("GRANT SELECT, INSERT, UPDATE ON `holdfast`.`contact_attempt` TO `app`@`%`"),
                "holdfast")).containsExactly("contact_attempt");
        assertThat(AuditGrants.changeable(List.of("GRANT SELECT, INSERT, DELETE ON `holdfast`.`audit_event` TO `app`@`%`"),
                "holdfast")).containsExactly("audit_event");
    }

    @Test
    void onTheRealServerTheTestAccountIsFoundOut() {
        boolean mysql = environment.matchesProfiles("mysql");
        // The CI account has every privilege on its database; H2 has no such grants to read.
        assertThat(grants.changeable()).isEqualTo(mysql ? AuditGrants.WATCHED : List.of());
    }
}
