package org.holdfast.clients.ui;

import java.time.LocalDate;
import org.holdfast.shared.Dates;
import java.time.ZoneId;

import org.holdfast.security.ActivationLink;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/** Shows a one-time activation link once, with a copy button, for the clinician to pass on. */
public class ActivationLinkPanel extends Div {


    final TextField link = new TextField("Activation link");

    public ActivationLinkPanel(String clientName, ActivationLink activation, ZoneId zone) {
        addClassNames("card", "activation-link");
        link.setValue(absolute(activation.path()));
        link.setReadOnly(true);
        link.setWidthFull();
        Button copy = new Button("Copy link", VaadinIcon.COPY_O.create(), e -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            Notification.show("Link copied");
        });
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(link, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(link);
        add(new Paragraph("Give " + clientName + " this link in person or through a channel only they use. "
                + "It works once and until " + Dates.longDay(LocalDate.ofInstant(activation.expiresAt(), zone))
                + ". It is shown only now; you can make a new one from the client's record."), row);
    }

    private static String absolute(String path) {
        VaadinServletRequest current = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        if (current == null) {
            return "/" + path;
        }
        HttpServletRequest http = current.getHttpServletRequest();
        String port = (http.getScheme().equals("http") && http.getServerPort() == 80)
                || (http.getScheme().equals("https") && http.getServerPort() == 443) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/" + path;
    }
}
