package org.holdfast.caseload;

import java.util.Locale;

import org.holdfast.clients.ClientSummary;

/** What the clinician narrowed the caseload to. */
public record CaseloadFilter(String name, boolean includeDischarged) {

    public static final CaseloadFilter ALL_ACTIVE = new CaseloadFilter("", false);

    boolean matches(ClientSummary client) {
        return name == null || name.isBlank()
                || client.displayName().toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
