package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The authenticator app on the Sign-in and security page, as a client uses it (they may, never must), and the
 * demo's invitation to staff ({@code offered}): a notice once per session that they can dismiss.
 */
@SpringBootTest
@Transactional
class AuthenticatorSectionUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void aClientSetsUpAnAppWithTheServerDrawnQrCodeOrTheKeyAndRemovesItAgain() throws Exception {
        navigate(SecurityView.class);
        AuthenticatorSection section = $(AuthenticatorSection.class).single();

        test(section.setUp).click();
        assertThat($(Image.class, section).single().getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(section.secret.getText()).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        test(section.code).setValue(PhoneApp.codeFor(section.secret.getText()));
        test(section.confirm).click();

        assertThat(section.recoveryCodes.getChildren().filter(ListItem.class::isInstance).map(c -> ((ListItem) c).getText()))
                .hasSize(10).allMatch(code -> code.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"));
        test($(Button.class, section).withText("I have saved them").single()).click();
        assertThat(section.recoveryCodes.getChildren().count()).as("shown once").isZero();
        assertThat($(Paragraph.class, section).withText("An authenticator app is set up: after your password, "
                + "Holdfast asks for the code it shows.").exists()).isTrue();

        test(section.remove).click();
        assertThat(section.setUp.isAttached()).isTrue();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void staffWithoutAFactorAreInvitedInTheDrawerAndNotStopped() {
        navigate("caseload", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
        Div offer = $(Div.class).withClassName("second-factor-offer").single();
        assertThat($(Anchor.class, offer).single().getHref()).isEqualTo("account/security");
    }
}
