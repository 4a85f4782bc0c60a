package org.holdfast.clients.ui;

import org.holdfast.clients.ClientSummary;
import org.holdfast.clients.RecordSection;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;

/**
 * The client's name and the record's sections as tabs. Each section is its own route, owned by its
 * module and marked with {@link RecordPage}, so the record page composes modules without any of them
 * importing another's views. A tab whose page the signed-in role cannot open is not shown.
 */
public class ClientRecordHeader extends Header {

    public ClientRecordHeader(ClientSummary client, RecordSection current) {
        addClassName("client-record-header");
        Nav tabs = new Nav();
        tabs.addClassName("record-tabs");
        tabs.setAriaLabel("Sections of " + client.displayName() + "'s record");
        for (RecordSection section : RecordSection.values()) {
            if (!section.tab()) {
                continue;
            }
            RecordLinks.link(section.label(), section, client.id()).ifPresent(link -> {
                link.addClassName("record-tab");
                // RouterLink marks the current route itself, but a section with a sub-page (a plan's own
                // address, the contact record under Journal) is still that section.
                if (section == current) {
                    link.getElement().setAttribute("aria-current", "page");
                }
                tabs.add(link);
            });
        }
        add(new H1(client.displayName()), tabs);
    }

    /**
     * "Alex Rivers · Plan · Holdfast": the browser tab and its history say whose record is open, so a
     * clinician with several records in tabs can tell them apart. Staff pages only: never a client's own.
     */
    public static String pageTitle(ClientSummary client, String section) {
        return client.displayName() + " · " + section + " · Holdfast";
    }
}
