package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.NewClientForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;

@SpringBootTest
@Transactional
class ActivationViewUiTests extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;

    @Autowired
    TestUsers users;

    @Test
    @WithAnonymousUser
    void unknownLinkSaysPlainlyWhatToDo() {
        navigate(ActivationView.class, Map.of("token", "not-a-real-token"));
        assertThat(paragraphs()).contains("This link has expired or was already used. Ask whoever gave it to you for a new one.");
    }

    @Test
    @WithAnonymousUser
    void theLinkLetsTheNewClientSetAPasswordWithPlainMessagesOnTheWay() {
        NewClientForm form = new NewClientForm();
        form.setDisplayName("Robin Vale");
        form.setEmail("robin.vale@example.org");
        String token = users.as(TestUsers.ELENA, () -> clients.create(form)).activationLink().token();

        ActivationView activation = navigate(ActivationView.class, Map.of("token", token));
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Welcome, Robin Vale."));
        test(activation.password).setValue("short");
        test(activation.activate).click();
        assertThat(activation.password.getErrorMessage()).contains("at least 15 characters");

        test(activation.password).setValue("four calm words here");
        test(activation.repeat).setValue("four calm words there");
        test(activation.activate).click();
        assertThat(activation.repeat.getErrorMessage()).contains("not the same");
        assertThat(activation.password.getValue()).as("nothing typed is lost").isEqualTo("four calm words here");

        test(activation.repeat).setValue("four calm words here");
        test(activation.activate).click();
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Your account is ready"));
    }

    private java.util.List<String> paragraphs() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
