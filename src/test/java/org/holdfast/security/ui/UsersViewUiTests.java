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
}
