package org.holdfast.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;

/**
 * "Your devices" on the Sign-in and security page: Zoe is signed in here (Firefox on a Mac at home) and on a phone
 * elsewhere; she sees both, this one marked, and signs the phone out.
 */
@SpringBootTest
@Transactional
class DevicesSectionUiTests extends SpringBrowserlessTest {

    private static final String HERE = "zoe-laptop-session";
    private static final String PHONE = "zoe-phone-session";
    private static final String MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";

    @Autowired
    SessionRegistry registry;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void twoDevices() {
        Object zoe = users.loadUserByUsername(TestUsers.ZOE);
        signedInFrom(PHONE, ANDROID, "203.0.113.7");
        registry.registerNewSession(PHONE, zoe);
        signedInFrom(HERE, MAC, "192.168.1.14");
        registry.registerNewSession(HERE, zoe);
    }

    @AfterEach
    void forget() {
        registry.removeSessionInformation(HERE);
        registry.removeSessionInformation(PHONE);
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void theOpenSessionsAreListedWithThisDeviceMarkedAndAnotherCanBeSignedOut() {
        DevicesSection devices = navigate(SecurityView.class).devices;

        List<String> items = devices.list.getChildren().map(ListItem.class::cast).map(i -> i.getElement().getTextRecursively()).toList();
        assertThat(items).hasSize(2);
        assertThat(items.getFirst()).contains("Firefox on Mac OS X").contains("Local network").contains("This device");
        assertThat(items.get(1)).contains("Chrome Mobile on Android").contains("203.0.113.x").doesNotContain("This device");
        assertThat(devices.signOutButtons).hasSize(1);

        test(devices.signOutButtons.getFirst()).click();

        assertThat(registry.getSessionInformation(PHONE).isExpired()).isTrue();
        assertThat(registry.getSessionInformation(HERE).isExpired()).isFalse();
        assertThat(devices.done.getText()).isEqualTo("Chrome Mobile on Android is signed out.");
        assertThat(devices.list.getChildren().count()).as("an ended session is no longer listed").isEqualTo(1);
        assertThat(devices.everywhereElse.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.ZOE)
    void signOutEverywhereElseEndsEverySessionButThisOne() {
        DevicesSection devices = navigate(SecurityView.class).devices;

        test(devices.everywhereElse).click();

        assertThat(registry.getSessionInformation(PHONE).isExpired()).isTrue();
        assertThat(registry.getSessionInformation(HERE).isExpired()).isFalse();
        assertThat(devices.done.getText()).isEqualTo("1 other device is signed out.");
    }

    @Test
    @WithUserDetails(TestUsers.ALEX)
    void someoneElseSeesNoneOfZoesSessions() {
        DevicesSection devices = navigate(SecurityView.class).devices;
        assertThat(devices.list.getChildren().map(ListItem.class::cast).map(i -> i.getElement().getTextRecursively()))
                .noneMatch(text -> text.contains("Android") || text.contains("Mac"));
    }

    private static void signedInFrom(String sessionId, String userAgent, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, sessionId));
        request.addHeader("User-Agent", userAgent);
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
