package org.holdfast.caseload;

import org.holdfast.shared.SearchText;
import org.holdfast.clients.ClientSummary;

/** What the clinician narrowed the caseload to. */
public record CaseloadFilter(String name, boolean includeDischarged) {

    public static final CaseloadFilter ALL_ACTIVE = new CaseloadFilter("", false);

    /** Any part of the name, ignoring case and accents: "zoe" finds "Zoë". */
    boolean matches(ClientSummary client) {
        return SearchText.matches(client.displayName(), name);
    }
}
