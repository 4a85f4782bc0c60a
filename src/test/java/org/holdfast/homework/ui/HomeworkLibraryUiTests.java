package org.holdfast.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.holdfast.homework.Recurrence;
import org.holdfast.homework.TemplateSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteNotFoundError;

@SpringBootTest
@Transactional
class HomeworkLibraryUiTests extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void aTemplateWithoutInstructionsIsExplainedAtTheFieldThenAddedAndArchived() {
        HomeworkLibraryView view = navigate(HomeworkLibraryView.class);
        int before = test(view.grid).size();
        test(view.add).click();
        roundTrip(); // a dialog attaches its content on the next round trip
        TemplateDialog dialog = view.dialog;
        test(dialog.title).setValue("Walk a new route");
        test(dialog.suggestedRecurrence).selectItem("Every week");
        test(dialog.save).click();

        assertThat(dialog.instructions.isInvalid()).isTrue();
        assertThat(dialog.instructions.getErrorMessage()).isEqualTo("Write the instructions the client will read");
        assertThat(dialog.title.getValue()).isEqualTo("Walk a new route");
        assertThat(dialog.suggestedRecurrence.getValue()).isEqualTo(Recurrence.WEEKLY);

        test(dialog.instructions).setValue("Choose a route with no memories attached and walk it twice this week.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        TemplateSummary added = find(view).stream().filter(t -> t.title().equals("Walk a new route")).findFirst().orElseThrow();
        assertThat(added.suggestedRecurrence()).isEqualTo(Recurrence.WEEKLY);

        view.refresh();
        int row = find(view).indexOf(added);
        test(view.grid).getCellComponent(row, 1).getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button b && b.getText().equals("Archive"))
                .findFirst().map(com.vaadin.flow.component.button.Button.class::cast).ifPresent(b -> test(b).click());
        assertThat(find(view)).noneMatch(t -> t.title().equals("Walk a new route"));
        test(view.showArchived).click();
        assertThat(find(view)).anyMatch(t -> t.title().equals("Walk a new route") && t.archived());
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void clientsDoNotOpenTheLibrary() {
        navigate("homework-library", RouteNotFoundError.class);
    }

    private java.util.List<TemplateSummary> find(HomeworkLibraryView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
