package org.holdfast.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * An address whose number is not a number ({@code clients/abc}): a typo or a cut-off link, said as
 * such instead of a {@code NumberFormatException}.
 */
@PermitAll
@PageTitle("Page not found · Holdfast")
@ParentLayout(MainLayout.class)
public class BadAddressView extends ErrorPage implements HasErrorParameter<NumberFormatException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        show("There is no page at this address", "Part of the address is not as the portal writes it: "
                + "perhaps a link was cut off or mistyped.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
