package org.holdfast.security.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.VaadinSession;

/** The log-in page someone signed in on does not stay in the session's memory behind the page they landed on. */
class LogInPageClosedTests {

    @Test
    void theFirstSignedInPageClosesTheLogInPagesOfItsSessionAndNoOtherPage() {
        VaadinSession session = mock(VaadinSession.class);
        UI landed = ui(session, new Div());
        UI logIn = ui(session, mock(LoginView.class));
        UI otherTab = ui(session, new Div());
        when(session.getUIs()).thenReturn(List.of(logIn, landed, otherTab));

        SessionWatch.closeLogInPages(landed);

        verify(logIn).close();
        verify(landed, never()).close();
        verify(otherTab, never()).close();
    }

    private static UI ui(VaadinSession session, HasElement showing) {
        UI ui = mock(UI.class);
        UIInternals internals = mock(UIInternals.class);
        when(ui.getSession()).thenReturn(session);
        when(ui.getInternals()).thenReturn(internals);
        when(internals.getActiveRouterTargetsChain()).thenReturn(List.<HasElement>of(showing));
        return ui;
    }
}
