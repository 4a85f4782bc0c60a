package org.holdfast.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * An address with no page behind it, and a page of another role: Vaadin answers both with "not found",
 * so that a client cannot learn which staff pages exist. Replaces Vaadin's bare "Could not navigate".
 */
@PermitAll
@PageTitle("Page not found · Holdfast")
@ParentLayout(MainLayout.class)
public class NotFoundView extends RouteNotFoundError implements com.vaadin.flow.component.HasComponents {

    private final ErrorPage page = new ErrorPage() {
    };

    public NotFoundView() {
        add(page);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        page.show("There is no page here for you", "The address may be mistyped or out of date, or the page "
                + "belongs to another kind of account.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
