package org.holdfast.shell;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/** Shown when a service refuses a read: says so plainly and gives the way home. */
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2("Not available to you"),
                new Paragraph("This page belongs to someone outside your caseload or your account. "
                        + "If you think you should see it, ask your practice manager."),
                new Anchor("", "Back to your home page"));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
