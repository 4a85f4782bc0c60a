package org.holdfast.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.holdfast.TestUsers;
import org.holdfast.insights.Streak;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

@SpringBootTest
class ProgressViewUiTests extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void theClientSeesTheirDaysAndACalendarOfThePlanInWords() {
        ProgressView view = navigate(ProgressView.class);
        assertThat(view.headline.getText()).matches(".*(Day \\d+ without contact|starting again).*");
        String calendar = view.calendar.getElement().getOuterHTML();
        assertThat(calendar).contains("aria-label=\"").containsPattern("checked in|slip");
        assertThat(view.next.isEnabled()).isFalse(); // nothing after this month

        test(view.previous).click();
        assertThat(view.next.isEnabled()).isTrue();
    }

    @Test
    void wordsAreSupportiveAndNeverCelebrateRightAfterASlip() {
        assertThat(ProgressView.headline(new Streak(12, 19, TODAY.minusDays(12)), TODAY))
                .isEqualTo("Day 12 without contact. Your longest stretch so far was 19 days.");
        assertThat(ProgressView.headline(new Streak(0, 19, TODAY), TODAY))
                .startsWith("You're starting again").doesNotContain("longest");
        assertThat(ProgressView.headline(new Streak(1, 1, TODAY.minusDays(1)), TODAY))
                .startsWith("You're starting again").doesNotContain("longest");
        assertThat(ProgressView.headline(new Streak(20, 20, TODAY.minusDays(20)), TODAY))
                .isEqualTo("Day 20 without contact. This is your longest stretch so far.");
        assertThat(ProgressView.headline(new Streak(9, 9, null), TODAY)).startsWith("Day 9 without contact.");
    }

}
