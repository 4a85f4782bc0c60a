package org.holdfast.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.plans.ExceptionReason;
import org.holdfast.plans.PlanContent;
import org.holdfast.plans.PlanDetails;
import org.holdfast.plans.PlanService;
import org.holdfast.shell.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest
@Transactional // rolled back: the demo practice stays as it was for the other tests
class PlanViewUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void thePlanTabOpensThePlanInForce() {
        long alex = users.clientId(TestUsers.ALEX);
        PlanView view = navigate("clients/" + alex + "/plan", PlanView.class);
        assertThat(view.current).isNotNull();
        assertThat(view.current.clientId()).isEqualTo(alex);
        assertThat(view.editor.personLabel.getValue()).isEqualTo("J.");
        assertThat(view.editor.reasons.rowList).isNotEmpty();
    }

    @Autowired
    org.holdfast.clients.ClientService clients;

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void underBreakGlassThePracticeManagerReadsThePlanWithItsSafetySectionAndCannotEditIt() {
        long alex = users.clientId(TestUsers.ALEX);
        navigate("clients/" + alex + "/plan", AccessDeniedView.class); // no grant, no plan
        clients.breakGlass(alex, "Safety concern reported while the clinician is away");

        PlanView view = navigate("clients/" + alex + "/plan", PlanView.class);

        assertThat(view.editor).isNull();
        assertThat(view.save.getParent()).isEmpty();
        assertThat(find(PlanReadOnly.class).single().getElement().getTextRecursively())
                .contains("Safety", "If they turn up", "Whom to call");
        assertThat(view.getElement().getTextRecursively()).contains("read-only").doesNotContain("New plan");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void badInputIsExplainedAtTheFieldAndEverythingTypedStays() {
        PlanView view = openAlexsPlan();
        long planId = view.current.planId();
        int versionsBefore = versions(planId);

        test(view.editor.personLabel).setValue("");
        test(view.editor.reasons.add).click();
        TextArea reason = (TextArea) view.editor.reasons.rowList.getLast().components.getFirst();
        test(reason).setValue("I want Sunday mornings to be mine again");
        test(view.editor.exceptions.add).click();
        @SuppressWarnings("unchecked")
        Select<ExceptionReason> why = (Select<ExceptionReason>) view.editor.exceptions.rowList.getLast().components.getFirst();
        test(why).selectItem("Co-parenting");
        TextField phone = (TextField) view.editor.supportContacts.rowList.getFirst().components.get(1);
        test(phone).setValue("ring me on Tuesday");

        test(view.save).click();

        assertThat(view.editor.personLabel.isInvalid()).isTrue();
        assertThat(view.editor.personLabel.getErrorMessage()).contains("Give the person a label");
        Select<?> channel = (Select<?>) view.editor.exceptions.rowList.getLast().components.get(1);
        assertThat(channel.isInvalid()).isTrue();
        assertThat(channel.getErrorMessage()).isEqualTo("Choose the one channel this contact goes through");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("so the number can be dialled");
        assertThat(reason.getValue()).isEqualTo("I want Sunday mornings to be mine again");
        assertThat(phone.getValue()).isEqualTo("ring me on Tuesday");
        assertThat(why.getValue()).isEqualTo(ExceptionReason.CO_PARENTING);
        assertThat(view.saveStatus.getText()).contains("Everything you typed is still here");
        assertThat(view.save.isEnabled()).as("the button comes back for another try").isTrue();
        assertThat(versions(planId)).isEqualTo(versionsBefore);
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void savingKeepsANewVersionAndListsItInTheHistory() {
        PlanView view = openAlexsPlan();
        long planId = view.current.planId();
        int versionsBefore = versions(planId);

        test(view.editor.copingStrategies.add).click();
        TextArea strategy = (TextArea) view.editor.copingStrategies.rowList.getLast().components.getFirst();
        test(strategy).setValue("Swim on Friday evenings");
        test(view.save).click();

        assertThat(versions(planId)).isEqualTo(versionsBefore + 1);
        assertThat(view.saveStatus.getText()).isEqualTo("Saved as version " + (versionsBefore + 1) + ".");
        assertThat(view.current.lastChange().summary()).isEqualTo("Coping strategies");
        assertThat(view.current.content().getCopingStrategies()).contains("Swim on Friday evenings");

        view.history.setOpened(true);
        assertThat(find(com.vaadin.flow.component.html.Span.class).all()).extracting(s -> s.getText())
                .contains("Version " + (versionsBefore + 1) + ": Coping strategies");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aSaveAfterSomeoneElseSavedIsRefusedSayingWhoAndKeepsTheForm() {
        PlanView view = openAlexsPlan();
        PlanDetails loaded = view.current;
        // Someone saves in between (here from another tab of the same clinician).
        users.as(TestUsers.ELENA, () -> {
            PlanContent theirs = plans.plan(loaded.planId()).content();
            theirs.setWhomToCall("Maya, then the police if they will not leave");
            plans.update(loaded.planId(), loaded.version(), theirs);
        });

        test(view.editor.closingMessage).setValue("I'm ending contact. I won't reply.");
        test(view.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getElement().getTextRecursively()).contains("saved this plan at")
                .contains("nothing you typed is lost");
        assertThat(view.editor.closingMessage.getValue()).isEqualTo("I'm ending contact. I won't reply.");
        assertThat(plans.plan(loaded.planId()).content().getClosingMessage()).isNotEqualTo("I'm ending contact. I won't reply.");
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void mergingMineWithTheirsKeepsTheirSafetyChangeAndSavesMine() {
        PlanView view = openAlexsPlan();
        PlanDetails loaded = view.current;
        users.as(TestUsers.ELENA, () -> {
            PlanContent theirs = plans.plan(loaded.planId()).content();
            theirs.setWhomToCall("Maya, then the police if they will not leave");
            plans.update(loaded.planId(), loaded.version(), theirs);
        });
        test(view.editor.closingMessage).setValue("I'm ending contact. I won't reply.");
        test(view.save).click();

        test($(com.vaadin.flow.component.button.Button.class).from(view.conflict).withText("Merge mine with theirs")
                .single()).click();

        PlanContent saved = plans.plan(loaded.planId()).content();
        assertThat(saved.getClosingMessage()).isEqualTo("I'm ending contact. I won't reply.");
        assertThat(saved.getWhomToCall()).isEqualTo("Maya, then the police if they will not leave");
        assertThat(view.editor.whomToCall.getValue()).isEqualTo("Maya, then the police if they will not leave");
        assertThat(view.saveStatus.getText()).contains("kept their changes to safety");
        assertThat(view.conflict.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void anotherClinicianClientsPlanIsRefusedPlainly() {
        long ruth = users.clientId(TestUsers.RUTH);
        navigate("clients/" + ruth + "/plan", AccessDeniedView.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).containsExactly("Not available to you");
    }

    private PlanView openAlexsPlan() {
        long alex = users.clientId(TestUsers.ALEX);
        long planId = jdbc.queryForObject("select min(id) from no_contact_plan where client_id = ?", Long.class, alex);
        return navigate(PlanView.class, Map.of("clientId", String.valueOf(alex), "planId", String.valueOf(planId)));
    }

    private int versions(long planId) {
        return jdbc.queryForObject("select count(*) from plan_version where plan_id = ?", Integer.class, planId);
    }
}
