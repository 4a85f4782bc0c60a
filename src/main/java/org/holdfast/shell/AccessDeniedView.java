package org.holdfast.shell;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/** Shown when a service refuses a read: says so plainly and gives the way home. */
@PermitAll
@PageTitle("Not available · Holdfast")
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("Not available to you", "This page belongs to someone outside your caseload or your account.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
