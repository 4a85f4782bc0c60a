package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class SharedDeviceTests {

    @Autowired
    SharedDevice sharedDevice;

    @Autowired
    SharedDeviceChoiceRepository choices;

    @Autowired
    TestUsers users;

    @AfterEach
    void forget() {
        choices.findById(users.accountId(TestUsers.ALEX)).ifPresent(choices::delete);
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void aClientStartsWithNothingChosenAndTheOrdinaryApp() {
        assertThat(sharedDevice.current()).isEqualTo(SharedDevice.Choices.NONE);
        assertThat(sharedDevice.identity()).isEqualTo(SharedDevice.AppIdentity.HOLDFAST);
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void inDiscreetModeEveryTitleAndTheAppItselfGoByTheNeutralName() {
        sharedDevice.choose(true, false);
        assertThat(sharedDevice.current().discreet()).isTrue();
        assertThat(sharedDevice.identity().name()).isEqualTo("Daily notes");
        assertThat(sharedDevice.identity().icon()).isEqualTo("icons/notes.svg");
        assertThat(sharedDevice.current().identity()).isEqualTo(SharedDevice.AppIdentity.DISCREET);
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void choicesAreKeptAndCanBeUndone() {
        sharedDevice.choose(true, true);
        sharedDevice.quickExitExplained();
        assertThat(sharedDevice.current()).isEqualTo(new SharedDevice.Choices(true, true, true));
        sharedDevice.choose(false, false);
        assertThat(sharedDevice.current()).isEqualTo(new SharedDevice.Choices(false, false, true));
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void staffAlwaysSeeTheOrdinaryAppAndHaveNothingToChoose() {
        assertThat(sharedDevice.current()).isEqualTo(SharedDevice.Choices.NONE);
        assertThatThrownBy(() -> sharedDevice.choose(true, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(choices.findById(users.accountId(TestUsers.ELENA))).isEmpty();
    }
}
