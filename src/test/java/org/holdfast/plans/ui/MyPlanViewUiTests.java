package org.holdfast.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;

@SpringBootTest
class MyPlanViewUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void theClientReadsTheirPlansInPlainWordsWithNumbersToTap() {
        MyPlanView view = navigate(MyPlanView.class);
        String text = view.getElement().getTextRecursively();

        assertThat(find(H3.class).all()).extracting(H3::getText).contains("No contact with J.", "No contact with Dad");
        assertThat(text).contains("You're not in touch with J. in any way").contains("Why you're doing this")
                .contains("When the urge comes").doesNotContain("DRAFT").doesNotContain("SOCIAL_MEDIA");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).anyMatch(href -> href.startsWith("tel:07700"));
    }

    @Test
    @WithUserDetails(TestUsers.PRIYA)
    void aDraftStaysBetweenClinicianAndClientUntilItIsActivated() {
        MyPlanView view = navigate(MyPlanView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("No contact with Mum")
                .doesNotContain("No contact with my stepbrother");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("stepbrother");
    }
}
