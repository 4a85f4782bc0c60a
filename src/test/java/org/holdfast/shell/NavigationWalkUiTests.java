package org.holdfast.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ui.ClientRecordHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;

/**
 * Walks every menu item and every link of each role, page after page, and asserts that each one opens
 * a page rather than an error: a link a role cannot follow must not be shown to that role at all.
 * Pages that differ only by an id (client 7 or client 8) are walked once.
 */
@SpringBootTest
@Transactional
class NavigationWalkUiTests extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    ClientService clients;

    @Test
    @WithUserDetails(TestUsers.ELENA)
    void everyLinkAClinicianIsShownOpensAPage() {
        // The caseload's names are links inside grid rows, which a browserless test does not render: the walk
        // also starts at one client's record, and reaches the rest of the record from there.
        Map<String, String> walked = walkFrom("", "clients/" + users.clientId(TestUsers.ZOE));
        assertThat(walked).containsKeys("caseload", "clients/#", "clients/#/plan/#", "clients/#/homework",
                "clients/#/journal", "clients/#/insights", "clients/#/sessions", "clients/#/plan-handout/#",
                "clients/#/export");
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void everyLinkAClientIsShownOpensAPage() {
        Map<String, String> walked = walkFrom("");
        assertThat(walked).containsKeys("today", "my-plan", "my-sharing", "pause", "help", "my-journal", "settings",
                "my-journal/record", "my-plan/pdf", "safe-use", "my-data");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void everyLinkThePracticeManagerIsShownOpensAPage() {
        Map<String, String> walked = walkFrom("");
        assertThat(walked).containsKeys("admin/users", "admin/clients", "admin/risk-flags", "admin/audit")
                .doesNotContainKey("clients/#");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void underBreakGlassThePracticeManagerIsShownTheOverviewAndTheReadOnlyPlanOnly() {
        long alex = users.clientId(TestUsers.ALEX);
        clients.breakGlass(alex, "Safety concern reported while the clinician is away");
        Map<String, String> walked = walkFrom("clients/" + alex);
        assertThat(walked).containsKeys("clients/#", "clients/#/plan/#")
                .doesNotContainKeys("clients/#/journal", "clients/#/homework", "clients/#/insights",
                        "clients/#/sessions", "clients/#/plan-handout/#", "clients/#/export");
        navigate("clients/" + alex, org.holdfast.caseload.ui.ClientView.class);
        assertThat(find(RouterLink.class).from(find(ClientRecordHeader.class).single()).all())
                .extracting(RouterLink::getText).containsExactly("Overview", "Plan");
    }

    /** Every page reached from the start and the menu, by the shape of its address, with the page it opened. */
    private Map<String, String> walkFrom(String... starts) {
        Map<String, String> walked = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Deque<String> next = new ArrayDeque<>();
        next.addAll(List.of(starts));
        boolean menuRead = false;
        while (!next.isEmpty()) {
            String href = next.poll();
            String shape = href.replaceAll("\\d+", "#");
            if (walked.containsKey(shape)) {
                continue;
            }
            HasElement view;
            try {
                UI.getCurrent().navigate(href);
                view = getCurrentView();
            } catch (RuntimeException broken) {
                failures.add(href + " threw " + broken);
                walked.put(shape, "error");
                continue;
            }
            walked.put(shape, view.getClass().getSimpleName());
            if (view instanceof HasErrorParameter<?>) {
                failures.add(href + " opened " + view.getClass().getSimpleName());
                continue;
            }
            if (!menuRead) {
                next.addAll(MenuItems.of(UI.getCurrent()).paths());
                menuRead = true;
            }
            find(RouterLink.class).all().forEach(link -> next.add(link.getHref()));
            find(Anchor.class).all().stream().map(Anchor::getHref).filter(NavigationWalkUiTests::isPage)
                    .forEach(next::add);
        }
        assertThat(failures).as("links that led nowhere").isEmpty();
        return walked;
    }

    /** An address of this app, not a phone number, a download or a page elsewhere. */
    private static boolean isPage(String href) {
        return href != null && !href.isEmpty() && !href.contains(":") && !href.startsWith("VAADIN/")
                && !href.startsWith("/");
    }

}
