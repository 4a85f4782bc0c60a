package org.holdfast.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.holdfast.shared.Dates;

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

/**
 * Shows a one-time activation link once, with a copy button, to pass on in person: the same panel for a
 * clinician inviting a client and a practice manager inviting staff.
 */
public class ActivationLinkPanel extends Div {

    public final TextField link = new TextField("Activation link");

    /**
     * @param path      the link's path inside the portal
     * @param renewFrom where a new link can be made, ending the sentence "you can make a new one ..."
     */
    public ActivationLinkPanel(String name, String path, Instant expiresAt, ZoneId zone, String renewFrom) {
        addClassNames("card", "activation-link");
        link.setValue(absolute(path));
        link.setReadOnly(true);
        link.setWidthFull();
        Button copy = new Button("Copy link", VaadinIcon.COPY_O.create(), e -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            Notification.show("Link copied");
        });
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(link, copy);
        row.setWidthFull();
        row.setWrap(true); // on a phone the button goes under the link rather than off the card
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(link);
        add(new Paragraph("Give " + name + " this link in person or through a channel only they use. "
                + "It works once and until " + Dates.longDay(LocalDate.ofInstant(expiresAt, zone))
                + ". It is shown only now; you can make a new one " + renewFrom + "."), row);
    }

    private static String absolute(String path) {
        if (!(VaadinServletRequest.getCurrent() instanceof VaadinServletRequest current)) {
            return "/" + path;
        }
        HttpServletRequest http = current.getHttpServletRequest();
        String port = (http.getScheme().equals("http") && http.getServerPort() == 80)
                || (http.getScheme().equals("https") && http.getServerPort() == 443) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/" + path;
    }
}
