package org.holdfast.clients.ui;

import org.holdfast.clients.ClientSummary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;

/**
 * The client's name and the record's sections as links. Each section is its own route, owned by
 * its module ({@code clients/{id}/plan} by plans, {@code clients/{id}/homework} by homework, ...),
 * so the record page composes modules without any of them importing another's views.
 */
public class ClientRecordHeader extends Header {

    public enum Section {
        OVERVIEW("Overview", ""),
        PLAN("Plan", "/plan"),
        HOMEWORK("Homework", "/homework"),
        JOURNAL("Journal", "/journal"),
        INSIGHTS("Insights", "/insights"),
        SESSIONS("Sessions", "/sessions");

        private final String label;
        private final String suffix;

        Section(String label, String suffix) {
            this.label = label;
            this.suffix = suffix;
        }

        public String path(long clientId) {
            return "clients/" + clientId + suffix;
        }
    }

    public ClientRecordHeader(ClientSummary client, Section current) {
        addClassName("client-record-header");
        Nav tabs = new Nav();
        tabs.addClassName("record-tabs");
        tabs.setAriaLabel("Sections of " + client.displayName() + "'s record");
        for (Section section : Section.values()) {
            Anchor link = new Anchor(section.path(client.id()), section.label);
            link.addClassName("record-tab");
            if (section == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            tabs.add(link);
        }
        add(new H2(client.displayName()), tabs);
    }

    /**
     * "Alex Rivers · Plan · Holdfast": the browser tab and its history say whose record is open, so a
     * clinician with several records in tabs can tell them apart. Staff pages only: never a client's own.
     */
    public static String pageTitle(ClientSummary client, String section) {
        return client.displayName() + " · " + section + " · Holdfast";
    }
}
