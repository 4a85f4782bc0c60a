package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.holdfast.TestUsers;
import org.holdfast.security.AccountService.AccountSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest
@Transactional
class UsersViewUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void thePracticeManagerInvitesAClinicianWhoShowsAsAwaitingActivation() {
        UsersView view = navigate(UsersView.class);
        test(view.invite).click();
        test($(TextField.class).from(view.dialog).withCaption("Name").single()).setValue("Dr Noor Haddad");
        test($(EmailField.class).from(view.dialog).single()).setValue("noor.haddad@example.invalid");
        test($(Button.class).withText("Create account and link").single()).click();

        TextField link = $(TextField.class).from(view.dialog).withCaption("Activation link").single();
        assertThat(link.getValue()).contains("/activate/");
        var grid = test(view.grid);
        AccountSummary noor = IntStream.range(0, grid.size()).mapToObj(grid::getRow)
                .filter(a -> a.username().equals("noor.haddad@example.invalid")).findFirst().orElseThrow();
        assertThat(noor.status()).isEqualTo("Awaiting activation");
        // Demo accounts that have signed in are active, not "Disabled"
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow)
                .filter(a -> a.username().equals(TestUsers.ELENA))).singleElement()
                .extracting(AccountSummary::status).isEqualTo("Active");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void thePracticeManagerDisablesAndReEnablesAnAccountFromTheList() {
        UsersView view = navigate(UsersView.class);

        actionOf(view, TestUsers.SAM, "Disable").click();
        assertThat(row(view, TestUsers.SAM).status()).isEqualTo("Disabled");

        actionOf(view, TestUsers.SAM, "Enable").click();
        assertThat(row(view, TestUsers.SAM).status()).isEqualTo("Active");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void thePracticeManagerCannotDisableTheirOwnAccount() {
        UsersView view = navigate(UsersView.class);
        var grid = test(view.grid);
        int own = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals(TestUsers.MANAGER))
                .findFirst().orElseThrow();
        assertThat(((HorizontalLayout) grid.getCellComponent(own, 5)).getChildren()).isEmpty();
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void theManagersResetLinkSetsANewPasswordOnceAndThenSaysOnlyThatItNoLongerWorks() {
        UsersView view = navigate(UsersView.class);
        actionOf(view, TestUsers.ZOE, "Reset link").click();
        assertThat($(TextField.class).from(view.dialog).all()).as("nothing happens before the manager confirms").isEmpty();
        test($(Button.class).withText("Sign out and make link").single()).click();

        TextField field = $(TextField.class).from(view.dialog).withCaption("Reset link").single();
        assertThat(field.getValue()).contains("/reset/");
        String token = field.getValue().substring(field.getValue().indexOf("/reset/") + "/reset/".length());

        ActivationView page = navigate(ActivationView.class, java.util.Map.of("token", token));
        assertThat(page.password.getLabel()).isEqualTo("Choose a new password");
        test(page.password).setValue("a fresh passphrase for zoe");
        test(page.repeat).setValue("a fresh passphrase for zoe");
        test(page.activate).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).anyMatch(p -> p.getText()
                .startsWith("Your new password is set."));

        navigate(ActivationView.class, java.util.Map.of("token", token));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).anyMatch(p -> p.getText()
                .equals("This link has expired or was already used. Ask whoever gave it to you for a new one."));
    }

    private AccountSummary row(UsersView view, String username) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }

    private Button actionOf(UsersView view, String username, String text) {
        var grid = test(view.grid);
        int index = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals(username))
                .findFirst().orElseThrow();
        return ((HorizontalLayout) grid.getCellComponent(index, 5)).getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
